import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVE_OPP_STATUSES,
  allowedSteps,
  belowAviSignal,
  belowExpectedAvi,
  expectedDle,
  expectedLine,
  leerrendementSince,
  oppTerms,
  scoreForDle,
} from './opp';

describe('the expected line of an OPP', () => {
  it('adds LRV % of each month of education to the baseline DLE', () => {
    // Baseline M5: DL 25, DLE 18. LRV 60 %: at E5 (DL 30) 18 + 0.6 × 5 = 21; at E8 (DL 60) 18 + 0.6 × 35 = 39.
    expect(expectedDle({ dl: 25, dle: 18 }, 60, 30)).toBe(21);
    expect(expectedDle({ dl: 25, dle: 18 }, 60, 60)).toBe(39);
  });

  it('draws one point per coming moment up to E8, none before the baseline', () => {
    const line = expectedLine({ dl: 25, dle: 18 }, 60);
    expect(line.map((p) => p.moment)).toEqual(['E5', 'M6', 'E6', 'M7', 'E7', 'M8', 'E8']);
    expect(line.map((p) => p.dle)).toEqual([21, 24, 27, 30, 33, 36, 39]);
  });

  it('never falls: a line with a non-negative LRV rises or stays level', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 55 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 150 }),
        (dl, dle, lrv) => {
          const line = expectedLine({ dl, dle }, lrv);
          return line.every((p, i) => i === 0 || p.dle >= (line[i - 1]?.dle ?? -Infinity));
        },
      ),
    );
  });

  it('has no expectation before the baseline, nor for a negative LRV', () => {
    expect(expectedDle({ dl: 25, dle: 18 }, 60, 20)).toBeNull();
    expect(expectedDle({ dl: 25, dle: 18 }, -10, 30)).toBeNull();
  });
});

describe('the score that keeps a pupil on the line', () => {
  const table = [
    { minScore: 100, dle: 10 },
    { minScore: 120, dle: 15 },
    { minScore: 140, dle: 20 },
    { minScore: 160, dle: 25 },
  ];
  it('is the lowest score whose DLE reaches the expected DLE', () => {
    expect(scoreForDle(table, 15)).toBe(120);
    expect(scoreForDle(table, 16)).toBe(140);
  });
  it('is unknown above the table or without one', () => {
    expect(scoreForDle(table, 26)).toBeNull();
    expect(scoreForDle(null, 10)).toBeNull();
  });
});

describe('leerrendement since the baseline', () => {
  it('is DLE gained per month of education since, as a percentage', () => {
    // From DL 25 / DLE 18 to DL 35 / DLE 23: 5 months gained in 10 → 50 %.
    expect(leerrendementSince({ dl: 25, dle: 18 }, { dl: 35, dle: 23 })).toBe(50);
  });
  it('is unknown when no time has passed or a value is missing', () => {
    expect(leerrendementSince({ dl: 25, dle: 18 }, { dl: 25, dle: 20 })).toBeNull();
    expect(leerrendementSince({ dl: 25, dle: 18 }, { dl: 30, dle: null })).toBeNull();
  });
  it('equals the LRV for a pupil exactly on the expected line', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 150 }),
        (dl, extra, lrv) => {
          const baseline = { dl, dle: 10 };
          const later = dl + extra * 5;
          const dle = 10 + (lrv / 100) * (later - dl);
          return leerrendementSince(baseline, { dl: later, dle }) === Math.round(lrv);
        },
      ),
    );
  });
});

describe('AVI expectations', () => {
  const expected = [
    { moment: 'M5', level: 'E4' as const },
    { moment: 'E5', level: 'M5' as const },
  ];
  it('flags a reading level below the one expected at that moment', () => {
    expect(belowExpectedAvi(expected, { moment: 'E5', level: 'E4' })).toEqual({ expected: 'M5' });
  });
  it('does not flag a level at or above it, nor a moment without an expectation', () => {
    expect(belowExpectedAvi(expected, { moment: 'E5', level: 'M5' })).toBeNull();
    expect(belowExpectedAvi(expected, { moment: 'M5', level: 'M6' })).toBeNull();
    expect(belowExpectedAvi(expected, { moment: 'M6', level: 'Start' })).toBeNull();
  });
});

describe('the AVI signal of an OPP', () => {
  // Start … Plus, lowest first: written out here rather than taken from levels.ts.
  const ORDER = ['Start', 'M3', 'E3', 'M4', 'E4', 'M5', 'E5', 'M6', 'E6', 'M7', 'E7', 'Plus'] as const;
  it('names the vak, the level read and the level expected', () => {
    expect(belowAviSignal('technisch-lezen', { moment: 'M5', level: 'M4' }, 'E4')).toEqual({
      rule: 'onder_lrv',
      vak: 'technisch-lezen',
      severity: 'high',
      params: { kind: 'avi', level: 'M4', moment: 'M5', expected: 'E4' },
    });
  });
  it('flags exactly the levels below the expected one at that moment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORDER), fc.constantFrom(...ORDER), (expected, actual) => {
        const below = belowExpectedAvi([{ moment: 'E5', level: expected }], { moment: 'e5', level: actual });
        return (below !== null) === ORDER.indexOf(actual) < ORDER.indexOf(expected);
      }),
    );
  });
  it('counts vastgesteld, geëvalueerd and bijgesteld OPPs as in force, not a concept or an ended one', () => {
    expect([...ACTIVE_OPP_STATUSES].sort()).toEqual(['bijgesteld', 'geevalueerd', 'vastgesteld']);
  });
});

describe('the terms of an OPP', () => {
  const base = {
    status: 'concept' as const,
    decidedOn: '2026-10-01',
    vastgesteldOn: null,
    lastEvaluationWithParentsOn: null,
    termWeeks: 6,
  };
  it('gives a concept six weeks from the decision for its vaststelling', () => {
    // 1 October + 42 days = 12 November.
    expect(oppTerms(base, '2026-10-20').vaststelling).toEqual({
      due: '2026-11-12',
      overdue: false,
      soon: false,
    });
    expect(oppTerms(base, '2026-11-01').vaststelling?.soon).toBe(true);
    expect(oppTerms(base, '2026-11-13').vaststelling?.overdue).toBe(true);
  });

  it('asks for an evaluation with the verzorgers a year after the vaststelling or the last one', () => {
    const vastgesteld = { ...base, status: 'vastgesteld' as const, vastgesteldOn: '2025-11-01' };
    expect(oppTerms(vastgesteld, '2026-11-02')).toEqual({
      vaststelling: null,
      evaluatie: { due: '2026-11-01', overdue: true, soon: false },
    });
    const evaluated = { ...vastgesteld, lastEvaluationWithParentsOn: '2026-06-15' };
    expect(oppTerms(evaluated, '2026-11-02').evaluatie).toEqual({
      due: '2027-06-15',
      overdue: false,
      soon: false,
    });
  });

  it('has no terms once ended', () => {
    expect(oppTerms({ ...base, status: 'beeindigd' }, '2030-01-01')).toEqual({
      vaststelling: null,
      evaluatie: null,
    });
  });
});

describe('the steps of an OPP', () => {
  it('locks vastgesteld content: it can be evaluated or adjusted, not edited', () => {
    expect(allowedSteps('vastgesteld')).not.toContain('wijzigen');
    expect(allowedSteps('vastgesteld')).toContain('bijstellen');
    expect(allowedSteps('bijgesteld')).toContain('vaststellen');
    expect(allowedSteps('beeindigd')).toEqual([]);
  });
});
