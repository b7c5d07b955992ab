import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVEL_SYSTEMS, levelsOf, type Level, type LevelSystem } from './levels';
import { levelFromNorms, NORM_SYSTEMS } from './norms';
import {
  DEFAULT_PLACEMENT_MAPPING,
  effectivePlacement,
  INSTRUCTIES,
  instructieRank,
  movement,
  schoolPlacementMapping,
  suggestPlacement,
  type Instructie,
  type PlacementMapping,
} from './placement';
import { anyString, containsNaN, validNormRow } from './test-support';

const CONTEXT = { moment: 'M5', vakLabel: 'rekenen-wiskunde' };

describe('suggestPlacement', () => {
  it('uses the default mapping for A–E, I–V and REF', () => {
    const placed = (system: LevelSystem) =>
      levelsOf(system).map(
        (level) => suggestPlacement(level, system, DEFAULT_PLACEMENT_MAPPING, CONTEXT)?.instructie,
      );
    expect(placed('A-E')).toEqual(['verkort', 'verkort', 'basis', 'verlengd', 'verlengd']);
    expect(placed('I-V')).toEqual(['verkort', 'verkort', 'verkort', 'basis', 'basis', 'verlengd']);
    expect(placed('REF')).toEqual(['verkort', 'basis', 'verlengd']);
  });

  it('gives a Dutch reason with level, moment and vak', () => {
    expect(suggestPlacement('II', 'I-V', DEFAULT_PLACEMENT_MAPPING, CONTEXT)).toEqual({
      instructie: 'verkort',
      reason: 'II op M5 rekenen-wiskunde',
    });
    expect(
      suggestPlacement('C', 'A-E', DEFAULT_PLACEMENT_MAPPING, { moment: ' ', vakLabel: 'spelling' })?.reason,
    ).toBe('C spelling');
  });

  it('has no default for AVI and no suggestion for a level outside its system', () => {
    for (const level of levelsOf('AVI'))
      expect(suggestPlacement(level, 'AVI', DEFAULT_PLACEMENT_MAPPING, CONTEXT)).toBeNull();
    expect(suggestPlacement('A', 'I-V', DEFAULT_PLACEMENT_MAPPING, CONTEXT)).toBeNull();
  });

  it('follows the school’s own mapping on top of the defaults', () => {
    const mapping = schoolPlacementMapping({ II: 'basis', M5: 'basis' });
    expect(suggestPlacement('II', 'I-V', mapping, CONTEXT)?.instructie).toBe('basis');
    expect(suggestPlacement('I', 'I-V', mapping, CONTEXT)?.instructie).toBe('verkort');
    expect(suggestPlacement('M5', 'AVI', mapping, CONTEXT)?.instructie).toBe('basis');
    expect(suggestPlacement('II', 'I-V', {}, CONTEXT)).toBeNull();
  });

  it('is monotone in the score via levels from any valid norm table (default and any monotone mapping)', () => {
    // A monotone mapping: two cut positions along best → worst split levels into the three groups.
    const monotoneMapping = fc.tuple(fc.nat(7), fc.nat(7)).map(([a, b]): PlacementMapping => {
      const [first, second] = a <= b ? [a, b] : [b, a];
      const mapping: PlacementMapping = {};
      for (const system of NORM_SYSTEMS) {
        levelsOf(system).forEach((level, i) => {
          mapping[level] = i < first ? 'verkort' : i < second ? 'basis' : 'verlengd';
        });
      }
      return mapping;
    });
    fc.assert(
      fc.property(
        fc
          .constantFrom(...NORM_SYSTEMS)
          .chain((system) => fc.tuple(fc.constant(system), validNormRow(system))),
        fc.oneof(fc.constant(DEFAULT_PLACEMENT_MAPPING), monotoneMapping),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        ([system, row], mapping, a, b) => {
          const place = (score: number) => {
            const level = levelFromNorms(score, row, system);
            if (level === null) throw new Error('a valid table gives every finite score a level');
            const suggestion = suggestPlacement(level, system, mapping, CONTEXT);
            if (suggestion === null) throw new Error('every norm level has a placement');
            return instructieRank(suggestion.instructie);
          };
          expect(place(Math.max(a, b))).toBeGreaterThanOrEqual(place(Math.min(a, b)));
        },
      ),
    );
  });

  it('is total on any level, system, mapping and context', () => {
    const allLevels = LEVEL_SYSTEMS.flatMap((s) => [...levelsOf(s)] as Level[]);
    const anyMapping = fc.dictionary(
      fc.constantFrom(...allLevels),
      fc.constantFrom(...INSTRUCTIES),
    ) as fc.Arbitrary<PlacementMapping>;
    fc.assert(
      fc.property(
        fc.constantFrom(...allLevels),
        fc.constantFrom(...LEVEL_SYSTEMS),
        anyMapping,
        anyString,
        anyString,
        (level, system, mapping, moment, vakLabel) => {
          const s = suggestPlacement(level, system, mapping, { moment, vakLabel });
          expect(containsNaN(s)).toBe(false);
          if (s) expect(s.reason.startsWith(level)).toBe(true);
        },
      ),
    );
  });
});

