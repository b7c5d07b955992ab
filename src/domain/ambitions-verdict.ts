/**
 * The verdict on an ambition, in two parts a directeur reads right: the direction (is the group above,
 * on or below its ambition?) and the certainty (does the 90 % interval lie wholly on one side, or does
 * it straddle the ambition, so that the difference may be chance?). "66,7 % of 12 against 50 %" is
 * above the ambition but within the margin of chance: neither a failure nor a success the data can show.
 *
 * Direction is about meeting the ambition, not about the number: for "at most 10 % at V" a group with
 * 5 % at V is above its ambition (better than it aimed). Equal counts as met ("minstens 80 %").
 *
 * Certainty keeps the rule the schooloverzicht always had: uncertain when the ambition lies strictly
 * inside the interval, or when there is no interval (one pupil says nothing about the spread). An
 * interval that only touches the ambition lies on one side of it, so 20 of 20 against "at least 100 %"
 * is certainly on the ambition.
 */

export type VerdictDirection = 'boven' | 'gelijk' | 'onder';
export type VerdictCertainty = 'zeker' | 'marge';

/** Every verdict, best first; the codes the API answers in. */
export const VERDICTS = [
  'boven-zeker',
  'gelijk-zeker',
  'boven-marge',
  'gelijk-marge',
  'onder-marge',
  'onder-zeker',
  'geen-gegevens',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictInterval {
  low: number;
  high: number;
}

/** The verdict of a figure (a share or a mean) with its interval against the ambition. */
export function verdictOf(
  value: number | null,
  interval: VerdictInterval | null,
  target: number | null,
  direction: 'atLeast' | 'atMost',
): Verdict {
  if (value === null || target === null || !Number.isFinite(value) || !Number.isFinite(target))
    return 'geen-gegevens';
  const better = direction === 'atLeast' ? value - target : target - value;
  const side: VerdictDirection = better > 0 ? 'boven' : better < 0 ? 'onder' : 'gelijk';
  const straddles = interval === null || (interval.low < target && target < interval.high);
  return `${side}-${straddles ? 'marge' : 'zeker'}`;
}

const PARTS: Readonly<Record<Exclude<Verdict, 'geen-gegevens'>, [VerdictDirection, VerdictCertainty]>> = {
  'boven-zeker': ['boven', 'zeker'],
  'gelijk-zeker': ['gelijk', 'zeker'],
  'boven-marge': ['boven', 'marge'],
  'gelijk-marge': ['gelijk', 'marge'],
  'onder-marge': ['onder', 'marge'],
  'onder-zeker': ['onder', 'zeker'],
};

/** The direction of a verdict; null for geen-gegevens. */
export function verdictDirection(verdict: Verdict): VerdictDirection | null {
  return verdict === 'geen-gegevens' ? null : PARTS[verdict][0];
}

/** The certainty of a verdict; null for geen-gegevens. */
export function verdictCertainty(verdict: Verdict): VerdictCertainty | null {
  return verdict === 'geen-gegevens' ? null : PARTS[verdict][1];
}

/** The colour a verdict is shown in: green only when certainly met, red only when certainly not. */
export type VerdictTone = 'behaald' | 'niet-behaald' | 'marge' | 'geen';

export function verdictTone(verdict: Verdict): VerdictTone {
  if (verdict === 'boven-zeker' || verdict === 'gelijk-zeker') return 'behaald';
  if (verdict === 'onder-zeker') return 'niet-behaald';
  return verdict === 'geen-gegevens' ? 'geen' : 'marge';
}

const LEGACY = new Set(['behaald', 'niet-behaald', 'niet-te-onderscheiden']);

/** True for a verdict code of before direction × certainty, as older stored snapshots hold. */
export function isLegacyVerdict(value: unknown): value is string {
  return typeof value === 'string' && LEGACY.has(value);
}
