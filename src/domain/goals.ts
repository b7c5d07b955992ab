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

export interface GoalEvaluation {
  status: GoalStatus;
  /** Dutch, for the evaluation screen: what the data says. */
  detail: string;
}

/** Half of the way from the start to the target counts as "partly": the pupil moved, not far enough. */
const PARTLY_SHARE = 0.5;

function finite(n: number | null | undefined): n is number {
  return n !== null && n !== undefined && Number.isFinite(n);
}

export function evaluateGoal(goal: Goal, start: Measurement | null, end: Measurement | null): GoalEvaluation {
  if (goal.kind === 'woorden')
    return { status: 'onbekend', detail: 'Een leerdoel in woorden beoordeelt de leerkracht.' };
  if (!end)
    return { status: 'onbekend', detail: 'Er is (nog) geen resultaat van het afsluitende toetsmoment.' };

  if (goal.kind === 'score') {
    if (!finite(end.score) || !finite(goal.target))
      return { status: 'onbekend', detail: 'Geen vaardigheidsscore.' };
    if (end.score >= goal.target)
      return { status: 'behaald', detail: `Score ${end.score}, doel ${goal.target}.` };
    if (start && finite(start.score) && goal.target > start.score) {
      const share = (end.score - start.score) / (goal.target - start.score);
      if (share >= PARTLY_SHARE)
        return {
          status: 'deels',
          detail: `Score ${end.score}: meer dan de helft van de weg van ${start.score} naar ${goal.target}.`,
        };
    }
    return { status: 'niet', detail: `Score ${end.score}, doel ${goal.target}.` };
  }

  if (goal.kind === 'niveau') {
    const target = levelRank(goal.system, goal.target);
    const reached = end.level ? levelRank(goal.system, end.level) : null;
    if (target === null || reached === null)
      return { status: 'onbekend', detail: 'Geen niveau in dit niveausysteem.' };
    if (reached >= target)
      return { status: 'behaald', detail: `Niveau ${end.level}, doel ${goal.target} of hoger.` };
    const before = start?.level ? levelRank(goal.system, start.level) : null;
    // One level short of the target after climbing from where the pupil started: partly.
    if (before !== null && reached > before && target - reached <= 1) {
      return {
        status: 'deels',
        detail: `Niveau ${end.level}: gestegen van ${start?.level}, één niveau onder het doel ${goal.target}.`,
      };
    }
    return { status: 'niet', detail: `Niveau ${end.level}, doel ${goal.target} of hoger.` };
  }

  if (!start || !finite(start.score) || !finite(end.score) || !finite(goal.target)) {
    return { status: 'onbekend', detail: 'Voor leerwinst zijn een begin- en een eindscore nodig.' };
  }
  const growth = end.score - start.score;
  if (growth >= goal.target)
    return { status: 'behaald', detail: `Leerwinst ${growth}, doel ${goal.target}.` };
  if (goal.target > 0 && growth / goal.target >= PARTLY_SHARE)
    return { status: 'deels', detail: `Leerwinst ${growth}, doel ${goal.target}.` };
  return { status: 'niet', detail: `Leerwinst ${growth}, doel ${goal.target}.` };
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
