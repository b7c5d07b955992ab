import { z } from 'zod';

const Key = {
  vak: z.string().min(1).max(60),
  schooljaar: z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026'),
  moment: z.string().min(2).max(10),
};

export const OverrideBody = z.object({
  ...Key,
  instructie: z.enum(['verkort', 'basis', 'verlengd']),
  // HGW: the reason is the point; a placement against the data needs a word on the pupil's needs.
  reason: z.string().trim().min(3).max(1000),
});

export type OverrideBody = z.infer<typeof OverrideBody>;

export const OverrideQuery = z.object(Key);
export type OverrideQuery = z.infer<typeof OverrideQuery>;

export const OverrideResponse = z.object({
  override: z
    .object({
      instructie: z.enum(['verkort', 'basis', 'verlengd']),
      reason: z.string(),
      author: z.string(),
      at: z.string(),
    })
    .nullable(),
});
