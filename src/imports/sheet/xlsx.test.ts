import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readAll, splitAt, streamOf, within } from '../test-helpers';
import { readSheetRows } from './read-sheet';
import { cellText, excelSerialToIso, isDateFormat, numberText } from './xlsx-cells';
import { readXlsxRows } from './xlsx';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const resultaten = (wb: ExcelJS.Workbook) => {
  const ws = wb.addWorksheet('Resultaten');
  ws.addRow(['Leerlingnummer', 'Naam', 'Afnamedatum', 'Vaardigheidsscore', 'Dubbel', 'Opmerking']);
  ws.addRow([
    '5001',
    'Zoë de Vries',
    new Date(Date.UTC(2026, 0, 14)),
    187.5,
    { formula: 'D2*2', result: 375 },
    null,
  ]);
  ws.addRow([]);
  ws.addRow([
    5003,
    'Ömer Çelik',
    new Date(Date.UTC(2026, 1, 28)),
    0.1 + 0.2,
    null,
    { richText: [{ text: 'vet ' }, { text: 'en gewoon' }] },
  ]);
  ws.addRow(['', '', '', '', '', '']);
  const last = ws.addRow([
    '#tmp-17',
    'Bram van der Meer',
    46_041,
    151,
    true,
    { text: 'link', hyperlink: 'https://x.example' },
  ]);
  last.getCell(3).numFmt = 'dd-mm-yyyy';
  wb.addWorksheet('Tweede').addRow(['niet lezen']);
};

describe('readXlsxRows', () => {
  it('reads the first worksheet as text: ISO dates, decimal numbers, formula results, rich text', async () => {
    const reader = readXlsxRows(streamOf(splitAt(await workbookBytes(resultaten), [100, 1000, 3000])));
    const rows = await readAll(reader);
    expect(rows).toEqual([
      {
        line: 1,
        cells: ['Leerlingnummer', 'Naam', 'Afnamedatum', 'Vaardigheidsscore', 'Dubbel', 'Opmerking'],
      },
      { line: 2, cells: ['5001', 'Zoë de Vries', '2026-01-14', '187.5', '375'] },
      { line: 4, cells: ['5003', 'Ömer Çelik', '2026-02-28', '0.3', '', 'vet en gewoon'] },
      { line: 6, cells: ['#tmp-17', 'Bram van der Meer', '2026-01-19', '151', 'true', 'link'] },
    ]);
    expect(reader.info).toMatchObject({ format: 'xlsx', sheetName: 'Resultaten', problems: [] });
  });

  it('is picked by readSheetRows from the zip signature, whatever the file is called', async () => {
    const reader = readSheetRows(streamOf([await workbookBytes(resultaten)]));
    expect((await readAll(reader)).map((r) => r.line)).toEqual([1, 2, 4, 6]);
    expect(reader.info.format).toBe('xlsx');
  });

  it('reports an empty first worksheet', async () => {
    const reader = readXlsxRows(await workbookBytes((wb) => wb.addWorksheet('Leeg')));
    expect(await readAll(reader)).toEqual([]);
    expect(reader.info.problems).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it('reports a broken or truncated workbook instead of throwing or hanging', async () => {
    const good = await workbookBytes(resultaten);
    for (const bytes of [
      good.subarray(0, 200),
      good.subarray(0, good.length - 300),
      Buffer.from('PK\x03\x04rommel'),
    ]) {
      const reader = readSheetRows(streamOf([bytes]), { stallTimeoutMs: 500 });
      await within(10_000, readAll(reader));
      expect(reader.info.problems.some((p) => p.severity === 'error')).toBe(true);
    }
  });

  it('ends with an error when a damaged zip entry header would make exceljs wait forever', async () => {
    const good = await workbookBytes(resultaten);
    const headers: number[] = [];
    for (let i = good.indexOf('PK\x03\x04'); i >= 0; i = good.indexOf('PK\x03\x04', i + 1)) headers.push(i);
    expect(headers.length).toBeGreaterThan(3);
    for (const at of headers) {
      const bytes = Buffer.from(good);
      bytes.write('ABCD', at + 18, 'latin1'); // the compressed size
      const reader = readSheetRows(streamOf([bytes]), { stallTimeoutMs: 300 });
      await within(5_000, readAll(reader));
      for (const p of reader.info.problems) expect(p.message).toMatch(/\S/);
    }
  });

  it('leaves no worksheet in the temp folder and no file open, also when the reader stops early', async () => {
    // exceljs writes worksheets before the shared strings, so its reader parks them in temp files.
    const mine = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));
    const openFiles = () => (existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd').length : 0);
    const bytes = await workbookBytes((wb) => {
      resultaten(wb);
      wb.addWorksheet('Toelichting').addRow(['Uit het LVS geëxporteerd']);
      wb.addWorksheet('Legenda').addRow(['VS', 'vaardigheidsscore']);
    });
    const parkedBefore = new Set(mine());
    const openBefore = openFiles();
    for (let i = 0; i < 10; i += 1) {
      const early = readSheetRows(streamOf([bytes]));
      for await (const row of early) if (row.line >= 2) break;
    }
    const full = readSheetRows(streamOf([bytes]));
    expect((await readAll(full)).length).toBe(4);
    // exceljs deletes its files asynchronously.
    await vi.waitFor(() => expect(mine().filter((f) => !parkedBefore.has(f))).toEqual([]));
    expect(openFiles() - openBefore).toBeLessThan(5);
  });

  it('never throws or hangs on damaged workbooks', async () => {
    const good = await workbookBytes(resultaten);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(good.length - 1),
        fc.uint8Array({ minLength: 1, maxLength: 16 }),
        async (at, junk) => {
          const bytes = Buffer.from(good);
          bytes.set(junk.subarray(0, bytes.length - at), at);
          const reader = readSheetRows(streamOf([bytes]), { stallTimeoutMs: 500 });
          await within(10_000, readAll(reader));
          for (const p of reader.info.problems) expect(p.message).toMatch(/\S/);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('cell values as text', () => {
  it('writes numbers without float noise and dates as ISO days', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(187.5)).toBe('187.5');
    expect(numberText(-3)).toBe('-3');
    expect(excelSerialToIso(46_041)).toBe('2026-01-19');
    expect(excelSerialToIso(1, true)).toBe('1904-01-02');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
    expect(cellText({ formula: 'A1', result: 46_041 }, 'd-m-yyyy')).toBe('2026-01-19');
  });

  it('tells date formats from number and time formats', () => {
    for (const f of ['dd-mm-yyyy', 'd/m/yy', 'yyyy-mm-dd', '[$-413]d mmmm yyyy', 'mmm-yy'])
      expect(isDateFormat(f)).toBe(true);
    for (const f of ['General', '0.00', '#,##0', 'h:mm', '"dag"0', undefined])
      expect(isDateFormat(f)).toBe(false);
  });
});
