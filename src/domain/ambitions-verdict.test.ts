import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAmbition, type AmbitionPupilResult } from './ambitions';
import {
  isLegacyVerdict,
  verdictCertainty,
  verdictDirection,
  verdictOf,
  verdictTone,
  VERDICTS,
} from './ambitions-verdict';

/** The 95th percentile of the standard normal, from the table: a two-sided 90 % interval. */
const Z90 = 1.6448536269514722;

/** Wilson's score interval written out here, apart from the domain's own (statistics.ts). */
function wilsonByHand(count: number, n: number) {
  const p = count / n;
  const z2n = (Z90 * Z90) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (Z90 / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return { low: centre - half, high: centre + half };
}

/** A group of n pupils of whom `count` are at III or higher (the others at IV). */
function group(count: number, n: number): AmbitionPupilResult[] {
  return Array.from({ length: n }, (_, i) => ({
    system: 'I-V',
    level: i < count ? 'III' : 'IV',
    score: null,
    growthAsExpected: null,
  }));
}

const halfAtIII = { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.5 } as const;

describe('verdictOf, worked by hand for a group of 12 against "at least 50 % at III or higher"', () => {
  it.each([
    // count, interval worked out with Wilson's formula (z = 1.644854), verdict
    [8, 0.431492, 0.840515, 'boven-marge'],
    [11, 0.698832, 0.981184, 'boven-zeker'],
    [6, 0.285535, 0.714465, 'gelijk-marge'],
    [5, 0.219978, 0.644019, 'onder-marge'],
    [2, 0.056781, 0.399207, 'onder-zeker'],
  ] as const)('%i of 12: interval %f–%f, so %s', (count, low, high, verdict) => {
    const interval = wilsonByHand(count, 12);
    expect(interval.low).toBeCloseTo(low, 5);
    expect(interval.high).toBeCloseTo(high, 5);
    expect(verdictOf(count / 12, interval, 0.5, 'atLeast')).toBe(verdict);
    const e = evaluateAmbition(halfAtIII, group(count, 12));
    if (!e.measured) throw new Error('expected a measured evaluation');
    expect(e.interval?.low).toBeCloseTo(low, 5);
    expect(e.interval?.high).toBeCloseTo(high, 5);
    expect(e.verdict).toBe(verdict);
  });

  it('says 66,7 % of 12 against 50 % is above the ambition within the margin: neither green nor orange', () => {
    const verdict = verdictOf(8 / 12, wilsonByHand(8, 12), 0.5, 'atLeast');
    expect([verdictDirection(verdict), verdictCertainty(verdict), verdictTone(verdict)]).toEqual([
      'boven',
      'marge',
      'marge',
    ]);
  });

  it('reads "at most 10 % at V" the other way: fewer at V is above the ambition', () => {
    expect(verdictOf(0.05, { low: 0.01, high: 0.2 }, 0.1, 'atMost')).toBe('boven-marge');
    expect(verdictOf(0.3, { low: 0.15, high: 0.5 }, 0.1, 'atMost')).toBe('onder-zeker');
    expect(verdictOf(0, { low: 0, high: 0.09 }, 0.1, 'atMost')).toBe('boven-zeker');
  });

  it('has no verdict without a value or an ambition, and no certainty without an interval', () => {
    expect(verdictOf(null, null, 0.5, 'atLeast')).toBe('geen-gegevens');
    expect(verdictOf(0.6, { low: 0.4, high: 0.8 }, null, 'atLeast')).toBe('geen-gegevens');
    expect(verdictOf(Number.NaN, null, 0.5, 'atLeast')).toBe('geen-gegevens');
    expect(verdictOf(0.9, null, 0.5, 'atLeast')).toBe('boven-marge');
    expect([verdictDirection('geen-gegevens'), verdictCertainty('geen-gegevens')]).toEqual([null, null]);
  });
});

describe('verdictTone', () => {
  it('is green only when certainly met, red only when certainly not, neutral within the margin', () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, verdictTone(v)]))).toEqual({
      'boven-zeker': 'behaald',
      'gelijk-zeker': 'behaald',
      'boven-marge': 'marge',
      'gelijk-marge': 'marge',
      'onder-marge': 'marge',
      'onder-zeker': 'niet-behaald',
      'geen-gegevens': 'geen',
    });
  });

  it('knows the codes of before, which older snapshots hold', () => {
    expect(['behaald', 'niet-behaald', 'niet-te-onderscheiden'].every(isLegacyVerdict)).toBe(true);
    expect(VERDICTS.some(isLegacyVerdict)).toBe(false);
  });
});

const anyInterval = fc
  .tuple(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }))
  .chain(([low, width]) =>
    fc.record({
      low: fc.constant(low),
      high: fc.constant(low + width),
      value: fc.double({ min: low, max: low + width, noNaN: true }),
    }),
  );

describe('verdictOf properties', () => {
  it('takes its direction from the point estimate and is certain iff the interval excludes the ambition', () => {
    fc.assert(
      fc.property(
        anyInterval,
        fc.double({ min: -1500, max: 1500, noNaN: true }),
        fc.constantFrom('atLeast' as const, 'atMost' as const),
        ({ low, high, value }, target, direction) => {
          const verdict = verdictOf(value, { low, high }, target, direction);
          const better = direction === 'atLeast' ? value - target : target - value;
          expect(verdictDirection(verdict)).toBe(better > 0 ? 'boven' : better < 0 ? 'onder' : 'gelijk');
          // Excludes: the ambition is not strictly inside; an interval that touches it lies on one side.
          const excludes = !(low < target && target < high);
          expect(verdictCertainty(verdict)).toBe(excludes ? 'zeker' : 'marge');
        },
      ),
    );
  });

  it('never calls a group certainly above when the whole interval is not on the better side', () => {
    fc.assert(
      fc.property(
        anyInterval,
        fc.double({ min: -1500, max: 1500, noNaN: true }),
        ({ low, high, value }, t) => {
          const verdict = verdictOf(value, { low, high }, t, 'atLeast');
          if (verdict === 'boven-zeker') expect(low).toBeGreaterThanOrEqual(t);
          if (verdict === 'onder-zeker') expect(high).toBeLessThanOrEqual(t);
        },
      ),
    );
  });
});
