/**
 * The data's proposal for a groepsplan's evaluation: per pupil and goal what the closing results say,
 * and per subgroup and goal the summary of its pupils.
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
type SubgroupProposal = Proposal['subgroups'][string][string];

function toGoal(spec: GoalSpec, system: LevelSystem): Goal | null {
  if (spec.kind === 'woorden') return { kind: 'woorden', text: spec.text };
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
      detail: `"${spec.kind === 'niveau' ? spec.target : ''}" is geen niveau in dit niveausysteem.`,
    };
  return evaluateGoal(
    goal,
    m?.start ? { score: m.start.score, level: m.start.level } : null,
    m?.end ? { score: m.end.score, level: m.end.level } : null,
  );
}

/** Null until a result of the closing toetsmoment is in. */
export function proposalOf(content: PlanContent, measured: readonly Measured[]): Proposal | null {
  if (!measured.some((m) => m.end)) return null;
  const pupils: Record<string, Record<string, PupilProposal>> = {};
  const subgroups: Record<string, Record<string, SubgroupProposal>> = {};
  for (const sub of content.subgroepen) {
    const perGoal: Record<string, SubgroupProposal> = {};
    subgroups[sub.key] = perGoal;
    for (const spec of sub.doelen) {
      const statuses: GoalStatus[] = [];
      for (const id of sub.leerlingen) {
        const evaluation = evaluateFor(
          spec,
          measured.find((x) => x.pupil.id === id),
        );
        (pupils[id] ??= {})[spec.id] = evaluation;
        statuses.push(evaluation.status);
      }
      const summary = evaluateSubgroup(statuses);
      perGoal[spec.id] = { status: summary.status, known: summary.known, behaald: summary.counts.behaald };
    }
  }
  return { pupils, subgroups };
}
