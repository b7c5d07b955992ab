import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelRank, LEVEL_SYSTEMS, levelsOf, type Level } from './levels';
import {
  compareGivenLevel,
  cutLevelsOf,
  isNormMoment,
  levelFromNorms,
  NORM_SYSTEMS,
  systemsInRow,
  validateNormRows,
  type NormRow,
} from './norms';
import { anyNumber, anyString, containsNaN, validNormRow } from './test-support';

// Hand-made table: cuts are the lowest score of each level.
const M5: NormRow = {
  toets: 'rw',
  versie: '3.0',
  moment: 'M5',
  cuts: { 'I+': 230, I: 220, II: 205, III: 195, IV: 180 },
  gemiddelde: 200,
};
const AE_M5: NormRow = {
  toets: 'sp',
  versie: '2',
  moment: 'M5',
  cuts: { A: 140, B: 130, C: 120, D: 112 },
  gemiddelde: null,
};
const REF_E8: NormRow = {
  toets: 'iep',
  versie: '1',
  moment: 'E8',
  cuts: { '1F': 60, '2F/1S': 80 },
  gemiddelde: 75,
};

describe('validateNormRows', () => {
  it('accepts correct rows of each system', () => {
    expect(validateNormRows([M5, AE_M5, REF_E8])).toEqual([]);
    expect(validateNormRows([{ ...M5, cuts: { I: 220, II: 205, III: 195, IV: 180 } }])).toEqual([]);
  });

  it('requires cuts that rise from the lowest level to the highest', () => {
    const issues = validateNormRows([{ ...M5, cuts: { I: 220, II: 195, III: 205, IV: 180 } }]);
    expect(issues).toEqual([
      { index: 0, message: 'I–V (Cito): de grensscore van II (195) moet hoger zijn dan die van III (205).' },
    ]);
    expect(validateNormRows([{ ...M5, cuts: { ...M5.cuts, 'I+': 220 } }])[0]?.message).toMatch(
      /I\+ \(220\) moet hoger/,
    );
    expect(validateNormRows([{ ...AE_M5, cuts: { A: 140, B: 130, C: 130, D: 112 } }])).toHaveLength(1);
  });

  it('reports missing and non-finite cuts, bad moments, means and duplicates with the row index', () => {
    const rows: NormRow[] = [
      { ...M5, toets: 'a', cuts: { I: 220, II: 205, IV: 180 } },
      { ...M5, toets: 'b', moment: 'M2' },
      { ...M5, toets: 'c', moment: 'm5' },
      { ...REF_E8, toets: 'd', cuts: { '1F': Number.NaN, '2F/1S': 80 } },
      { ...REF_E8, toets: 'e', gemiddelde: Number.POSITIVE_INFINITY },
      { ...M5, toets: 'f', cuts: {} },
      { ...M5, toets: ' ', versie: '' },
      M5,
      M5,
    ];
    const issues = validateNormRows(rows);
    expect(issues).toEqual([
      { index: 0, message: 'I–V (Cito): grensscore ontbreekt voor III.' },
      { index: 1, message: `'M2' is geen toetsmoment; verwacht M3 t/m E8 of B3 t/m B8, zoals "M5".` },
      { index: 2, message: `'m5' is geen toetsmoment; verwacht M3 t/m E8 of B3 t/m B8, zoals "M5".` },
      { index: 3, message: 'referentieniveau (IEP): grensscore is geen getal voor 1F.' },
      { index: 4, message: 'Het gemiddelde is geen getal.' },
      { index: 5, message: 'Geen grensscores: geef die van I–IV, A–D of 1F en 2F/1S.' },
      { index: 6, message: 'Toetscode ontbreekt.' },
      { index: 6, message: 'Versie ontbreekt: scores van verschillende versies zijn niet vergelijkbaar.' },
      { index: 8, message: 'Dubbel: rw versie 3.0 moment M5 komt al eerder voor.', duplicateOf: 7 },
    ]);
  });

  it('accepts a row with both A–E and I–V cuts, and checks both', () => {
    const both: NormRow = { ...M5, cuts: { ...M5.cuts, ...AE_M5.cuts } };
    expect(systemsInRow(both)).toEqual(['I-V', 'A-E']);
    expect(validateNormRows([both])).toEqual([]);
    expect(validateNormRows([{ ...both, cuts: { ...both.cuts, A: 100 } }])).toHaveLength(1);
  });

  it('finds generated valid rows valid', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NORM_SYSTEMS).chain(validNormRow), (row) => {
        expect(validateNormRows([row])).toEqual([]);
      }),
    );
  });
});

