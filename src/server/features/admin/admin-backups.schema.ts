import { z } from 'zod';

export const BackupStatusResponse = z.object({
  last: z
    .object({
      at: z.string(),
      file: z.string(),
      bytes: z.number().int(),
      encrypted: z.boolean(),
      kind: z.enum(['dagelijks', 'handmatig', 'voor-upgrade', 'voor-terugzetten']),
    })
    .nullable(),
  ageHours: z.number().int().nullable(),
  /** ok: recent; stale: older than staleAfterHours (the page warns); none: never made. */
  status: z.enum(['ok', 'stale', 'none']),
  staleAfterHours: z.number().int(),
});
