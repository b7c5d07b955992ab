/**
 * School ambitions (OGW): what the team wants a jaargroep to reach on a vak at a moment, and how the
 * results of that cell compare with it. The team sets the ambitions; the schoolbespreking asks whether
 * each was met. Groups are small, so every computed outcome carries a 90 % interval and the verdict
 * (ambitions-verdict.ts) says both the direction and whether the interval leaves room for chance: with
 * 20 pupils, 75 % against an ambition of 80 % is below it, but within the margin of chance.
 *
 * Shares are fractions in [0, 1] throughout (minShare 0.8 is "at least 80 %"); the UI writes percentages.
 */
import type { Vak } from '../shared/vakken';
import { meanInterval } from './ambitions-mean';
import { verdictOf, type Verdict } from './ambitions-verdict';
import { isLevelOf, levelRank, type Level, type LevelOfSystem, type LevelSystem } from './levels';
import type { MomentKind } from './moments';
import { wilsonInterval } from './statistics';

/** The norm-referenced systems in which "level III or higher" and "at level V" make sense. */
export type NormLevelSystem = 'I-V' | 'A-E';

/** The usual bar of an atOrAbove ambition: III holds the national mean in I–V, C in A–E. */
export const USUAL_AT_OR_ABOVE_LEVEL: { readonly [S in NormLevelSystem]: LevelOfSystem[S] } = {
  'I-V': 'III',
  'A-E': 'C',
};

export type AmbitionTarget =
  /** At least minShare of the pupils at `level` or higher (usually III / C; the top-20 % ambition uses I / A). */
  | { kind: 'atOrAbove'; system: NormLevelSystem; level: Level; minShare: number }
  /** At most maxShare of the pupils at the lowest level (V / E). */
  | { kind: 'atMostLowest'; system: NormLevelSystem; maxShare: number }
  /** The group's mean vaardigheidsscore at least the national mean of the norm table (given at evaluation). */
  | { kind: 'meanAtLeastNorm' }
  /** At least minShare of the pupils with leerwinst as expected (pupils whose growth is unknown are left out). */
  | { kind: 'growthAsExpected'; minShare: number }
  /** Groep 8: at least minShare at 1F or higher; shown beside the Inspectie's signaleringswaarde (referentie.ts). */
  | { kind: 'refAtLeast1F'; minShare: number }
  /** Groep 8: at least minShare at 2F (taal) / 1S (rekenen). */
  | { kind: 'refAtLeast2F'; minShare: number }
  /** An ambition in words (e.g. teacher behaviour): the team judges it, the data cannot. */
  | { kind: 'woorden'; text: string };

export type AmbitionKind = AmbitionTarget['kind'];
export type MeasuredKind = Exclude<AmbitionKind, 'woorden'>;

/** Ambitions are data per school, schooljaar, vak, jaargroep and moment. */
export interface Ambition {
  schoolId: string;
  schooljaar: string;
  vak: Vak;
  jaargroep: number;
  moment: MomentKind;
  target: AmbitionTarget;
}

/** One pupil's result in the cell. A field the pupil lacks is null; that pupil then counts as `missing`. */
export interface AmbitionPupilResult {
  system: LevelSystem | null;
  level: Level | null;
  /** Vaardigheidsscore on the one scale (toets version) of the cell. */
  score: number | null;
  /** Leerwinst as expected; null when unknown (no earlier result, other scale). */
  growthAsExpected: boolean | null;
}

export interface Interval {
  low: number;
  high: number;
}

export { verdictOf, type Verdict } from './ambitions-verdict';

/** The confidence of every ambition interval, as in the schooloverzicht. */
export const AMBITION_CONFIDENCE = 0.9;

export interface MeasuredEvaluation {
  measured: true;
  kind: MeasuredKind;
  /** Pupils with a usable result for this kind of ambition. */
  n: number;
  /** Pupils in the cell without one (no level in the system, no score, growth unknown). */
  missing: number;
  /** For a share: pupils counted (at or above, at the lowest level, as expected). Null for a mean. */
  count: number | null;
  /** The share in [0, 1] or the mean score; null when n = 0. */
  value: number | null;
  interval: Interval | null;
  /** The ambition: a share, or the norm mean; null when the norm mean is not known. */
  target: number | null;
  /** atMost for atMostLowest ("at most Y % at V"), atLeast for every other kind. */
  direction: 'atLeast' | 'atMost';
  verdict: Verdict;
}

export interface WordsEvaluation {
  measured: false;
  kind: 'woorden';
  text: string;
}

export type AmbitionEvaluation = MeasuredEvaluation | WordsEvaluation;

