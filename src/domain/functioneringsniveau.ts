/**
 * Functioneringsniveau: the moment at which the average pupil reaches a vaardigheidsscore. A groep 5
 * pupil who scores on M5 exactly what the average pupil scores on M4 functions at "M4" (Cito).
 *
 * The answer is the latest moment (in school order B < M < E, groep 3 → 8) whose norm mean is at or
 * below the score: a floor, so a score between the means of M6 and E6 functions at "M6". Below the first
 * mean of the table the answer is "<" + that moment (e.g. "<M3"); strictly above the last mean it is
 * ">" + that moment (e.g. ">E8"), because the table cannot say how far beyond it the pupil is.
 */
import { parseMoment, type MomentKind } from './moments';

export interface MomentMean {
  moment: string;
  gemiddelde: number | null;
}

const KIND_ORDER: Readonly<Record<MomentKind, number>> = { B: 0, M: 1, E: 2 };

/** Sort position of a moment within primary school; null for what is not a B/M/E moment of groep 3–8. */
export function momentOrder(moment: string): number | null {
  const parsed = parseMoment(moment);
  if (!parsed || parsed.jaargroep < 3) return null;
  return parsed.jaargroep * 3 + KIND_ORDER[parsed.kind];
}

/**
 * "M4", "<M3" or ">E8"; null when the score is not a finite number or the table has no usable mean.
 * Rows of any toets may be passed (NormRow fits); the caller passes those of one toets and versie.
 */
export function functioneringsniveau(score: number, means: readonly MomentMean[]): string | null {
  return functioneringsniveauLookup(means)(score);
}

/** functioneringsniveau with the table sorted once: for many scores against one toets's means. */
export function functioneringsniveauLookup(means: readonly MomentMean[]): (score: number) => string | null {
  const usable = means
    .map((m) => ({ moment: m.moment.trim().toUpperCase(), order: momentOrder(m.moment), mean: m.gemiddelde }))
    .filter(
      (m): m is { moment: string; order: number; mean: number } =>
        m.order !== null && Number.isFinite(m.mean),
    )
    .sort((a, b) => a.order - b.order);
  const first = usable[0];
  const last = usable[usable.length - 1];
  const highest = Math.max(...usable.map((m) => m.mean));
  return (score) => {
    if (!Number.isFinite(score) || !first || !last) return null;
    if (score > last.mean && highest <= score) return `>${last.moment}`;
    let reached: string | null = null;
    for (const m of usable) if (m.mean <= score) reached = m.moment;
    return reached ?? `<${first.moment}`;
  };
}
