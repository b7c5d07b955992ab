import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBSERVATIE_ASPECTEN } from '../shared/observations';
import { VAKKEN } from '../shared/vakken';
import { LEVEL_SYSTEMS, levelsOf, type Level } from './levels';
import {
  byStrength,
  compareStrength,
  DEFAULT_SIGNALERING_CONFIG,
  signaleer,
  signaleringConfig,
  type LevelAtMoment,
  type PupilSignalInput,
  type SignaleringConfig,
  type SignaleringRuleId,
  type VakSignalInput,
} from './signalering';
import { anyNumber, anyString, containsNaN } from './test-support';

const QUIET: VakSignalInput = {
  vak: 'rekenen-wiskunde',
  levels: [
    { moment: 'M5', system: 'I-V', level: 'II' },
    { moment: 'E5', system: 'I-V', level: 'III' },
  ],
  growthPercentile: 45,
  earlierGrowthPercentile: 50,
  growth: 12,
  instructie: 'basis',
  leerrendement: 100,
  expectedLrv: 80,
  groupTestedMoments: ['M5', 'E5'],
  resultMoments: ['M5', 'E5'],
};

const pupil = (
  vak: Partial<VakSignalInput>,
  observations: PupilSignalInput['observations'] = [],
): PupilSignalInput => ({
  vakken: [{ ...QUIET, ...vak }],
  observations,
});
const rules = (input: PupilSignalInput, config = DEFAULT_SIGNALERING_CONFIG) =>
  signaleer(input, config).map((s) => s.rule);
const off = (rule: SignaleringRuleId) => signaleringConfig({ [rule]: { enabled: false } });

const levels = (...pairs: [string, Level][]): LevelAtMoment[] =>
  pairs.map(([moment, level]) => ({
    moment,
    level,
    system: levelsOf('I-V').includes(level as never) ? 'I-V' : 'A-E',
  }));

