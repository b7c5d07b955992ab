import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meanInterval, tQuantile } from './ambitions-mean';
import { anyNumber, containsNaN } from './test-support';

describe('tQuantile', () => {
  it('matches the printed t-table', () => {
    // Two-sided 90 % is the 0.95 column of a one-sided table; 95 % two-sided the 0.975 column.
    expect(tQuantile(0.9, 1)).toBeCloseTo(6.3138, 4);
    expect(tQuantile(0.9, 2)).toBeCloseTo(2.92, 4);
    expect(tQuantile(0.9, 3)).toBeCloseTo(2.3534, 4);
    expect(tQuantile(0.9, 4)).toBeCloseTo(2.1318, 4);
    expect(tQuantile(0.9, 9)).toBeCloseTo(1.8331, 4);
    expect(tQuantile(0.9, 19)).toBeCloseTo(1.7291, 4);
    expect(tQuantile(0.9, 29)).toBeCloseTo(1.6991, 4);
    expect(tQuantile(0.95, 9)).toBeCloseTo(2.2622, 4);
    expect(tQuantile(0.99, 1)).toBeCloseTo(63.657, 3);
  });

  it('stops at 1000 degrees of freedom, a hair above z', () => {
    expect(tQuantile(0.9, 1000)).toBeCloseTo(1.6464, 4);
    expect(tQuantile(0.9, 1_000_000)).toBe(tQuantile(0.9, 1000));
    expect(tQuantile(0.9, 1000)).toBeGreaterThan(1.6449);
  });

  it('is null without whole positive degrees of freedom or a confidence strictly between 0 and 1', () => {
    expect(tQuantile(0.9, 0)).toBeNull();
    expect(tQuantile(0.9, 2.5)).toBeNull();
    expect(tQuantile(0, 5)).toBeNull();
    expect(tQuantile(1, 5)).toBeNull();
    expect(tQuantile(Number.NaN, 5)).toBeNull();
  });

  it('falls as the group grows and rises with the confidence', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (df, confidence) => {
          const t = tQuantile(confidence, df) ?? Number.NaN;
          expect(tQuantile(confidence, df + 1) ?? Number.NaN).toBeLessThan(t);
          expect(tQuantile(Math.min(0.9995, confidence + 0.0005), df) ?? Number.NaN).toBeGreaterThan(t);
        },
      ),
    );
  });
});

describe('meanInterval', () => {
  it('is mean ± t·sd/√n, worked by hand', () => {
    // Mean 200; deviations 0, 10, −10, 5, −5 → SS 250, sd √(250/4) = 7.9057; t(0.9, 4) = 2.1318;
    // half width 2.1318 · 7.9057 / √5 = 7.5372.
    const interval = meanInterval([200, 210, 190, 205, 195]);
    expect(interval?.mean).toBeCloseTo(200, 10);
    expect(interval?.sd).toBeCloseTo(7.905694, 6);
    expect(interval?.low).toBeCloseTo(192.4628, 4);
    expect(interval?.high).toBeCloseTo(207.5372, 4);
  });

  it('needs two scores to say anything about the spread', () => {
    expect(meanInterval([])).toBeNull();
    expect(meanInterval([200])).toBeNull();
    expect(meanInterval([200, Number.NaN])).toBeNull();
  });

  it('has no width when every pupil scored the same', () => {
    expect(meanInterval([150, 150, 150])).toEqual({ mean: 150, sd: 0, low: 150, high: 150 });
  });

  it('is centred on the mean and narrows as the confidence drops', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 2, maxLength: 60 }),
        (xs) => {
          const i90 = meanInterval(xs);
          const i50 = meanInterval(xs, 0.5);
          expect(i90).not.toBeNull();
          if (!i90 || !i50) return;
          expect(i90.low).toBeLessThanOrEqual(i90.mean);
          expect(i90.high).toBeGreaterThanOrEqual(i90.mean);
          expect(i90.high - i90.mean).toBeCloseTo(i90.mean - i90.low, 6);
          expect(i50.high - i50.low).toBeLessThanOrEqual(i90.high - i90.low + 1e-9);
        },
      ),
    );
  });

  it('is total on any numbers', () => {
    fc.assert(
      fc.property(fc.array(anyNumber, { maxLength: 8 }), anyNumber, (xs, confidence) => {
        const interval = meanInterval(xs, confidence);
        expect(containsNaN(interval)).toBe(false);
        if (interval) expect(interval.low).toBeLessThanOrEqual(interval.high);
      }),
    );
  });
});
