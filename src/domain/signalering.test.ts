import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OBSERVATIE_ASPECTEN } from '../shared/observations';
import { VAKKEN } from '../shared/vakken';
import { LEVEL_SYSTEMS, levelsOf, type Level } from './levels';
import {
  DEFAULT_SIGNALERING_CONFIG,
  signaleer,
  signaleringConfig,
  type LevelAtMoment,
  type PupilSignalInput,
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

describe('signaleer', () => {
  it('gives no signal for a pupil who is doing as expected', () => {
    expect(signaleer(pupil({}))).toEqual([]);
  });

  it('flags a drop of two or more levels since the previous moment, with a Dutch reason', () => {
    expect(signaleer(pupil({ levels: levels(['M5', 'II'], ['E5', 'IV']) }))).toEqual([
      {
        rule: 'niveaudaling',
        vak: 'rekenen-wiskunde',
        reason: 'Rekenen-wiskunde: van II (M5) naar IV (E5), 2 niveaus gedaald.',
      },
    ]);
    expect(rules(pupil({ levels: levels(['M5', 'I+'], ['E5', 'III']) }))).toEqual(['niveaudaling']);
    expect(rules(pupil({ levels: levels(['M5', 'I+'], ['E5', 'II']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'II'], ['E5', 'III']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['E4', 'II'], ['M5', 'IV'], ['E5', 'IV']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'A'], ['E5', 'IV']) }))).toEqual([]);
    expect(
      rules(
        pupil({ levels: levels(['M5', 'II'], ['E5', 'III']) }),
        signaleringConfig({ niveaudaling: { minLevels: 1 } }),
      ),
    ).toEqual(['niveaudaling']);
    expect(rules(pupil({ levels: levels(['M5', 'II'], ['E5', 'IV']) }), off('niveaudaling'))).toEqual([]);
  });

  it('flags the lowest level twice in a row, also across A–E and I–V', () => {
    expect(signaleer(pupil({ vak: 'spelling', levels: levels(['M5', 'V'], ['E5', 'V']) }))).toEqual([
      {
        rule: 'twee_keer_laagste',
        vak: 'spelling',
        reason: 'Spelling: twee keer achter elkaar het laagste niveau (V op M5, V op E5).',
      },
    ]);
    expect(rules(pupil({ levels: levels(['M5', 'E'], ['E5', 'V']) }))).toEqual(['twee_keer_laagste']);
    expect(rules(pupil({ levels: levels(['E5', 'V']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'V'], ['E5', 'IV']) }))).toEqual([]);
    expect(rules(pupil({ levels: levels(['M5', 'V'], ['E5', 'V']) }), off('twee_keer_laagste'))).toEqual([]);
  });

  it('leaves AVI out of the level rules: it is an absolute reading level', () => {
    const avi: LevelAtMoment[] = [
      { moment: 'M4', system: 'AVI', level: 'Start' },
      { moment: 'E4', system: 'AVI', level: 'Start' },
    ];
    expect(rules(pupil({ vak: 'technisch-lezen', levels: avi }))).toEqual([]);
  });

  it('flags growth among the lowest 10 % of comparable starters', () => {
    expect(signaleer(pupil({ growthPercentile: 6 }))).toEqual([
      {
        rule: 'lage_groei',
        vak: 'rekenen-wiskunde',
        reason:
          'Rekenen-wiskunde: leerwinst bij de laagste 10 % van leerlingen met dezelfde start (percentiel 6).',
      },
    ]);
    expect(rules(pupil({ growthPercentile: 10 }))).toEqual([]);
    expect(rules(pupil({ growthPercentile: null }))).toEqual([]);
    expect(
      rules(pupil({ growthPercentile: 15 }), signaleringConfig({ lage_groei: { belowPercentile: 20 } })),
    ).toEqual(['lage_groei']);
    expect(rules(pupil({ growthPercentile: 6 }), off('lage_groei'))).toEqual([]);
  });

  it('flags leerrendement below the OPP expectation, only when there is one', () => {
    expect(signaleer(pupil({ leerrendement: 44, expectedLrv: 60 }))).toEqual([
      {
        rule: 'onder_lrv',
        vak: 'rekenen-wiskunde',
        reason: 'Rekenen-wiskunde: leerrendement 44 % ligt onder de verwachting uit het OPP (60 %).',
      },
    ]);
    expect(rules(pupil({ leerrendement: 60, expectedLrv: 60 }))).toEqual([]);
    expect(rules(pupil({ leerrendement: 44, expectedLrv: null }))).toEqual([]);
    expect(rules(pupil({ leerrendement: null, expectedLrv: 60 }))).toEqual([]);
    expect(rules(pupil({ leerrendement: 44, expectedLrv: 60 }), off('onder_lrv'))).toEqual([]);
  });

  it('flags a missing result at a moment the group was tested', () => {
    expect(signaleer(pupil({ groupTestedMoments: ['M5', 'e5', 'E5'], resultMoments: ['M5'] }))).toEqual([
      {
        rule: 'ontbrekend_resultaat',
        vak: 'rekenen-wiskunde',
        reason: 'Rekenen-wiskunde: geen resultaat op E5, terwijl de groep toen getoetst is.',
      },
    ]);
    expect(rules(pupil({ groupTestedMoments: ['M5'], resultMoments: [' m5 '] }))).toEqual([]);
    expect(
      rules(pupil({ groupTestedMoments: ['M5'], resultMoments: [] }), off('ontbrekend_resultaat')),
    ).toEqual([]);
  });

  it('flags a latest welbevinden or werkhouding rated 1 (zorgelijk)', () => {
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
        reason: 'Welbevinden: de laatste observatie (2026-01-12) is zorgelijk.',
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

  it('merges a school’s changes over the defaults, rule by rule', () => {
    const config = signaleringConfig({ niveaudaling: { minLevels: 3 }, onder_lrv: { enabled: false } });
    expect(config.niveaudaling).toEqual({ enabled: true, minLevels: 3 });
    expect(config.onder_lrv).toEqual({ enabled: false });
    expect(config.lage_groei).toEqual(DEFAULT_SIGNALERING_CONFIG.lage_groei);
    expect(signaleringConfig({})).toEqual(DEFAULT_SIGNALERING_CONFIG);
  });

  it('switching every rule off silences every signal', () => {
    const allOff = signaleringConfig(
      Object.fromEntries(Object.keys(DEFAULT_SIGNALERING_CONFIG).map((rule) => [rule, { enabled: false }])),
    );
    const worst = pupil(
      {
        levels: levels(['M5', 'II'], ['E5', 'V']),
        growthPercentile: 1,
        leerrendement: 10,
        expectedLrv: 90,
        resultMoments: [],
      },
      [{ aspect: 'welbevinden', waardering: 1, date: '2026-01-12' }],
    );
    expect(rules(worst).sort()).toEqual([
      'lage_groei',
      'niveaudaling',
      'onder_lrv',
      'ontbrekend_resultaat',
      'zorgelijke_observatie',
    ]);
    expect(signaleer(worst, allOff)).toEqual([]);
  });

  it('is total on any prepared data and any config', () => {
    const allLevels = LEVEL_SYSTEMS.flatMap((system) =>
      levelsOf(system).map((level) => ({ system, level: level as Level })),
    );
    const levelAt = fc
      .record({ moment: anyString, pair: fc.constantFrom(...allLevels) })
      .map(({ moment, pair }) => ({ moment, ...pair }));
    const maybeNumber = fc.option(anyNumber, { nil: null });
    const vak = fc.record({
      vak: fc.constantFrom(...VAKKEN),
      levels: fc.array(levelAt, { maxLength: 4 }),
      growthPercentile: maybeNumber,
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
    const config = fc.record({
      niveaudaling: fc.record({ enabled: fc.boolean(), minLevels: anyNumber }),
      twee_keer_laagste: fc.record({ enabled: fc.boolean() }),
      lage_groei: fc.record({ enabled: fc.boolean(), belowPercentile: anyNumber }),
      onder_lrv: fc.record({ enabled: fc.boolean() }),
      ontbrekend_resultaat: fc.record({ enabled: fc.boolean() }),
      zorgelijke_observatie: fc.record({
        enabled: fc.boolean(),
        aspects: fc.subarray([...OBSERVATIE_ASPECTEN]),
      }),
    });
    fc.assert(
      fc.property(
        fc.array(vak, { maxLength: 4 }),
        fc.array(observation, { maxLength: 5 }),
        config,
        (vakken, observations, cfg) => {
          const signals = signaleer({ vakken, observations }, cfg);
          expect(containsNaN(signals)).toBe(false);
          for (const s of signals) {
            expect(s.reason.length).toBeGreaterThan(0);
            expect(cfg[s.rule].enabled).toBe(true);
          }
        },
      ),
    );
  });
});
