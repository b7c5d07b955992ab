import { z } from 'zod';

export const NormImportBody = z.object({
  /** The CSV text (norm file or DLE file, see domain/norm-csv.ts). */
  csv: z.string().min(1).max(5_000_000),
  /** The school whose licence these norms belong to. */
  schoolId: z.string().min(1).max(64),
  label: z.string().trim().max(200).nullable().optional(),
});

export const NormImportResponse = z.object({
  normRows: z.number().int(),
  dlePoints: z.number().int(),
  toetsen: z.array(z.string()),
});

export const NormListQuery = z.object({ schoolId: z.string().min(1).max(64) });

export const NormListResponse = z.object({
  toetsen: z.array(
    z.object({
      toetsId: z.string(),
      name: z.string(),
      version: z.string(),
      vak: z.string(),
      levelSystem: z.string().nullable(),
      moments: z.array(z.string()),
      dlePoints: z.number().int(),
      source: z.enum(['school', 'algemeen']),
      label: z.string().nullable(),
    }),
  ),
});
