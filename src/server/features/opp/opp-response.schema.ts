/**
 * What GET /opp/{oppId} and every write of the OPP answer: the content, and beside it the figures the
 * server works out from the pupil's results (the expected line, the real leerrendement since the
 * baseline), the terms, the overleg with the verzorgers, the evaluations and the versions. Codes and
 * numbers only: the browser words them.
 */
import { z } from 'zod';
import { OPP_STATUSES } from '../../../domain/opp';
import { PupilId, PupilName } from '../../http/audit-pupils';
import { PermissionSchema } from '../auth/auth.schema';
import { BaselineSchema, OppContentSchema, OVERLEG_OUTCOMES } from './opp.schema';

const Num = z.number().nullable();

const TermSchema = z.object({ due: z.string(), overdue: z.boolean(), soon: z.boolean() }).nullable();

export const ExpectedPointSchema = z.object({
  moment: z.string(),
  dl: z.number(),
  dle: z.number(),
  /** The lowest score that reaches this DLE in the DLE table of the vak's current toets. */
  score: Num,
});

export const RealPointSchema = z.object({
  resultId: z.string(),
  meetpunt: z.string(),
  schooljaar: z.string(),
  moment: z.string(),
  date: z.string(),
  toetsId: z.string(),
  toetsName: z.string(),
  score: Num,
  level: z.string().nullable(),
  dl: Num,
  dle: Num,
  /** The DLE the line expects at this result's DL. */
  expectedDle: Num,
  leerrendementSince: Num,
});

/** Where the line breaks: the result before and after it were made on different toets versions. */
export const VersionBreakSchema = z.object({
  /** The meetpunt of the first result on the new version. */
  meetpunt: z.string(),
  from: z.object({ toetsId: z.string().nullable(), toetsName: z.string() }),
  to: z.object({ toetsId: z.string(), toetsName: z.string() }),
});

export const AviPointSchema = z.object({
  moment: z.string(),
  expected: z.string(),
  /** The pupil's AVI level at that moment, when there is one. */
  actual: z.string().nullable(),
  below: z.boolean().nullable(),
});

export const OppVakViewSchema = z.object({
  vak: z.string(),
  baseline: BaselineSchema.nullable(),
  lrv: Num,
  expectedLine: z.array(ExpectedPointSchema),
  results: z.array(RealPointSchema),
  /** From the latest result since the baseline. */
  leerrendementSince: Num,
  /** Null when there is nothing to hold against the expectation. */
  onTrack: z.boolean().nullable(),
  versionBreaks: z.array(VersionBreakSchema),
  avi: z.array(AviPointSchema),
});
export type OppVakView = z.infer<typeof OppVakViewSchema>;

export const WHERE_PARENTS_TURN = ['onderwijsconsulenten', 'geschillencommissie_passend_onderwijs'] as const;

export const OverlegSchema = z.object({
  id: z.string(),
  oppVersion: z.number().int(),
  heldOn: z.string(),
  participants: z.string(),
  parentsView: z.string(),
  outcome: z.enum(OVERLEG_OUTCOMES),
  note: z.string(),
  /** Without overeenstemming: where the verzorgers can turn (codes; the browser names them). */
  whereToTurn: z.array(z.enum(WHERE_PARENTS_TURN)),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

/** One vak of an evaluation: the figures as they stood that day, kept as they were. */
export const EvaluatieVakSchema = z.object({
  vak: z.string(),
  lrv: Num,
  baseline: BaselineSchema.nullable(),
  /** The meetpunt of the latest result the figures come from. */
  meetpunt: z.string().nullable(),
  leerrendementSince: Num,
  onTrack: z.boolean().nullable(),
  /** Months of DLE gained since the baseline. */
  leerwinstDle: Num,
  /** Score gained since the baseline, when both are on one toets version. */
  leerwinstScore: Num,
  reason: z.string(),
  adjusted: z.boolean(),
});
export type EvaluatieVak = z.infer<typeof EvaluatieVakSchema>;

export const EvaluatieSchema = z.object({
  id: z.string(),
  kind: z.enum(['evaluatie', 'notitie']),
  evaluatedOn: z.string(),
  withParents: z.boolean(),
  vakken: z.array(EvaluatieVakSchema),
  note: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const VERSION_EVENTS = [
  'aangemaakt',
  'gewijzigd',
  'vastgesteld',
  'geevalueerd',
  'bijgesteld',
  'beeindigd',
] as const;
export type VersionEvent = (typeof VERSION_EVENTS)[number];

export const VersionSchema = z.object({
  version: z.number().int(),
  status: z.enum(OPP_STATUSES),
  event: z.enum(VERSION_EVENTS),
  /** The reason in the user's words (bijstellen, beëindigen), else null. */
  reason: z.string().nullable(),
  changedBy: z.string(),
  changedAt: z.string(),
});

export const VASTSTELLEN_BLOCKERS = ['wrong_status', 'no_uitstroomprofiel', 'no_instemming'] as const;
export type VaststellenBlocker = (typeof VASTSTELLEN_BLOCKERS)[number];

export const OppResponse = z.object({
  id: z.string(),
  pupil: z.object({
    id: PupilId,
    name: PupilName,
    schoolId: z.string(),
    group: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** The pupil left the school: the OPP stays readable for the IB. */
    leftOn: z.string().nullable(),
  }),
  status: z.enum(OPP_STATUSES),
  version: z.number().int(),
  decidedOn: z.string(),
  vastgesteldOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  content: OppContentSchema,
  terms: z.object({ termWeeks: z.number().int(), vaststelling: TermSchema, evaluatie: TermSchema }),
  perVak: z.array(OppVakViewSchema),
  overleggen: z.array(OverlegSchema),
  evaluaties: z.array(EvaluatieSchema),
  versions: z.array(VersionSchema),
  canVaststellen: z.object({ allowed: z.boolean(), reasons: z.array(z.enum(VASTSTELLEN_BLOCKERS)) }),
  /** The steps this state allows: wijzigen, vaststellen, evalueren, bijstellen, beeindigen. */
  steps: z.array(z.enum(['wijzigen', 'vaststellen', 'evalueren', 'bijstellen', 'beeindigen'])),
  updatedBy: z.string(),
  updatedAt: z.string(),
  abilities: z.array(PermissionSchema),
});
export type OppResponse = z.infer<typeof OppResponse>;
