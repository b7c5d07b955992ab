/**
 * The demo's groepsplannen: per group and period one plan per vak, made in the weeks after the
 * period's starting toetsen from the instruction groups those results suggest (as the app makes a
 * plan from the datamuur), with a basisdoel and a goal per subgroup; kept as the app keeps versions
 * (created, then "vastgelegd" with goals after a few autosaves), and evaluated once the closing
 * toetsen are in, with the statuses the data proposes (domain/goals.ts) and the teacher's why.
 */
import { evaluateGoal, type Goal, type GoalStatus, type Measurement } from '../domain/goals';
import type { PlanContent, PlanEvaluation, Subgroep } from '../server/features/plans/plans.schema';
import type { PlanVersionReason } from '../server/db/schema';
import { VAKKEN, type Vak } from '../shared/vakken';
import { at, goalId, type HgwContext, type HgwGroup, type HgwPeriod } from './hgw-context';
import {
  arrangementOf,
  basisdoelOf,
  evaluationWhy,
  SUBGROUP_NAME,
  type Instructie,
  type Outcome,
} from './hgw-plan-texts';
import { demoNorm } from './norms';
import type { Result } from './zorg-context';
import { addDays, schoolDayAfter } from './zorg-dates';
import { levelOf, meetpuntOrder, resultsAt, vakOf, type Level, type Meetpunt } from './zorg-figures';

const ORDER: readonly Instructie[] = ['verkort', 'basis', 'verlengd'];

/** The instruction group the demo's default mapping gives a level (I, II verkort; V verlengd). */
export function instructieOf(level: Level | null): Instructie {
  if (level === 'I' || level === 'II') return 'verkort';
  if (level === 'V') return 'verlengd';
  return 'basis';
}

function measured(ctx: HgwContext, r: Result) {
  return {
    score: r.vaardigheidsscore ?? null,
    level: levelOf(ctx.idx, r),
    jaargroep: Number(r.moment.slice(1)),
  };
}

/** The pupil's result of a vak at a meetpunt as a goal measures it: score and level. */
function measurement(ctx: HgwContext, pupilId: string, vak: Vak, m: Meetpunt) {
  const r = resultsAt(ctx.idx, pupilId, m).get(vak);
  return r ? measured(ctx, r) : null;
}

/**
 * Where a plan's goal starts from: the result at the start meetpunt or, for a pupil who missed that
 * toets, the latest one before it (as the plan shows it, marked with its own meetpunt).
 */
function startOf(ctx: HgwContext, pupilId: string, vak: Vak, m: Meetpunt) {
  const own = measurement(ctx, pupilId, vak, m);
  if (own) return own;
  const earlier = (ctx.idx.resultsOfPupil.get(pupilId) ?? [])
    .filter((r) => vakOf(ctx.idx, r) === vak)
    .filter(
      (r) =>
        meetpuntOrder({ schooljaar: r.schooljaar, kind: r.moment.startsWith('E') ? 'E' : 'M' }) <
        meetpuntOrder(m),
    )
    .sort((a, b) => (a.afnamedatum ?? '').localeCompare(b.afnamedatum ?? ''))
    .at(-1);
  return earlier ? measured(ctx, earlier) : null;
}

/** The growth the norm group makes from the start meetpunt to the closing one, for these jaargroepen. */
function normGrowth(vak: Vak, p: HgwPeriod, jaargroepen: readonly number[]): number {
  const growths = jaargroepen.map((j) => {
    const before = p.startMeetpunt.kind === 'E' ? j - 1 : j;
    const from = demoNorm(vak, p.startMeetpunt.kind === 'E' ? 'E' : 'M', Math.max(3, before));
    return demoNorm(vak, p.closing === 'E' ? 'E' : 'M', j).mean - from.mean;
  });
  return growths.reduce((s, g) => s + g, 0) / Math.max(1, growths.length);
}

interface Draft {
  content: PlanContent;
  /** The goal behind each goal id, as domain/goals.ts evaluates it; null for a goal in words. */
  goals: Map<string, Goal>;
}

