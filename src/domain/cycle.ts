/**
 * The HGW cycle of a group in one period as six steps (klaar / bezig / open), from facts the server
 * gathers: the results, the signals, the groepsoverzicht, the plans of this period and of the one
 * before, and the two steps a teacher marks done by hand (2: the signals were discussed, 4: the
 * clusters are settled, because both are a judgement the data cannot make).
 *
 * What is done and what is missing is said in codes with parameters, never in sentences: the browser
 * words them in the reader's language.
 */

export type StepState = 'klaar' | 'bezig' | 'open';

export interface CyclePupil {
  id: string;
  name: string;
}

/** Of the pupils with a judged goal in an evaluated plan: all goals reached, some, or none. */
export interface EvaluationCounts {
  pupils: number;
  all: number;
  some: number;
  none: number;
}

export type GoalJudgement = 'behaald' | 'deels' | 'niet' | 'onbekend';

export type CycleNote =
  | { code: 'noPreviousPlans' }
  | { code: 'previousPlansEvaluated'; count: number }
  | ({ code: 'previousPlanOutcome'; vak: string } & EvaluationCounts)
  | { code: 'groepsoverzichtFilled'; meetpunt: string }
  | { code: 'previousPlansNotEvaluated'; count: number; vakken: string[]; lastYearGroup: string | null }
  | { code: 'noResults' }
  | { code: 'pupilsSignalled'; count: number }
  | { code: 'confirmSignals' }
  | { code: 'pupilsWithNeed'; count: number }
  | { code: 'signalledWithoutNeed'; count: number; pupils: CyclePupil[] }
  | { code: 'clustersFromDatamuur' }
  | { code: 'confirmClusters' }
  | { code: 'plansMade'; vakken: string[] }
  | { code: 'plansMissing'; vakken: string[] }
  | { code: 'plansConcept'; vakken: string[] }
  | { code: 'plansEvaluated'; count: number }
  | { code: 'plansToCarryOut'; count: number; closingKind: string | null };

export type CycleNoteCode = CycleNote['code'];

export interface CycleStep {
  stap: number;
  state: StepState;
  done: CycleNote[];
  missing: CycleNote[];
  /** Steps 2 and 4 are marked done by hand. */
  manual: boolean;
}

export interface CyclePlan {
  vak: string;
  evaluated: boolean;
  /** No goal yet: the plan is a concept and not yet made (step 5). Absent: it has goals. */
  concept?: boolean;
}

export interface CycleFacts {
  /** The meetpunt the groepsoverzicht is filled from: the latest one tested by the period's end. */
  meetpunt: string | null;
  /** The vakken the group has results in, in the usual order: each one wants a plan. */
  vakken: readonly string[];
  /** The active pupils the analysis signals at that meetpunt, in class-list order. */
  signalled: readonly CyclePupil[];
  /** Pupils whose row in this period's groepsoverzicht names an onderwijsbehoefte. */
  withNeed: ReadonlySet<string>;
  /** The steps marked done by hand in this period. */
  confirmed: ReadonlySet<number>;
  plans: readonly CyclePlan[];
  /** The plans of the period before, with the outcome of those that were evaluated. */
  previousPlans: readonly (CyclePlan & { outcome: EvaluationCounts | null })[];
  /** Across the summer the previous plans belong to last year's group: its name, else null. */
  lastYearGroup: string | null;
  /** The toetsmoment (B, M, E) that closes the period, when it has one. */
  closingKind: string | null;
}

/** Per pupil with at least one judged goal: every judged goal reached, none reached, or some. */
export function evaluationCounts(
  confirmed: Readonly<Record<string, Readonly<Record<string, GoalJudgement>>>>,
): EvaluationCounts {
  const perPupil = Object.values(confirmed)
    .map((goals) => Object.values(goals).filter((s) => s !== 'onbekend'))
    .filter((statuses) => statuses.length > 0);
  const all = perPupil.filter((s) => s.every((x) => x === 'behaald')).length;
  const none = perPupil.filter((s) => s.every((x) => x === 'niet')).length;
  return { pupils: perPupil.length, all, some: perPupil.length - all - none, none };
}

