/**
 * The figures of one cell of the schooloverzicht: each ambition of the cell evaluated on its results,
 * or, without an ambition, the share at III / C or higher without a verdict. The same yardstick,
 * applied to earlier years, draws the sparkline.
 */
import {
  evaluateAmbition,
  USUAL_AT_OR_ABOVE_LEVEL,
  type AmbitionTarget,
  type MeasuredEvaluation,
} from '../../../domain/ambitions';
import { suppressEvaluation } from '../../../domain/suppression';
import { dutchPercent } from '../../../shared/percent';
import { dominant, type OverviewRow } from './overview-data';
import type { Figure, FigureGoal } from './schooloverzicht.schema';

/**
 * The goal in Dutch, for what the server writes itself (the spreadsheet export of the schooloverzicht).
 * The screens word the same goal through the browser's i18n catalog from the codes in the response.
 */
export function goalLabel(goal: FigureGoal): string {
  switch (goal.kind) {
    case 'atOrAbove':
      return `minstens ${dutchPercent(goal.minShare)} op ${goal.level} of hoger`;
    case 'atMostLowest':
      return `hoogstens ${dutchPercent(goal.maxShare)} op ${goal.system === 'I-V' ? 'V' : 'E'}`;
    case 'meanAtLeastNorm':
      return 'gemiddelde vaardigheidsscore minstens het landelijk gemiddelde';
    case 'growthAsExpected':
      return `minstens ${dutchPercent(goal.minShare)} met leerwinst zoals verwacht`;
    case 'refAtLeast1F':
      return `minstens ${dutchPercent(goal.minShare)} op 1F of hoger`;
    case 'refAtLeast2F':
      return `minstens ${dutchPercent(goal.minShare)} op 2F/1S`;
    case 'usualShare':
      return `aandeel op ${goal.level} of hoger (geen ambitie)`;
    case 'woorden':
      return goal.text;
  }
}

/** The goal a figure reports: the ambition's target, or without an ambition the usual share. */
function goalOf(target: AmbitionTarget, ambitionId: string | null): FigureGoal {
  if (ambitionId !== null || target.kind !== 'atOrAbove') return target;
  return { kind: 'usualShare', system: target.system, level: target.level };
}

/** Without an ambition the cell still shows the usual figure: the share at III (or C) or higher. */
export function defaultTarget(rows: readonly OverviewRow[]): AmbitionTarget | null {
  const system = dominant(
    rows.map((r) => r.system).filter((s): s is 'I-V' | 'A-E' => s === 'I-V' || s === 'A-E'),
  );
  return system
    ? { kind: 'atOrAbove', system, level: USUAL_AT_OR_ABOVE_LEVEL[system], minShare: Number.NaN }
    : null;
}

/** Means only on one scale: the cell's most common toets version. */
function comparable(target: AmbitionTarget, rows: readonly OverviewRow[]) {
  if (target.kind !== 'meanAtLeastNorm') return { rows, normMean: null };
  const scale = dominant(rows.map((r) => r.scaleKey));
  const same = rows.filter((r) => r.scaleKey === scale);
  return {
    rows: same,
    normMean: dominant(same.map((r) => r.normMean).filter((m): m is number => m !== null)),
  };
}

export function figureOf(
  target: AmbitionTarget,
  rows: readonly OverviewRow[],
  ambitionId: string | null,
  minCellSize: number,
): Figure | null {
  const { rows: used, normMean } = comparable(target, rows);
  const evaluation = evaluateAmbition(target, used, { normMean });
  if (!evaluation.measured) return null;
  const shown = suppressEvaluation(evaluation, minCellSize);
  const goal = goalOf(target, ambitionId);
  if (shown.suppressed) {
    return {
      ambitionId,
      kind: shown.kind,
      goal,
      suppressed: true,
      n: shown.n,
      missing: shown.missing,
      value: null,
      interval: null,
      target: ambitionId ? shown.target : null,
      direction: shown.direction,
      verdict: null,
    };
  }
  const m = shown as MeasuredEvaluation & { suppressed: false };
  return {
    ambitionId,
    kind: m.kind,
    goal,
    suppressed: false,
    n: m.n,
    missing: m.missing,
    value: m.value,
    interval: m.interval,
    target: ambitionId ? m.target : null,
    direction: m.direction,
    verdict: ambitionId ? m.verdict : null,
  };
}
