import { verdictTone, VERDICTS, type Verdict } from '../../../domain/ambitions-verdict';
import type { AmbitionTarget, OverzichtFigure } from '../../api/types';
import type { Catalog } from '../../i18n/nl';
import './ogw.css';

/** A share as "66,7 %", a mean score as "133,2"; the kind decides. */
export function figureValue(
  figure: Pick<OverzichtFigure, 'kind'>,
  value: number | null,
  formatNumber: (n: number | null) => string,
): string {
  if (value === null) return '–';
  return figure.kind === 'meanAtLeastNorm' ? formatNumber(value) : `${formatNumber(value * 100)} %`;
}

const TONE_CLASS = {
  behaald: 'tone-klaar',
  'niet-behaald': 'tone-niet',
  marge: 'tone-marge',
  geen: 'tone-open',
};

/**
 * The badge colour of each verdict: green only when certainly met, red only when certainly not, and a
 * neutral grey within the margin of chance, whichever side the figure is on (domain/ambitions-verdict.ts).
 */
export const VERDICT_TONE: Record<Verdict, string> = Object.fromEntries(
  VERDICTS.map((v) => [v, TONE_CLASS[verdictTone(v)]]),
) as Record<Verdict, string>;

/** The background of a grid cell by its first figure's verdict (ogw.css). */
export function cellToneClass(verdict: Verdict | null | undefined): string {
  return verdict ? `cell-tone-${verdictTone(verdict)}` : '';
}

/** What a figure holds the results against: an ambition's target, or the usual share without one. */
export type Goal = OverzichtFigure['goal'];

/**
 * The one wording of a goal (a figure's or an ambition's) in the reader's language, from the codes and
 * parameters the server sends: "minstens 65 % op III of hoger", "at least 65 % at III or higher".
 */
export function goalLabel(goal: Goal, t: Catalog, formatNumber: (n: number | null) => string): string {
  const words = t.overzicht.goals;
  const pct = (share: number) => `${formatNumber(share * 100)} %`;
  switch (goal.kind) {
    case 'atOrAbove':
      return words.atOrAbove(pct(goal.minShare), goal.level);
    case 'atMostLowest':
      return words.atMostLowest(pct(goal.maxShare), goal.system === 'I-V' ? 'V' : 'E');
    case 'meanAtLeastNorm':
      return words.meanAtLeastNorm;
    case 'growthAsExpected':
      return words.growthAsExpected(pct(goal.minShare));
    case 'refAtLeast1F':
      return words.refAtLeast1F(pct(goal.minShare));
    case 'refAtLeast2F':
      return words.refAtLeast2F(pct(goal.minShare));
    case 'usualShare':
      return words.usualShare(goal.level);
    case 'woorden':
      return goal.text;
  }
}

/** The share of an ambition, if it has one (as a fraction). */
export function targetShare(target: AmbitionTarget): number | null {
  if ('minShare' in target) return target.minShare;
  if ('maxShare' in target) return target.maxShare;
  return null;
}
