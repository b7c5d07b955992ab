import { z } from 'zod';
import { PupilId, PupilName, PupilRef, pupilKeyed } from '../../http/audit-pupils';
import { PermissionSchema } from '../auth/auth.schema';
import { SEO_BANDS } from '../../../imports/seo/instrument';
import { GroupIdParams } from '../groups/groups.schema';

export const GoalSpec = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('score'),
    target: z.number().min(-100).max(1000),
  }),
  z.object({ id: z.string().min(1).max(40), kind: z.literal('niveau'), target: z.string().min(1).max(10) }),
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('groei'),
    target: z.number().min(-100).max(500),
  }),
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('woorden'),
    text: z.string().trim().min(1).max(1000),
  }),
  /** Observable behaviour (werkhouding, gedrag): what, how it is observed, and when it counts as reached. */
  z.object({
    id: z.string().min(1).max(40),
    kind: z.literal('gedrag'),
    text: z.string().trim().min(1).max(1000),
    hoe: z.string().trim().max(1000),
    criterium: z.string().trim().max(500),
  }),
  /** A target on a social-emotional instrument's scale: a band (its tier) or a percentile. */
  z
    .object({
      id: z.string().min(1).max(40),
      kind: z.literal('instrument'),
      instrument: z.string().min(1).max(40),
      schaal: z.string().min(1).max(60),
      band: z.enum(SEO_BANDS).nullable(),
      percentiel: z.number().min(0).max(100).nullable(),
    })
    .refine((g) => g.band !== null || g.percentiel !== null, {
      message: 'geef een band of een percentiel als doel',
      path: ['band'],
    }),
]);
export type GoalSpec = z.infer<typeof GoalSpec>;

const Text = z.string().max(5000);

export const Subgroep = z.object({
  key: z.string().min(1).max(40),
  naam: z.string().trim().min(1).max(80),
  leerlingen: z.array(PupilId.min(1).max(64)).max(60),
  doelen: z.array(GoalSpec).max(20),
  aanbod: Text,
  aanpak: Text,
  organisatie: Text,
  minutenPerWeek: z.number().int().min(0).max(2000).nullable(),
});
export type Subgroep = z.infer<typeof Subgroep>;

export const PlanContent = z.object({
  /** The goal the whole group shares (convergent differentiation), in words. */
  basisdoel: Text,
  /** The basisdoel as goals evaluated for every pupil of the plan, like a subgroup's goals. */
  basisdoelen: z.array(GoalSpec).max(10).default([]),
  subgroepen: z.array(Subgroep).min(1).max(8),
  /** Optional goals of one pupil, on top of the subgroup's. */
  leerlingdoelen: pupilKeyed(z.array(GoalSpec).max(10)).default({}),
});
export type PlanContent = z.infer<typeof PlanContent>;

const Status = z.enum(['behaald', 'deels', 'niet', 'onbekend']);
const Count = z.number().int();

export const PlanEvaluation = z.object({
  /** Per pupil and goal: the status the teacher confirms (starting from the data's proposal). */
  confirmed: pupilKeyed(z.record(z.string(), Status)),
  waarom: z.object({ leerling: Text, onderwijs: Text, thuis: Text }),
  /**
   * Plans for a domein (werkhouding, gedrag, sociaal-emotioneel): per goal the verdict for the
   * subgroup and its evidence, pre-filled from the observations and the next instrument result.
   */
  doelen: z.record(z.string(), z.object({ status: Status, bewijs: Text })).optional(),
});
export type PlanEvaluation = z.infer<typeof PlanEvaluation>;

export const NewPlanBody = z.object({
  periodeId: z.string().min(1).max(64),
  vak: z.string().min(1).max(60),
  vorm: z.enum(['groepsplan', 'blokplan']),
  /** Take doelen, aanbod, aanpak and organisatie from the plan of the previous period for this vak. */
  copyPrevious: z.boolean().optional(),
});

export const SavePlanBody = z.object({ version: z.number().int().min(1), content: PlanContent });
export const EvaluateBody = z.object({ version: z.number().int().min(1), evaluation: PlanEvaluation });
export const VersionBody = z.object({ version: z.number().int().min(1) });
/** "Vastleggen": the plan as it is now becomes a version in the history. */
export const RecordBody = VersionBody;
export const PlanIdParams = z.object({ planId: z.string().min(1).max(64) });

const Measurement = z
  .object({ moment: z.string(), score: z.number().nullable(), level: z.string().nullable() })
  .nullable();

