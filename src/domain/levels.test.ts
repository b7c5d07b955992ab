import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareLevels,
  isLevelOf,
  isLowestLevel,
  LEVEL_SYSTEMS,
  levelRank,
  levelsDropped,
  levelsOf,
  parseLevel,
  systemOfLevel,
  type Level,
  type LevelSystem,
} from './levels';
import { anyString, containsNaN } from './test-support';

const ALL_LEVELS: Level[] = LEVEL_SYSTEMS.flatMap((s) => [...levelsOf(s)]);
const anySystem = fc.constantFrom(...LEVEL_SYSTEMS);
const anyLevel = fc.constantFrom(...ALL_LEVELS);
const systemAndLevel = anySystem.chain((system) =>
  fc.tuple(fc.constant(system), fc.constantFrom(...(levelsOf(system) as Level[]))),
);

describe('parseLevel', () => {
  it('reads what LVS exports write', () => {
    const cases: [string, LevelSystem, Level][] = [
      ['I+', 'I-V', 'I+'],
      ['i', 'I-V', 'I'],
      ['III ', 'I-V', 'III'],
      ['Niveau II', 'I-V', 'II'],
      ['niveau iv', 'I-V', 'IV'],
      ['IV*', 'I-V', 'IV'],
      ['i +', 'I-V', 'I+'],
      ['V', 'I-V', 'V'],
      ['A', 'A-E', 'A'],
      ['e', 'A-E', 'E'],
      ['C*', 'A-E', 'C'],
      ['AVI E4', 'AVI', 'E4'],
      ['E4', 'AVI', 'E4'],
      ['avi-m3', 'AVI', 'M3'],
      ['AVI Start', 'AVI', 'Start'],
      ['plus', 'AVI', 'Plus'],
      ['<1F', 'REF', '<1F'],
      ['1f', 'REF', '1F'],
      ['2F', 'REF', '2F/1S'],
      ['1S', 'REF', '2F/1S'],
      ['2F/1S', 'REF', '2F/1S'],
    ];
    for (const [raw, system, level] of cases) {
      expect(parseLevel(raw), raw).toEqual({ ok: true, system, level });
      expect(parseLevel(raw, system), `${raw} as ${system}`).toEqual({ ok: true, system, level });
    }
  });

  it('tells E4 (AVI) from E (A–E) without a system', () => {
    expect(parseLevel('E4')).toMatchObject({ ok: true, system: 'AVI' });
    expect(parseLevel('E')).toMatchObject({ ok: true, system: 'A-E' });
  });

  it('rejects what is no level, with a Dutch reason', () => {
    const vi = parseLevel('VI');
    const f = parseLevel('F');
    const empty = parseLevel('');
    const three = parseLevel('3');
    expect(vi).toEqual({ ok: false, reason: expect.stringMatching(/'VI' is geen bekend niveau/) });
    expect(f).toEqual({ ok: false, reason: expect.stringMatching(/'F' is geen bekend niveau/) });
    expect(empty).toEqual({ ok: false, reason: 'Geen niveau ingevuld.' });
    expect(three).toEqual({ ok: false, reason: expect.stringMatching(/'3' is een getal, geen niveau/) });
    expect(parseLevel('  *  ')).toEqual({ ok: false, reason: 'Geen niveau ingevuld.' });
    for (const odd of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(parseLevel(odd).ok).toBe(false);
  });

  it('refuses a level of another system and says which system it looks like', () => {
    const result = parseLevel('A', 'I-V');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.reason).toBe(
        "'A' is geen niveau van I–V (Cito); verwacht een van: I+, I, II, III, IV, V. Het lijkt een niveau van A–E (Cito, oud).",
      );
    expect(parseLevel('E', 'AVI').ok).toBe(false);
    expect(parseLevel('E4', 'A-E').ok).toBe(false);
  });

  it('reads every level back in any case, with "niveau", spaces and an asterisk', () => {
    fc.assert(
      fc.property(systemAndLevel, fc.boolean(), fc.boolean(), (pair, lower, star) => {
        const [system, level] = pair;
        let raw: string = lower ? level.toLowerCase() : level;
        if (system === 'I-V' || system === 'A-E') raw = `Niveau ${raw}`;
        if (star) raw = `${raw}*`;
        expect(parseLevel(` ${raw} `, system)).toEqual({ ok: true, system, level });
        expect(parseLevel(raw)).toEqual({ ok: true, system, level });
      }),
    );
  });

  it('is total: any string, any system, never a throw, always a reason on refusal', () => {
    fc.assert(
      fc.property(anyString, fc.option(anySystem, { nil: undefined }), (raw, system) => {
        const result = parseLevel(raw, system);
        if (result.ok) {
          expect(isLevelOf(result.system, result.level)).toBe(true);
          if (system) expect(result.system).toBe(system);
        } else expect(result.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('ranks and comparisons', () => {
  it('orders levels best → worst, with I+ above I', () => {
    expect(levelsOf('I-V')).toEqual(['I+', 'I', 'II', 'III', 'IV', 'V']);
    expect(levelsOf('A-E')).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(levelsOf('REF')).toEqual(['2F/1S', '1F', '<1F']);
    expect(levelsOf('AVI')[0]).toBe('Plus');
    expect(levelsOf('AVI').at(-1)).toBe('Start');
    expect(levelRank('I-V', 'I+')).toBe(5);
    expect(levelRank('I-V', 'I')).toBe(4);
    expect(levelRank('I-V', 'V')).toBe(0);
    expect(levelRank('AVI', 'E4')).toBeGreaterThan(levelRank('AVI', 'M4') ?? Infinity);
    expect(levelRank('I-V', 'A')).toBeNull();
  });

  it('knows the lowest level of each system', () => {
    expect(
      ['V', 'E', '<1F', 'Start'].every((l) => isLowestLevel(systemOfLevel(l) ?? 'AVI', l as Level)),
    ).toBe(true);
    expect(isLowestLevel('I-V', 'IV')).toBe(false);
    expect(isLowestLevel('I-V', 'E')).toBe(false);
  });

  it('counts drops, with I+ counting as I and rises as 0', () => {
    expect(levelsDropped('II', 'IV', 'I-V')).toBe(2);
    expect(levelsDropped('I+', 'II', 'I-V')).toBe(1);
    expect(levelsDropped('I+', 'I', 'I-V')).toBe(0);
    expect(levelsDropped('I', 'I+', 'I-V')).toBe(0);
    expect(levelsDropped('IV', 'II', 'I-V')).toBe(0);
    expect(levelsDropped('A', 'D', 'A-E')).toBe(3);
    expect(levelsDropped('2F/1S', '<1F', 'REF')).toBe(2);
    expect(levelsDropped('A', 'II', 'I-V')).toBeNull();
  });

  it('compares levels in the direction of their rank', () => {
    expect(compareLevels('I-V', 'II', 'III')).toBe(1);
    expect(compareLevels('A-E', 'E', 'D')).toBe(-1);
    expect(compareLevels('REF', '1F', '1F')).toBe(0);
    expect(compareLevels('REF', '1F', 'C')).toBeNull();
  });

  it('ranks agree with levelsOf and comparisons are antisymmetric', () => {
    fc.assert(
      fc.property(anySystem, fc.nat(), fc.nat(), (system, i, j) => {
        const levels = levelsOf(system);
        const a = levels[i % levels.length] as Level;
        const b = levels[j % levels.length] as Level;
        expect(compareLevels(system, a, b)).toBe(Math.sign((j % levels.length) - (i % levels.length)) || 0);
        expect(compareLevels(system, b, a)).toBe(-(compareLevels(system, a, b) ?? 0) || 0);
      }),
    );
  });

  it('offers no way to average levels: a group is described by scores and shares', async () => {
    const exported = Object.keys(await import('./levels'));
    expect(exported.length).toBeGreaterThan(5);
    expect(exported.filter((name) => /aver|mean|gemiddeld|avg/i.test(name))).toEqual([]);
  });

  it('every level belongs to exactly one system', () => {
    for (const level of ALL_LEVELS) expect(LEVEL_SYSTEMS.filter((s) => isLevelOf(s, level))).toHaveLength(1);
  });

  it('is total on any system and level, matching or not', () => {
    fc.assert(
      fc.property(anySystem, anyLevel, anyLevel, (system, a, b) => {
        const out = [
          levelRank(system, a),
          compareLevels(system, a, b),
          isLowestLevel(system, a),
          levelsDropped(a, b, system),
          systemOfLevel(a),
        ];
        expect(containsNaN(out)).toBe(false);
        const dropped = levelsDropped(a, b, system);
        if (dropped !== null) expect(dropped).toBeGreaterThanOrEqual(0);
      }),
    );
    fc.assert(
      fc.property(anyString, (s) => {
        const system = systemOfLevel(s);
        if (system !== null) expect(isLevelOf(system, s)).toBe(true);
      }),
    );
  });
});