export interface EvaluationContext {
  /** The national mean of the norm table at this moment; needed by meanAtLeastNorm only. */
  normMean?: number | null;
  confidence?: number;
}

function finite(x: number | null): x is number {
  return x !== null && Number.isFinite(x);
}

function levelIn(system: LevelSystem, r: AmbitionPupilResult): Level | null {
  return r.system === system && r.level !== null && isLevelOf(system, r.level) ? r.level : null;
}

interface Tally {
  count: number;
  n: number;
}

function tally<T>(values: readonly (T | null)[], counts: (value: T) => boolean): Tally {
  const known = values.filter((v): v is T => v !== null);
  return { count: known.filter(counts).length, n: known.length };
}

/** What a share ambition counts, per kind; null for the kinds that are not a share. */
function shareTally(target: AmbitionTarget, results: readonly AmbitionPupilResult[]): Tally | null {
  switch (target.kind) {
    case 'atOrAbove': {
      const bar = levelRank(target.system, target.level) ?? Number.POSITIVE_INFINITY;
      return tally(
        results.map((r) => levelIn(target.system, r)),
        (l) => (levelRank(target.system, l) ?? -1) >= bar,
      );
    }
    case 'atMostLowest':
      return tally(
        results.map((r) => levelIn(target.system, r)),
        (l) => levelRank(target.system, l) === 0,
      );
    case 'growthAsExpected':
      return tally(
        results.map((r) => r.growthAsExpected),
        (g) => g,
      );
    case 'refAtLeast1F':
    case 'refAtLeast2F': {
      const bar = levelRank('REF', target.kind === 'refAtLeast1F' ? '1F' : '2F/1S') ?? 0;
      return tally(
        results.map((r) => levelIn('REF', r)),
        (l) => (levelRank('REF', l) ?? -1) >= bar,
      );
    }
    case 'meanAtLeastNorm':
    case 'woorden':
      return null;
  }
}

/** The ambition's share, or null when it has none or a malformed one (outside [0, 1], a foreign level). */
function shareOf(target: AmbitionTarget): number | null {
  const inRange = (x: number) => (Number.isFinite(x) && x >= 0 && x <= 1 ? x : null);
  switch (target.kind) {
    case 'atOrAbove':
      return isLevelOf(target.system, target.level) ? inRange(target.minShare) : null;
    case 'growthAsExpected':
    case 'refAtLeast1F':
    case 'refAtLeast2F':
      return inRange(target.minShare);
    case 'atMostLowest':
      return inRange(target.maxShare);
    case 'meanAtLeastNorm':
    case 'woorden':
      return null;
  }
}

/**
 * Evaluates one ambition on the results of its cell (one jaargroep, vak, moment and toets version). A
 * pupil whose result does not fit the ambition (a level of another system, no score, growth unknown)
 * is counted in `missing`, never as a failure. An ambition share outside [0, 1] or an unknown norm mean
 * gives target null and verdict geen-gegevens: there is nothing to hold the results against.
 */
export function evaluateAmbition(
  target: AmbitionTarget,
  results: readonly AmbitionPupilResult[],
  context: EvaluationContext = {},
): AmbitionEvaluation {
  if (target.kind === 'woorden') return { measured: false, kind: 'woorden', text: target.text };
  const confidence = context.confidence ?? AMBITION_CONFIDENCE;
  const direction = target.kind === 'atMostLowest' ? 'atMost' : 'atLeast';
  const counted = shareTally(target, results);
  if (counted) {
    const { count, n } = counted;
    const ambition = shareOf(target);
    const value = n === 0 ? null : count / n;
    const interval = wilsonInterval(count, n, confidence);
    return {
      measured: true,
      kind: target.kind,
      n,
      missing: results.length - n,
      count,
      value,
      interval,
      target: ambition,
      direction,
      verdict: verdictOf(value, interval, ambition, direction),
    };
  }
  const scores = results.map((r) => r.score).filter(finite);
  const n = scores.length;
  const givenNorm = context.normMean ?? null;
  const normMean = finite(givenNorm) ? givenNorm : null;
  const interval = meanInterval(scores, confidence);
  const mean = interval ? interval.mean : meanOfScores(scores);
  return {
    measured: true,
    kind: target.kind,
    n,
    missing: results.length - n,
    count: null,
    value: mean,
    interval: interval && { low: interval.low, high: interval.high },
    target: normMean,
    direction,
    verdict: verdictOf(mean, interval, normMean, direction),
  };
}

function meanOfScores(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  // A running convex combination stays finite where a plain sum of very large numbers would overflow.
  let mean = 0;
  scores.forEach((x, i) => {
    mean = (mean * i) / (i + 1) + x / (i + 1);
  });
  return Number.isFinite(mean) ? mean : null;
}
