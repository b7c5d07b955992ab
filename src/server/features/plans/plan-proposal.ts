/**
 * The data's proposal for a groepsplan's evaluation: per pupil and goal what the closing results say,
 * per subgroup and goal the summary of its pupils, and per basisdoel goal the summary of all pupils
 * (the basisdoel is evaluated like the subgroup goals). A pupil's own goals are proposed per pupil.
 */
import { evaluateGoal, evaluateSubgroup, type Goal, type GoalStatus } from '../../../domain/goals';
import { LEVEL_SYSTEMS, parseLevel, type LevelSystem } from '../../../domain/levels';
import type { EnrichedResult } from '../analysis/enrich';
import type { GoalSpec, PlanContent, PlanResponse } from './plans.schema';

/** A pupil of the plan with the latest result before the closing meetpunt and the result at it. */
export interface Measured {
  pupil: { id: string };
  start: EnrichedResult | undefined;
  end: EnrichedResult | undefined;
}

type Proposal = NonNullable<PlanResponse['proposal']>;
type PupilProposal = Proposal['pupils'][string][string];
type GroupProposal = Proposal['basis'][string];

function toGoal(spec: GoalSpec, system: LevelSystem): Goal | null {
  if (spec.kind === 'woorden') return { kind: 'woorden', text: spec.text };
  // Behaviour and instrument goals are not measured by a toets: the teacher judges them (plan-domein.ts).
  if (spec.kind === 'gedrag') return { kind: 'woorden', text: spec.text };
  if (spec.kind === 'instrument') return { kind: 'woorden', text: spec.schaal };
  if (spec.kind === 'niveau') {
    const parsed = parseLevel(spec.target, system);
    return parsed.ok ? { kind: 'niveau', system, target: parsed.level } : null;
  }
  return { kind: spec.kind, target: spec.target };
}

/** One goal for one pupil, in the level system of the pupil's own results. */
function evaluateFor(spec: GoalSpec, m: Measured | undefined): PupilProposal {
  const system = LEVEL_SYSTEMS.find((s) => s === (m?.end?.levelSystem ?? m?.start?.levelSystem)) ?? 'I-V';
  const goal = toGoal(spec, system);
  if (!goal)
    return {
      status: 'onbekend',
      detail: { code: 'not_a_level', target: spec.kind === 'niveau' ? spec.target : '' },
    };
  return evaluateGoal(
    goal,
    m?.start ? { score: m.start.score, level: m.start.level } : null,
    m?.end ? { score: m.end.score, level: m.end.level } : null,
  );
}

/** Goals shared by pupils: each pupil's proposal, and the summary over them. */
function evaluateShared(
  goals: readonly GoalSpec[],
  pupilIds: readonly string[],
  measured: ReadonlyMap<string, Measured>,
  pupils: Record<string, Record<string, PupilProposal>>,
): Record<string, GroupProposal> {
  const perGoal: Record<string, GroupProposal> = {};
  for (const spec of goals) {
    const statuses: GoalStatus[] = [];
    for (const id of pupilIds) {
      const evaluation = evaluateFor(spec, measured.get(id));
      (pupils[id] ??= {})[spec.id] = evaluation;
      statuses.push(evaluation.status);
    }
    const summary = evaluateSubgroup(statuses);
    perGoal[spec.id] = { status: summary.status, known: summary.known, behaald: summary.counts.behaald };
  }
  return perGoal;
}

/** Null until a result of the closing toetsmoment is in. */
export function proposalOf(content: PlanContent, measured: readonly Measured[]): Proposal | null {
  if (!measured.some((m) => m.end)) return null;
  const byId = new Map(measured.map((m) => [m.pupil.id, m]));
  const pupils: Record<string, Record<string, PupilProposal>> = {};
  const subgroups: Record<string, Record<string, GroupProposal>> = {};
  for (const sub of content.subgroepen)
    subgroups[sub.key] = evaluateShared(sub.doelen, sub.leerlingen, byId, pupils);
  const everyone = content.subgroepen.flatMap((s) => s.leerlingen);
  const basis = evaluateShared(content.basisdoelen, everyone, byId, pupils);
  for (const [id, goals] of Object.entries(content.leerlingdoelen)) {
    if (!everyone.includes(id)) continue;
    for (const spec of goals) (pupils[id] ??= {})[spec.id] = evaluateFor(spec, byId.get(id));
  }
  return { pupils, subgroups, basis };
}
