import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateAmbition, verdictOf, type AmbitionPupilResult, type AmbitionTarget } from './ambitions';
import { levelsOf, type Level, type LevelSystem } from './levels';
import { anyNumber, containsNaN } from './test-support';

const pupil = (over: Partial<AmbitionPupilResult>): AmbitionPupilResult => ({
  system: null,
  level: null,
  score: null,
  growthAsExpected: null,
  ...over,
});
const atLevel = (system: LevelSystem, level: Level, times: number) =>
  Array.from({ length: times }, () => pupil({ system, level }));

function measured(target: AmbitionTarget, results: AmbitionPupilResult[], normMean?: number | null) {
  const evaluation = evaluateAmbition(target, results, { normMean });
  if (!evaluation.measured) throw new Error('expected a measured evaluation');
  return evaluation;
}

// 17 of 20 at III or higher: p = 0.85, z = 1.644854, z²/n = 0.135277;
// centre = (0.85 + 0.067639) / 1.135277 = 0.808292, half = 1.448873 · √(0.006375 + 0.001691) = 0.130125.
const SEVENTEEN_OF_TWENTY = [
  ...atLevel('I-V', 'I+', 2),
  ...atLevel('I-V', 'II', 5),
  ...atLevel('I-V', 'III', 10),
  ...atLevel('I-V', 'IV', 2),
  ...atLevel('I-V', 'V', 1),
];

describe('evaluateAmbition: at least X % at III or higher', () => {
  const ambition = (minShare: number): AmbitionTarget => ({
    kind: 'atOrAbove',
    system: 'I-V',
    level: 'III',
    minShare,
  });

  it('17 of 20 gives 85 % with the 90 % Wilson interval 67.8 %–93.8 %', () => {
    const e = measured(ambition(0.8), SEVENTEEN_OF_TWENTY);
    expect(e).toMatchObject({ n: 20, missing: 0, count: 17, value: 0.85, target: 0.8, direction: 'atLeast' });
    expect(e.interval?.low).toBeCloseTo(0.678172, 5);
    expect(e.interval?.high).toBeCloseTo(0.938418, 5);
  });

  it('cannot tell 85 % from an ambition of 80 % in a group of 20, but can from 60 % and from 95 %', () => {
    expect(measured(ambition(0.8), SEVENTEEN_OF_TWENTY).verdict).toBe('boven-marge');
    expect(measured(ambition(0.6), SEVENTEEN_OF_TWENTY).verdict).toBe('boven-zeker');
    expect(measured(ambition(0.95), SEVENTEEN_OF_TWENTY).verdict).toBe('onder-zeker');
  });

  it('counts I+ as above III, and a pupil with an A–E level or none as missing, not as failing', () => {
    const e = measured(ambition(0.5), [
      ...atLevel('I-V', 'I+', 1),
      ...atLevel('I-V', 'IV', 1),
      ...atLevel('A-E', 'A', 1),
      pupil({ score: 200 }),
    ]);
    expect(e).toMatchObject({ n: 2, missing: 2, count: 1, value: 0.5 });
  });

  it('the top-20 % ambition uses level I as its bar', () => {
    const e = measured({ kind: 'atOrAbove', system: 'I-V', level: 'I', minShare: 0.2 }, SEVENTEEN_OF_TWENTY);
    expect(e.count).toBe(2);
  });

  it('with C as the bar in A–E', () => {
    const e = measured({ kind: 'atOrAbove', system: 'A-E', level: 'C', minShare: 0.8 }, [
      ...atLevel('A-E', 'A', 3),
      ...atLevel('A-E', 'C', 6),
      ...atLevel('A-E', 'D', 1),
    ]);
    expect(e).toMatchObject({ n: 10, count: 9, value: 0.9 });
    // Wilson(9, 10) at 90 % = 0.652281–0.977365: straddles 0.8.
    expect(e.interval?.low).toBeCloseTo(0.652281, 5);
    expect(e.verdict).toBe('boven-marge');
  });

  it('says geen-gegevens for an empty cell, and nothing certain about a single pupil', () => {
    expect(measured(ambition(0.8), [])).toMatchObject({
      n: 0,
      count: 0,
      value: null,
      interval: null,
      verdict: 'geen-gegevens',
    });
    // Wilson(1, 1) = 0.2699–1.
    expect(measured(ambition(0.8), atLevel('I-V', 'II', 1)).verdict).toBe('boven-marge');
  });

  it('meets "at least 100 %" when every pupil is there, and "at least 0 %" always', () => {
    // Exactly on the ambition, with the interval on one side of it: certainly met.
    expect(measured(ambition(1), atLevel('I-V', 'III', 20)).verdict).toBe('gelijk-zeker');
    expect(measured(ambition(0), atLevel('I-V', 'V', 20)).verdict).toBe('gelijk-zeker');
    expect(measured(ambition(1), atLevel('I-V', 'V', 20)).verdict).toBe('onder-zeker');
  });

  it('has no target to meet when the ambition is malformed', () => {
    expect(measured(ambition(80), SEVENTEEN_OF_TWENTY)).toMatchObject({
      target: null,
      verdict: 'geen-gegevens',
    });
    const foreign = measured(
      { kind: 'atOrAbove', system: 'I-V', level: 'C', minShare: 0.8 },
      SEVENTEEN_OF_TWENTY,
    );
    expect(foreign).toMatchObject({ target: null, verdict: 'geen-gegevens', n: 20, count: 0 });
  });
});

