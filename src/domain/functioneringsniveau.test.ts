import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functioneringsniveau, momentOrder, type MomentMean } from './functioneringsniveau';
import { anyNumber, anyString, containsNaN } from './test-support';

// Invented means that rise through primary school, as ability scales do.
const MEANS: MomentMean[] = [
  { moment: 'M3', gemiddelde: 100 },
  { moment: 'E3', gemiddelde: 110 },
  { moment: 'M4', gemiddelde: 120 },
  { moment: 'E4', gemiddelde: 128 },
  { moment: 'M5', gemiddelde: 136 },
  { moment: 'E5', gemiddelde: 142 },
  { moment: 'M6', gemiddelde: 148 },
  { moment: 'E6', gemiddelde: 153 },
  { moment: 'M7', gemiddelde: 158 },
  { moment: 'E7', gemiddelde: 162 },
  { moment: 'M8', gemiddelde: 166 },
  { moment: 'E8', gemiddelde: 170 },
];

describe('functioneringsniveau', () => {
  it('Cito example: a groep 5 pupil who scores on M5 what the average pupil scores on M4 functions at M4', () => {
    const averageAtM4 = 120;
    expect(functioneringsniveau(averageAtM4, MEANS)).toBe('M4');
  });

  it('takes the latest moment whose mean the score reaches (a floor)', () => {
    expect(functioneringsniveau(127.9, MEANS)).toBe('M4');
    expect(functioneringsniveau(128, MEANS)).toBe('E4');
    expect(functioneringsniveau(150, MEANS)).toBe('M6');
    expect(functioneringsniveau(100, MEANS)).toBe('M3');
    expect(functioneringsniveau(170, MEANS)).toBe('E8');
  });

  it('says "<M3" below the first mean and ">E8" above the last', () => {
    expect(functioneringsniveau(99.9, MEANS)).toBe('<M3');
    expect(functioneringsniveau(170.1, MEANS)).toBe('>E8');
  });

  it('uses the moments of the table: rows in any order, lower case, without a mean, of other groups', () => {
    const shuffled: MomentMean[] = [
      { moment: 'e5', gemiddelde: 142 },
      { moment: 'M5', gemiddelde: 136 },
      { moment: 'E4', gemiddelde: null },
      { moment: 'B5', gemiddelde: 130 },
      { moment: 'M2', gemiddelde: 1 },
    ];
    expect(functioneringsniveau(131, shuffled)).toBe('B5');
    expect(functioneringsniveau(129, shuffled)).toBe('<B5');
    expect(functioneringsniveau(150, shuffled)).toBe('>E5');
    expect(functioneringsniveau(140, shuffled)).toBe('M5');
  });

  it('has no answer without a usable table or score', () => {
    expect(functioneringsniveau(120, [])).toBeNull();
    expect(functioneringsniveau(120, [{ moment: 'M4', gemiddelde: null }])).toBeNull();
    expect(functioneringsniveau(Number.NaN, MEANS)).toBeNull();
    expect(functioneringsniveau(Number.POSITIVE_INFINITY, MEANS)).toBeNull();
  });

  it('orders moments B < M < E and groep 3 < 8', () => {
    const order = ['B3', 'M3', 'E3', 'B4', 'M8', 'E8'].map(momentOrder);
    expect(order).toEqual([...order].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(momentOrder('M2')).toBeNull();
    expect(momentOrder('2026-01-01')).toBeNull();
  });

  it('gives back the moment itself for a score at exactly that moment’s mean, with rising means', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MEANS.length - 1 }), (i) => {
        const m = MEANS[i] as MomentMean;
        expect(functioneringsniveau(m.gemiddelde ?? 0, MEANS)).toBe(m.moment);
      }),
    );
  });

  it('never goes down when the score goes up, with rising means', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 300, noNaN: true }),
        fc.double({ min: 0, max: 300, noNaN: true }),
        (a, b) => {
          const rank = (s: number) => {
            const answer = functioneringsniveau(s, MEANS) ?? '';
            if (answer.startsWith('<')) return -1;
            if (answer.startsWith('>')) return 100;
            return momentOrder(answer) ?? Number.NaN;
          };
          expect(rank(Math.max(a, b))).toBeGreaterThanOrEqual(rank(Math.min(a, b)));
        },
      ),
    );
  });

  it('is total on any score and table', () => {
    fc.assert(
      fc.property(
        anyNumber,
        fc.array(fc.record({ moment: anyString, gemiddelde: fc.option(anyNumber, { nil: null }) }), {
          maxLength: 8,
        }),
        (score, means) => {
          const answer = functioneringsniveau(score, means);
          expect(containsNaN(answer)).toBe(false);
          for (const m of means) expect(containsNaN(momentOrder(m.moment))).toBe(false);
          if (answer !== null) expect(answer).toMatch(/^[<>]?[BME][3-8]$/);
        },
      ),
    );
  });
});
