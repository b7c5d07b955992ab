import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  achterstand,
  dleFromTable,
  didactischeLeeftijd,
  leerrendement,
  nominalDl,
  type DlConvention,
} from './dl';
import { anyNumber, anyString, containsNaN } from './test-support';

const SEPTEMBER: DlConvention = { firstMonth: 9 };
const AUGUST: DlConvention = { firstMonth: 8 };

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('didactischeLeeftijd', () => {
  it('documented example: firstMonth 9, a test on 25 January in the third school year gives DL 25 (M5)', () => {
    expect(didactischeLeeftijd('2020-09-01', '2023-01-25', SEPTEMBER)).toBe(25);
    expect(didactischeLeeftijd('2020-2021', '2023-01-25', SEPTEMBER)).toBe(25);
    expect(nominalDl('M5')).toBe(25);
  });

  it('uses firstMonth 9 by default', () => {
    expect(didactischeLeeftijd('2020-2021', '2023-01-25')).toBe(25);
  });

  it('counts one month more from August to May when counting starts in August', () => {
    expect(didactischeLeeftijd('2020-2021', '2023-01-25', AUGUST)).toBe(26);
    expect(didactischeLeeftijd('2020-2021', '2020-08-20', AUGUST)).toBe(1);
    expect(didactischeLeeftijd('2020-2021', '2021-06-10', AUGUST)).toBe(10);
  });

  it('reproduces M = 5, E = 10 per year in January and June, and the summer does not count', () => {
    expect(didactischeLeeftijd('2020-2021', '2021-01-20')).toBe(5);
    expect(didactischeLeeftijd('2020-2021', '2021-06-05')).toBe(10);
    expect(didactischeLeeftijd('2020-2021', '2021-07-15')).toBe(10);
    expect(didactischeLeeftijd('2020-2021', '2021-08-30')).toBe(10);
    expect(didactischeLeeftijd('2020-2021', '2021-09-01')).toBe(11);
    expect(didactischeLeeftijd('2020-2021', '2026-06-10')).toBe(60);
    expect(didactischeLeeftijd('2020-2021', '2020-08-31')).toBe(0);
  });

  it('stops at 60, counts repeated years, and is 0 before groep 3', () => {
    expect(didactischeLeeftijd('2020-2021', '2027-01-20')).toBe(60);
    expect(didactischeLeeftijd('2020-2021', '2019-01-20')).toBe(0);
  });

  it('starts counting at the month a pupil entered groep 3 during the year', () => {
    expect(didactischeLeeftijd('2021-01-08', '2021-01-20')).toBe(1);
    expect(didactischeLeeftijd('2021-01-08', '2021-06-20')).toBe(6);
    expect(didactischeLeeftijd('2021-07-08', '2021-09-20')).toBe(1);
  });

  it('has no answer for an unreadable date', () => {
    expect(didactischeLeeftijd('2020', '2021-01-20')).toBeNull();
    expect(didactischeLeeftijd('2020-2021', '2021-02-30')).toBeNull();
    expect(didactischeLeeftijd('2020-2022', '2021-02-03')).toBeNull();
  });

  it('stays within 0–60 and never goes down as the test date moves on', () => {
    fc.assert(
      fc.property(
        isoDate,
        isoDate,
        isoDate,
        fc.constantFrom(SEPTEMBER, AUGUST),
        (start, a, b, convention) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const dlEarly = didactischeLeeftijd(start, early, convention);
          const dlLate = didactischeLeeftijd(start, late, convention);
          expect(dlEarly).not.toBeNull();
          expect(dlLate).not.toBeNull();
          expect(dlLate ?? 0).toBeGreaterThanOrEqual(dlEarly ?? 0);
          expect(dlLate ?? -1).toBeGreaterThanOrEqual(0);
          expect(dlLate ?? 61).toBeLessThanOrEqual(60);
          expect(Number.isInteger(dlLate)).toBe(true);
        },
      ),
    );
  });

  it('gives 10 months per school year: a year later is 10 more, until the maximum', () => {
    const afterStart = isoDate.filter((d) => d >= '2000-08-01');
    fc.assert(
      fc.property(afterStart, fc.constantFrom(SEPTEMBER, AUGUST), (test, convention) => {
        const nextYear = `${Number(test.slice(0, 4)) + 1}${test.slice(4)}`;
        const now = didactischeLeeftijd('2000-2001', test, convention) ?? 0;
        const later = didactischeLeeftijd('2000-2001', nextYear, convention);
        if (nextYear.endsWith('02-29')) return;
        expect(later).toBe(Math.min(60, now + 10));
      }),
    );
  });

  it('agrees with the nominal DL of every M and E moment for tests in January and June', () => {
    for (let groep = 3; groep <= 8; groep++) {
      const year = 2020 + groep - 3;
      expect(didactischeLeeftijd('2020-2021', `${year + 1}-01-25`)).toBe(nominalDl(`M${groep}`));
      expect(didactischeLeeftijd('2020-2021', `${year + 1}-06-10`)).toBe(nominalDl(`E${groep}`));
    }
    expect(nominalDl('B3')).toBe(0);
    expect(nominalDl('E8')).toBe(60);
    expect(nominalDl('M2')).toBeNull();
  });

  it('is total on any strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyString, isoDate),
        fc.oneof(anyString, isoDate),
        fc.constantFrom(SEPTEMBER, AUGUST),
        (a, b, c) => {
          const dl = didactischeLeeftijd(a, b, c);
          expect(containsNaN(dl)).toBe(false);
          expect(containsNaN(nominalDl(a))).toBe(false);
        },
      ),
    );
  });
});