describe('evaluateAmbition: at most Y % at V', () => {
  const ambition = (maxShare: number): AmbitionTarget => ({ kind: 'atMostLowest', system: 'I-V', maxShare });

  it('is met when the share at V is at or below the ambition, not above it', () => {
    // 0 of 20 at V: Wilson 0–0.119158, wholly below 15 %.
    const none = measured(ambition(0.15), atLevel('I-V', 'III', 20));
    expect(none).toMatchObject({ count: 0, value: 0, direction: 'atMost', verdict: 'boven-zeker' });
    expect(none.interval?.high).toBeCloseTo(0.119158, 5);
    // 10 of 20 at V: Wilson 0.327404–0.672596, wholly above 20 %.
    const half = measured(ambition(0.2), [...atLevel('I-V', 'V', 10), ...atLevel('I-V', 'II', 10)]);
    expect(half).toMatchObject({ count: 10, value: 0.5, verdict: 'onder-zeker' });
    // 1 of 20 at V: 5 %, Wilson 0.011235–0.196007, straddles 10 %.
    const one = measured(ambition(0.1), [...atLevel('I-V', 'V', 1), ...atLevel('I-V', 'II', 19)]);
    // Fewer at V than the cap is above the ambition, here within the margin.
    expect(one.verdict).toBe('boven-marge');
  });

  it('uses E as the lowest level in A–E', () => {
    const e = measured({ kind: 'atMostLowest', system: 'A-E', maxShare: 0.1 }, [
      ...atLevel('A-E', 'E', 2),
      ...atLevel('A-E', 'D', 8),
    ]);
    expect(e).toMatchObject({ n: 10, count: 2, value: 0.2 });
  });

  it('meets "at most 0 %" only when nobody is at V', () => {
    expect(measured(ambition(0), atLevel('I-V', 'IV', 20)).verdict).toBe('gelijk-zeker');
    expect(measured(ambition(0), [...atLevel('I-V', 'V', 5), ...atLevel('I-V', 'IV', 15)]).verdict).toBe(
      'onder-zeker',
    );
  });
});

describe('evaluateAmbition: mean at least the norm', () => {
  const scores = [200, 210, 190, 205, 195].map((score) => pupil({ score }));
  const target: AmbitionTarget = { kind: 'meanAtLeastNorm' };

  it('holds the t-interval 192.46–207.54 of the mean 200 against the national mean', () => {
    const e = measured(target, scores, 190);
    expect(e).toMatchObject({ n: 5, count: null, value: 200, target: 190, verdict: 'boven-zeker' });
    expect(e.interval?.low).toBeCloseTo(192.4628, 4);
    expect(measured(target, scores, 200).verdict).toBe('gelijk-marge');
    expect(measured(target, scores, 205).verdict).toBe('onder-marge');
    expect(measured(target, scores, 210).verdict).toBe('onder-zeker');
  });

  it('needs the norm mean, a score, and two pupils for an interval', () => {
    expect(measured(target, scores, null)).toMatchObject({ target: null, verdict: 'geen-gegevens' });
    expect(measured(target, scores, Number.NaN).verdict).toBe('geen-gegevens');
    expect(measured(target, [pupil({ system: 'I-V', level: 'I' })], 190)).toMatchObject({
      n: 0,
      missing: 1,
      verdict: 'geen-gegevens',
    });
    expect(measured(target, [pupil({ score: 250 })], 190)).toMatchObject({
      n: 1,
      value: 250,
      interval: null,
      verdict: 'boven-marge',
    });
  });
});

describe('evaluateAmbition: growth and referentieniveaus', () => {
  it('leaves pupils with unknown growth out of the share', () => {
    const results = [true, true, true, true, true, true, false, false, null, null].map((growthAsExpected) =>
      pupil({ growthAsExpected }),
    );
    const e = measured({ kind: 'growthAsExpected', minShare: 0.7 }, results);
    expect(e).toMatchObject({ n: 8, missing: 2, count: 6, value: 0.75 });
  });

  it('counts 2F/1S toward 1F, and only 2F/1S toward the streefniveau', () => {
    const results = [...atLevel('REF', '2F/1S', 5), ...atLevel('REF', '1F', 4), ...atLevel('REF', '<1F', 1)];
    expect(measured({ kind: 'refAtLeast1F', minShare: 0.85 }, results)).toMatchObject({
      count: 9,
      value: 0.9,
    });
    expect(measured({ kind: 'refAtLeast2F', minShare: 0.5 }, results)).toMatchObject({
      count: 5,
      value: 0.5,
    });
  });

  it('leaves an ambition in words to the team', () => {
    const text = 'De leerkracht geeft verlengde instructie aan de instructietafel.';
    expect(evaluateAmbition({ kind: 'woorden', text }, SEVENTEEN_OF_TWENTY)).toEqual({
      measured: false,
      kind: 'woorden',
      text,
    });
  });
});

