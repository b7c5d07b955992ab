import { z } from 'zod';
import { PermissionSchema } from '../auth/auth.schema';
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
]);
export type GoalSpec = z.infer<typeof GoalSpec>;

const Text = z.string().max(5000);

export const Subgroep = z.object({
  key: z.string().min(1).max(40),
  naam: z.string().trim().min(1).max(80),
  leerlingen: z.array(z.string().min(1).max(64)).max(60),
  doelen: z.array(GoalSpec).max(20),
  aanbod: Text,
  aanpak: Text,
  organisatie: Text,
  minutenPerWeek: z.number().int().min(0).max(2000).nullable(),
});
export type Subgroep = z.infer<typeof Subgroep>;

export const PlanContent = z.object({
  /** The goal the whole group shares (convergent differentiation). */
  basisdoel: Text,
  subgroepen: z.array(Subgroep).min(1).max(8),
});
export type PlanContent = z.infer<typeof PlanContent>;

const Status = z.enum(['behaald', 'deels', 'niet', 'onbekend']);

export const PlanEvaluation = z.object({
  /** Per pupil and goal: the status the teacher confirms (starting from the data's proposal). */
  confirmed: z.record(z.string(), z.record(z.string(), Status)),
  waarom: z.object({ leerling: Text, onderwijs: Text, thuis: Text }),
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
export const PlanIdParams = z.object({ planId: z.string().min(1).max(64) });

const Measurement = z
  .object({ moment: z.string(), score: z.number().nullable(), level: z.string().nullable() })
  .nullable();

export const PlanResponse = z.object({
  id: z.string(),
  group: z.object({ id: z.string(), name: z.string(), schooljaar: z.string(), schoolId: z.string() }),
  periode: z.object({ id: z.string(), name: z.string(), closingKind: z.string().nullable() }),
  vak: z.string(),
  vorm: z.enum(['groepsplan', 'blokplan']),
  status: z.enum(['concept', 'geevalueerd']),
  version: z.number().int(),
  content: PlanContent,
  evaluation: PlanEvaluation.nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  pupils: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      start: Measurement,
      end: Measurement,
      growth: z.number().nullable(),
      /** The onderwijsbehoefte from this period's groepsoverzicht, so the plan is written beside it. */
      behoefte: z.string().nullable(),
    }),
  ),
  startMeetpunt: z.string().nullable(),
  closingMeetpunt: z.string().nullable(),
  /** Filled once results of the closing toetsmoment are in: the data's proposal per pupil and goal. */
  proposal: z
    .object({
      pupils: z.record(z.string(), z.record(z.string(), z.object({ status: Status, detail: z.string() }))),
      subgroups: z.record(
        z.string(),
        z.record(
          z.string(),
          z.object({ status: Status, known: z.number().int(), behaald: z.number().int() }),
        ),
      ),
    })
    .nullable(),
  history: z.array(
    z.object({
      version: z.number().int(),
      status: z.string(),
      savedBy: z.string(),
      savedAt: z.string(),
      /** What this version changed compared with the one before, in words. */
      changes: z.array(z.string()),
    }),
  ),
  /** Read by the teacher who now has these children, a schooljaar later: read only, their own pupils only. */
  overdracht: z.boolean(),
  abilities: z.array(PermissionSchema),
});
export type PlanResponse = z.infer<typeof PlanResponse>;

const Vakken = z.array(z.string());
const Count = z.number().int();
/** What is done or missing in a step, as a code with its parameters; the browser words it. */
const CycleNote = z.discriminatedUnion('code', [
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
    pupils: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
  z.object({ code: z.literal('clustersFromDatamuur') }),
  z.object({ code: z.literal('confirmClusters') }),
  z.object({ code: z.literal('plansMade'), vakken: Vakken }),
  z.object({ code: z.literal('plansMissing'), vakken: Vakken }),
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
