/**
 * The header row below a title block, as LVS exports write one: the school's name, the export date and
 * an empty row above the column names. Rows are read from CSV text as the import reads them.
 */
import { describe, expect, it } from 'vitest';
import { isResultsHeader } from '../mapping/suggest';
import { readAll } from '../test-helpers';
import { HEADER_SEARCH_ROWS, looksLikeHeader, splitHeader } from './header-row';
import { readSheetRows } from './read-sheet';
import type { SheetRow } from './types';

/** A ParnasSys-style results export: title block, an empty row of separators, ';' header, CRLF. */
const PARNASSYS = [
  'OBS De Wilgenhoek;;;;;;;',
  'Export toetsresultaten;Datum: 03-02-2027;;;;;;',
  ';;;;;;;',
  'Leerlingnummer;Achternaam, tussenvoegsel, Roepnaam;Groep;Toets;Versie;Toetsmoment;Vaardigheidsscore;Niveau',
  '4101;Berg, van der, Daan;5A;Spelling;2014;M5;142;III',
  '4102;Yılmaz, , Elif;5A;Spelling;2014;M5;138;IV',
  "4103;Hart, 't, Lotte;5A;Spelling;2014;M5;151;II",
].join('\r\n');

async function split(text: string, headerLine?: number) {
  const result = await splitHeader(readSheetRows(text), isResultsHeader, headerLine);
  const rest: SheetRow[] = [];
  for await (const row of result.rows) rest.push(row);
  return { ...result, rest };
}

async function* rowsOf(rows: SheetRow[]): AsyncGenerator<SheetRow> {
  yield* rows;
}

