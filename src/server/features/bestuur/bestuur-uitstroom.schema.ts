import { z } from 'zod';
import { CohortFigures } from '../schooladvies/schooladvies.schema';

export const BestuurUitstroomQuery = z.object({
  cohort: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2024-2025')
    .optional(),
});

export const BestuurUitstroomResponse = z.object({
  /** The cohort shown (the schooljaar of groep 8); null when no school has recorded an advice. */
  cohort: z.string().nullable(),
  /** Every cohort with an advice at any of the schools, newest first. */
  cohorts: z.array(z.string()),
  minCellSize: z.number().int(),
  schools: z.array(z.object({ id: z.string(), name: z.string(), figures: CohortFigures })),
  /** All schools together; a figure that would give a small school cell away by subtraction is withheld. */
  total: CohortFigures,
});
export type BestuurUitstroomResponse = z.infer<typeof BestuurUitstroomResponse>;
