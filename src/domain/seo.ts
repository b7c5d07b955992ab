/**
 * Social-emotional scores as imported (ZIEN!, KanVAS, SCOL, …): which end of a scale a band is, the
 * latest score per pupil and scale, and how a scale moved between two administrations. Pure: the
 * caller hands plain rows and says per scale whether a high score is good (imports/seo catalog's
 * `higherIsBetter`; false for incidents and fear).
 */

export type SeoBand = 'laag' | 'gemiddeld' | 'hoog';
export type SeoSignal = 'aandacht' | 'zorg';
/** Where a band lies for this scale: the favourable end, the middle, or the unfavourable end. */
export type SeoTier = 'gunstig' | 'gemiddeld' | 'ongunstig';

export interface SeoPoint {
  instrument: string;
  lijst: string;
  schaal: string;
  afnamedatum: string;
  percentiel: number | null;
  band: SeoBand | null;
  signaal: SeoSignal | null;
}

/**
 * The band of a percentile: below 25 laag, above 75 hoog. The quarter is the line SCOL draws between
 * the lowest-scoring pupils and the rest (rovict.nl, "SCOL – Hoe werkt het"); the upper line mirrors it.
 */
export function bandOfPercentile(percentile: number): SeoBand {
  if (percentile < 25) return 'laag';
  if (percentile > 75) return 'hoog';
  return 'gemiddeld';
}

/**
 * The band of a score: as the export gave it, else from its percentile; null when neither is known
 * (a raw score alone has no norm here).
 */
export function seoBandOf(score: Pick<SeoPoint, 'band' | 'percentiel'>): SeoBand | null {
  if (score.band) return score.band;
  if (score.percentiel === null || !Number.isFinite(score.percentiel)) return null;
  return bandOfPercentile(score.percentiel);
}

export function seoTier(band: SeoBand, higherIsBetter: boolean): SeoTier {
  if (band === 'gemiddeld') return 'gemiddeld';
  return (band === 'hoog') === higherIsBetter ? 'gunstig' : 'ongunstig';
}

/**
 * Whether a score counts as favourable: anywhere but the unfavourable end of the scale. This is the
 * rule for school figures too ("90 % voelt zich veilig": the share not in the unsafe band). Null when
 * the score has no band, so it is left out of a share rather than counted either way.
 */
export function isSeoFavourable(
  score: Pick<SeoPoint, 'band' | 'percentiel'>,
  higherIsBetter: boolean,
): boolean | null {
  const band = seoBandOf(score);
  return band === null ? null : seoTier(band, higherIsBetter) !== 'ongunstig';
}

/** One series: one instrument, list and scale (a pupil's ZIEN! leerkrachtlijst welbevinden). */
export const seoSeriesKey = (s: Pick<SeoPoint, 'instrument' | 'lijst' | 'schaal'>) =>
  `${s.instrument}|${s.lijst}|${s.schaal}`;

/** Per series the score with the latest date; `within` keeps only scores that pass it first. */
export function latestPerScale<T extends SeoPoint>(
  scores: readonly T[],
  within: (score: T) => boolean = () => true,
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const s of scores) {
    if (!within(s)) continue;
    const key = seoSeriesKey(s);
    const seen = latest.get(key);
    if (!seen || s.afnamedatum > seen.afnamedatum) latest.set(key, s);
  }
  return latest;
}

const TIER_RANK: Readonly<Record<SeoTier, number>> = { ongunstig: 0, gemiddeld: 1, gunstig: 2 };

export interface SeoStep<T extends SeoPoint> {
  score: T;
  tier: SeoTier | null;
  /** Percentile points since the score before in the series (later minus earlier); null without both. */
  percentielChange: number | null;
  /** Whether the band moved toward the favourable end, away from it, or stayed; null for the first. */
  movement: 'beter' | 'gelijk' | 'slechter' | null;
}

/** A series oldest first, each score with its tier and the change since the one before. */
export function seoSeries<T extends SeoPoint>(scores: readonly T[], higherIsBetter: boolean): SeoStep<T>[] {
  const sorted = [...scores].sort((a, b) => a.afnamedatum.localeCompare(b.afnamedatum));
  return sorted.map((score, i) => {
    const band = seoBandOf(score);
    const tier = band === null ? null : seoTier(band, higherIsBetter);
    const before = i > 0 ? sorted[i - 1] : undefined;
    if (!before) return { score, tier, percentielChange: null, movement: null };
    const change =
      score.percentiel !== null && before.percentiel !== null ? score.percentiel - before.percentiel : null;
    const beforeBand = seoBandOf(before);
    const beforeTier = beforeBand === null ? null : seoTier(beforeBand, higherIsBetter);
    const diff = tier !== null && beforeTier !== null ? TIER_RANK[tier] - TIER_RANK[beforeTier] : null;
    const movement = diff === null ? null : diff > 0 ? 'beter' : diff < 0 ? 'slechter' : 'gelijk';
    return { score, tier, percentielChange: change, movement };
  });
}
