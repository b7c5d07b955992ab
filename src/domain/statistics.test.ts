import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VAKKEN } from '../shared/vakken';
import { LEVEL_SYSTEMS, levelsOf, type Level, type LevelSystem } from './levels';
import { INSTRUCTIES, type Instructie } from './placement';
import {
  cohortSeries,
  groupStatistics,
  sameMomentSeries,
  wilsonInterval,
  type SeriesRow,
  type StatisticsRow,
} from './statistics';
import { anyNumber, anyString, containsNaN } from './test-support';

describe('wilsonInterval', () => {
  it('matches hand-computed intervals', () => {
    // z = 1.6449 (90 %): centre = (p + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
    const at90 = wilsonInterval(8, 10);
    expect(at90?.low).toBeCloseTo(0.540793, 5);
    expect(at90?.high).toBeCloseTo(0.931442, 5);
    const at95 = wilsonInterval(8, 10, 0.95);
    expect(at95?.low).toBeCloseTo(0.490162, 5);
    expect(at95?.high).toBeCloseTo(0.943318, 5);
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.212942, 5) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.787058, 5), high: 1 });
    const q = wilsonInterval(21, 28);
    expect(q?.low).toBeCloseTo(0.597564, 5);
    expect(q?.high).toBeCloseTo(0.85838, 5);
  });

  it('is null when there is nothing to estimate', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(3, 2)).toBeNull();
    expect(wilsonInterval(-1, 2)).toBeNull();
    expect(wilsonInterval(1.5, 2)).toBeNull();
    expect(wilsonInterval(1, 2, 1)).toBeNull();
    expect(wilsonInterval(1, 2, Number.NaN)).toBeNull();
  });

  it('always contains the observed share and stays within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100_000 })
          .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))),
        fc.double({ min: 0.01, max: 0.9999, noNaN: true }),
        ([successes, n], confidence) => {
          const interval = wilsonInterval(successes, n, confidence);
          expect(interval).not.toBeNull();
          const { low, high } = interval ?? { low: Number.NaN, high: Number.NaN };
          expect(low).toBeGreaterThanOrEqual(0);
          expect(high).toBeLessThanOrEqual(1);
          expect(low).toBeLessThanOrEqual(successes / n);
          expect(high).toBeGreaterThanOrEqual(successes / n);
        },
      ),
    );
  });

  it('narrows as the group grows and widens with confidence', () => {
    const width = (s: number, n: number, c = 0.9) => {
      const i = wilsonInterval(s, n, c);
      return i ? i.high - i.low : Number.NaN;
    };
    expect(width(40, 100)).toBeLessThan(width(4, 10));
    expect(width(4, 10, 0.95)).toBeGreaterThan(width(4, 10, 0.9));
  });

  it('is total on any numbers', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, anyNumber, (s, n, c) => {
        const interval = wilsonInterval(s, n, c);
        expect(containsNaN(interval)).toBe(false);
        if (interval)
          expect(0 <= interval.low && interval.low <= interval.high && interval.high <= 1).toBe(true);
      }),
    );
  });
});

const row = (over: Partial<StatisticsRow>): StatisticsRow => ({
  groupKey: 'groep-5a',
  moment: 'M5',
  vak: 'rekenen-wiskunde',
  scaleKey: 'rw-3',
  score: null,
  system: null,
  level: null,
  instructie: null,
  ...over,
});