/** What the data says about a goal, as a code with its figures (domain/goals.ts). */
const GoalDetail = z.discriminatedUnion('code', [
  z.object({ code: z.literal('words') }),
  z.object({ code: z.literal('no_end') }),
  z.object({ code: z.literal('no_score') }),
  z.object({ code: z.literal('score'), score: z.number(), target: z.number() }),
  z.object({ code: z.literal('score_partly'), score: z.number(), start: z.number(), target: z.number() }),
  z.object({ code: z.literal('no_level') }),
  z.object({ code: z.literal('level'), level: z.string(), target: z.string() }),
  z.object({ code: z.literal('level_partly'), level: z.string(), start: z.string(), target: z.string() }),
  z.object({ code: z.literal('no_growth_pair') }),
  z.object({ code: z.literal('growth'), growth: z.number(), target: z.number() }),
  z.object({ code: z.literal('not_a_level'), target: z.string() }),
]);
const GoalSummary = z.object({ status: Status, known: z.number().int(), behaald: z.number().int() });

/** What a version changed compared with the one before, as codes (plan-history.ts). */
const PlanChange = z.discriminatedUnion('code', [
  z.object({ code: z.literal('created') }),
  z.object({ code: z.literal('evaluated') }),
  z.object({ code: z.literal('reopened') }),
  z.object({ code: z.literal('basisdoel') }),
  z.object({ code: z.literal('pupilGoals') }),
  z.object({ code: z.literal('subgroupAdded'), naam: z.string() }),
  z.object({ code: z.literal('subgroupRemoved'), naam: z.string() }),
  z.object({ code: z.literal('subgroupChanged'), naam: z.string(), fields: z.array(z.string()) }),
]);
export type PlanChange = z.infer<typeof PlanChange>;

/**
 * For a plan about a domein: per goal the data's proposal and what it rests on, the observations of
 * the goal's pupils in the period (observable behaviour) or their next instrument score after the
 * plan's start (an instrument target).
 */
const DomeinEvidence = z.object({
  since: z.string(),
  goals: z.record(
    z.string(),
    z.object({
      status: Status,
      pupils: Count,
      observations: z.array(
        z.object({
          pupilId: PupilId,
          date: z.string(),
          aspect: z.string(),
          waardering: z.number().nullable(),
          toelichting: z.string().nullable(),
        }),
      ),
      scores: z.array(
        z.object({
          pupilId: PupilId,
          date: z.string(),
          percentiel: z.number().nullable(),
          band: z.string().nullable(),
          status: Status,
        }),
      ),
    }),
  ),
});

export const PlanResponse = z.object({
  id: z.string(),
  group: z.object({ id: z.string(), name: z.string(), schooljaar: z.string(), schoolId: z.string() }),
  periode: z.object({ id: z.string(), name: z.string(), closingKind: z.string().nullable() }),
  vak: z.string(),
  vorm: z.enum(['groepsplan', 'blokplan']),
  status: z.enum(['concept', 'geevalueerd']),
  /** Concept until the plan has a goal; then actief until evaluated. */
  stage: z.enum(['concept', 'actief', 'geevalueerd']),
  /** The version counter every save raises (the check against overwriting someone else's save). */
  version: z.number().int(),
  /** Changed since the last version in the history: "vastleggen" makes it one. */
  unrecorded: z.boolean(),
  content: PlanContent,
  evaluation: PlanEvaluation.nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  pupils: z.array(
    z.object({
      id: PupilId,
      name: PupilName,
      start: Measurement,
      end: Measurement,
      growth: z.number().nullable(),
      /** The meetpunt of the start result: older than the plan's start meetpunt when the pupil missed a test. */
      startMeetpunt: z.string().nullable(),
      /** Growth to the closing moment that 90 % of comparable starters stayed at or below. */
      starters: z.object({ p90: z.number(), peers: z.number().int() }).nullable(),
      /** The onderwijsbehoefte from this period's groepsoverzicht, so the plan is written beside it. */
      behoefte: z.string().nullable(),
    }),
  ),
  startMeetpunt: z.string().nullable(),
  closingMeetpunt: z.string().nullable(),
  /** Filled once results of the closing toetsmoment are in: the data's proposal per pupil and goal. */
  proposal: z
    .object({
      pupils: pupilKeyed(z.record(z.string(), z.object({ status: Status, detail: GoalDetail }))),
      subgroups: z.record(z.string(), z.record(z.string(), GoalSummary)),
      /** Per basisdoel goal, over all pupils of the plan. */
      basis: z.record(z.string(), GoalSummary),
    })
    .nullable(),
  history: z.array(
    z.object({
      /** 1, 2, 3 … in the order the versions were kept. */
      number: z.number().int(),
      version: z.number().int(),
      status: z.string(),
      /** Why it was kept; null for versions from before, when every save was one. */
      reason: z.enum(['aangemaakt', 'vastgelegd', 'geevalueerd', 'heropend', 'voor_ander']).nullable(),
      savedBy: z.string(),
      savedAt: z.string(),
      changes: z.array(PlanChange),
    }),
  ),
  /** Set for a plan about werkhouding, gedrag or sociaal-emotioneel instead of a toets vak. */
  domein: DomeinEvidence.nullable(),
  /** Read by the teacher who now has these children, a schooljaar later: read only, their own pupils only. */
  overdracht: z.boolean(),
  abilities: z.array(PermissionSchema),
});
export type PlanResponse = z.infer<typeof PlanResponse>;

