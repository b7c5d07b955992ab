/**
 * The interval of a group's mean vaardigheidsscore, for an ambition such as "our groep 5 scores at M at
 * least the national mean". Groups are small (often 15–30 pupils), so the interval uses Student's t and
 * not the normal z: with 10 pupils the 90 % t-quantile is 1.83 where z is 1.64, and a z-interval would
 * call too many groups "behaald" or "niet behaald" that cannot be told apart from the norm.
 */

export interface MeanInterval {
  mean: number;
  /** Sample standard deviation (divisor n − 1). */
  sd: number;
  low: number;
  high: number;
}

/**
 * P(|T| ≤ √ν·tan θ) for Student's t with ν whole degrees of freedom, by the finite sums of Abramowitz &
 * Stegun 26.7.3–4. Exact for whole ν, which is all a sample mean needs, and written in θ so that the
 * search below runs over a bounded range even where the quantile itself is in the thousands (ν = 1).
 */
function centralTProbability(theta: number, nu: number): number {
  const sin = Math.sin(theta);
  const cos2 = Math.cos(theta) ** 2;
  if (nu % 2 === 0) {
    let term = 1;
    let sum = 1;
    for (let k = 1; k <= (nu - 2) / 2; k++) {
      term *= ((2 * k - 1) / (2 * k)) * cos2;
      sum += term;
    }
    return sin * sum;
  }
  let term = 1;
  let sum = nu === 1 ? 0 : 1;
  for (let k = 1; k <= (nu - 3) / 2; k++) {
    term *= ((2 * k) / (2 * k + 1)) * cos2;
    sum += term;
  }
  return (2 / Math.PI) * (theta + sin * Math.cos(theta) * sum);
}

/**
 * Beyond this many degrees of freedom t and z differ by less than 0.1 %; stopping here keeps the sums
 * short and errs on the wide (cautious) side.
 */
const MAX_DEGREES_OF_FREEDOM = 1000;

/**
 * The two-sided Student-t quantile: the t with P(|T| ≤ t) = confidence. Null when the degrees of
 * freedom are not a positive whole number or the confidence is not strictly between 0 and 1.
 */
export function tQuantile(confidence: number, degreesOfFreedom: number): number | null {
  if (!(confidence > 0 && confidence < 1)) return null;
  if (!Number.isInteger(degreesOfFreedom) || degreesOfFreedom < 1) return null;
  const nu = Math.min(degreesOfFreedom, MAX_DEGREES_OF_FREEDOM);
  let low = 0;
  let high = Math.PI / 2;
  // 60 halvings take the bracket below the spacing of doubles near π/2.
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (centralTProbability(mid, nu) < confidence) low = mid;
    else high = mid;
  }
  const t = Math.sqrt(nu) * Math.tan((low + high) / 2);
  return Number.isFinite(t) ? t : null;
}

/**
 * Mean ± t(confidence, n − 1) · sd / √n. Null with fewer than two finite scores (one pupil says nothing
 * about the spread) or when the arithmetic leaves the doubles. Equal scores give a zero-width interval:
 * the data show no spread, and the caller decides on the point estimate.
 */
export function meanInterval(scores: readonly number[], confidence = 0.9): MeanInterval | null {
  const values = scores.filter((x) => Number.isFinite(x));
  const n = values.length;
  if (n < 2) return null;
  // Welford's update: a plain sum of squares loses the spread of scores around 200 to cancellation.
  let mean = 0;
  let m2 = 0;
  values.forEach((x, i) => {
    const delta = x - mean;
    mean += delta / (i + 1);
    m2 += delta * (x - mean);
  });
  const sd = Math.sqrt(Math.max(0, m2) / (n - 1));
  const t = tQuantile(confidence, n - 1);
  if (t === null) return null;
  const half = (t * sd) / Math.sqrt(n);
  const result = { mean, sd, low: mean - half, high: mean + half };
  return Object.values(result).every(Number.isFinite) ? result : null;
}
