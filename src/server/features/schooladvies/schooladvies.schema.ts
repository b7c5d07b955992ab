import { z } from 'zod';
import { ADVICE_CODES } from '../../../domain/vo-advies';
import { PupilRef } from '../../http/audit-pupils';
import { figure } from '../../http/small-cells';
import { PermissionSchema } from '../auth/auth.schema';

const Day = z.iso.date('moet een datum zijn, zoals 2026-02-12');
const Schooljaar = z.string().regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026');
/** Free text that is stored: lines are fine, a NUL is not (PostgreSQL refuses it). */
const Text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => !s.includes('\u0000'), 'mag geen stuurtekens bevatten');

export const AdviceSchema = z.enum(ADVICE_CODES);
const Advice = AdviceSchema.nullable().optional();

export const SchooladviesQuery = z.object({ schooljaar: Schooljaar });

/** The whole record of one pupil and schooljaar (PUT replaces it); a field left out is empty. */
export const SaveAdviesBody = z.object({
  schooljaar: Schooljaar,
  /** The version the user saw; null for a pupil without a record yet. */
  version: z.number().int().min(1).nullable(),
  voorlopigAdvies: Advice,
  voorlopigOp: Day.nullable().optional(),
  definitiefAdvies: Advice,
  definitiefOp: Day.nullable().optional(),
  toetsNaam: Text(80).nullable().optional(),
  /** The doorstroomtoets's score as it reports it; OSO allows 0–1000 for every toets. */
  toetsScore: z.number().min(0).max(1000).nullable().optional(),
  toetsAdvies: Advice,
  heroverweging: z.enum(['gehandhaafd', 'bijgesteld']).nullable().optional(),
  heroverwogenAdvies: Advice,
  heroverwegingOp: Day.nullable().optional(),
  heroverwegingToelichting: Text(2000).nullable().optional(),
  uitstroomNiveau: Advice,
  uitstroomSchool: Text(200).nullable().optional(),
  toelichting: Text(2000).nullable().optional(),
});
export type SaveAdviesInput = z.infer<typeof SaveAdviesBody>;

const ComparisonFields = {
  /** The doorstroomtoets's advice against the definitive advice. */
  toetsVergelijking: z.enum(['hoger', 'gelijk', 'lager']).nullable(),
  /** The toets advised higher and no heroverweging is recorded yet. */
  heroverwegingOpen: z.boolean(),
  /** The advice that holds: after a heroverweging, else the definitive one. */
  eindadvies: AdviceSchema.nullable(),
};

export const AdviesRecord = z.object({
  version: z.number().int(),
  voorlopigAdvies: AdviceSchema.nullable(),
  voorlopigOp: z.string().nullable(),
  definitiefAdvies: AdviceSchema.nullable(),
  definitiefOp: z.string().nullable(),
  toetsNaam: z.string().nullable(),
  toetsScore: z.number().nullable(),
  toetsAdvies: AdviceSchema.nullable(),
  heroverweging: z.enum(['gehandhaafd', 'bijgesteld']).nullable(),
  heroverwogenAdvies: AdviceSchema.nullable(),
  heroverwegingOp: z.string().nullable(),
  heroverwegingToelichting: z.string().nullable(),
  uitstroomNiveau: AdviceSchema.nullable(),
  uitstroomSchool: z.string().nullable(),
  toelichting: z.string().nullable(),
  updatedAt: z.string(),
});

export const SavedAdviesResponse = z.object({ advies: AdviesRecord, ...ComparisonFields });

const VoPosition = z.object({
  leerjaar: z.number().int(),
  niveau: AdviceSchema,
  voSchool: z.string().nullable(),
  /** Against the advice that holds; null without one. */
  vergelijking: z.enum(['boven', 'op', 'onder']).nullable(),
});

export const SchooladviesPupil = z.object({
  pupil: PupilRef,
  groupName: z.string(),
  /** The pupil left the school before the end of groep 8. */
  left: z.boolean(),
  advies: AdviesRecord.nullable(),
  ...ComparisonFields,
  vo: z.array(VoPosition),
});

const Counts = z.object({
  n: z.number().int(),
  boven: z.number().int(),
  op: z.number().int(),
  onder: z.number().int(),
});

export const SchooladviesListResponse = z.object({
  schoolId: z.string(),
  schooljaar: z.string(),
  abilities: z.array(PermissionSchema),
  pupils: z.array(SchooladviesPupil),
  /** The pupils of this list counted (cohortSummary): for a leerkracht, only their own. */
  summary: z.object({
    pupils: z.number().int(),
    toets: z.object({
      n: z.number().int(),
      hoger: z.number().int(),
      gelijk: z.number().int(),
      lager: z.number().int(),
    }),
    heroverweging: z.object({
      n: z.number().int(),
      bijgesteld: z.number().int(),
      gehandhaafd: z.number().int(),
      open: z.number().int(),
    }),
    uitstroom: Counts,
  }),
});

// Figures of a cohort: withheld for whoever may not see a cell of fewer than ten pupils.
const count = () => figure(z.number().int().nullable());
const Share = figure(z.object({ share: z.number(), low: z.number(), high: z.number() }).nullable());
const PositionFigures = z.object({
  n: z.number().int(),
  boven: count(),
  op: count(),
  onder: count(),
  /** Op of boven het advies, with its 90 % Wilson interval. */
  opOfBoven: Share,
  suppressed: z.boolean(),
});

export const CohortFigures = z.object({
  cohort: z.string(),
  pupils: z.number().int(),
  adviezen: z.object({
    n: z.number().int(),
    counts: figure(z.array(z.object({ advice: AdviceSchema, count: z.number().int() }))),
    suppressed: z.boolean(),
  }),
  toets: z.object({
    n: z.number().int(),
    hoger: count(),
    gelijk: count(),
    lager: count(),
    suppressed: z.boolean(),
  }),
  heroverweging: z.object({
    n: z.number().int(),
    bijgesteld: count(),
    gehandhaafd: count(),
    open: count(),
    suppressed: z.boolean(),
  }),
  uitstroom: PositionFigures,
  vo: z.array(PositionFigures.extend({ leerjaar: z.number().int() })),
});
export type CohortFigures = z.infer<typeof CohortFigures>;

export const CohortsResponse = z.object({
  schoolId: z.string(),
  minCellSize: z.number().int(),
  cohorts: z.array(CohortFigures),
});

const ImportProblem = z.object({ line: z.number().int().nullable(), message: z.string() });

export const VoImportReport = z.object({
  status: z.enum(['imported', 'refused']),
  /** Lines read (not counting the header). */
  lines: z.number().int(),
  pupils: z.number().int(),
  cohorts: z.array(z.string()),
  problems: z.array(ImportProblem),
});