describe('splitHeader', () => {
  it('finds the header below the title block of a ParnasSys export, the title block kept for the preview', async () => {
    const { header, above, rest, problem } = await split(PARNASSYS);
    expect(problem).toBeNull();
    // The row of empty separators is no row: line 3 does not come back.
    expect(header?.line).toBe(4);
    expect(header?.cells.slice(0, 4)).toEqual([
      'Leerlingnummer',
      'Achternaam, tussenvoegsel, Roepnaam',
      'Groep',
      'Toets',
    ]);
    expect(above.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'OBS De Wilgenhoek'],
      [2, 'Export toetsresultaten'],
    ]);
    expect(rest.map((r) => [r.line, r.cells[0], r.cells[1]])).toEqual([
      [5, '4101', 'Berg, van der, Daan'],
      [6, '4102', 'Yılmaz, , Elif'],
      [7, '4103', "Hart, 't, Lotte"],
    ]);
  });

  it('takes the first row as the header when there is no title block, with nothing above it', async () => {
    const text = 'Leerlingnummer;Toets;Toetsmoment;Vaardigheidsscore\n4101;Rekenen-Wiskunde;M5;201\n';
    const { header, above, rest } = await split(text);
    expect(header?.line).toBe(1);
    expect(above).toEqual([]);
    expect(rest.map((r) => r.cells)).toEqual([['4101', 'Rekenen-Wiskunde', 'M5', '201']]);
  });

  it('uses the line the user chose (--header-row 4), also when the search would find it', async () => {
    const { header, above, rest, problem } = await split(PARNASSYS, 4);
    expect(problem).toBeNull();
    expect(header?.line).toBe(4);
    expect(above.map((r) => r.line)).toEqual([1, 2]);
    expect(rest).toHaveLength(3);
  });

  it('uses a chosen line the words would not have picked: the title row then is the header', async () => {
    const { header, above, rest } = await split(PARNASSYS, 2);
    expect(header?.cells[0]).toBe('Export toetsresultaten');
    expect(above.map((r) => r.line)).toEqual([1]);
    expect(rest.map((r) => r.line)).toEqual([4, 5, 6, 7]);
  });

  it('refuses a chosen line that is empty or past the end, naming the line', async () => {
    const blank = await split(PARNASSYS, 3);
    expect(blank.header).toBeNull();
    expect(blank.problem).toEqual({
      severity: 'error',
      code: 'import.kopregel',
      message: 'Regel 3 is leeg of bestaat niet; kies de regel met de kolomnamen.',
      line: 3,
    });
    const past = await split(PARNASSYS, 40);
    expect(past.header).toBeNull();
    expect(past.problem?.message).toBe('Regel 40 is leeg of bestaat niet; kies de regel met de kolomnamen.');
  });

  it('falls back to the first row when no row looks like a header, and gives back every row after it', async () => {
    const text = ['Nummer;Uitslag;Stand', '1;77;II', '2;80;I'].join('\n');
    const { header, above, rest } = await split(text);
    expect(header?.cells).toEqual(['Nummer', 'Uitslag', 'Stand']);
    expect(above).toEqual([]);
    expect(rest.map((r) => r.line)).toEqual([2, 3]);
  });

  it('looks at the first HEADER_SEARCH_ROWS rows only: a header further down is not searched for', async () => {
    const lines = Array.from({ length: 31 }, (_, i) => `Opmerking ${i + 1}`);
    lines.push('Leerlingnummer;Toets;Toetsmoment;Vaardigheidsscore', '4101;RW;M5;201');
    const { header, rest } = await split(lines.join('\n'));
    expect(HEADER_SEARCH_ROWS).toBe(30);
    expect(header?.line).toBe(1);
    // The 29 rows read after the first, then the rest of the file, each once and in order.
    expect(rest.map((r) => r.line)).toEqual(Array.from({ length: 32 }, (_, i) => i + 2));
  });

  it('keeps only the last 30 rows above a chosen header far down the file', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ line: i + 1, cells: [`r${i + 1}`] }));
    const result = await splitHeader(rowsOf(rows), () => false, 36);
    expect(result.header?.cells).toEqual(['r36']);
    expect(result.above.map((r) => r.line)).toEqual(Array.from({ length: 30 }, (_, i) => i + 6));
    const rest: number[] = [];
    for await (const r of result.rows) rest.push(r.line);
    expect(rest).toEqual([37, 38, 39, 40]);
  });

  it('has no header and no problem for an empty file', async () => {
    const { header, problem, above, rest } = await split('');
    expect(header).toBeNull();
    expect(problem).toBeNull();
    expect(above).toEqual([]);
    expect(rest).toEqual([]);
  });

  it('ends the reading when closed before the rows are read', async () => {
    let returned = false;
    const source: AsyncIterable<SheetRow> = {
      [Symbol.asyncIterator]() {
        let line = 0;
        return {
          next: () =>
            Promise.resolve({ done: false, value: { line: ++line, cells: ['Leerlingnummer', 'Toets'] } }),
          return: () => {
            returned = true;
            return Promise.resolve({ done: true, value: undefined });
          },
        };
      },
    };
    const result = await splitHeader(source, isResultsHeader);
    expect(result.header?.line).toBe(1);
    await result.close();
    expect(returned).toBe(true);
  });

  it('reads the CSV of an export with a title block with ";" although its names hold commas', async () => {
    const reader = readSheetRows(PARNASSYS);
    const rows = await readAll(reader);
    expect(reader.info.separator).toBe(';');
    expect(rows.find((r) => r.line === 5)?.cells).toHaveLength(8);
  });
});

describe('looksLikeHeader', () => {
  it('needs two fields, one of them an exact column name', () => {
    expect(looksLikeHeader({ leerlingKey: { confidence: 1 }, toets: { confidence: 0.6 } })).toBe(true);
    expect(looksLikeHeader({ leerlingKey: { confidence: 1 } })).toBe(false);
    expect(looksLikeHeader({ toets: { confidence: 0.9 }, moment: { confidence: 0.7 } })).toBe(false);
    expect(looksLikeHeader({ toets: { confidence: 1 }, moment: undefined })).toBe(false);
  });

  it('takes the column names of Cito, ParnasSys, ESIS and Boom exports for a header, their title rows not', () => {
    expect(isResultsHeader(['Leerlingnummer', 'Achternaam', 'Roepnaam', 'Toets', 'Vaardigheidsscore'])).toBe(
      true,
    );
    expect(isResultsHeader(['Lln.nr.', 'Naam leerling', 'Toetsnaam', 'Periode', 'VS'])).toBe(true);
    expect(isResultsHeader(['Basisschool De Regenboog', '', '', ''])).toBe(false);
    expect(isResultsHeader(['Exportdatum: 03-02-2027', 'Schooljaar 2026-2027'])).toBe(false);
    expect(isResultsHeader(['Overzicht Boom LVS', 'Groep 5'])).toBe(false);
    // A data row: a number, a name, a test and a score are values, not column names.
    expect(isResultsHeader(['4101', 'Berg, van der, Daan', 'Spelling', 'M5', '142'])).toBe(false);
  });
});