function evaluateStep(f: CycleFacts): CycleStep {
  const notEvaluated = f.previousPlans.filter((p) => !p.evaluated);
  return {
    stap: 1,
    state: notEvaluated.length === 0 && f.meetpunt ? 'klaar' : 'open',
    done: [
      f.previousPlans.length === 0
        ? { code: 'noPreviousPlans' }
        : { code: 'previousPlansEvaluated', count: f.previousPlans.length - notEvaluated.length },
      ...f.previousPlans.flatMap((p): CycleNote[] =>
        p.outcome ? [{ code: 'previousPlanOutcome', vak: p.vak, ...p.outcome }] : [],
      ),
      ...(f.meetpunt ? [{ code: 'groepsoverzichtFilled' as const, meetpunt: f.meetpunt }] : []),
    ],
    missing: [
      ...(notEvaluated.length > 0
        ? [
            {
              code: 'previousPlansNotEvaluated' as const,
              count: notEvaluated.length,
              vakken: notEvaluated.map((p) => p.vak),
              lastYearGroup: f.lastYearGroup,
            },
          ]
        : []),
      ...(f.meetpunt ? [] : [{ code: 'noResults' as const }]),
    ],
    manual: false,
  };
}

/** Steps 2 and 4: what the data shows is done; the step itself is done once a teacher says so. */
function manualStep(stap: 2 | 4, f: CycleFacts, done: CycleNote, missing: CycleNote): CycleStep {
  const confirmed = f.confirmed.has(stap);
  return {
    stap,
    state: confirmed ? 'klaar' : 'open',
    done: [done],
    missing: confirmed ? [] : [missing],
    manual: true,
  };
}

function needsStep(f: CycleFacts): CycleStep {
  const without = f.signalled.filter((p) => !f.withNeed.has(p.id));
  return {
    stap: 3,
    state: without.length === 0 ? 'klaar' : f.withNeed.size > 0 ? 'bezig' : 'open',
    done: [{ code: 'pupilsWithNeed', count: f.withNeed.size }],
    missing:
      without.length > 0
        ? [{ code: 'signalledWithoutNeed', count: without.length, pupils: [...without] }]
        : [],
    manual: false,
  };
}

/** A plan counts as made once it has a goal: until then it is a concept, begun but not done. */
function planStep(f: CycleFacts): CycleStep {
  const made = f.plans.filter((p) => !p.concept);
  const concepts = f.plans.filter((p) => p.concept);
  const begun = new Set(f.plans.map((p) => p.vak));
  const unplanned = f.vakken.filter((v) => !begun.has(v));
  const complete = f.vakken.length > 0 && unplanned.length === 0 && concepts.length === 0;
  return {
    stap: 5,
    state: complete ? 'klaar' : f.plans.length > 0 ? 'bezig' : 'open',
    done: made.length > 0 ? [{ code: 'plansMade', vakken: made.map((p) => p.vak) }] : [],
    missing: [
      ...(concepts.length > 0 ? [{ code: 'plansConcept' as const, vakken: concepts.map((p) => p.vak) }] : []),
      ...(unplanned.length > 0 ? [{ code: 'plansMissing' as const, vakken: unplanned }] : []),
    ],
    manual: false,
  };
}

function carryOutStep(f: CycleFacts): CycleStep {
  const evaluated = f.plans.filter((p) => p.evaluated).length;
  const open = f.plans.length - evaluated;
  return {
    stap: 6,
    state: f.plans.length > 0 && open === 0 ? 'klaar' : f.plans.length > 0 ? 'bezig' : 'open',
    done: evaluated > 0 ? [{ code: 'plansEvaluated', count: evaluated }] : [],
    missing: open > 0 ? [{ code: 'plansToCarryOut', count: open, closingKind: f.closingKind }] : [],
    manual: false,
  };
}

/** The six steps of the cycle, in order. */
export function cycleSteps(facts: CycleFacts): CycleStep[] {
  return [
    evaluateStep(facts),
    manualStep(
      2,
      facts,
      { code: 'pupilsSignalled', count: facts.signalled.length },
      { code: 'confirmSignals' },
    ),
    needsStep(facts),
    manualStep(4, facts, { code: 'clustersFromDatamuur' }, { code: 'confirmClusters' }),
    planStep(facts),
    carryOutStep(facts),
  ];
}
