import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instrumentGoalStatus, nextScoreFrom } from './plan-domein';

const up = { higherIsBetter: true };
const down = { higherIsBetter: false };
const at = (percentiel: number | null, band: 'laag' | 'gemiddeld' | 'hoog' | null = null) => ({
  afnamedatum: '2026-01-20',
  percentiel,
  band,
});

describe('an instrument target on a social-emotional scale', () => {
  it('is reached at or above the percentile where higher is better', () => {
    expect(instrumentGoalStatus({ band: null, percentiel: 25 }, up, at(25))).toBe('behaald');
    expect(instrumentGoalStatus({ band: null, percentiel: 25 }, up, at(24))).toBe('niet');
  });

  it('is reached at or below the percentile where lower is better (incidents)', () => {
    expect(instrumentGoalStatus({ band: null, percentiel: 50 }, down, at(40))).toBe('behaald');
    expect(instrumentGoalStatus({ band: null, percentiel: 50 }, down, at(60))).toBe('niet');
  });

  it('reads a band target as its tier: gemiddeld or better', () => {
    const target = { band: 'gemiddeld' as const, percentiel: null };
    expect(instrumentGoalStatus(target, up, at(null, 'hoog'))).toBe('behaald');
    expect(instrumentGoalStatus(target, up, at(null, 'gemiddeld'))).toBe('behaald');
    expect(instrumentGoalStatus(target, up, at(null, 'laag'))).toBe('niet');
    // On an incidents scale 'laag' is the favourable end.
    expect(instrumentGoalStatus({ band: 'laag', percentiel: null }, down, at(null, 'laag'))).toBe('behaald');
    expect(instrumentGoalStatus({ band: 'laag', percentiel: null }, down, at(null, 'gemiddeld'))).toBe(
      'niet',
    );
  });

  it('falls back to the band when the score has no percentile, and is unknown without either', () => {
    const both = { band: 'gemiddeld' as const, percentiel: 30 };
    expect(instrumentGoalStatus(both, up, at(null, 'gemiddeld'))).toBe('behaald');
    expect(instrumentGoalStatus(both, up, at(null, null))).toBe('onbekend');
    expect(instrumentGoalStatus(both, up, null)).toBe('onbekend');
  });

  it('reads a score with only a percentile in its band for a band target (below 25 laag, above 75 hoog)', () => {
    const target = { band: 'gemiddeld' as const, percentiel: null };
    expect(instrumentGoalStatus(target, up, at(25))).toBe('behaald');
    expect(instrumentGoalStatus(target, up, at(24))).toBe('niet');
    expect(instrumentGoalStatus({ band: 'hoog', percentiel: null }, up, at(76))).toBe('behaald');
    expect(instrumentGoalStatus({ band: 'hoog', percentiel: null }, up, at(75))).toBe('niet');
  });

  it('never reaches a higher percentile with a lower score (monotone)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (p, target) => {
        const status = instrumentGoalStatus({ band: null, percentiel: target }, up, at(p));
        expect(status).toBe(p >= target ? 'behaald' : 'niet');
      }),
    );
  });
});

describe('the next instrument result', () => {
  it('is the earliest score on or after the start, not an earlier one', () => {
    const scores = [
      { afnamedatum: '2025-10-01', id: 'a' },
      { afnamedatum: '2026-05-20', id: 'c' },
      { afnamedatum: '2026-01-20', id: 'b' },
    ];
    expect(nextScoreFrom(scores, '2025-11-15')?.id).toBe('b');
    expect(nextScoreFrom(scores, '2026-01-20')?.id).toBe('b');
    expect(nextScoreFrom(scores, '2026-06-01')).toBeNull();
  });
});
