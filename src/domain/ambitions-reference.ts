/**
 * What makes two ambitions the same one, and the national reference an ambition can be held against.
 *
 * A school has one ambition per schooljaar, vak, jaargroep, moment and measure. The measure is what the
 * ambition counts: "III of hoger" and "I of hoger" (the top-20 % ambition) are two measures in one cell,
 * "minstens 80 %" and "minstens 85 % op III of hoger" are two values of one measure.
 *
 * The national reference is the share of pupils in the national norm group that meets the measure, so a
 * team sees when it aims below the national average. It is a fact only for the norm-referenced levels
 * [fact, domain.md §3]: in I–V each level holds 20 % (I+ the top 10 % within I), in A–E A, B and C hold
 * 25 % each, D 15 % and E 10 %. For 1F/2F the national shares differ per year and are not in the data,
 * the mean ambition is the national mean itself, and "leerwinst zoals verwacht" depends on the chosen
 * bar; those get no reference, with the reason as a code.
 */
import type { AmbitionTarget } from './ambitions';

/** The measure of an ambition as a key; null for an ambition in words, which has no measure. */
export function measureOf(target: AmbitionTarget): string | null {
  switch (target.kind) {
    case 'atOrAbove':
      return `atOrAbove:${target.system}:${target.level}`;
    case 'atMostLowest':
      return `atMostLowest:${target.system}`;
    case 'woorden':
      return null;
    default:
      return target.kind;
  }
}

/** Percent of the national norm group at this level or higher (whole percents, so sums stay exact). */
const AT_OR_ABOVE_PERCENT: Readonly<Record<'I-V' | 'A-E', Readonly<Record<string, number>>>> = {
  'I-V': { 'I+': 10, I: 20, II: 40, III: 60, IV: 80, V: 100 },
  'A-E': { A: 25, B: 50, C: 75, D: 90, E: 100 },
};
/** Percent of the national norm group at the lowest level. */
const LOWEST_PERCENT: Readonly<Record<'I-V' | 'A-E', number>> = { 'I-V': 20, 'A-E': 10 };

/** How the ambition's bar stands to the national share: lager means the team aims below the average. */
export type ReferenceComparison = 'lager' | 'gelijk' | 'hoger';

export type NationalReference =
  | { kind: 'share'; share: number; comparison: ReferenceComparison }
  /** gemiddelde: the ambition is the national mean; groei: no national share of "as expected";
   * referentie: national 1F/2F shares are not fixed facts; woorden: nothing to measure; onbekend: a
   * level that is not one of the system's (such an ambition is never stored). */
  | { kind: 'none'; reason: 'gemiddelde' | 'groei' | 'referentie' | 'woorden' | 'onbekend' };

function compare(ambition: number, national: number, higherIsMore: boolean): ReferenceComparison {
  // Shares are typed as percentages; a difference below a hundredth of a percent is the same bar.
  if (Math.abs(ambition - national) < 1e-4) return 'gelijk';
  return ambition > national === higherIsMore ? 'hoger' : 'lager';
}

/** The national share of the ambition's measure, with how the ambition's own share stands to it. */
export function nationalReference(target: AmbitionTarget): NationalReference {
  switch (target.kind) {
    case 'atOrAbove': {
      const percent = AT_OR_ABOVE_PERCENT[target.system][target.level];
      if (percent === undefined) return { kind: 'none', reason: 'onbekend' };
      const share = percent / 100;
      return { kind: 'share', share, comparison: compare(target.minShare, share, true) };
    }
    case 'atMostLowest': {
      const share = LOWEST_PERCENT[target.system] / 100;
      // Fewer pupils at the lowest level is the higher ambition.
      return { kind: 'share', share, comparison: compare(target.maxShare, share, false) };
    }
    case 'meanAtLeastNorm':
      return { kind: 'none', reason: 'gemiddelde' };
    case 'growthAsExpected':
      return { kind: 'none', reason: 'groei' };
    case 'refAtLeast1F':
    case 'refAtLeast2F':
      return { kind: 'none', reason: 'referentie' };
    case 'woorden':
      return { kind: 'none', reason: 'woorden' };
  }
}