describe('dleFromTable', () => {
  const TABLE = [
    { minScore: 150, dle: 10 },
    { minScore: 190, dle: 20 },
    { minScore: 170, dle: 15 },
  ];

  it('looks up the step the score reaches, in any point order', () => {
    expect(dleFromTable(150, TABLE)).toBe(10);
    expect(dleFromTable(169.9, TABLE)).toBe(10);
    expect(dleFromTable(170, TABLE)).toBe(15);
    expect(dleFromTable(500, TABLE)).toBe(20);
  });

  it('is unknown without a table, below the table, or for a table that contradicts itself', () => {
    expect(dleFromTable(160, null)).toBeNull();
    expect(dleFromTable(160, [])).toBeNull();
    expect(dleFromTable(149, TABLE)).toBeNull();
    expect(dleFromTable(null, TABLE)).toBeNull();
    expect(dleFromTable(Number.NaN, TABLE)).toBeNull();
    expect(dleFromTable(180, [...TABLE, { minScore: 170, dle: 16 }])).toBeNull();
    expect(dleFromTable(180, [...TABLE, { minScore: 175, dle: 12 }])).toBeNull();
  });

  it('never gives a lower DLE for a higher score', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 250, noNaN: true }),
        fc.double({ min: 100, max: 250, noNaN: true }),
        (a, b) => {
          expect(dleFromTable(Math.max(a, b), TABLE) ?? -1).toBeGreaterThanOrEqual(
            dleFromTable(Math.min(a, b), TABLE) ?? -1,
          );
        },
      ),
    );
  });
});

describe('leerrendement and achterstand', () => {
  it('documented example: DL 45 with DLE 20 gives leerrendement 44 %', () => {
    expect(leerrendement(20, 45)).toBe(44);
  });

  it('computes DLE / DL × 100 rounded, and DLE − DL in months', () => {
    expect(leerrendement(25, 25)).toBe(100);
    expect(leerrendement(30, 20)).toBe(150);
    expect(leerrendement(0, 20)).toBe(0);
    expect(leerrendement(20, 30)).toBe(67);
    expect(achterstand(20, 45)).toBe(-25);
    expect(achterstand(30, 25)).toBe(5);
  });

  it('is unknown at DL 0 or with a missing value, never a division by zero', () => {
    expect(leerrendement(20, 0)).toBeNull();
    expect(leerrendement(null, 20)).toBeNull();
    expect(leerrendement(20, null)).toBeNull();
    expect(leerrendement(-1, 20)).toBeNull();
    expect(achterstand(20, 0)).toBeNull();
    expect(achterstand(null, 20)).toBeNull();
    expect(achterstand(20, null)).toBeNull();
  });

  it('is total on any numbers and tables', () => {
    const maybe = fc.option(anyNumber, { nil: null });
    const table = fc.option(fc.array(fc.record({ minScore: anyNumber, dle: anyNumber }), { maxLength: 6 }), {
      nil: null,
    });
    fc.assert(
      fc.property(maybe, maybe, table, (a, b, points) => {
        const out = [leerrendement(a, b), achterstand(a, b), dleFromTable(a, points)];
        expect(containsNaN(out)).toBe(false);
        for (const v of out) if (v !== null) expect(Number.isFinite(v)).toBe(true);
      }),
    );
  });
});
