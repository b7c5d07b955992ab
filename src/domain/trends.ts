/**
 * Trend lines for the schooloverzicht, broken where the toets version changes. A score or a level on
 * Begrijpend lezen 3.0 is not comparable with the older generation (other scale, other norm group), so
 * a line never joins points of two versions: each version gets its own segment and the change is
 * reported as a break, so the chart can mark "nieuwe toetsversie vanaf 2023-2024".
 *
 * Three kinds of trend, one segmenting rule:
 * - sameMomentTrend: one jaargroep at one moment over the years (different children each year);
 * - cohortTrend: one cohort followed through the jaargroepen (the same children);
 * - dwarsdoorsnedeTrend: all jaargroepen at one moment of one schooljaar, along the jaargroepen.
 */
import type { Interval } from './ambitions';
import type { MomentKind } from './moments';
import { isSchooljaar, schooljaarStartYear } from './schooljaar';
import { cohortSeries, sameMomentSeries, type SeriesRow } from './statistics';

export interface TrendPoint {
  schooljaar: string;
  moment: MomentKind;
  jaargroep: number;
  /**
   * What makes two results comparable: toets and version ('Cito LVS rekenen 3.0'). Compared exactly, so
   * the caller passes one spelling per version (the toets's scale key).
   */
  versionKey: string;
  /** Pupils behind the value; kept so that suppression.ts can withhold a small point from the bestuur. */
  n: number;
  /** A share, a mean score, …; null is a gap in the line. */
  value: number | null;
  interval: Interval | null;
}

export interface TrendSegment<P extends TrendPoint> {
  versionKey: string;
  /** In axis order; never empty. */
  points: P[];
}

export interface VersionBreak {
  fromVersion: string;
  toVersion: string;
  /** Where the new version starts: the first point of the new segment. */
  schooljaar: string;
  moment: MomentKind;
  jaargroep: number;
}

export interface SegmentedTrend<P extends TrendPoint> {
  /** Ordered by where they start along the axis. */
  segments: TrendSegment<P>[];
  breaks: VersionBreak[];
}

/** Time for trends over years; jaargroep for a dwarsdoorsnede, where every point is at one moment. */
export type TrendAxis = 'time' | 'jaargroep';

const KIND_ORDER: Readonly<Record<MomentKind, number>> = { B: 0, M: 1, E: 2 };

function positionOf(p: TrendPoint, axis: TrendAxis): number {
  if (axis === 'jaargroep') return Number.isFinite(p.jaargroep) ? p.jaargroep : Number.NaN;
  const kind = KIND_ORDER[p.moment];
  if (!isSchooljaar(p.schooljaar) || kind === undefined) return Number.NaN;
  return schooljaarStartYear(p.schooljaar) * 3 + kind;
}

/**
 * Splits points into segments of one version each. Points are ordered along the axis (input order breaks
 * ties); a version's points stay in one segment until a point of another version lies strictly between
 * two of them. So A, B, A gives three segments, while a transition year in which the school took both the
 * old and the new version at the same moment (A and B at one position) does not cut either line. A break
 * is reported wherever a segment starts after a segment of another version. Points whose position
 * cannot be read (no schooljaar, unknown moment) are left out.
 */
export function segmentByVersion<P extends TrendPoint>(
  points: readonly P[],
  axis: TrendAxis = 'time',
): SegmentedTrend<P> {
  const placed = points
    .map((point, index) => ({ point, index, x: positionOf(point, axis) }))
    .filter((p) => !Number.isNaN(p.x))
    .sort((a, b) => a.x - b.x || a.index - b.index);
  const cutBetween = (version: string, from: number, to: number) =>
    placed.some((o) => o.point.versionKey !== version && o.x > from && o.x < to);

  const runs: { start: number; first: number; versionKey: string; items: typeof placed }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  for (const item of placed) {
    const version = item.point.versionKey;
    const current = open.get(version);
    const last = current?.items.at(-1);
    if (current && last && !cutBetween(version, last.x, item.x)) {
      current.items.push(item);
    } else {
      const run = { start: item.x, first: item.index, versionKey: version, items: [item] };
      runs.push(run);
      open.set(version, run);
    }
  }
  runs.sort((a, b) => a.start - b.start || a.first - b.first);

  const breaks: VersionBreak[] = [];
  runs.forEach((run, i) => {
    const before = runs[i - 1];
    const first = run.items[0]?.point;
    if (!before || !first || before.versionKey === run.versionKey) return;
    breaks.push({
      fromVersion: before.versionKey,
      toVersion: run.versionKey,
      schooljaar: first.schooljaar,
      moment: first.moment,
      jaargroep: first.jaargroep,
    });
  });
  return {
    segments: runs.map((run) => ({ versionKey: run.versionKey, points: run.items.map((i) => i.point) })),
    breaks,
  };
}

/**
 * statistics.ts's selectors return bare SeriesRows. Carrying each point's index as the row's value lets
 * the trends use exactly their selection rules (readable schooljaar and moment, cohort arithmetic) and
 * still hand back the whole point.
 */
function selectWith<P extends TrendPoint>(
  points: readonly P[],
  select: (rows: readonly SeriesRow[]) => SeriesRow[],
): P[] {
  const rows = points.map((p, i) => ({
    schooljaar: p.schooljaar,
    jaargroep: p.jaargroep,
    moment: p.moment,
    value: i,
  }));
  return select(rows).flatMap((r) => {
    const point = r.value === null ? undefined : points[r.value];
    return point ? [point] : [];
  });
}

/** One jaargroep at one moment over the years ("groep 5 at M, 2022 … 2025"). */
export function sameMomentTrend<P extends TrendPoint>(
  points: readonly P[],
  jaargroep: number,
  moment: MomentKind,
): SegmentedTrend<P> {
  return segmentByVersion(selectWith(points, (rows) => sameMomentSeries(rows, jaargroep, moment)));
}

/** The cohort that was in start.jaargroep in start.schooljaar, through the following years. */
export function cohortTrend<P extends TrendPoint>(
  points: readonly P[],
  start: { schooljaar: string; jaargroep: number },
): SegmentedTrend<P> {
  return segmentByVersion(selectWith(points, (rows) => cohortSeries(rows, start)));
}

/** All jaargroepen at one moment of one schooljaar, along the jaargroepen (groep 3 … 8). */
export function dwarsdoorsnedeTrend<P extends TrendPoint>(
  points: readonly P[],
  schooljaar: string,
  moment: MomentKind,
): SegmentedTrend<P> {
  return segmentByVersion(
    points.filter((p) => p.schooljaar === schooljaar && p.moment === moment),
    'jaargroep',
  );
}
