/**
 * Group and school statistics for groeps-, team- and schoolbesprekingen. A group's level is never the
 * mean of its pupils' letters: the group is described by its mean vaardigheidsscore and by the share of
 * pupils per level, and a share comes with a Wilson interval because groups are small.
 */
import type { Vak } from '../shared/vakken';
import { isLevelOf, levelRank, levelsOf, LEVEL_SYSTEMS, type Level, type LevelSystem } from './levels';
import { parseMoment, type MomentKind } from './moments';
import { INSTRUCTIES, type Instructie } from './placement';
import { isSchooljaar, schooljaarStartYear } from './schooljaar';

export interface WilsonInterval {
  low: number;
  high: number;
}

// Acklam's rational approximation of the standard normal quantile (relative error below 1.2e-9).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549671010692004, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

const poly = (coefficients: readonly number[], x: number) => coefficients.reduce((sum, c) => sum * x + c, 0);

/** The standard normal quantile for a lower-tail probability 0 < p ≤ 0.5. */
function lowerTailQuantile(p: number): number {
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/**
 * Wilson score interval for a share successes/n at the given two-sided confidence. Null when n is not a
 * positive whole number, successes is not a whole number from 0 to n, or confidence is not between 0 and 1.
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.9): WilsonInterval | null {
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(successes) || successes < 0 || successes > n)
    return null;
  if (!(confidence > 0 && confidence < 1)) return null;
  const z = -lowerTailQuantile((1 - confidence) / 2);
  const p = successes / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  if (!Number.isFinite(centre) || !Number.isFinite(half)) return null;
  // The interval contains p and lies in [0, 1] exactly; clamping only removes rounding at the edges.
  return { low: Math.min(p, Math.max(0, centre - half)), high: Math.max(p, Math.min(1, centre + half)) };
}

export interface StatisticsRow {
  /** What to group by, chosen by the caller: a group's id for a groepsoverzicht, a jaargroep for a schooloverzicht. */
  groupKey: string;
  moment: string;
  vak: Vak;
  /** Scores on different scales are never averaged together, so the scale is part of the cell. */
  scaleKey: string;
  score: number | null;
  system: LevelSystem | null;
  level: Level | null;
  instructie: Instructie | null;
}

export interface GroupStatisticsOptions {
  /** Report the share at or above this level (e.g. III in I–V), with a Wilson interval. */
  atOrAbove?: { system: LevelSystem; level: Level } | null;
  /** Confidence of the interval; 0.90 when left out. */
  confidence?: number;
}

export interface Share<T> {
  value: T;
  count: number;
  share: number;
}

export interface GroupStatistics {
  groupKey: string;
  moment: string;
  vak: Vak;
  scaleKey: string;
  /** Results in the cell. */
  n: number;
  meanScore: number | null;
  /** Per level system present: results with a level of that system, and the share per level (best first). */
  levelShares: { system: LevelSystem; n: number; levels: Share<Level>[] }[];
  /** Results with an instruction group, and the share per group. */
  instructieShares: { n: number; groups: Share<Instructie>[] };
  atOrAbove: {
    system: LevelSystem;
    level: Level;
    count: number;
    n: number;
    share: number | null;
    interval: WilsonInterval | null;
  } | null;
}

function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A running convex combination stays finite where a plain sum of large scores would overflow.
  let mean = 0;
  values.forEach((x, i) => {
    mean = (mean * i) / (i + 1) + x / (i + 1);
  });
  return Number.isFinite(mean) ? mean : null;
}

function shares<T>(values: readonly T[], all: readonly T[]): Share<T>[] {
  return all.map((value) => {
    const count = values.filter((v) => v === value).length;
    return { value, count, share: count / values.length };
  });
}