/** Subgroups from the starting results, each with the vak's arrangement and a goal that fits it. */
function draftPlan(ctx: HgwContext, g: HgwGroup, p: HgwPeriod, vak: Vak, pupils: readonly string[]): Draft {
  const byKey = new Map<Instructie, string[]>();
  const jaargroepen = new Set<number>();
  for (const id of pupils) {
    const m = measurement(ctx, id, vak, p.startMeetpunt);
    const key = instructieOf(m?.level ?? null);
    byKey.set(key, [...(byKey.get(key) ?? []), id]);
    if (m) jaargroepen.add(m.jaargroep + (p.startMeetpunt.kind === 'E' ? 1 : 0));
  }
  const goals = new Map<string, Goal>();
  const growth = Math.max(1, Math.round(0.8 * normGrowth(vak, p, [...jaargroepen])));
  const subgroepen: Subgroep[] = ORDER.filter((k) => byKey.has(k)).map((key) => {
    const id = goalId(ctx);
    const goal: Goal =
      key === 'verlengd'
        ? { kind: 'groei', target: growth }
        : { kind: 'niveau', system: 'I-V', target: key === 'verkort' ? 'II' : 'III' };
    goals.set(id, goal);
    const spec =
      goal.kind === 'groei'
        ? { id, kind: 'groei' as const, target: goal.target }
        : { id, kind: 'niveau' as const, target: key === 'verkort' ? 'II' : 'III' };
    return {
      key,
      naam: SUBGROUP_NAME[key],
      leerlingen: byKey.get(key) ?? [],
      doelen: [spec],
      ...arrangementOf(vak, key),
    };
  });
  const lowest = Math.min(...(jaargroepen.size ? [...jaargroepen] : [Number(g.group.jaargroep) || 3]));
  const text = basisdoelOf(vak, lowest);
  const basisId = goalId(ctx);
  return {
    content: {
      basisdoel: text,
      basisdoelen: [{ id: basisId, kind: 'woorden', text }],
      subgroepen,
      leerlingdoelen: {},
    },
    goals,
  };
}

/** The plan as first made: the subgroups with their arrangement, no goals yet. */
function asCreated(content: PlanContent): PlanContent {
  return {
    basisdoel: '',
    basisdoelen: [],
    subgroepen: content.subgroepen.map((s) => ({ ...s, doelen: [] })),
    leerlingdoelen: {},
  };
}

/** A goal in words is judged by the teacher; here from the closing level, as a teacher would. */
function judgeWords(end: Measurement | null): GoalStatus {
  if (!end?.level) return 'onbekend';
  return end.level === 'V' ? 'niet' : end.level === 'IV' ? 'deels' : 'behaald';
}

/** Per pupil and goal the status the data proposes, confirmed by the teacher; and the tally. */
function evaluate(ctx: HgwContext, p: HgwPeriod, vak: Vak, draft: Draft): PlanEvaluation {
  const confirmed: Record<string, Record<string, GoalStatus>> = {};
  const outcome: Outcome = { reached: 0, partly: 0, missed: 0, unknown: 0 };
  const basisId = draft.content.basisdoelen[0]?.id ?? '';
  for (const sub of draft.content.subgroepen) {
    for (const pupilId of sub.leerlingen) {
      const start = startOf(ctx, pupilId, vak, p.startMeetpunt);
      const end = measurement(ctx, pupilId, vak, p.closingMeetpunt);
      const statuses: Record<string, GoalStatus> = { [basisId]: judgeWords(end) };
      for (const spec of sub.doelen) {
        const goal = draft.goals.get(spec.id);
        if (goal) statuses[spec.id] = evaluateGoal(goal, start, end).status;
      }
      confirmed[pupilId] = statuses;
      const own = sub.doelen[0] ? statuses[sub.doelen[0].id] : undefined;
      if (own === 'behaald') outcome.reached += 1;
      else if (own === 'deels') outcome.partly += 1;
      else if (own === 'niet') outcome.missed += 1;
      else outcome.unknown += 1;
    }
  }
  return { confirmed, waarom: evaluationWhy(vak, outcome, (items) => ctx.rng.pick(items)) };
}