describe('signaleer: the rules, worked out by hand', () => {
  it('gives no signal for a pupil who is doing as expected', () => {
    expect(signaleer(pupil({}))).toEqual([]);
  });

  it('flags a drop of two or more levels since the previous result; three or more is high', () => {
    expect(signaleer(pupil({ levels: levels(['M5', 'II'], ['E5', 'IV']) }))).toEqual([
      {
        rule: 'niveaudaling',
        vak: 'rekenen-wiskunde',
        severity: 'medium',
        params: { from: { level: 'II', moment: 'M5' }, to: { level: 'IV', moment: 'E5' }, levels: 2 },
      },
    ]);
    expect(signaleer(pupil({ levels: levels(['M5', 'I'], ['E5', 'IV']) }))[0]?.severity).toBe('high');
    expect(rules(pupil({ levels: levels(['M5', 'I+'], ['E5', 'III']) }))).toEqual(['niveaudaling']);
    expect(rules(pupil({ levels: levels(['M5', 'I+'], ['E5', 'II']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'II'], ['E5', 'III']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['E4', 'II'], ['M5', 'IV'], ['E5', 'IV']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'A'], ['E5', 'IV']) }))).toEqual([]);
    // Measured against the two results before: two levels below both is a fall; back at (or one below)
    // the level before one high result is not.
    expect(rules(pupil({ levels: levels(['E4', 'III'], ['M5', 'I'], ['E5', 'III']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['E4', 'IV'], ['M5', 'I'], ['E5', 'III']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['E4', 'II'], ['M5', 'I'], ['E5', 'III']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['E4', 'II'], ['M5', 'I'], ['E5', 'IV']) }))).toEqual([
      'niveaudaling',
    ]);
    expect(rules(pupil({ levels: levels(['E4', 'I'], ['M5', 'I'], ['E5', 'III']) }))).toEqual([
      'niveaudaling',
    ]);
    // With a school's minimum of one level, one below both counts.
    const one = signaleringConfig({ niveaudaling: { minLevels: 1 } });
    expect(rules(pupil({ levels: levels(['E4', 'II'], ['M5', 'II'], ['E5', 'III']) }), one)).toEqual([
      'niveaudaling',
    ]);
    expect(rules(pupil({ levels: levels(['E4', 'III'], ['M5', 'II'], ['E5', 'III']) }), one)).toEqual([]);
    // The result before on another scale (a new version with letters) says nothing about this one.
    expect(rules(pupil({ levels: levels(['E4', 'C'], ['M5', 'I'], ['E5', 'III']) }))).toEqual([
      'niveaudaling',
    ]);
    expect(rules(pupil({ levels: levels(['M5', 'II'], ['E5', 'III']) }), one)).toEqual(['niveaudaling']);
    expect(rules(pupil({ levels: levels(['M5', 'II'], ['E5', 'IV']) }), off('niveaudaling'))).toEqual([]);
  });

  it('flags a first V: the lowest level now and at no earlier result of the vak', () => {
    expect(signaleer(pupil({ vak: 'spelling', levels: levels(['M5', 'IV'], ['E5', 'V']) }))).toEqual([
      {
        rule: 'eerste_laagste',
        vak: 'spelling',
        severity: 'medium',
        params: { to: { level: 'V', moment: 'E5' }, from: { level: 'IV', moment: 'M5' } },
      },
    ]);
    // The very first result of a vak at the lowest level is where the pupil starts, not a fall into V:
    // the datamuur places them in verlengde instructie from it.
    expect(rules(pupil({ levels: levels(['M3', 'V']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'D'], ['E5', 'E']) }))).toEqual(['eerste_laagste']);
    // Back at V after a IV is not a first V.
    expect(rules(pupil({ levels: levels(['E4', 'V'], ['M5', 'IV'], ['E5', 'V']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'IV'], ['E5', 'V']) }), off('eerste_laagste'))).toEqual([]);
  });

  it('leaves a pupil at V again alone while verlengde instructie serves them and the growth goes on', () => {
    const atV = { levels: levels(['E4', 'V'], ['M5', 'V'], ['E5', 'V']), instructie: 'verlengd' as const };
    expect(rules(pupil({ ...atV, growthPercentile: 30, growth: 0 }))).toEqual([]);
    expect(rules(pupil({ ...atV, growthPercentile: 10, growth: -2 }))).toEqual([]);
    // Among the lowest tenth of starters at V while the score still rises is not a stall: a pupil who
    // stays at V grows less than the starters at V who were there by one bad test day.
    expect(rules(pupil({ ...atV, growthPercentile: 6, growth: 4 }))).toEqual([]);
    // Stalled: no growth on the scale, and among the lowest tenth of comparable starters (or too few of
    // them to compare).
    expect(signaleer(pupil({ ...atV, growthPercentile: 6, growth: 0 }))).toEqual([
      {
        rule: 'twee_keer_laagste',
        vak: 'rekenen-wiskunde',
        severity: 'high',
        params: {
          previous: { level: 'V', moment: 'M5' },
          current: { level: 'V', moment: 'E5' },
          why: 'stalled',
          instructie: 'verlengd',
          percentile: 6,
        },
      },
    ]);
    expect(rules(pupil({ ...atV, growthPercentile: null, growth: 0 }))).toEqual(['twee_keer_laagste']);
    expect(rules(pupil({ ...atV, growthPercentile: null, growth: 3 }))).toEqual([]);
    expect(rules(pupil({ ...atV, growthPercentile: null, growth: null }))).toEqual([]);
    const stallAt30 = signaleringConfig({ twee_keer_laagste: { stallBelowPercentile: 30 } });
    expect(rules(pupil({ ...atV, growthPercentile: 25, growth: -1 }), stallAt30)).toEqual([
      'twee_keer_laagste',
    ]);
  });

  it('flags a pupil at V again who is not in verlengde instructie, as medium', () => {
    const input = pupil({ levels: levels(['M5', 'E'], ['E5', 'V']), instructie: 'basis' });
    expect(signaleer(input)).toEqual([
      {
        rule: 'twee_keer_laagste',
        vak: 'rekenen-wiskunde',
        severity: 'medium',
        params: {
          previous: { level: 'E', moment: 'M5' },
          current: { level: 'V', moment: 'E5' },
          why: 'not_verlengd',
          instructie: 'basis',
          percentile: 45,
        },
      },
    ]);
    expect(rules(pupil({ levels: levels(['M5', 'V'], ['E5', 'V']), instructie: null }))).toEqual([
      'twee_keer_laagste',
    ]);
    expect(rules(input, off('twee_keer_laagste'))).toEqual([]);
  });

  it('leaves AVI out of the level rules: it is an absolute reading level', () => {
    const avi: LevelAtMoment[] = [
      { moment: 'M4', system: 'AVI', level: 'Start' },
      { moment: 'E4', system: 'AVI', level: 'Start' },
    ];
    expect(rules(pupil({ vak: 'technisch-lezen', levels: avi, instructie: null }))).toEqual([]);
  });

  it('flags growth among the lowest 10 % of comparable starters two intervals in a row', () => {
    expect(signaleer(pupil({ growthPercentile: 6, earlierGrowthPercentile: 8 }))).toEqual([
      {
        rule: 'lage_groei',
        vak: 'rekenen-wiskunde',
        severity: 'medium',
        params: { percentile: 6, earlierPercentile: 8, below: 10 },
      },
    ]);
    expect(rules(pupil({ growthPercentile: 6, earlierGrowthPercentile: 10 }))).toEqual([]);
    expect(rules(pupil({ growthPercentile: 6, earlierGrowthPercentile: null }))).toEqual([]);
    expect(rules(pupil({ growthPercentile: 10, earlierGrowthPercentile: 2 }))).toEqual([]);
    expect(rules(pupil({ growthPercentile: null, earlierGrowthPercentile: 2 }))).toEqual([]);
    const once = signaleringConfig({ lage_groei: { times: 1 } });
    expect(signaleer(pupil({ growthPercentile: 6, earlierGrowthPercentile: null }), once)).toEqual([
      {
        rule: 'lage_groei',
        vak: 'rekenen-wiskunde',
        severity: 'medium',
        params: { percentile: 6, earlierPercentile: null, below: 10 },
      },
    ]);
    const wider = signaleringConfig({ lage_groei: { belowPercentile: 20 } });
    expect(rules(pupil({ growthPercentile: 15, earlierGrowthPercentile: 19 }), wider)).toEqual([
      'lage_groei',
    ]);
    expect(rules(pupil({ growthPercentile: 6, earlierGrowthPercentile: 3 }), off('lage_groei'))).toEqual([]);
  });

  it('flags leerrendement below the OPP expectation, only when there is one, as high', () => {
    expect(signaleer(pupil({ leerrendement: 44, expectedLrv: 60 }))).toEqual([
      {
        rule: 'onder_lrv',
        vak: 'rekenen-wiskunde',
        severity: 'high',
        params: { kind: 'lrv', leerrendement: 44, expected: 60 },
      },
    ]);
    expect(rules(pupil({ leerrendement: 60, expectedLrv: 60 }))).toEqual([]);
    expect(rules(pupil({ leerrendement: 44, expectedLrv: null }))).toEqual([]);
    expect(rules(pupil({ leerrendement: null, expectedLrv: 60 }))).toEqual([]);
    expect(rules(pupil({ leerrendement: 44, expectedLrv: 60 }), off('onder_lrv'))).toEqual([]);
  });

  it('flags a missing result only when the school switches the rule on', () => {
    const missing = pupil({ groupTestedMoments: ['M5', 'e5', 'E5'], resultMoments: ['M5'] });
    expect(signaleer(missing)).toEqual([]);
    const on = signaleringConfig({ ontbrekend_resultaat: { enabled: true } });
    expect(signaleer(missing, on)).toEqual([
      { rule: 'ontbrekend_resultaat', vak: 'rekenen-wiskunde', severity: 'low', params: { moments: ['E5'] } },
    ]);
    expect(rules(pupil({ groupTestedMoments: ['M5'], resultMoments: [' m5 '] }), on)).toEqual([]);
  });

  it('flags a latest welbevinden or werkhouding rated 1 (zorgelijk): the teacher’s concern', () => {
    const obs = [
      { aspect: 'welbevinden' as const, waardering: 3, date: '2025-10-01' },
      { aspect: 'welbevinden' as const, waardering: 1, date: '2026-01-12' },
      { aspect: 'werkhouding' as const, waardering: 1, date: '2025-10-01' },
      { aspect: 'werkhouding' as const, waardering: 3, date: '2026-01-12' },
      { aspect: 'sociaal_gedrag' as const, waardering: 1, date: '2026-01-12' },
      { aspect: 'talent' as const, waardering: null, date: '2026-01-13' },
    ];
    expect(signaleer({ vakken: [], observations: obs })).toEqual([
      {
        rule: 'zorgelijke_observatie',
        vak: null,
        severity: 'medium',
        params: { aspect: 'welbevinden', date: '2026-01-12' },
      },
    ]);
    const withSocial = signaleringConfig({
      zorgelijke_observatie: { aspects: ['welbevinden', 'sociaal_gedrag', 'welbevinden'] },
    });
    expect(rules({ vakken: [], observations: obs }, withSocial)).toEqual([
      'zorgelijke_observatie',
      'zorgelijke_observatie',
    ]);
    expect(rules({ vakken: [], observations: obs }, off('zorgelijke_observatie'))).toEqual([]);
  });

  it('puts the strongest signal first: an OPP shortfall before a first V in another vak', () => {
    const input: PupilSignalInput = {
      vakken: [
        { ...QUIET, vak: 'spelling', levels: levels(['M5', 'IV'], ['E5', 'V']), instructie: 'verlengd' },
        { ...QUIET, vak: 'begrijpend-lezen', leerrendement: 40, expectedLrv: 70 },
      ],
      observations: [],
    };
    expect(signaleer(input).map((s) => [s.rule, s.vak, s.severity])).toEqual([
      ['onder_lrv', 'begrijpend-lezen', 'high'],
      ['eerste_laagste', 'spelling', 'medium'],
    ]);
  });

  it('merges a school’s changes over the defaults, rule by rule', () => {
    const config = signaleringConfig({ niveaudaling: { minLevels: 3 }, onder_lrv: { enabled: false } });
    expect(config.niveaudaling).toEqual({ enabled: true, minLevels: 3 });
    expect(config.onder_lrv).toEqual({ enabled: false });
    expect(config.lage_groei).toEqual({ enabled: true, belowPercentile: 10, times: 2 });
    expect(signaleringConfig({})).toEqual(DEFAULT_SIGNALERING_CONFIG);
  });

  it('switching every rule off silences every signal', () => {
    const allOff = signaleringConfig(
      Object.fromEntries(Object.keys(DEFAULT_SIGNALERING_CONFIG).map((rule) => [rule, { enabled: false }])),
    );
    const allOn = signaleringConfig({ ontbrekend_resultaat: { enabled: true } });
    const worst = pupil(
      {
        levels: levels(['M5', 'II'], ['E5', 'V']),
        growthPercentile: 1,
        earlierGrowthPercentile: 2,
        leerrendement: 10,
        expectedLrv: 90,
        resultMoments: [],
      },
      [{ aspect: 'welbevinden', waardering: 1, date: '2026-01-12' }],
    );
    expect(rules(worst, allOn).sort()).toEqual([
      'eerste_laagste',
      'lage_groei',
      'niveaudaling',
      'onder_lrv',
      'ontbrekend_resultaat',
      'zorgelijke_observatie',
    ]);
    expect(signaleer(worst, allOff)).toEqual([]);
  });
});

