import { z } from 'zod';
import { figure } from '../../http/small-cells';
import { AmbitionTargetSchema, VerdictSchema } from '../ambitions/ambitions.schema';
import { PermissionSchema } from '../auth/auth.schema';

/** Figures: withheld for whoever may not see a cell of fewer than ten pupils (http/small-cells.ts). */
const Interval = () => figure(z.object({ low: z.number(), high: z.number() }).nullable());
const Value = () => figure(z.number().nullable());
const Kind = z.enum([
  'atOrAbove',
  'atMostLowest',
  'meanAtLeastNorm',
  'growthAsExpected',
  'refAtLeast1F',
  'refAtLeast2F',
]);
const Verdict = VerdictSchema;

/**
 * What a figure holds the results against, as codes and parameters (the reader's language words it):
 * the ambition's own target, or without an ambition the usual share at `level` (III, C) or higher.
 */
export const FigureGoalSchema = z.discriminatedUnion('kind', [
  ...AmbitionTargetSchema.options,
  z.object({ kind: z.literal('usualShare'), system: z.enum(['I-V', 'A-E']), level: z.string() }),
]);
export type FigureGoal = z.infer<typeof FigureGoalSchema>;

/** One figure in a cell: an ambition and how the results compare, or (without ambition) the usual share. */
export const FigureSchema = z.object({
  ambitionId: z.string().nullable(),
  kind: Kind,
  goal: FigureGoalSchema,
  /** True for the bestuur when the cell has fewer than minCellSize pupils: sizes only, no outcome. */
  suppressed: z.boolean(),
  n: z.number().int(),
  missing: z.number().int(),
  value: Value(),
  interval: Interval(),
  target: z.number().nullable(),
  direction: z.enum(['atLeast', 'atMost']),
  /** Null when there is no ambition to hold the figure against, or when it is suppressed. */
  verdict: figure(Verdict.nullable()),
});
export type Figure = z.infer<typeof FigureSchema>;

export const SparkPoint = z.object({
  schooljaar: z.string(),
  n: z.number().int(),
  value: Value(),
  interval: Interval(),
  versionKey: z.string(),
  suppressed: z.boolean(),
});
export const VersionBreakSchema = z.object({
  schooljaar: z.string(),
  fromVersion: z.string(),
  toVersion: z.string(),
});

export const CellSchema = z.object({
  jaargroep: z.number().int(),
  vak: z.string(),
  n: z.number().int(),
  toets: z.string().nullable(),
  figures: z.array(FigureSchema),
  /** The first figure in the last five schooljaren, the same yardstick each year. */
  sparkline: z.object({ points: z.array(SparkPoint), breaks: z.array(VersionBreakSchema) }),
});
export type Cell = z.infer<typeof CellSchema>;

export const ReferentieSchema = z.object({
  vak: z.string(),
  indicator: z.enum(['1F', '2F/1S']),
  schooljaren: z.array(z.string()),
  n: z.number().int(),
  share: Value(),
  interval: Interval(),
  signaleringswaarde: z.number().nullable(),
  /** The pooled share against the signaleringswaarde, with the same interval rule as the ambitions. */
  signaleringVerdict: figure(Verdict.nullable()),
  ambition: z.number().nullable(),
  ambitionVerdict: figure(Verdict.nullable()),
  suppressed: z.boolean(),
});

export const SchooloverzichtQuery = z.object({
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
    .optional(),
  moment: z.enum(['B', 'M', 'E']).optional(),
});

export const SchooloverzichtResponse = z.object({
  schoolId: z.string(),
  schoolName: z.string(),
  schooljaar: z.string(),
  moment: z.enum(['B', 'M', 'E']),
  schooljaren: z.array(z.string()),
  /** The moments with results in this schooljaar. */
  moments: z.array(z.enum(['B', 'M', 'E'])),
  jaargroepen: z.array(z.number().int()),
  vakken: z.array(z.string()),
  cells: z.array(CellSchema),
  referentie: z.array(ReferentieSchema),
  words: z.array(z.object({ id: z.string(), text: z.string(), evaluation: z.string().nullable() })),
  /** The groups per jaargroep, for the way down to the datamuur; null for who may not see groups. */
  groups: z
    .array(z.object({ id: z.string(), name: z.string(), jaargroepen: z.array(z.number().int()) }))
    .nullable(),
  minCellSize: z.number().int(),
  abilities: z.array(PermissionSchema),
});
export type SchooloverzichtResponse = z.infer<typeof SchooloverzichtResponse>;