function addVersion(
  ctx: HgwContext,
  planId: string,
  v: {
    version: number;
    status: 'concept' | 'geevalueerd';
    content: PlanContent;
    evaluation: PlanEvaluation | null;
  },
  by: { userId: string; at: string; reason: PlanVersionReason },
): void {
  ctx.out.groepsplan_versie.push({
    id: ctx.id(),
    plan_id: planId,
    version: v.version,
    status: v.status,
    content: JSON.stringify(v.content),
    evaluation: v.evaluation ? JSON.stringify(v.evaluation) : null,
    saved_by: by.userId,
    saved_at: by.at,
    reden: by.reason,
  });
}

/** One plan with its kept versions; evaluated when the closing toetsen were in before today. */
function addPlan(ctx: HgwContext, g: HgwGroup, p: HgwPeriod, vak: Vak, made: string): void {
  const pupils = g.pupilsOn(made);
  if (pupils.length === 0) return;
  const draft = draftPlan(ctx, g, p, vak, pupils);
  const planId = ctx.id();
  const author = g.author.id;
  const autosaves = ctx.rng.int(2, 6);
  const recordedOn = schoolDayAfter(addDays(made, ctx.rng.int(1, 4)));
  const tested = g.testedOn(p.closingMeetpunt);
  const evaluatedOn = tested ? schoolDayAfter(addDays(tested, ctx.rng.int(8, 16))) : null;
  const evaluated = evaluatedOn !== null && evaluatedOn < ctx.today;
  const stillTyping = !evaluated && ctx.rng.chance(0.2);
  const created = at(made, '15:40');
  addVersion(
    ctx,
    planId,
    { version: 1, status: 'concept', content: asCreated(draft.content), evaluation: null },
    { userId: author, at: created, reason: 'aangemaakt' },
  );
  const recorded = recordedOn < ctx.today ? recordedOn : made;
  let version = 1 + autosaves;
  addVersion(
    ctx,
    planId,
    { version, status: 'concept', content: draft.content, evaluation: null },
    { userId: author, at: at(recorded, '16:10'), reason: 'vastgelegd' },
  );
  let evaluation: PlanEvaluation | null = null;
  let updatedAt = at(recorded, '16:10');
  if (evaluated && evaluatedOn) {
    evaluation = evaluate(ctx, p, vak, draft);
    version += 1;
    updatedAt = at(evaluatedOn, '15:55');
    addVersion(
      ctx,
      planId,
      { version, status: 'geevalueerd', content: draft.content, evaluation },
      { userId: author, at: updatedAt, reason: 'geevalueerd' },
    );
  } else if (stillTyping) version += 1;
  ctx.out.groepsplan.push({
    id: planId,
    groep_id: String(g.group.id),
    periode_id: p.id,
    vak,
    vorm: g.schoolIndex === 1 && vak === 'rekenen-wiskunde' ? 'blokplan' : 'groepsplan',
    status: evaluation ? 'geevalueerd' : 'concept',
    version,
    content: JSON.stringify(draft.content),
    evaluation: evaluation ? JSON.stringify(evaluation) : null,
    created_by: author,
    created_at: created,
    updated_by: author,
    updated_at: updatedAt,
  });
}

/** The group's plans of the period, after its steps 2 (signals discussed) and 4 (clusters) were ticked. */
export function addPlans(ctx: HgwContext, g: HgwGroup, p: HgwPeriod, made: string): void {
  const ticked = at(addDays(made, -1) < p.start ? made : addDays(made, -1), '16:30');
  for (const stap of [2, 4]) {
    ctx.out.cyclus_stap.push({
      id: ctx.id(),
      groep_id: String(g.group.id),
      periode_id: p.id,
      stap,
      done_by: g.author.id,
      done_at: ticked,
    });
  }
  for (const vak of VAKKEN) addPlan(ctx, g, p, vak, made);
}