describe('ordering by strength', () => {
  const s = (severity: 'high' | 'medium' | 'low', id: number) => ({ severity, id });
  it('sorts high before medium before low and keeps the order within a severity', () => {
    expect(byStrength([s('low', 1), s('medium', 2), s('high', 3), s('medium', 4)]).map((x) => x.id)).toEqual([
      3, 2, 4, 1,
    ]);
  });
  it('ranks pupils by their high signals, then medium, then low', () => {
    expect(compareStrength([s('high', 1)], [s('medium', 1), s('medium', 2)])).toBeLessThan(0);
    expect(compareStrength([s('medium', 1)], [s('medium', 1), s('low', 2)])).toBeGreaterThan(0);
    expect(compareStrength([], [])).toBe(0);
  });
});

describe('signaleer: properties', () => {
  const allLevels = LEVEL_SYSTEMS.flatMap((system) =>
    levelsOf(system).map((level) => ({ system, level: level as Level })),
  );
  const levelAt = fc
    .record({ moment: anyString, pair: fc.constantFrom(...allLevels) })
    .map(({ moment, pair }) => ({ moment, ...pair }));
  const maybeNumber = fc.option(anyNumber, { nil: null });
  const percentile = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
  const vak = (numbers: fc.Arbitrary<number | null>) =>
    fc.record({
      vak: fc.constantFrom(...VAKKEN),
      levels: fc.array(levelAt, { maxLength: 4 }),
      growthPercentile: numbers,
      earlierGrowthPercentile: numbers,
      growth: maybeNumber,
      instructie: fc.constantFrom('verkort' as const, 'basis' as const, 'verlengd' as const, null),
      leerrendement: maybeNumber,
      expectedLrv: maybeNumber,
      groupTestedMoments: fc.array(anyString, { maxLength: 3 }),
      resultMoments: fc.array(anyString, { maxLength: 3 }),
    });
  const observation = fc.record({
    aspect: fc.constantFrom(...OBSERVATIE_ASPECTEN),
    waardering: maybeNumber,
    date: anyString,
  });
  const config: fc.Arbitrary<SignaleringConfig> = fc.record({
    niveaudaling: fc.record({ enabled: fc.boolean(), minLevels: anyNumber }),
    eerste_laagste: fc.record({ enabled: fc.boolean() }),
    twee_keer_laagste: fc.record({ enabled: fc.boolean(), stallBelowPercentile: anyNumber }),
    lage_groei: fc.record({ enabled: fc.boolean(), belowPercentile: anyNumber, times: anyNumber }),
    onder_lrv: fc.record({ enabled: fc.boolean() }),
    ontbrekend_resultaat: fc.record({ enabled: fc.boolean() }),
    seo: fc.record({ enabled: fc.boolean(), rules: fc.array(anyString, { maxLength: 2 }) }),
    zorgelijke_observatie: fc.record({
      enabled: fc.boolean(),
      aspects: fc.subarray([...OBSERVATIE_ASPECTEN]),
    }),
  });
  const RANK = { high: 0, medium: 1, low: 2 };

  it('is total on any prepared data and config: enabled rules only, strongest first, no NaN', () => {
    fc.assert(
      fc.property(
        fc.array(vak(maybeNumber), { maxLength: 4 }),
        fc.array(observation, { maxLength: 5 }),
        config,
        (vakken, observations, cfg) => {
          const signals = signaleer({ vakken, observations }, cfg);
          expect(containsNaN(signals)).toBe(false);
          for (const s of signals) expect(cfg[s.rule].enabled).toBe(true);
          const ranks = signals.map((s) => RANK[s.severity]);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        },
      ),
    );
  });

  it('gives a vak at most one signal per rule, never both a first V and V again', () => {
    fc.assert(
      fc.property(vak(percentile), (v) => {
        const signals = signaleer({ vakken: [v], observations: [] });
        const ruleList = signals.map((s) => s.rule);
        expect(new Set(ruleList).size).toBe(ruleList.length);
        expect(ruleList.includes('eerste_laagste') && ruleList.includes('twee_keer_laagste')).toBe(false);
        for (const s of signals) expect(s.vak).toBe(v.vak);
      }),
    );
  });

  it('never signals a pupil at V again in verlengde instructie whose growth percentile is at or above the stall line', () => {
    fc.assert(
      fc.property(vak(percentile), fc.double({ min: 10, max: 100, noNaN: true }), (v, p) => {
        const served = { ...v, instructie: 'verlengd' as const, growthPercentile: p };
        expect(rules({ vakken: [served], observations: [] })).not.toContain('twee_keer_laagste');
      }),
    );
  });

  it('flags the same or more when a threshold is loosened', () => {
    fc.assert(
      fc.property(
        vak(percentile),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 50 }),
        (v, n, p) => {
          const input = { vakken: [v], observations: [] };
          const count = (cfg: SignaleringConfig, rule: SignaleringRuleId) =>
            rules(input, cfg).filter((r) => r === rule).length;
          const strict = signaleringConfig({
            niveaudaling: { minLevels: n + 1 },
            lage_groei: { belowPercentile: p },
          });
          const loose = signaleringConfig({
            niveaudaling: { minLevels: n },
            lage_groei: { belowPercentile: p + 5, times: 1 },
          });
          expect(count(loose, 'niveaudaling')).toBeGreaterThanOrEqual(count(strict, 'niveaudaling'));
          expect(count(loose, 'lage_groei')).toBeGreaterThanOrEqual(count(strict, 'lage_groei'));
        },
      ),
    );
  });
});
