/**
 * Welzijn ambitions' verdicts. The intervals are 90 % Wilson intervals worked out by hand with
 * z = 1,6449: centre (p + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²).
 */
import { describe, expect, it } from 'vitest';
import { measureKey, parseMeasureKey, positiveCount, welzijnOutcome } from './welzijn-ambities';

describe('welzijnOutcome', () => {
  it('18 of 20 feel safe against 80 %: above, but 80 % lies inside [73,8 %; 96,6 %]', () => {
    const o = welzijnOutcome(18, 20, 0.8);
    expect(o.verdict).toBe('boven-marge');
    expect(o.n).toBe(20);
    expect(o.share).toBeCloseTo(0.9, 10);
    expect(o.interval?.low).toBeCloseTo(0.7383, 4);
    expect(o.interval?.high).toBeCloseTo(0.9663, 4);
  });

  it('95 of 100 against 80 %: certainly met, the interval [90,1 %; 97,5 %] lies above', () => {
    const o = welzijnOutcome(95, 100, 0.8);
    expect(o.verdict).toBe('boven-zeker');
    expect(o.interval?.low).toBeCloseTo(0.9008, 4);
  });

  it('60 of 100 against 90 %: certainly not met, the interval [51,8 %; 67,7 %] lies below', () => {
    const o = welzijnOutcome(60, 100, 0.9);
    expect(o.verdict).toBe('onder-zeker');
    expect(o.interval?.high).toBeCloseTo(0.6769, 4);
  });

  it('9 of 10 against 90 %: on the ambition, within the margin', () => {
    expect(welzijnOutcome(9, 10, 0.9).verdict).toBe('gelijk-marge');
  });

  it('fewer than ten: only the N, no share, no interval', () => {
    expect(welzijnOutcome(9, 9, 0.5)).toEqual({ n: 9, share: null, interval: null, verdict: 'te-weinig' });
  });

  it('no measurement: geen gegevens', () => {
    expect(welzijnOutcome(null, null, 0.9).verdict).toBe('geen-gegevens');
    expect(welzijnOutcome(0, 0, 0.9).verdict).toBe('geen-gegevens');
  });
});

describe('positiveCount', () => {
  it('88 % of 126 parents is 110,88, so 111 parents', () => {
    expect(positiveCount(88, 126)).toBe(111);
    expect(positiveCount(100, 12)).toBe(12);
    expect(positiveCount(0, 12)).toBe(0);
  });
});

describe('measure keys', () => {
  it('read back what they write, and refuse what no version wrote', () => {
    const seo = { source: 'seo', domain: 'veiligheid' } as const;
    const survey = { source: 'tevredenheid', groep: 'ouders', themaKey: 'communicatie' } as const;
    expect(measureKey(seo)).toBe('seo:veiligheid');
    expect(measureKey(survey)).toBe('tevredenheid:ouders:communicatie');
    expect(parseMeasureKey('seo:veiligheid')).toEqual(seo);
    expect(parseMeasureKey('tevredenheid:ouders:communicatie')).toEqual(survey);
    expect(parseMeasureKey('seo:incidenten')).toBeNull();
    expect(parseMeasureKey('tevredenheid:buren:x')).toBeNull();
    expect(parseMeasureKey('tevredenheid:ouders:')).toBeNull();
  });
});
