import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  absoluteGrowth,
  compareWithOwnGrowth,
  growthPercentile,
  peerDistribution,
  percentileInDistribution,
  type ScaledResult,
} from './growth';
import { anyNumber, anyString, containsNaN } from './test-support';

const BL3: ScaledResult = { scaleKey: 'cito-bl-3.0', score: 40, date: '2025-01-20' };

const validResult: fc.Arbitrary<ScaledResult> = fc.record({
  scaleKey: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
  score: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  date: fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2060-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
});

describe('absoluteGrowth', () => {
  it('is later minus earlier on the same scale', () => {
    expect(absoluteGrowth(BL3, { ...BL3, score: 52.5, date: '2026-01-19' })).toEqual({
      ok: true,
      growth: 12.5,
    });
    expect(absoluteGrowth(BL3, { ...BL3, score: 35, date: '2025-06-01' })).toEqual({ ok: true, growth: -5 });
  });

  it('refuses results on different scales, e.g. Begrijpend lezen 3.0 against the older generation', () => {
    const older: ScaledResult = { scaleKey: 'cito-bl-2', score: 30, date: '2024-06-01' };
    expect(absoluteGrowth(older, BL3)).toEqual({
      ok: false,
      reason:
        'De resultaten staan op verschillende schalen (cito-bl-2 en cito-bl-3.0), bijvoorbeeld een oude en een nieuwe versie van de toets; leerwinst is niet te berekenen.',
    });
  });

  it('refuses an unknown scale, a non-number, a bad date, and a reversed order', () => {
    const refused = (a: ScaledResult, b: ScaledResult) => absoluteGrowth(a, b).ok === false;
    expect(refused({ ...BL3, scaleKey: ' ' }, { ...BL3, scaleKey: ' ' })).toBe(true);
    expect(refused(BL3, { ...BL3, score: Number.NaN })).toBe(true);
    expect(refused(BL3, { ...BL3, date: '20-01-2026' })).toBe(true);
    expect(refused({ ...BL3, score: -1.7e308 }, { ...BL3, score: 1.7e308 })).toBe(true);
    expect(absoluteGrowth({ ...BL3, date: '2026-01-19' }, BL3)).toEqual({
      ok: false,
      reason: 'Het latere resultaat (2025-01-20) is eerder afgenomen dan het eerdere (2026-01-19).',
    });
  });

  it('growth of a pupil against itself is 0', () => {
    fc.assert(
      fc.property(validResult, (r) => {
        expect(absoluteGrowth(r, r)).toEqual({ ok: true, growth: 0 });
      }),
    );
  });

  it('growth over two steps adds up to the growth over the whole period', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 3, maxLength: 3 }),
        ([a = 0, b = 0, c = 0]) => {
          const at = (score: number, date: string): ScaledResult => ({ scaleKey: 's', score, date });
          const g = (x: ScaledResult, y: ScaledResult) => {
            const r = absoluteGrowth(x, y);
            return r.ok ? r.growth : Number.NaN;
          };
          const [r1, r2, r3] = [at(a, '2024-01-20'), at(b, '2024-06-01'), at(c, '2025-01-20')];
          expect(g(r1, r2) + g(r2, r3)).toBe(g(r1, r3));
        },
      ),
    );
  });

  it('is total on any results', () => {
    const anyResult = fc.record({ scaleKey: anyString, score: anyNumber, date: anyString });
    fc.assert(
      fc.property(anyResult, anyResult, (a, b) => {
        const r = absoluteGrowth(a, b);
        expect(containsNaN(r)).toBe(false);
        if (r.ok) expect(Number.isFinite(r.growth)).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('growthPercentile', () => {
  const PEERS = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20];

  it('is the mid-rank percentile among comparable starters', () => {
    expect(growthPercentile(11, PEERS)).toBe(50);
    expect(growthPercentile(10, PEERS)).toBe(45);
    expect(growthPercentile(1, PEERS)).toBe(0);
    expect(growthPercentile(25, PEERS)).toBe(100);
    expect(growthPercentile(5, [5, 5, 5, 5, 5, 5, 5, 5, 5, 5])).toBe(50);
  });

  it('is unknown with too few peers, counting only peers with a number', () => {
    expect(growthPercentile(11, PEERS.slice(0, 9))).toBeNull();
    expect(growthPercentile(11, [...PEERS.slice(0, 9), Number.NaN])).toBeNull();
    expect(growthPercentile(4, PEERS.slice(0, 3), 3)).toBe(50);
    expect(growthPercentile(11, [], 0)).toBeNull();
    expect(growthPercentile(Number.NaN, PEERS)).toBeNull();
  });

  it('stays in 0–100 and rises with growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 10, maxLength: 40 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -60, max: 60 }),
        (peers, a, b) => {
          const low = growthPercentile(Math.min(a, b), peers) ?? Number.NaN;
          const high = growthPercentile(Math.max(a, b), peers) ?? Number.NaN;
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(100);
          expect(high).toBeGreaterThanOrEqual(low);
        },
      ),
    );
  });

  it('is total on any numbers', () => {
    fc.assert(
      fc.property(anyNumber, fc.array(anyNumber, { maxLength: 30 }), anyNumber, (g, peers, min) => {
        const p = growthPercentile(g, peers, min);
        expect(containsNaN(p)).toBe(false);
        if (p !== null) expect(p >= 0 && p <= 100).toBe(true);
      }),
    );
  });
});

describe('compareWithOwnGrowth', () => {
  it('compares with the median of earlier growths, 25 % either side counting as usual', () => {
    expect(compareWithOwnGrowth(20, [18, 20, 100])).toBe('as_usual');
    expect(compareWithOwnGrowth(25, [20])).toBe('as_usual');
    expect(compareWithOwnGrowth(25.1, [20])).toBe('above');
    expect(compareWithOwnGrowth(15, [20])).toBe('as_usual');
    expect(compareWithOwnGrowth(14.9, [20])).toBe('below');
    expect(compareWithOwnGrowth(10, [16, 24])).toBe('below');
  });

  it('takes an absolute tolerance in scale points when the usual growth is near 0', () => {
    expect(compareWithOwnGrowth(1, [0])).toBe('above');
    expect(compareWithOwnGrowth(1, [0], { relative: 0.25, absolute: 2 })).toBe('as_usual');
    expect(compareWithOwnGrowth(-3, [0], { relative: 0.25, absolute: 2 })).toBe('below');
  });

  it('is unknown without earlier growth', () => {
    expect(compareWithOwnGrowth(10, [])).toBeNull();
    expect(compareWithOwnGrowth(10, [Number.NaN])).toBeNull();
    expect(compareWithOwnGrowth(Number.NaN, [10])).toBeNull();
  });

  it('calls growth equal to the usual growth usual, and is total on any numbers', () => {
    fc.assert(
      fc.property(
        fc.array(anyNumber, { maxLength: 8 }),
        anyNumber,
        anyNumber,
        anyNumber,
        (previous, current, rel, abs) => {
          const r = compareWithOwnGrowth(current, previous, { relative: rel, absolute: abs });
          expect([null, 'above', 'as_usual', 'below']).toContain(r);
        },
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (g) => {
        expect(compareWithOwnGrowth(g, [g, g, g])).toBe('as_usual');
      }),
    );
  });
});

describe('percentileInDistribution', () => {
  it('gives the same percentile as growthPercentile, with and without the pupil in the distribution', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -30, max: 30 }), { maxLength: 60 }),
        fc.integer({ min: -30, max: 30 }),
        (peers, growth) => {
          const expected = growthPercentile(growth, peers);
          expect(percentileInDistribution(growth, peerDistribution(peers), false)).toBe(expected);
          // With the pupil's own growth added to the distribution and then left out: the same answer.
          expect(percentileInDistribution(growth, peerDistribution([...peers, growth]), true)).toBe(expected);
        },
      ),
    );
  });
});