describe('levelFromNorms', () => {
  it('treats a cut as the lowest score of its level', () => {
    const at = (score: number) => levelFromNorms(score, M5, 'I-V');
    expect([at(230), at(229.9), at(220), at(219.9), at(205), at(195), at(180), at(179.9), at(-50)]).toEqual([
      'I+',
      'I',
      'I',
      'II',
      'II',
      'III',
      'IV',
      'V',
      'V',
    ]);
    expect(levelFromNorms(231, { ...M5, cuts: { I: 220, II: 205, III: 195, IV: 180 } }, 'I-V')).toBe('I');
    expect(levelFromNorms(125, AE_M5, 'A-E')).toBe('C');
    expect(levelFromNorms(100, AE_M5, 'A-E')).toBe('E');
    expect(levelFromNorms(80, REF_E8, 'REF')).toBe('2F/1S');
    expect(levelFromNorms(59, REF_E8, 'REF')).toBe('<1F');
  });

  it('gives no level without valid cuts for the system, for AVI, or for a non-number', () => {
    expect(levelFromNorms(200, M5, 'A-E')).toBeNull();
    expect(levelFromNorms(200, M5, 'AVI')).toBeNull();
    expect(levelFromNorms(Number.NaN, M5, 'I-V')).toBeNull();
    expect(levelFromNorms(Number.POSITIVE_INFINITY, M5, 'I-V')).toBeNull();
    expect(levelFromNorms(200, { ...M5, cuts: { I: 220, II: 230, III: 195, IV: 180 } }, 'I-V')).toBeNull();
  });

  it('is monotone in the score for any valid norm table', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...NORM_SYSTEMS)
          .chain((system) => fc.tuple(fc.constant(system), validNormRow(system))),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        fc.double({ min: -2000, max: 2000, noNaN: true }),
        ([system, row], a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowLevel = levelFromNorms(low, row, system);
          const highLevel = levelFromNorms(high, row, system);
          expect(lowLevel).not.toBeNull();
          expect(highLevel).not.toBeNull();
          expect(levelRank(system, highLevel as Level)).toBeGreaterThanOrEqual(
            levelRank(system, lowLevel as Level) ?? 0,
          );
        },
      ),
    );
  });

  it('is total on any row and score', () => {
    const anyCuts = fc.dictionary(
      fc.constantFrom('I+', 'I', 'II', 'III', 'IV', 'A', 'B', 'C', 'D', '1F', '2F/1S'),
      anyNumber,
    );
    const anyRow = fc.record({
      toets: anyString,
      versie: anyString,
      moment: anyString,
      cuts: anyCuts,
      gemiddelde: fc.option(anyNumber, { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(anyRow, { maxLength: 5 }),
        anyNumber,
        fc.constantFrom(...LEVEL_SYSTEMS),
        (rows, score, system) => {
          const issues = validateNormRows(rows);
          expect(containsNaN(issues)).toBe(false);
          for (const row of rows) {
            const level = levelFromNorms(score, row, system);
            if (level !== null) expect(levelRank(system, level)).not.toBeNull();
            expect(typeof isNormMoment(row.moment)).toBe('boolean');
            for (const s of systemsInRow(row)) expect(cutLevelsOf(s).length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('compareGivenLevel', () => {
  it('agrees on the same level, and on I+ against I', () => {
    expect(compareGivenLevel('II', 'II')).toBe('agrees');
    expect(compareGivenLevel('I', 'I+')).toBe('agrees');
    expect(compareGivenLevel('I+', 'I')).toBe('agrees');
  });

  it('reports a disagreement and keeps the LVS level', () => {
    expect(compareGivenLevel('II', 'III')).toEqual({
      disagrees:
        'Het LVS gaf II, de ingeladen normtabel geeft III. Het niveau van het LVS blijft staan; controleer toets, versie en moment.',
    });
    const other = compareGivenLevel('B', 'II');
    expect(other).not.toBe('agrees');
    if (other !== 'agrees') expect(other.disagrees).toMatch(/verschillende niveausystemen/);
  });

  it('is total on any two levels and agrees exactly on equal levels (I+ as I)', () => {
    const anyLevel = fc.constantFrom(...LEVEL_SYSTEMS.flatMap((s) => [...levelsOf(s)] as Level[]));
    fc.assert(
      fc.property(anyLevel, anyLevel, (a, b) => {
        const result = compareGivenLevel(a, b);
        expect(result === 'agrees').toBe(a === b || (['I', 'I+'].includes(a) && ['I', 'I+'].includes(b)));
      }),
    );
  });
});