/** Statistics per groupKey + moment + vak + scaleKey, in the order the cells first appear. */
export function groupStatistics(
  results: readonly StatisticsRow[],
  options: GroupStatisticsOptions = {},
): GroupStatistics[] {
  const cells = new Map<string, StatisticsRow[]>();
  for (const r of results) {
    const key = JSON.stringify([r.groupKey, r.moment, r.vak, r.scaleKey]);
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  const confidence = options.confidence ?? 0.9;
  const target =
    options.atOrAbove && isLevelOf(options.atOrAbove.system, options.atOrAbove.level)
      ? options.atOrAbove
      : null;
  return [...cells.values()].flatMap((rows) => {
    const first = rows[0];
    if (!first) return [];
    const scores = rows.map((r) => r.score).filter((s): s is number => s !== null && Number.isFinite(s));
    const levelled = rows.filter(
      (r): r is StatisticsRow & { system: LevelSystem; level: Level } =>
        r.system !== null && r.level !== null && isLevelOf(r.system, r.level),
    );
    const levelShares = LEVEL_SYSTEMS.flatMap((system) => {
      const levels = levelled.filter((r) => r.system === system).map((r) => r.level);
      return levels.length === 0
        ? []
        : [{ system, n: levels.length, levels: shares(levels, levelsOf(system)) }];
    });
    const instructies = rows.map((r) => r.instructie).filter((i): i is Instructie => i !== null);
    let atOrAbove: GroupStatistics['atOrAbove'] = null;
    if (target) {
      const inSystem = levelled.filter((r) => r.system === target.system);
      const bar = levelRank(target.system, target.level) ?? 0;
      const count = inSystem.filter((r) => (levelRank(r.system, r.level) ?? -1) >= bar).length;
      const n = inSystem.length;
      atOrAbove = {
        ...target,
        count,
        n,
        share: n === 0 ? null : count / n,
        interval: wilsonInterval(count, n, confidence),
      };
    }
    return [
      {
        groupKey: first.groupKey,
        moment: first.moment,
        vak: first.vak,
        scaleKey: first.scaleKey,
        n: rows.length,
        meanScore: meanOf(scores),
        levelShares,
        instructieShares: {
          n: instructies.length,
          groups: instructies.length === 0 ? [] : shares(instructies, INSTRUCTIES),
        },
        atOrAbove,
      },
    ];
  });
}

/**
 * Series over years for the schooloverzicht. Two different questions, kept apart on purpose:
 * - sameMomentSeries: the same jaargroep at the same moment in successive years ("our groep 5 at M,
 *   2022, 2023, 2024") — different children each year, says something about the teaching in that year;
 * - cohortSeries: one cohort followed through the years (groep 3 in 2021-2022, groep 4 in 2022-2023 …)
 *   — the same children, says something about their growth.
 * Rows are plain { schooljaar, jaargroep, moment, value }; moment is "M5" or just "M". Rows with an
 * unreadable schooljaar or moment are left out; a value that is not a finite number becomes null (a gap).
 */
export interface SeriesRow {
  schooljaar: string;
  jaargroep: number;
  moment: string;
  value: number | null;
}

function momentKindOf(moment: string): MomentKind | null {
  const value = moment.trim().toUpperCase();
  if (value === 'B' || value === 'M' || value === 'E') return value;
  return parseMoment(value)?.kind ?? null;
}

const KIND_ORDER: Readonly<Record<MomentKind, number>> = { B: 0, M: 1, E: 2 };

function readableRows(rows: readonly SeriesRow[]): (SeriesRow & { kind: MomentKind })[] {
  return rows.flatMap((r) => {
    const kind = momentKindOf(r.moment);
    if (!isSchooljaar(r.schooljaar) || kind === null) return [];
    return [{ ...r, kind, value: r.value !== null && Number.isFinite(r.value) ? r.value : null }];
  });
}

function inTimeOrder(rows: (SeriesRow & { kind: MomentKind })[]): SeriesRow[] {
  return rows
    .sort(
      (a, b) =>
        (a.schooljaar < b.schooljaar ? -1 : a.schooljaar > b.schooljaar ? 1 : 0) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
    )
    .map(({ schooljaar, jaargroep, moment, value }) => ({ schooljaar, jaargroep, moment, value }));
}

/** The rows of one jaargroep at one kind of moment (B, M or E), oldest schooljaar first. */
export function sameMomentSeries(
  rows: readonly SeriesRow[],
  jaargroep: number,
  moment: MomentKind,
): SeriesRow[] {
  return inTimeOrder(readableRows(rows).filter((r) => r.jaargroep === jaargroep && r.kind === moment));
}

/** The rows of the cohort that was in `start.jaargroep` in `start.schooljaar`, in time order. */
export function cohortSeries(
  rows: readonly SeriesRow[],
  start: { schooljaar: string; jaargroep: number },
): SeriesRow[] {
  if (!isSchooljaar(start.schooljaar)) return [];
  const startYear = schooljaarStartYear(start.schooljaar);
  return inTimeOrder(
    readableRows(rows).filter(
      (r) => r.jaargroep - start.jaargroep === schooljaarStartYear(r.schooljaar) - startYear,
    ),
  );
}