describe('effectivePlacement', () => {
  const suggestion = { instructie: 'basis' as const, reason: 'III op M5 spelling' };

  it('keeps the suggestion when there is no override', () => {
    expect(effectivePlacement(suggestion)).toEqual({ source: 'suggestie', ...suggestion });
    expect(effectivePlacement(suggestion, null)).toEqual({ source: 'suggestie', ...suggestion });
    expect(effectivePlacement(null)).toBeNull();
  });

  it('is total on any suggestion and override', () => {
    const anySuggestion = fc.option(
      fc.record({ instructie: fc.constantFrom<Instructie>(...INSTRUCTIES), reason: anyString }),
      { nil: null },
    );
    const anyOverride = fc.option(
      fc.record({
        instructie: fc.constantFrom<Instructie>(...INSTRUCTIES),
        reason: anyString,
        author: anyString,
        at: anyString,
      }),
      { nil: undefined },
    );
    fc.assert(
      fc.property(anySuggestion, anyOverride, (suggestion, override) => {
        const placed = effectivePlacement(suggestion, override);
        expect(placed?.instructie).toBe(override?.instructie ?? suggestion?.instructie);
        expect(containsNaN(placed)).toBe(false);
      }),
    );
    for (const instructie of INSTRUCTIES) expect(Number.isInteger(instructieRank(instructie))).toBe(true);
    expect(schoolPlacementMapping({})).toEqual(DEFAULT_PLACEMENT_MAPPING);
  });

  it('lets the teacher’s override win, with its reason, author and date', () => {
    const override = {
      instructie: 'verlengd' as const,
      reason: 'Werkhouding: komt niet tot werken zonder extra begeleiding',
      author: 'J. de Vries',
      at: '2026-02-03',
    };
    expect(effectivePlacement(suggestion, override)).toEqual({ source: 'leerkracht', ...override });
    expect(effectivePlacement(null, override)).toEqual({ source: 'leerkracht', ...override });
  });
});

describe('movement', () => {
  it('calls a move toward verkort omhoog', () => {
    expect(movement('basis', 'verkort')).toBe('omhoog');
    expect(movement('verlengd', 'basis')).toBe('omhoog');
    expect(movement('verkort', 'verlengd')).toBe('omlaag');
    expect(movement('basis', 'basis')).toBe('gelijk');
    expect(movement(null, 'basis')).toBeNull();
    expect(movement('basis', null)).toBeNull();
  });

  it('is antisymmetric and total', () => {
    const anyInstructie = fc.option(fc.constantFrom<Instructie>(...INSTRUCTIES), { nil: null });
    const opposite = { omhoog: 'omlaag', omlaag: 'omhoog', gelijk: 'gelijk' } as const;
    fc.assert(
      fc.property(anyInstructie, anyInstructie, (a, b) => {
        const there = movement(a, b);
        const back = movement(b, a);
        expect(back).toBe(there === null ? null : opposite[there]);
      }),
    );
  });
});
