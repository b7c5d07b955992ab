import { z } from 'zod';
import { figure } from '../../http/small-cells';

export const TrendsQuery = z.object({
  /** jaargroep: one jaargroep and moment over the years; cohort: the same children through the years;
   * dwarsdoorsnede: all jaargroepen at one moment. */
  kind: z.enum(['jaargroep', 'cohort', 'dwarsdoorsnede']),
  vak: z.string().min(1).max(60),
  moment: z.enum(['B', 'M', 'E']),
  jaargroep: z.coerce.number().int().min(1).max(8).optional(),
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
    .optional(),
  measure: z.enum(['share', 'mean']).optional(),
  years: z.coerce.number().int().min(2).max(10).optional(),
});

export const TrendPointSchema = z.object({
  schooljaar: z.string(),
  moment: z.enum(['B', 'M', 'E']),
  jaargroep: z.number().int(),
  versionKey: z.string(),
  n: z.number().int(),
  // Figures: withheld for whoever may not see a cell of fewer than ten pupils (http/small-cells.ts).
  value: figure(z.number().nullable()),
  interval: figure(z.object({ low: z.number(), high: z.number() }).nullable()),
  suppressed: z.boolean(),
});

export const TrendsResponse = z.object({
  kind: z.enum(['jaargroep', 'cohort', 'dwarsdoorsnede']),
  vak: z.string(),
  moment: z.enum(['B', 'M', 'E']),
  /** What a value is: the share at III (or C) or higher, or the mean vaardigheidsscore. */
  measure: z.enum(['share', 'mean']),
  segments: z.array(z.object({ versionKey: z.string(), points: z.array(TrendPointSchema) })),
  breaks: z.array(
    z.object({
      fromVersion: z.string(),
      toVersion: z.string(),
      schooljaar: z.string(),
      jaargroep: z.number().int(),
    }),
  ),
  /** For a cohort: per year who is in it (counts only). */
  cohort: z
    .array(
      z.object({
        schooljaar: z.string(),
        expectedJaargroep: z.number().int(),
        members: z.number().int(),
        left: z.number().int(),
        repeaters: z.number().int(),
        instroom: z.number().int(),
      }),
    )
    .nullable(),
  minCellSize: z.number().int(),
});
export type TrendsResponse = z.infer<typeof TrendsResponse>;
