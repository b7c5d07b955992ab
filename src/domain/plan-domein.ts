/**
 * Goals of a plan for werkhouding, gedrag or sociaal-emotioneel (HGW principle 6: goals for learning,
 * werkhouding and social-emotional functioning, evaluated cyclically). An instrument target is judged
 * from the pupil's first score on that scale after the plan started; observable behaviour only the
 * teacher can judge, from the observations the plan collects.
 */
import type { GoalStatus } from './goals';
import { seoBandOf, seoTier, type SeoBand } from './seo';

export interface InstrumentTarget {
  /** The band to reach at least, read as its tier (a 'hoog' on an incidents scale is unfavourable). */
  band: SeoBand | null;
  /** The percentile to reach at least (or at most, where lower is better). */
  percentiel: number | null;
}

export interface SeoMeasurement {
  afnamedatum: string;
  percentiel: number | null;
  band: SeoBand | null;
}

const TIER_RANK = { ongunstig: 0, gemiddeld: 1, gunstig: 2 } as const;

/**
 * Reached or not on one score. The percentile decides when target and score both have one (it is the
 * finer measure); otherwise the band's tier (a score with only a percentile has the band of it, as
 * seo.ts reads it); a score that holds neither is unknown.
 */
export function instrumentGoalStatus(
  target: InstrumentTarget,
  scale: { higherIsBetter: boolean },
  score: SeoMeasurement | null,
): GoalStatus {
  if (!score) return 'onbekend';
  if (target.percentiel !== null && score.percentiel !== null) {
    const reached = scale.higherIsBetter
      ? score.percentiel >= target.percentiel
      : score.percentiel <= target.percentiel;
    return reached ? 'behaald' : 'niet';
  }
  const band = seoBandOf(score);
  if (target.band !== null && band !== null) {
    const { higherIsBetter } = scale;
    const reached =
      TIER_RANK[seoTier(band, higherIsBetter)] >= TIER_RANK[seoTier(target.band, higherIsBetter)];
    return reached ? 'behaald' : 'niet';
  }
  return 'onbekend';
}

/** The first score taken on or after `from` (a plan's start): the next instrument result. */
export function nextScoreFrom<T extends { afnamedatum: string }>(
  scores: readonly T[],
  from: string,
): T | null {
  let next: T | null = null;
  for (const s of scores)
    if (s.afnamedatum >= from && (next === null || s.afnamedatum < next.afnamedatum)) next = s;
  return next;
}
