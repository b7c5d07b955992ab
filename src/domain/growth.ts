/**
 * Leerwinst (absolute leergroei): a later score minus an earlier score on the same scale. A pupil is
 * compared with the pupil's own past and with pupils who started at the same level, not only with the
 * mean. Growth percentiles are ranks: they are reported, never averaged.
 */

export interface ScaledResult {
  /** Identifies one continuous scale: toets lineage and version (Begrijpend lezen 3.0 ≠ older). */
  scaleKey: string;
  score: number;
  /** Afnamedatum, YYYY-MM-DD. */
  date: string;
}

export type GrowthResult = { ok: true; growth: number } | { ok: false; reason: string };

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Later minus earlier; refused (with a Dutch reason) when the two scores are not on one scale. */
export function absoluteGrowth(earlier: ScaledResult, later: ScaledResult): GrowthResult {
  if (earlier.scaleKey.trim() === '' || later.scaleKey.trim() === '') {
    return {
      ok: false,
      reason: 'De schaal van een van de resultaten is onbekend; leerwinst is niet te berekenen.',
    };
  }
  if (earlier.scaleKey !== later.scaleKey) {
    return {
      ok: false,
      reason: `De resultaten staan op verschillende schalen (${earlier.scaleKey} en ${later.scaleKey}), bijvoorbeeld een oude en een nieuwe versie van de toets; leerwinst is niet te berekenen.`,
    };
  }
  if (!Number.isFinite(earlier.score) || !Number.isFinite(later.score)) {
    return { ok: false, reason: 'Een van de scores is geen getal; leerwinst is niet te berekenen.' };
  }
  if (!ISO_DATE.test(earlier.date) || !ISO_DATE.test(later.date)) {
    return {
      ok: false,
      reason: 'Een afnamedatum ontbreekt of is ongeldig; de volgorde van de resultaten is onbekend.',
    };
  }
  if (later.date < earlier.date) {
    return {
      ok: false,
      reason: `Het latere resultaat (${later.date}) is eerder afgenomen dan het eerdere (${earlier.date}).`,
    };
  }
  const growth = later.score - earlier.score;
  if (!Number.isFinite(growth))
    return { ok: false, reason: 'De scores liggen buiten elk bereik van een toetsschaal.' };
  return { ok: true, growth };
}

/**
 * The pupil's growth as a mid-rank percentile (0–100) among comparable starters: the share of peers
 * who grew less, plus half of those who grew exactly as much. The caller selects the peers (same toets
 * lineage, same start moment, same start level) and leaves the pupil out. Null when fewer than minPeers
 * peers have a usable growth, because a percentile among a handful of pupils says little.
 */
export function growthPercentile(
  growth: number,
  peerGrowths: readonly number[],
  minPeers = 10,
): number | null {
  if (!Number.isFinite(growth) || Number.isNaN(minPeers)) return null;
  const peers = peerGrowths.filter((g) => Number.isFinite(g));
  if (peers.length === 0 || peers.length < minPeers) return null;
  const below = peers.filter((g) => g < growth).length;
  const equal = peers.filter((g) => g === growth).length;
  return ((below + equal / 2) / peers.length) * 100;
}

/** Comparable starters' growths, sorted once, for many percentile look-ups (a whole group). */
export interface PeerDistribution {
  sorted: readonly number[];
}

export function peerDistribution(peerGrowths: readonly number[]): PeerDistribution {
  return { sorted: peerGrowths.filter((g) => Number.isFinite(g)).sort((a, b) => a - b) };
}

/** Index of the first element not less than (strict) or greater than (!strict) the value. */
function bound(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid] ?? 0;
    if (strict ? v < value : v <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The same mid-rank percentile as growthPercentile, by binary search in a prepared distribution.
 * `includesPupil`: the pupil's own growth is in the distribution and is left out of the comparison.
 */
export function percentileInDistribution(
  growth: number,
  distribution: PeerDistribution,
  includesPupil: boolean,
  minPeers = 10,
): number | null {
  if (!Number.isFinite(growth) || Number.isNaN(minPeers)) return null;
  const below = bound(distribution.sorted, growth, true);
  let equal = bound(distribution.sorted, growth, false) - below;
  let total = distribution.sorted.length;
  if (includesPupil && equal > 0) {
    equal -= 1;
    total -= 1;
  }
  if (total === 0 || total < minPeers) return null;
  return ((below + equal / 2) / total) * 100;
}

/**
 * How far from the pupil's usual growth still counts as usual: within `relative` × |usual growth|, or
 * within `absolute` scale points, whichever is wider. 25 % because growth over one period varies that
 * much for most pupils; the absolute floor (default 0) lets a caller who knows the scale avoid calling
 * a change of one point "above" when the usual growth is near 0.
 */
export interface GrowthTolerance {
  relative: number;
  absolute: number;
}

export const DEFAULT_GROWTH_TOLERANCE: GrowthTolerance = { relative: 0.25, absolute: 0 };

/**
 * Current growth against the pupil's own earlier growths over comparable periods (the caller chooses,
 * e.g. M→M over one year). The usual growth is the median, so one odd period does not set the bar.
 * Null when there is no earlier growth or no usable number.
 */
export function compareWithOwnGrowth(
  current: number,
  previous: readonly number[],
  tolerance: GrowthTolerance = DEFAULT_GROWTH_TOLERANCE,
): 'above' | 'as_usual' | 'below' | null {
  const earlier = previous.filter((g) => Number.isFinite(g)).sort((a, b) => a - b);
  if (!Number.isFinite(current) || earlier.length === 0) return null;
  const usual = median(earlier);
  const relative = Number.isFinite(tolerance.relative) ? Math.abs(tolerance.relative) : 0;
  const absolute = Number.isFinite(tolerance.absolute) ? Math.abs(tolerance.absolute) : 0;
  const band = Math.max(relative * Math.abs(usual), absolute);
  if (current > usual + band) return 'above';
  if (current < usual - band) return 'below';
  return 'as_usual';
}

/** Median of a sorted, non-empty list of finite numbers. */
function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[mid - 1] ?? upper;
  // Halving first keeps the mean of two huge numbers finite.
  return lower / 2 + upper / 2;
}