describe('verdictOf', () => {
  it('calls an interval that touches the ambition from one side by its point estimate', () => {
    expect(verdictOf(0.9, { low: 0.8, high: 0.95 }, 0.8, 'atLeast')).toBe('boven-zeker');
    expect(verdictOf(0.7, { low: 0.6, high: 0.8 }, 0.8, 'atLeast')).toBe('onder-zeker');
    expect(verdictOf(0.7, { low: 0.6, high: 0.8 }, 0.8, 'atMost')).toBe('boven-zeker');
    expect(verdictOf(0.8, { low: 0.79, high: 0.81 }, 0.8, 'atLeast')).toBe('gelijk-marge');
    expect(verdictOf(null, null, 0.8, 'atLeast')).toBe('geen-gegevens');
  });
});

const anyLevelled = fc.constantFrom<LevelSystem>('I-V', 'A-E', 'REF').chain((system) =>
  fc.record({
    system: fc.constant<LevelSystem | null>(system),
    level: fc.constantFrom<Level | null>(...levelsOf(system), null),
    score: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: null }),
    growthAsExpected: fc.option(fc.boolean(), { nil: null }),
  }),
);
const anyTarget: fc.Arbitrary<AmbitionTarget> = fc
  .double({ min: 0, max: 1, noNaN: true })
  .chain((share) =>
    fc.constantFrom<AmbitionTarget>(
      { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: share },
      { kind: 'atOrAbove', system: 'A-E', level: 'C', minShare: share },
      { kind: 'atMostLowest', system: 'I-V', maxShare: share },
      { kind: 'growthAsExpected', minShare: share },
      { kind: 'refAtLeast1F', minShare: share },
      { kind: 'refAtLeast2F', minShare: share },
      { kind: 'meanAtLeastNorm' },
    ),
  );

describe('evaluateAmbition properties', () => {
  it('never says boven or gelijk with the point estimate below the ambition, nor onder above it', () => {
    fc.assert(
      fc.property(
        anyTarget,
        fc.array(anyLevelled, { maxLength: 40 }),
        fc.double({ min: 0, max: 400 }),
        (t, rs, norm) => {
          const e = measured(t, rs, norm);
          if (e.value === null || e.target === null) {
            expect(e.verdict).toBe('geen-gegevens');
            return;
          }
          const met = e.direction === 'atLeast' ? e.value >= e.target : e.value <= e.target;
          if (e.verdict.startsWith('boven') || e.verdict.startsWith('gelijk')) expect(met).toBe(true);
          if (e.verdict.startsWith('onder')) expect(met).toBe(false);
          const straddles = e.interval === null || (e.interval.low < e.target && e.target < e.interval.high);
          expect(e.verdict.endsWith('-marge')).toBe(straddles);
        },
      ),
    );
  });

  it('accounts for every pupil once, and a share lies in its interval', () => {
    fc.assert(
      fc.property(anyTarget, fc.array(anyLevelled, { maxLength: 40 }), (t, rs) => {
        const e = measured(t, rs, 200);
        expect(e.n + e.missing).toBe(rs.length);
        if (e.value !== null && e.interval) {
          expect(e.interval.low).toBeLessThanOrEqual(e.value + 1e-9);
          expect(e.interval.high).toBeGreaterThanOrEqual(e.value - 1e-9);
        }
      }),
    );
  });

  it('is total on any numbers', () => {
    const anyResult = fc.record({
      system: fc.constantFrom<LevelSystem | null>('I-V', 'A-E', 'REF', 'AVI', null),
      level: fc.constantFrom<Level | null>('I+', 'III', 'V', 'C', 'E', '1F', '2F/1S', 'E4', null),
      score: fc.option(anyNumber, { nil: null }),
      growthAsExpected: fc.option(fc.boolean(), { nil: null }),
    });
    fc.assert(
      fc.property(
        anyTarget,
        anyNumber,
        fc.array(anyResult, { maxLength: 12 }),
        anyNumber,
        (t, share, rs, x) => {
          const target = 'minShare' in t ? { ...t, minShare: share } : t;
          expect(containsNaN(evaluateAmbition(target, rs, { normMean: x, confidence: x }))).toBe(false);
          expect(containsNaN(evaluateAmbition(target, rs, { normMean: x }))).toBe(false);
        },
      ),
    );
  });
});
