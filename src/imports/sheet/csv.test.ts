import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fixtureBytes, readAll, splitAt, streamOf, within } from '../test-helpers';
import { readCsvRows } from './csv';
import { readSheetRows } from './read-sheet';
import type { CsvSeparator } from './types';

describe('readCsvRows', () => {
  it('reads a Cito-style export: UTF-8 with BOM, ";", CRLF, quotes with ";" and a line break inside', async () => {
    const reader = readCsvRows(streamOf([fixtureBytes('csv/cito-export-puntkomma-bom.csv')]));
    const rows = await readAll(reader);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 5, 8]);
    expect(rows[0]?.cells[0]).toBe('Leerlingnummer');
    expect(rows[1]?.cells).toEqual([
      '5001',
      'Vries, de',
      'Zoë',
      '4/5 Uilen',
      'Rekenen-Wiskunde 3.0',
      'M5',
      '14-01-2026',
      '187,5',
      'III',
      '',
    ]);
    expect(rows[2]?.cells[9]).toBe('Afname in twee delen;\nziek op dag 1');
    expect(rows[3]?.cells[1]).toBe('Çelik');
    expect(rows[3]?.cells[9]).toBe('Zegt: "klaar!"');
    expect(rows[4]?.cells.slice(0, 3)).toEqual(['5004', "Hart, 't", 'Lotte']);
    expect(reader.info).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      bom: true,
      separator: ';',
      problems: [],
    });
  });

  it('reads an IEP-style export: UTF-8 without BOM, ",", LF, quoted names with commas', async () => {
    const reader = readCsvRows(fixtureBytes('csv/iep-export-komma.csv'));
    const rows = await readAll(reader);
    expect(reader.info).toMatchObject({ separator: ',', bom: false, encoding: 'utf-8' });
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(rows[1]?.cells).toEqual([
      '#tmp-17',
      'Meer, Bram van der',
      'IEP Rekenen',
      '22-01-2026',
      '81.5',
      '2F',
    ]);
    expect(rows[3]?.cells).toEqual(['5003', 'Çelik, Ömer', 'IEP Rekenen', '23-01-2026', '', '']);
  });

  it('reads a committed Windows-1252 export (ParnasSys style) with the right accents', async () => {
    const reader = readCsvRows(fixtureBytes('csv/parnassys-export-windows1252.csv'));
    const rows = await readAll(reader);
    expect(reader.info.encoding).toBe('windows-1252');
    expect(rows.map((r) => r.cells[1])).toEqual([
      'Naam',
      'Zoë de Vries',
      'Ömer Çelik',
      "Lotte 't Hart",
      'Bram van der Meer',
    ]);
    expect(rows[4]?.cells[5]).toBe('€ 12');
  });

  it('reads Windows-1252 whose first accent is far down a big file, in small chunks', async () => {
    const lines = ['Leerlingnummer;Naam;VS'];
    for (let i = 0; i < 20_000; i += 1) lines.push(`${i};Jansen;${100 + (i % 50)},5`);
    lines.push('99999;Zoë Çelik;151');
    const bytes = iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1252');
    const chunks = splitAt(
      bytes,
      Array.from({ length: 60 }, (_, i) => i * 7919),
    );
    const reader = readCsvRows(streamOf(chunks));
    const rows = await readAll(reader);
    expect(reader.info.encoding).toBe('windows-1252');
    expect(rows).toHaveLength(20_002);
    expect(rows.at(-1)).toEqual({ line: 20_002, cells: ['99999', 'Zoë Çelik', '151'] });
  });

  it('detects a tab separator and honours an Excel "sep=" line', async () => {
    const tabs = await readAll(readCsvRows('nr\tnaam\tscore\n1\tAnna, Bo\t12,5\n'));
    expect(tabs).toEqual([
      { line: 1, cells: ['nr', 'naam', 'score'] },
      { line: 2, cells: ['1', 'Anna, Bo', '12,5'] },
    ]);
    const hinted = readCsvRows('sep=,\r\nnr;x,naam\r\n1;2,Bo\r\n');
    expect(await readAll(hinted)).toEqual([
      { line: 2, cells: ['nr;x', 'naam'] },
      { line: 3, cells: ['1;2', 'Bo'] },
    ]);
    expect(hinted.info.separator).toBe(',');
  });

  it('counts lines the way an editor does: CRLF, LF and lone CR, blank lines kept in the count', async () => {
    const rows = await readAll(readCsvRows('a;b\r\r\n1;"x\r\ny"\n\n2;z\r3;w'));
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', 'x\ny'] },
      { line: 6, cells: ['2', 'z'] },
      { line: 7, cells: ['3', 'w'] },
    ]);
  });

  it('chooses the separator from the header even when the header has quoted separators', async () => {
    const reader = readCsvRows('"naam, voluit";"score; ruw";x\n"Bo, A";1;2\n');
    expect(await readAll(reader)).toEqual([
      { line: 1, cells: ['naam, voluit', 'score; ruw', 'x'] },
      { line: 2, cells: ['Bo, A', '1', '2'] },
    ]);
    expect(reader.info.separator).toBe(';');
  });

  it('reports an unclosed quote with the line where it opened, and keeps going', async () => {
    const reader = readCsvRows('a;b\n1;2\n3;"open\n4;5\n');
    const rows = await readAll(reader);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(reader.info.problems).toEqual([
      expect.objectContaining({ severity: 'error', code: 'csv.aanhalingsteken-open', line: 3 }),
    ]);
    expect(reader.info.problems[0]?.message).toMatch(/^Regel 3: /);
  });

  it('is lenient with text after a closing quote and with quotes inside unquoted fields, with a warning', async () => {
    const reader = readCsvRows('a;b\n"12"5;Jan "Bo" Smit\n');
    expect(await readAll(reader)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['125', 'Jan "Bo" Smit'] },
    ]);
    expect(reader.info.problems).toEqual([expect.objectContaining({ severity: 'warning', line: 2 })]);
  });

  it('reports an empty file', async () => {
    const reader = readCsvRows(Buffer.alloc(0));
    expect(await readAll(reader)).toEqual([]);
    expect(reader.info.problems).toEqual([
      expect.objectContaining({ code: 'sheet.leeg', severity: 'error' }),
    ]);
  });

  it('refuses an old .xls with a Dutch explanation instead of reading garbage', async () => {
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const reader = readSheetRows(streamOf([xls]));
    expect(await readAll(reader)).toEqual([]);
    expect(reader.info.problems[0]?.message).toMatch(/\.xls/);
  });
});

