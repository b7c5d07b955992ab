import { z } from 'zod';
import { PupilId, PupilName } from '../../http/audit-pupils';

const Band = z.enum(['laag', 'gemiddeld', 'hoog']);
const Tier = z.enum(['gunstig', 'gemiddeld', 'ongunstig']);
const Signaal = z.enum(['aandacht', 'zorg']);

/** One administration of one scale. */
export const SeoPointSchema = z.object({
  afnamedatum: z.string(),
  schooljaar: z.string(),
  versie: z.string().nullable(),
  ruweScore: z.number().nullable(),
  percentiel: z.number().nullable(),
  /** As imported, else from the percentile (domain/seo.ts). */
  band: Band.nullable(),
  tier: Tier.nullable(),
  signaal: Signaal.nullable(),
  percentielChange: z.number().nullable(),
  movement: z.enum(['beter', 'gelijk', 'slechter']).nullable(),
});

export const SeoScaleSeries = z.object({
  schaal: z.string(),
  /** False where a high score is the unfavourable end (incidents, fear). */
  higherIsBetter: z.boolean(),
  points: z.array(SeoPointSchema),
});

export const PupilSeoResponse = z.object({
  pupilId: PupilId,
  instruments: z.array(
    z.object({
      instrument: z.string(),
      lists: z.array(z.object({ lijst: z.string(), scales: z.array(SeoScaleSeries) })),
    }),
  ),
});
export type PupilSeoResponse = z.infer<typeof PupilSeoResponse>;

/** A column of the groepsoverzicht: one instrument, list and scale. */
export const SeoColumn = z.object({
  key: z.string(),
  instrument: z.string(),
  lijst: z.string(),
  schaal: z.string(),
  higherIsBetter: z.boolean(),
});

export const SeoCell = z.object({
  afnamedatum: z.string(),
  percentiel: z.number().nullable(),
  ruweScore: z.number().nullable(),
  band: Band.nullable(),
  tier: Tier.nullable(),
  signaal: Signaal.nullable(),
});

export const GroupSeoResponse = z.object({
  groupId: z.string(),
  schooljaar: z.string(),
  columns: z.array(SeoColumn),
  /** Per pupil with a score this schooljaar, the latest score per column (by column key). */
  pupils: z.array(z.object({ id: PupilId, name: PupilName, cells: z.record(z.string(), SeoCell) })),
});
export type GroupSeoResponse = z.infer<typeof GroupSeoResponse>;

export const SchoolSeoScalesResponse = z.object({
  instruments: z.array(
    z.object({
      instrument: z.string(),
      scales: z.array(
        z.object({ schaal: z.string(), lists: z.array(z.string()), higherIsBetter: z.boolean() }),
      ),
    }),
  ),
});
export type SchoolSeoScalesResponse = z.infer<typeof SchoolSeoScalesResponse>;
