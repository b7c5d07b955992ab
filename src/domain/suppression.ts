/**
 * Small-cell suppression for the bestuur, which sees its schools aggregated only and never a pupil. In a
 * cell of a few pupils a percentage points at children ("0 % at V" in a group of 4 says each of them is
 * above V; "niet behaald" on "at most 0 % at V" says one of them is at V), so such a cell shows no share,
 * no mean, no interval and no verdict.
 *
 * Choice: n is kept exactly, not bucketed. That a jaargroep had 7 pupils tested is not about any child,
 * the school's own staff see it anyway, and the server already shows it to the bestuur; bucketing would
 * only hide why a cell is empty. The caller must still not publish a total over cells next to all but
 * one of them, or the missing cell can be computed back.
 */
import type { AmbitionEvaluation, MeasuredKind } from './ambitions';
import type { TrendPoint } from './trends';

/** A cell with fewer pupils than this shows the bestuur no figures. Same as BESTUUR_MIN_CELL of the server. */
export const MIN_CELL_SIZE = 10;

/** What the bestuur sees of a measured ambition in a small cell: its size and the ambition, no outcome. */
export interface SuppressedEvaluation {
  measured: true;
  suppressed: true;
  kind: MeasuredKind;
  n: number;
  missing: number;
  /** The ambition is the school's policy, not pupil data, so it stays. */
  target: number | null;
  direction: 'atLeast' | 'atMost';
}

export type ShownEvaluation = (AmbitionEvaluation & { suppressed: false }) | SuppressedEvaluation;

/** True when the cell must be withheld: fewer than minCellSize pupils, or a size that is no count at all. */
export function isSmallCell(n: number, minCellSize: number = MIN_CELL_SIZE): boolean {
  return !(Number.isInteger(n) && n >= minCellSize);
}

/**
 * The evaluation as the bestuur may see it. A cell of n < minCellSize keeps its sizes (n, missing) and
 * loses every outcome: count, value, interval and verdict. A woorden ambition has no figures and is shown
 * as it is.
 */
export function suppressEvaluation(
  evaluation: AmbitionEvaluation,
  minCellSize: number = MIN_CELL_SIZE,
): ShownEvaluation {
  if (!evaluation.measured || !isSmallCell(evaluation.n, minCellSize))
    return { ...evaluation, suppressed: false };
  return {
    measured: true,
    suppressed: true,
    kind: evaluation.kind,
    n: evaluation.n,
    missing: evaluation.missing,
    target: evaluation.target,
    direction: evaluation.direction,
  };
}

/** A trend point for the bestuur: a small point becomes a gap that says why. */
export type ShownTrendPoint<P extends TrendPoint> = P & { suppressed: boolean };

export function suppressTrendPoint<P extends TrendPoint>(
  point: P,
  minCellSize: number = MIN_CELL_SIZE,
): ShownTrendPoint<P> {
  if (!isSmallCell(point.n, minCellSize)) return { ...point, suppressed: false };
  return { ...point, value: null, interval: null, suppressed: true };
}
