import { z } from 'zod';
import { figure } from '../../http/small-cells';
import { VerdictSchema } from '../ambitions/ambitions.schema';

export const BestuurGridQuery = z.object({
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
    .optional(),
  moment: z.enum(['B', 'M', 'E']).optional(),
  vak: z.string().min(1).max(60).optional(),
});

const GridCell = z.object({
  jaargroep: z.number().int(),
  n: z.number().int(),
  /** Share at III (or C) or higher; null when suppressed (fewer than minCellSize pupils). */
  value: figure(z.number().nullable()),
  interval: figure(z.object({ low: z.number(), high: z.number() }).nullable()),
  /** The school's own ambition for this cell, if it has one of this kind. */
  ambition: z.number().nullable(),
  verdict: figure(VerdictSchema.nullable()),
  suppressed: z.boolean(),
});

export const BestuurGridResponse = z.object({
  schooljaar: z.string(),
  schooljaren: z.array(z.string()),
  moment: z.enum(['B', 'M', 'E']),
  vak: z.string(),
  vakken: z.array(z.string()),
  jaargroepen: z.array(z.number().int()),
  schools: z.array(z.object({ id: z.string(), name: z.string(), cells: z.array(GridCell) })),
  /** All schools together, per jaargroep. */
  total: z.array(GridCell),
  minCellSize: z.number().int(),
});
export type BestuurGridResponse = z.infer<typeof BestuurGridResponse>;
