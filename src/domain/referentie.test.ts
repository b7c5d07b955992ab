import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pooledReferentie,
  signaleringswaarde,
  signaleringswaarde2F,
  signaleringswaardeTableProblems,
  SIGNALERINGSWAARDE_1F,
  type SignaleringswaardeTable,
} from './referentie';
import { anyNumber, containsNaN } from './test-support';

// Invented for these tests, not the Inspectie's values: only the shape of the table matters here.
const TABLE: SignaleringswaardeTable = [
  { fromSchoolweging: null, toSchoolweging: 28, share: 0.6 },
  { fromSchoolweging: 28, toSchoolweging: 32, share: 0.5 },
  { fromSchoolweging: 32, toSchoolweging: null, share: 0.4 },
];

describe('signaleringswaarde', () => {
  it('is 85 % for 1F at every school, whatever its schoolweging', () => {
    expect(SIGNALERINGSWAARDE_1F).toBe(0.85);
    expect(signaleringswaarde('1F', null, [])).toBe(0.85);
    expect(signaleringswaarde('1F', 39.5, TABLE)).toBe(0.85);
  });

  it('looks 2F/1S up by schoolweging, with the lower bound of a row inclusive', () => {
    expect(signaleringswaarde('2F/1S', 20, TABLE)).toBe(0.6);
    expect(signaleringswaarde2F(27.99, TABLE)).toBe(0.6);
    expect(signaleringswaarde2F(28, TABLE)).toBe(0.5);
    expect(signaleringswaarde2F(31.999, TABLE)).toBe(0.5);
    expect(signaleringswaarde2F(32, TABLE)).toBe(0.4);
  });

  it('gives no value rather than a guess: unknown schoolweging, a gap, an overlap, an empty table', () => {
    expect(signaleringswaarde2F(null, TABLE)).toBeNull();
    expect(signaleringswaarde2F(Number.NaN, TABLE)).toBeNull();
    expect(signaleringswaarde2F(30, [])).toBeNull();
    const gap = [TABLE[0], TABLE[2]].flatMap((r) => (r ? [r] : []));
    expect(signaleringswaarde2F(30, gap)).toBeNull();
    const overlap = [...TABLE, { fromSchoolweging: 30, toSchoolweging: 31, share: 0.45 }];
    expect(signaleringswaarde2F(30.5, overlap)).toBeNull();
  });

  it('finds exactly one value for every schoolweging in a table without problems', () => {
    expect(signaleringswaardeTableProblems(TABLE)).toEqual([]);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (w) => {
        expect(signaleringswaarde2F(w, TABLE)).not.toBeNull();
      }),
    );
  });
});

describe('signaleringswaardeTableProblems', () => {
  it('names gaps, overlaps, shares outside 0–100 % and reversed bounds', () => {
    expect(signaleringswaardeTableProblems([])).toEqual(['De tabel met signaleringswaarden is leeg.']);
    expect(
      signaleringswaardeTableProblems([
        { fromSchoolweging: null, toSchoolweging: 28, share: 60 },
        { fromSchoolweging: 29, toSchoolweging: 27, share: 0.5 },
      ]),
    ).toEqual([
      'Regel 1: de signaleringswaarde moet tussen 0 en 100 % liggen.',
      'Regel 2: de ondergrens van de schoolweging ligt niet onder de bovengrens.',
      'Geen signaleringswaarde voor schoolweging 28 tot 29.',
      "Geen signaleringswaarde vanaf schoolweging 27: laat 'tot' van de laatste regel leeg.",
    ]);
    expect(
      signaleringswaardeTableProblems([...TABLE, { fromSchoolweging: 30, toSchoolweging: 31, share: 0.45 }]),
    ).toContain('De regels overlappen bij schoolweging 30.');
    expect(
      signaleringswaardeTableProblems([
        { fromSchoolweging: 20, toSchoolweging: 30, share: 0.6 },
        { fromSchoolweging: 30, toSchoolweging: 40, share: 0.5 },
      ]),
    ).toEqual([
      "Geen signaleringswaarde onder schoolweging 20: laat 'van' van de eerste regel leeg.",
      "Geen signaleringswaarde vanaf schoolweging 40: laat 'tot' van de laatste regel leeg.",
    ]);
  });
});

describe('pooledReferentie', () => {
  it('takes the last three schooljaren together as pupils, not as an average of percentages', () => {
    // (88 + 80 + 85) / (95 + 90 + 100) = 253 / 285 = 0.887719; the mean of the three percentages is 0.888.
    const pooled = pooledReferentie(
      [
        { schooljaar: '2021-2022', count: 10, n: 50 },
        { schooljaar: '2024-2025', count: 85, n: 100 },
        { schooljaar: '2022-2023', count: 88, n: 95 },
        { schooljaar: '2023-2024', count: 80, n: 90 },
      ],
      '2024-2025',
    );
    expect(pooled.schooljaren).toEqual(['2022-2023', '2023-2024', '2024-2025']);
    expect(pooled).toMatchObject({ count: 253, n: 285 });
    expect(pooled.share).toBeCloseTo(0.887719, 6);
    // Wilson(253, 285) at 90 %.
    expect(pooled.interval?.low).toBeCloseTo(0.853241, 5);
    expect(pooled.interval?.high).toBeCloseTo(0.914905, 5);
  });

  it('pools what there is, and nothing for a school without groep 8 results', () => {
    const two = pooledReferentie(
      [
        { schooljaar: '2024-2025', count: 9, n: 10 },
        { schooljaar: '2024-2025', count: 0, n: 10 },
        { schooljaar: '2023-2024', count: 12, n: 11 },
      ],
      '2024-2025',
    );
    expect(two).toMatchObject({ schooljaren: ['2024-2025'], count: 9, n: 10, share: 0.9 });
    expect(pooledReferentie([], '2024-2025')).toEqual({
      schooljaren: [],
      count: 0,
      n: 0,
      share: null,
      interval: null,
    });
  });

  it('is total on any numbers', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            schooljaar: fc.constantFrom('2023-2024', '2024-2025', 'x'),
            count: anyNumber,
            n: anyNumber,
          }),
        ),
        (years) => {
          const pooled = pooledReferentie(years, '2024-2025');
          expect(containsNaN(pooled)).toBe(false);
          expect(pooled.count).toBeLessThanOrEqual(pooled.n);
        },
      ),
    );
  });
});
