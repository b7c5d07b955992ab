/**
 * The two table writers on one small table with every kind of cell, each read back with an independent
 * reader: the CSV as text split by hand, the XLSX with exceljs.
 */
import { describe, expect, it } from 'vitest';
import { renderCsv } from './csv';
import { isoOf, parseCsv, readWorkbook, sheetValues } from './export-test-support';
import { exportFilename, slug, type Table } from './table';
import { renderXlsx } from './xlsx';

const NOW = new Date('2026-11-28T10:00:00.000Z');

const TABLE: Table = {
  sheetName: 'Proef',
  title: 'Proef, 2026-2027 M',
  columns: [{ header: 'Naam' }, { header: 'Score' }, { header: 'Datum' }, { header: 'Opmerking' }],
  rows: [
    ['Zoë de Vries', 187.5, { date: '2026-01-14' }, 'a; b'],
    ['Daan "DJ" Jansen', 0.1 + 0.2, null, 'regel 1\nregel 2'],
    ['=SOM(A1)', -3, { date: '2025-12-31' }, ' spatie '],
    ['Ömer', 123.5 - 100.2, null, null],
  ],
};

describe('renderCsv', () => {
  const text = renderCsv(TABLE);

  it('starts with a BOM, separates with ; and ends every line with CRLF', () => {
    expect(text.startsWith('\uFEFFNaam;Score;Datum;Opmerking\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('writes decimal commas, dd-mm-jjjj dates, quotes what needs it and defuses formulas', () => {
    expect(parseCsv(text.slice(1))).toEqual([
      ['Naam', 'Score', 'Datum', 'Opmerking'],
      ['Zoë de Vries', '187,5', '14-01-2026', 'a; b'],
      ['Daan "DJ" Jansen', '0,3', '', 'regel 1\nregel 2'],
      ["'=SOM(A1)", '-3', '31-12-2025', ' spatie '],
      ['Ömer', '23,3', '', ''],
    ]);
    expect(text).toContain('"Daan ""DJ"" Jansen"');
    expect(text).toContain(';"a; b"\r\n');
  });
});

describe('renderXlsx', () => {
  it('writes a Dutch sheet with a bold frozen header, numbers as numbers and dates as dates', async () => {
    const workbook = await readWorkbook(await renderXlsx(TABLE, NOW));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Proef']);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    for (let c = 1; c <= 4; c++) expect(sheet.getRow(1).getCell(c).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).not.toBe(true);

    const values = sheetValues(sheet, 4);
    expect(values[0]).toEqual(['Naam', 'Score', 'Datum', 'Opmerking']);
    expect(values.slice(1).map((r) => [r[0], r[1], isoOf(r[2] ?? null), r[3]])).toEqual([
      ['Zoë de Vries', 187.5, '2026-01-14', 'a; b'],
      ['Daan "DJ" Jansen', 0.3, null, 'regel 1\nregel 2'],
      ['=SOM(A1)', -3, '2025-12-31', ' spatie '],
      ['Ömer', 23.3, null, null],
    ]);
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('dd-mm-yyyy');
    // A text cell that looks like a formula stays text in a workbook: no formula is written.
    expect(sheet.getRow(4).getCell(1).formula).toBeUndefined();
  });

  it('sizes columns to their content within bounds and writes metadata without pupil data', async () => {
    const workbook = await readWorkbook(await renderXlsx(TABLE, NOW));
    const sheet = workbook.worksheets[0];
    const widths = [1, 2, 3, 4].map((c) => sheet?.getColumn(c).width ?? 0);
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(8);
    for (const w of widths) expect(w).toBeLessThanOrEqual(60);
    expect(widths[0]).toBeGreaterThanOrEqual('Daan "DJ" Jansen'.length);
    expect(workbook.creator).toBe('Leerwinst');
    expect(workbook.title).toBe('Proef, 2026-2027 M');
    expect(workbook.created.toISOString()).toBe(NOW.toISOString());
  });

  it('writes a header-only sheet for an empty table', async () => {
    const workbook = await readWorkbook(await renderXlsx({ ...TABLE, rows: [] }, NOW));
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(1);
  });
});

describe('filenames', () => {
  it('are plain ASCII slugs of group, school and period', () => {
    expect(slug('Groep 5/6')).toBe('groep-5-6');
    expect(slug('Óbs De Kompas, Utrecht')).toBe('obs-de-kompas-utrecht');
    expect(exportFilename(['groepsoverzicht', 'Groep 5', '2026-2027 M'], 'xlsx')).toBe(
      'groepsoverzicht-groep-5-2026-2027-m.xlsx',
    );
    expect(exportFilename(['', '!!'], 'csv')).toBe('export.csv');
  });
});
