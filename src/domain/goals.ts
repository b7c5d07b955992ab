/**
 * Groepsplan goals and their evaluation from the results of the closing toetsmoment. A goal is a
 * vaardigheidsscore to reach, a level to reach, a leerwinst to make, or a leerdoel in words (which only
 * the teacher can judge). The data proposes reached / partly / not reached; the teacher confirms and
 * adds the why.
 */
import { levelRank, type Level, type LevelSystem } from './levels';

export type Goal =
  | { kind: 'score'; target: number }
  | { kind: 'niveau'; system: LevelSystem; target: Level }
  | { kind: 'groei'; target: number }
  | { kind: 'woorden'; text: string };

export type GoalStatus = 'behaald' | 'deels' | 'niet' | 'onbekend';

export interface Measurement {
  score: number | null;
  level: Level | null;
}

/** What the data says about a goal, as a code with its figures; the browser words it. */
export type GoalDetail =
  | { code: 'words' }
  | { code: 'no_end' }
  | { code: 'no_score' }
  | { code: 'score'; score: number; target: number }
  | { code: 'score_partly'; score: number; start: number; target: number }
  | { code: 'no_level' }
  | { code: 'level'; level: string; target: string }
  | { code: 'level_partly'; level: string; start: string; target: string }
  | { code: 'no_growth_pair' }
  | { code: 'growth'; growth: number; target: number }
  | { code: 'not_a_level'; target: string };

export interface GoalEvaluation {
  status: GoalStatus;
  detail: GoalDetail;
}

/** Half of the way from the start to the target counts as "partly": the pupil moved, not far enough. */
const PARTLY_SHARE = 0.5;

function finite(n: number | null | undefined): n is number {
  return n !== null && n !== undefined && Number.isFinite(n);
}

export function evaluateGoal(goal: Goal, start: Measurement | null, end: Measurement | null): GoalEvaluation {
  if (goal.kind === 'woorden') return { status: 'onbekend', detail: { code: 'words' } };
  if (!end) return { status: 'onbekend', detail: { code: 'no_end' } };

  if (goal.kind === 'score') {
    if (!finite(end.score) || !finite(goal.target))
      return { status: 'onbekend', detail: { code: 'no_score' } };
    const detail = { code: 'score' as const, score: end.score, target: goal.target };
    if (end.score >= goal.target) return { status: 'behaald', detail };
    if (start && finite(start.score) && goal.target > start.score) {
      const share = (end.score - start.score) / (goal.target - start.score);
      if (share >= PARTLY_SHARE)
        return {
          status: 'deels',
          detail: { code: 'score_partly', score: end.score, start: start.score, target: goal.target },
        };
    }
    return { status: 'niet', detail };
  }

  if (goal.kind === 'niveau') {
    const target = levelRank(goal.system, goal.target);
    const reached = end.level ? levelRank(goal.system, end.level) : null;
    if (target === null || reached === null) return { status: 'onbekend', detail: { code: 'no_level' } };
    const detail = { code: 'level' as const, level: end.level ?? '', target: goal.target };
    if (reached >= target) return { status: 'behaald', detail };
    const before = start?.level ? levelRank(goal.system, start.level) : null;
    // One level short of the target after climbing from where the pupil started: partly.
    if (before !== null && reached > before && target - reached <= 1) {
      return {
        status: 'deels',
        detail: {
          code: 'level_partly',
          level: end.level ?? '',
          start: start?.level ?? '',
          target: goal.target,
        },
      };
    }
    return { status: 'niet', detail };
  }

  if (!start || !finite(start.score) || !finite(end.score) || !finite(goal.target)) {
    return { status: 'onbekend', detail: { code: 'no_growth_pair' } };
  }
  const growth = end.score - start.score;
  const detail = { code: 'growth' as const, growth, target: goal.target };
  if (growth >= goal.target) return { status: 'behaald', detail };
  if (goal.target > 0 && growth / goal.target >= PARTLY_SHARE) return { status: 'deels', detail };
  return { status: 'niet', detail };
}

export interface SubgroupEvaluation {
  counts: Record<GoalStatus, number>;
  /** Pupils with a known outcome. */
  known: number;
  status: GoalStatus;
}

/**
 * A subgroup's goal is reached when at least 80 % of its pupils with a known outcome reached it,
 * partly when at least half reached it at least partly; pupils without a result do not count, and a
 * subgroup without any known outcome stays unknown.
 */
export function evaluateSubgroup(statuses: readonly GoalStatus[]): SubgroupEvaluation {
  const counts: Record<GoalStatus, number> = { behaald: 0, deels: 0, niet: 0, onbekend: 0 };
  for (const s of statuses) counts[s] += 1;
  const known = counts.behaald + counts.deels + counts.niet;
  if (known === 0) return { counts, known, status: 'onbekend' };
  const status: GoalStatus =
    counts.behaald / known >= 0.8
      ? 'behaald'
      : (counts.behaald + counts.deels) / known >= 0.5
        ? 'deels'
        : 'niet';
  return { counts, known, status };
}

/**
 * The growth that `share` (0–1) of comparable starters reached or stayed below: the value at that
 * rank of their sorted growths (nearest rank). Null without any.
 */
export function growthAtShare(sortedGrowths: readonly number[], share: number): number | null {
  const finite = sortedGrowths.filter((g) => Number.isFinite(g));
  if (finite.length === 0 || !Number.isFinite(share)) return null;
  const rank = Math.min(finite.length, Math.max(1, Math.ceil(share * finite.length)));
  return finite[rank - 1] ?? null;
}

/**
 * A goal that asks more growth of a pupil than 90 % of comparable starters made in the same interval:
 * not forbidden (a high goal can be right), but worth a second look. `p90`: that growth; `start`: the
 * pupil's start score. Null when the goal is within reach or says nothing about growth.
 */
export function aboveStarters(
  goal: { kind: string; target: number | string } | { kind: 'woorden'; text: string },
  start: number | null,
  p90: number | null,
): { needed: number; p90: number } | null {
  if (p90 === null || !Number.isFinite(p90) || !('target' in goal) || typeof goal.target !== 'number')
    return null;
  if (!Number.isFinite(goal.target)) return null;
  const needed =
    goal.kind === 'groei'
      ? goal.target
      : goal.kind === 'score' && start !== null && Number.isFinite(start)
        ? goal.target - start
        : null;
  return needed !== null && needed > p90 ? { needed, p90 } : null;
}