const Vakken = z.array(z.string());
/** What is done or missing in a step, as a code with its parameters; the browser words it. */
export const CycleNote = z.discriminatedUnion('code', [
  z.object({ code: z.literal('noPreviousPlans') }),
  z.object({ code: z.literal('previousPlansEvaluated'), count: Count }),
  z.object({
    code: z.literal('previousPlanOutcome'),
    vak: z.string(),
    pupils: Count,
    all: Count,
    some: Count,
    none: Count,
  }),
  z.object({ code: z.literal('groepsoverzichtFilled'), meetpunt: z.string() }),
  z.object({
    code: z.literal('previousPlansNotEvaluated'),
    count: Count,
    vakken: Vakken,
    /** Across the summer: the group the plans were made for last year. */
    lastYearGroup: z.string().nullable(),
  }),
  z.object({ code: z.literal('noResults') }),
  z.object({ code: z.literal('pupilsSignalled'), count: Count }),
  z.object({ code: z.literal('confirmSignals') }),
  z.object({ code: z.literal('pupilsWithNeed'), count: Count }),
  z.object({
    code: z.literal('signalledWithoutNeed'),
    count: Count,
    pupils: z.array(PupilRef),
  }),
  z.object({ code: z.literal('clustersFromDatamuur') }),
  z.object({ code: z.literal('confirmClusters') }),
  z.object({ code: z.literal('plansMade'), vakken: Vakken }),
  z.object({ code: z.literal('plansMissing'), vakken: Vakken }),
  z.object({ code: z.literal('plansConcept'), vakken: Vakken }),
  z.object({ code: z.literal('plansEvaluated'), count: Count }),
  z.object({ code: z.literal('plansToCarryOut'), count: Count, closingKind: z.string().nullable() }),
]);
const Step = z.object({
  stap: z.number().int(),
  state: z.enum(['klaar', 'bezig', 'open']),
  done: z.array(CycleNote),
  missing: z.array(CycleNote),
  manual: z.boolean(),
});
const CycleGroup = z.object({
  group: z.object({ id: z.string(), name: z.string(), schooljaar: z.string(), schoolId: z.string() }),
  periode: z.object({ id: z.string(), name: z.string() }),
  steps: z.array(Step),
  plans: z.array(
    z.object({
      id: z.string(),
      vak: z.string(),
      vorm: z.string(),
      status: z.string(),
      version: z.number().int(),
    }),
  ),
  previousPlans: z.array(z.object({ id: z.string(), vak: z.string(), status: z.string() })),
  vakken: z.array(z.string()),
});
export const GroupCycleQuery = z.object({ periode: z.string().min(1).max(64).optional() });
export const StepParams = GroupIdParams.extend({ stap: z.coerce.number().int() });
export const StepBody = z.object({ periodeId: z.string().min(1).max(64), done: z.boolean() });
export const SchoolCycleQuery = z.object({
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'moet een schooljaar zijn, zoals 2025-2026')
    .optional(),
  volgnummer: z.coerce.number().int().min(1).max(10).optional(),
});

export const GroupCycleResponse = CycleGroup.extend({
  periods: z.array(z.object({ id: z.string(), name: z.string() })),
  abilities: z.array(z.string()),
});
export const SchoolCycleResponse = z.object({
  schooljaar: z.string(),
  periode: z.object({ id: z.string(), name: z.string(), volgnummer: z.number().int() }),
  periods: z.array(z.object({ id: z.string(), name: z.string(), volgnummer: z.number().int() })),
  groups: z.array(CycleGroup),
});
