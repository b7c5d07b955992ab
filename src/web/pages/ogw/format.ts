import type { OverzichtFigure } from '../../api/types';

/** A share as "66,7 %", a mean score as "133,2"; the kind decides. */
export function figureValue(
  figure: Pick<OverzichtFigure, 'kind'>,
  value: number | null,
  formatNumber: (n: number | null) => string,
): string {
  if (value === null) return '–';
  return figure.kind === 'meanAtLeastNorm' ? formatNumber(value) : `${formatNumber(value * 100)} %`;
}

export const VERDICT_TONE: Record<string, string> = {
  behaald: 'tone-klaar',
  'niet-behaald': 'tone-niet',
  'niet-te-onderscheiden': 'tone-bezig',
  'geen-gegevens': 'tone-open',
};

type Target =
  | { kind: 'atOrAbove'; system: string; level: string; minShare: number }
  | { kind: 'atMostLowest'; system: string; maxShare: number }
  | { kind: 'meanAtLeastNorm' }
  | { kind: 'growthAsExpected' | 'refAtLeast1F' | 'refAtLeast2F'; minShare: number }
  | { kind: 'woorden'; text: string };

/** The ambition as a teacher says it: "minstens 65 % op III of hoger". */
export function targetLabel(target: Target, formatNumber: (n: number | null) => string): string {
  const pct = (share: number) => `${formatNumber(share * 100)} %`;
  switch (target.kind) {
    case 'atOrAbove':
      return `minstens ${pct(target.minShare)} op ${target.level} of hoger`;
    case 'atMostLowest':
      return `hoogstens ${pct(target.maxShare)} op ${target.system === 'I-V' ? 'V' : 'E'}`;
    case 'meanAtLeastNorm':
      return 'gemiddelde vaardigheidsscore minstens het landelijk gemiddelde';
    case 'growthAsExpected':
      return `minstens ${pct(target.minShare)} met leerwinst zoals verwacht`;
    case 'refAtLeast1F':
      return `minstens ${pct(target.minShare)} op 1F of hoger`;
    case 'refAtLeast2F':
      return `minstens ${pct(target.minShare)} op 2F/1S`;
    case 'woorden':
      return target.text;
  }
}

/** The share of an ambition, if it has one (as a fraction). */
export function targetShare(target: Target): number | null {
  if ('minShare' in target) return target.minShare;
  if ('maxShare' in target) return target.maxShare;
  return null;
}
