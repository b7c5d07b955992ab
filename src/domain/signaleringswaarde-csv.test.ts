import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signaleringswaarde2F } from './referentie';
import { parseSignaleringswaardeCsv } from './signaleringswaarde-csv';

const GOOD = ['schoolweging van;schoolweging tot;signaleringswaarde', ';28;60', '28;31,5;55 %', '31,5;;50'];

describe('parseSignaleringswaardeCsv', () => {
  it('reads bands with open ends, decimal commas and percentages as shares', () => {
    const result = parseSignaleringswaardeCsv(`\uFEFF${GOOD.join('\r\n')}\r\n`);
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      { fromSchoolweging: null, toSchoolweging: 28, share: 0.6 },
      { fromSchoolweging: 28, toSchoolweging: 31.5, share: 0.55 },
      { fromSchoolweging: 31.5, toSchoolweging: null, share: 0.5 },
    ]);
    expect(signaleringswaarde2F(31.5, result.rows)).toBe(0.5);
    expect(signaleringswaarde2F(31.49, result.rows)).toBe(0.55);
  });

  it('takes synonyms in any case, a comma separator and quoted cells', () => {
    const result = parseSignaleringswaardeCsv(
      ['Percentage,Vanaf,Bovengrens', '60,,28', '"55",28,'].join('\n'),
    );
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      { fromSchoolweging: null, toSchoolweging: 28, share: 0.6 },
      { fromSchoolweging: 28, toSchoolweging: null, share: 0.55 },
    ]);
  });

  it('names every bad line with its number and what is wrong, and keeps none of them', () => {
    const result = parseSignaleringswaardeCsv(
      [
        'van;tot;signaleringswaarde',
        ';28;60',
        '',
        '28;abc;55',
        '31;29;50',
        '31;;',
        '34;;120',
        '"35;;40',
      ].join('\n'),
    );
    expect(result.issues).toEqual([
      { line: 4, message: "Regel 4: 'schoolweging tot' is geen getal." },
      { line: 5, message: "Regel 5: 'schoolweging van' moet lager zijn dan 'schoolweging tot'." },
      { line: 6, message: 'Regel 6: de signaleringswaarde ontbreekt.' },
      { line: 7, message: 'Regel 7: de signaleringswaarde moet tussen 0 en 100 % liggen.' },
      { line: 8, message: 'Regel 8: een aanhalingsteken wordt niet gesloten.' },
    ]);
    expect(result.rows).toHaveLength(1);
  });

  it('refuses a header without the three columns, naming what is missing', () => {
    expect(parseSignaleringswaardeCsv('schoolweging;waarde\n28;55').issues).toEqual([
      { line: 1, message: "Onbekende kolom 'schoolweging'." },
      {
        line: 1,
        message:
          "De kopregel mist 'schoolweging van', 'schoolweging tot'. Verwacht: schoolweging van;schoolweging tot;signaleringswaarde.",
      },
    ]);
    expect(parseSignaleringswaardeCsv('').issues[0]?.line).toBe(1);
  });

  it('refuses a table with a gap or an overlap, or without rows', () => {
    const gap = parseSignaleringswaardeCsv(['van;tot;waarde', ';28;60', '29;;50'].join('\n'));
    expect(gap.issues).toEqual([
      { line: 0, message: 'Geen signaleringswaarde voor schoolweging 28 tot 29.' },
    ]);
    const overlap = parseSignaleringswaardeCsv(['van;tot;waarde', ';30;60', '29;;50'].join('\n'));
    expect(overlap.issues).toEqual([{ line: 0, message: 'De regels overlappen bij schoolweging 29.' }]);
    expect(parseSignaleringswaardeCsv('van;tot;waarde\n').issues).toEqual([
      { line: 0, message: 'De tabel met signaleringswaarden is leeg.' },
    ]);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (body) => {
        expect(() => parseSignaleringswaardeCsv(`van;tot;waarde\n${body}`)).not.toThrow();
      }),
    );
  });

  it('accepts any table of adjacent bands with open ends, and then finds one value for every schoolweging', () => {
    const cuts = fc
      .uniqueArray(fc.integer({ min: 1, max: 59 }), { maxLength: 6 })
      .map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(
        cuts,
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (c, p, w) => {
          const bounds = [null, ...c, null];
          const lines = bounds.slice(1).map((to, i) => `${bounds[i] ?? ''};${to ?? ''};${p}`);
          const result = parseSignaleringswaardeCsv(['van;tot;waarde', ...lines].join('\n'));
          expect(result.issues).toEqual([]);
          expect(signaleringswaarde2F(w, result.rows)).toBe(p / 100);
        },
      ),
    );
  });
});
