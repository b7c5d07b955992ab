import { z } from 'zod';
import { figure } from '../../http/small-cells';
import { StatisticsSchema } from '../analysis/analysis.schema';

export const SchoolStatisticsQuery = z.object({
  meetpunt: z
    .string()
    .regex(/^\d{4}-\d{4} [BME]$/, 'moet een meetpunt zijn, zoals "2025-2026 M"')
    .optional(),
});

export const SchoolStatisticsResponse = z.object({
  meetpunten: z.array(z.string()),
  meetpunt: z.string().nullable(),
  /** Shares in cells with fewer pupils than this are withheld for this user (bestuur view). */
  minCellSize: z.number().int(),
  cells: z.array(StatisticsSchema.extend({ jaargroep: z.number().int(), suppressed: z.boolean() })),
});
export type SchoolStatisticsResponse = z.infer<typeof SchoolStatisticsResponse>;

export const TrendQuery = z.object({
  vak: z.string().min(1).max(60),
  jaargroep: z.coerce.number().int().min(1).max(8),
  kind: z.enum(['B', 'M', 'E']),
});

const Point = z.object({
  schooljaar: z.string(),
  jaargroep: z.number().int(),
  n: z.number().int(),
  meanScore: figure(z.number().nullable()),
  share: figure(z.number().nullable()),
  interval: figure(z.object({ low: z.number(), high: z.number() }).nullable()),
  scaleKey: z.string(),
});

export const TrendResponse = z.object({
  /** The same jaargroep at the same kind of moment over the years: different children each year. */
  sameMoment: z.array(Point),
  /** The children who were in this jaargroep in the earliest year, followed through the years. */
  cohort: z.array(Point),
  minCellSize: z.number().int(),
});