describe('groupStatistics', () => {
  const GROUP: StatisticsRow[] = [
    row({ score: 210, system: 'I-V', level: 'I+', instructie: 'verkort' }),
    row({ score: 200, system: 'I-V', level: 'II', instructie: 'verkort' }),
    row({ score: 190, system: 'I-V', level: 'III', instructie: 'basis' }),
    row({ score: 180, system: 'I-V', level: 'IV', instructie: 'basis' }),
    row({ score: null, system: 'I-V', level: 'V', instructie: 'verlengd' }),
    row({ score: 170, system: null, level: null, instructie: null }),
  ];

  it('gives N, the mean score and the share per level and per instruction group', () => {
    const [stats, ...rest] = groupStatistics(GROUP, { atOrAbove: { system: 'I-V', level: 'III' } });
    expect(rest).toEqual([]);
    expect(stats?.n).toBe(6);
    expect(stats?.meanScore).toBe(190);
    expect(stats?.levelShares).toEqual([
      {
        system: 'I-V',
        n: 5,
        levels: [
          { value: 'I+', count: 1, share: 0.2 },
          { value: 'I', count: 0, share: 0 },
          { value: 'II', count: 1, share: 0.2 },
          { value: 'III', count: 1, share: 0.2 },
          { value: 'IV', count: 1, share: 0.2 },
          { value: 'V', count: 1, share: 0.2 },
        ],
      },
    ]);
    expect(stats?.instructieShares).toEqual({
      n: 5,
      groups: [
        { value: 'verkort', count: 2, share: 0.4 },
        { value: 'basis', count: 2, share: 0.4 },
        { value: 'verlengd', count: 1, share: 0.2 },
      ],
    });
    expect(stats?.atOrAbove).toEqual({
      system: 'I-V',
      level: 'III',
      count: 3,
      n: 5,
      share: 0.6,
      interval: wilsonInterval(3, 5, 0.9),
    });
  });

  it('keeps groups, moments, vakken and scales apart, and never averages across scales', () => {
    const stats = groupStatistics([
      row({ score: 100 }),
      row({ score: 110, groupKey: 'groep-5b' }),
      row({ score: 120, moment: 'E5' }),
      row({ score: 130, vak: 'spelling' }),
      row({ score: 40, scaleKey: 'rw-2' }),
      row({ score: 102 }),
    ]);
    expect(stats.map((s) => [s.groupKey, s.moment, s.vak, s.scaleKey, s.n, s.meanScore])).toEqual([
      ['groep-5a', 'M5', 'rekenen-wiskunde', 'rw-3', 2, 101],
      ['groep-5b', 'M5', 'rekenen-wiskunde', 'rw-3', 1, 110],
      ['groep-5a', 'E5', 'rekenen-wiskunde', 'rw-3', 1, 120],
      ['groep-5a', 'M5', 'spelling', 'rw-3', 1, 130],
      ['groep-5a', 'M5', 'rekenen-wiskunde', 'rw-2', 1, 40],
    ]);
  });

  it('reports what cannot be known as null, not as 0', () => {
    const [stats] = groupStatistics([row({}), row({ score: Number.NaN })], {
      atOrAbove: { system: 'A-E', level: 'C' },
    });
    expect(stats?.meanScore).toBeNull();
    expect(stats?.levelShares).toEqual([]);
    expect(stats?.instructieShares).toEqual({ n: 0, groups: [] });
    expect(stats?.atOrAbove).toEqual({
      system: 'A-E',
      level: 'C',
      count: 0,
      n: 0,
      share: null,
      interval: null,
    });
    expect(groupStatistics([])).toEqual([]);
    expect(
      groupStatistics([row({})], { atOrAbove: { system: 'A-E', level: 'III' } })[0]?.atOrAbove,
    ).toBeNull();
  });

  it('describes a group by its shares, whatever the letters: the mean is of scores only', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 30 }), (scores) => {
        const [stats] = groupStatistics(scores.map((score) => row({ score, system: 'A-E', level: 'C' })));
        const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
        expect(stats?.meanScore).toBeCloseTo(mean, 6);
        expect(stats?.levelShares[0]?.levels.find((l) => l.value === 'C')?.share).toBe(1);
      }),
    );
  });

  it('is total on any rows and options, and shares add up to 1', () => {
    const allLevels = LEVEL_SYSTEMS.flatMap((s) => [...levelsOf(s)] as Level[]);
    const anyRow = fc.record({
      groupKey: fc.constantFrom('a', 'b'),
      moment: fc.constantFrom('M5', 'E5'),
      vak: fc.constantFrom(...VAKKEN),
      scaleKey: fc.constantFrom('s', 't'),
      score: fc.option(anyNumber, { nil: null }),
      system: fc.option(fc.constantFrom<LevelSystem>(...LEVEL_SYSTEMS), { nil: null }),
      level: fc.option(fc.constantFrom(...allLevels), { nil: null }),
      instructie: fc.option(fc.constantFrom<Instructie>(...INSTRUCTIES), { nil: null }),
    });
    const options = fc.record({
      atOrAbove: fc.option(
        fc.record({ system: fc.constantFrom(...LEVEL_SYSTEMS), level: fc.constantFrom(...allLevels) }),
        { nil: null },
      ),
      confidence: anyNumber,
    });
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 25 }), options, (rows, opts) => {
        const stats = groupStatistics(rows, opts);
        expect(containsNaN(stats)).toBe(false);
        expect(stats.reduce((sum, s) => sum + s.n, 0)).toBe(rows.length);
        for (const s of stats) {
          for (const system of s.levelShares)
            expect(system.levels.reduce((a, l) => a + l.share, 0)).toBeCloseTo(1, 9);
          if (s.instructieShares.n > 0)
            expect(s.instructieShares.groups.reduce((a, g) => a + g.share, 0)).toBeCloseTo(1, 9);
        }
      }),
    );
  });
});