/** Writes rows as RFC 4180 CSV, quoting only where needed (as Excel does). */
function toCsv(rows: string[][], sep: CsvSeparator, eol: string): string {
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(sep) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return rows.map((r) => r.map(quote).join(sep)).join(eol) + eol;
}

const cellArb = fc.string({
  unit: fc.constantFrom('a', 'Z', 'ë', 'Ç', '1', ' ', ';', ',', '\t', '"', '\n', '\r\n', "'", '€'),
  maxLength: 8,
});

describe('readCsvRows, properties', () => {
  it('gives back exactly the rows that were written, with their start lines, in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellArb, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom<CsvSeparator>(';', ',', '\t'),
        fc.constantFrom('\r\n', '\n'),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (raw, sep, eol, cuts) => {
          // Every row has the same width and a plain first cell, as a real export (and the header) has.
          const width = raw[0]?.length ?? 2;
          const rows = raw.map((r, i) => [
            `k${i}`,
            ...Array.from({ length: width - 1 }, (_, j) => r[j + 1] ?? ''),
          ]);
          const text = toCsv(rows, sep, eol);
          const reader = readCsvRows(streamOf(splitAt(Buffer.from(text, 'utf8'), cuts)), { separator: sep });
          const read = await readAll(reader);
          const expected: { line: number; cells: string[] }[] = [];
          let line = 1;
          for (const r of rows) {
            expected.push({ line, cells: r.map((c) => c.replace(/\r\n/g, '\n')) });
            line += 1 + r.reduce((n, c) => n + (c.match(/\r\n|\n/g)?.length ?? 0), 0);
          }
          expect(read).toEqual(expected);
          expect(reader.info.problems).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws or hangs on random bytes or broken files: it only reports problems', async () => {
    const valid = fixtureBytes('csv/cito-export-puntkomma-bom.csv');
    const mutated = fc
      .tuple(fc.nat(valid.length), fc.nat(40), fc.uint8Array({ maxLength: 30 }))
      .map(([at, drop, insert]) =>
        Buffer.concat([
          valid.subarray(0, at),
          Buffer.from(insert),
          valid.subarray(Math.min(valid.length, at + drop)),
        ]),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 2000 }), mutated),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (bytes, cuts) => {
          const reader = readSheetRows(streamOf(splitAt(bytes, cuts)));
          const rows = await within(5_000, readAll(reader));
          for (const row of rows) {
            expect(row.line).toBeGreaterThanOrEqual(1);
            expect(Array.isArray(row.cells)).toBe(true);
          }
          for (const p of reader.info.problems) expect(p.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
