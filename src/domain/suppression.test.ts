import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAmbition, type AmbitionEvaluation, type AmbitionTarget } from './ambitions';
import { isSmallCell, MIN_CELL_SIZE, suppressEvaluation, suppressTrendPoint } from './suppression';
import type { TrendPoint } from './trends';

const atIII = (n: number) =>
  evaluateAmbition(
    { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.8 },
    Array.from({ length: n }, () => ({
      system: 'I-V' as const,
      level: 'III' as const,
      score: 200,
      growthAsExpected: null,
    })),
  );

describe('suppressEvaluation', () => {
  it('withholds every outcome of a cell below ten pupils and keeps its size and ambition', () => {
    expect(MIN_CELL_SIZE).toBe(10);
    expect(suppressEvaluation(atIII(9))).toEqual({
      measured: true,
      suppressed: true,
      kind: 'atOrAbove',
      n: 9,
      missing: 0,
      target: 0.8,
      direction: 'atLeast',
    });
  });

  it('shows a cell of ten pupils in full', () => {
    const shown = suppressEvaluation(atIII(10));
    // Even 10 of 10 cannot be told from 80 %: Wilson(10, 10) at 90 % starts at 0.787.
    expect(shown).toMatchObject({ suppressed: false, n: 10, value: 1, verdict: 'boven-marge' });
  });

  it('suppresses an empty cell too, and shows an ambition in words as it is', () => {
    expect(suppressEvaluation(atIII(0))).toMatchObject({ suppressed: true, n: 0 });
    const words = evaluateAmbition({ kind: 'woorden', text: 'Wij geven elke dag directe instructie.' }, []);
    expect(suppressEvaluation(words)).toEqual({ ...words, suppressed: false });
  });

  it('takes another threshold, e.g. 1 for the school itself', () => {
    expect(suppressEvaluation(atIII(3), 1)).toMatchObject({ suppressed: false, value: 1 });
    expect(isSmallCell(Number.NaN)).toBe(true);
    expect(isSmallCell(10.5)).toBe(true);
  });

  it('never leaks a share, mean, interval or verdict below the threshold', () => {
    const target = fc.constantFrom<AmbitionTarget>(
      { kind: 'atMostLowest', system: 'I-V', maxShare: 0.1 },
      { kind: 'meanAtLeastNorm' },
      { kind: 'growthAsExpected', minShare: 0.7 },
    );
    const result = fc.record({
      system: fc.constant('I-V' as const),
      level: fc.constantFrom('I' as const, 'V' as const),
      score: fc.integer({ min: 100, max: 300 }),
      growthAsExpected: fc.option(fc.boolean(), { nil: null }),
    });
    fc.assert(
      fc.property(
        target,
        fc.array(result, { maxLength: 25 }),
        fc.integer({ min: 1, max: 30 }),
        (t, rs, min) => {
          const evaluation: AmbitionEvaluation = evaluateAmbition(t, rs, { normMean: 200 });
          const shown = suppressEvaluation(evaluation, min);
          if (!evaluation.measured) return;
          if (evaluation.n < min) {
            expect(Object.keys(shown).sort()).toEqual(
              ['direction', 'kind', 'measured', 'missing', 'n', 'suppressed', 'target'].sort(),
            );
          } else {
            expect(shown).toEqual({ ...evaluation, suppressed: false });
          }
        },
      ),
    );
  });
});

describe('suppressTrendPoint', () => {
  const point = (n: number): TrendPoint => ({
    schooljaar: '2024-2025',
    moment: 'M',
    jaargroep: 5,
    versionKey: 'Cito LVS rekenen 3.0',
    n,
    value: 0.75,
    interval: { low: 0.6, high: 0.86 },
  });

  it('turns a small point into a gap that says why, and leaves a large one alone', () => {
    expect(suppressTrendPoint(point(7))).toEqual({
      ...point(7),
      value: null,
      interval: null,
      suppressed: true,
    });
    expect(suppressTrendPoint(point(12))).toEqual({ ...point(12), suppressed: false });
  });
});