describe('series over years', () => {
  const ROWS: SeriesRow[] = [
    { schooljaar: '2023-2024', jaargroep: 5, moment: 'M5', value: 180 },
    { schooljaar: '2022-2023', jaargroep: 5, moment: 'M', value: 175 },
    { schooljaar: '2022-2023', jaargroep: 5, moment: 'E5', value: 185 },
    { schooljaar: '2023-2024', jaargroep: 6, moment: 'E6', value: 196 },
    { schooljaar: '2023-2024', jaargroep: 6, moment: 'M6', value: 190 },
    { schooljaar: '2024-2025', jaargroep: 5, moment: 'M5', value: Number.NaN },
    { schooljaar: '2024-2025', jaargroep: 7, moment: 'M7', value: 200 },
    { schooljaar: '2024/2025', jaargroep: 5, moment: 'M5', value: 1 },
    { schooljaar: '2024-2025', jaargroep: 5, moment: 'X', value: 1 },
  ];

  it('sameMomentSeries: the same jaargroep at the same moment, oldest year first, gaps as null', () => {
    expect(sameMomentSeries(ROWS, 5, 'M').map((r) => [r.schooljaar, r.value])).toEqual([
      ['2022-2023', 175],
      ['2023-2024', 180],
      ['2024-2025', null],
    ]);
  });

  it('cohortSeries: one cohort through the years, in time order', () => {
    expect(
      cohortSeries(ROWS, { schooljaar: '2022-2023', jaargroep: 5 }).map(
        (r) => `${r.schooljaar} ${r.moment} ${r.value}`,
      ),
    ).toEqual([
      '2022-2023 M 175',
      '2022-2023 E5 185',
      '2023-2024 M6 190',
      '2023-2024 E6 196',
      '2024-2025 M7 200',
    ]);
    expect(cohortSeries(ROWS, { schooljaar: 'nope', jaargroep: 5 })).toEqual([]);
  });

  it('is total on any rows', () => {
    const anyRow = fc.record({
      schooljaar: fc.oneof(anyString, fc.constantFrom('2023-2024', '2024-2025')),
      jaargroep: anyNumber,
      moment: anyString,
      value: fc.option(anyNumber, { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(anyRow, { maxLength: 10 }),
        anyNumber,
        anyString,
        (rows, jaargroep, schooljaar) => {
          expect(containsNaN(sameMomentSeries(rows, jaargroep, 'M'))).toBe(false);
          expect(containsNaN(cohortSeries(rows, { schooljaar, jaargroep }))).toBe(false);
        },
      ),
    );
  });
});
