/**
 * The XLSX reader under fuzzing, with the real limits: damaged bytes of a workbook (mostly caught by
 * the zip check, xlsx-zip.ts), and sound zips around damaged XML (which reach exceljs). Every case
 * ends in rows or Dutch problems, never in a throw, a hang or a temp file. `npm test` runs a short
 * version; `npm run fuzz` 100,000 cases (see test-helpers.ts).
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../limits';
import { readSheetRowsOffThread } from '../off-thread';
import { FUZZ_TIMEOUT, fuzzCounter, fuzzRuns, readAll, zipOf, type StoredEntry } from '../test-helpers';
import { readSheetRows } from './read-sheet';
import type { SheetReader } from './types';
import { zipEntries } from './xlsx-zip';

const parked = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));

async function workbook(sharedStrings: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Resultaten');
  ws.addRow(['Leerlingnummer', 'Naam', 'Afnamedatum', 'Vaardigheidsscore', 'Niveau']);
  for (let i = 0; i < 12; i += 1) {
    ws.addRow([`${5000 + i}`, `Zoë Çelik ${i}`, new Date(Date.UTC(2026, 0, 10 + i)), 150.5 + i, 'III']);
  }
  ws.addRow([
    '5100',
    { richText: [{ text: 'vet ' }, { text: 'gewoon' }] },
    46_041,
    { formula: 'D2*2', result: 301 },
  ]);
  wb.addWorksheet('Toelichting').addRow(['niet lezen']);
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: sharedStrings }));
}

/** The entries of a zip, unpacked. */
function unpacked(zip: Buffer): { name: string; text: Buffer }[] {
  return zipEntries(zip).map((e) => {
    const data = zip.subarray(e.dataStart, e.dataStart + e.compressedSize);
    return { name: e.name, text: e.method === 8 ? inflateRawSync(data) : Buffer.from(data) };
  });
}

const XML_JUNK = [
  '<',
  '>',
  '</c>',
  '<c r="A1" t="s"><v>99</v></c>',
  '<row r="0">',
  '&',
  '&#0;',
  '"',
  't="e"',
  '\u0000',
  '<v>1e400</v>',
  '<is><t>x',
  ']]>',
  's="999"',
  'r="XFD1048577"',
];

/** What damage to do to a text: cut, slice removed, junk inserted, slice doubled. */
const damage = fc.tuple(
  fc.nat(),
  fc.nat(300),
  fc.array(fc.constantFrom(...XML_JUNK), { maxLength: 4 }),
  fc.nat(3),
);

function damaged(text: Buffer, [at0, len, junk, kind]: [number, number, string[], number]): Buffer {
  const at = at0 % (text.length + 1);
  const end = Math.min(text.length, at + len);
  if (kind === 0) return text.subarray(0, at);
  if (kind === 1) return Buffer.concat([text.subarray(0, at), text.subarray(end)]);
  if (kind === 2) return Buffer.concat([text.subarray(0, at), Buffer.from(junk.join('')), text.subarray(at)]);
  return Buffer.concat([text.subarray(0, end), text.subarray(at)]);
}

function repacked(entries: { name: string; text: Buffer }[], deflate: boolean): Buffer {
  return zipOf(
    entries.map(({ name, text }): StoredEntry => {
      const data = deflate ? deflateRawSync(text) : text;
      return { name, data, deflated: deflate, crc: crc32(text), size: text.length };
    }),
  );
}

function keepsItsPromises(reader: SheetReader, rows: { line: number; cells: string[] }[]): void {
  for (const row of rows) expect(row.cells.length).toBeLessThanOrEqual(IMPORT_LIMITS.columns);
  for (const p of reader.info.problems) {
    expect(p.code).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
    // Dutch, and no text of a JavaScript error in it.
    expect(p.message).toMatch(/^(Het|Uitgepakt|Regel|Dit)\b/);
    expect(p.message).not.toMatch(/error|invalid|unexpected|undefined|cannot/i);
  }
}

describe('the XLSX reader under fuzzing', () => {
  const counter = fuzzCounter('XLSX parser');
  let bases: Buffer[] = [];
  let parts: { name: string; text: Buffer }[][] = [];
  const before = new Set(parked());

  beforeAll(async () => {
    bases = [await workbook(true), await workbook(false)];
    parts = bases.map(unpacked);
  });
  afterAll(() => {
    counter.summary();
    expect(parked().filter((f) => !before.has(f))).toEqual([]);
  });

  it(
    'reads damaged bytes of a workbook to rows or Dutch problems',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(1),
          fc.nat(),
          fc.uint8Array({ minLength: 1, maxLength: 16 }),
          fc.nat(2),
          async (which, at0, junk, kind) => {
            const base = bases[which] ?? Buffer.alloc(0);
            const at = at0 % base.length;
            const bytes =
              kind === 0
                ? base.subarray(0, at)
                : kind === 1
                  ? Buffer.concat([base.subarray(0, at), Buffer.from(junk), base.subarray(at)])
                  : Buffer.concat([base.subarray(0, at), Buffer.from(junk), base.subarray(at + junk.length)]);
            const reader = readSheetRows(bytes, { limits: IMPORT_LIMITS });
            keepsItsPromises(reader, await counter.run(readAll(reader)));
          },
        ),
        { numRuns: fuzzRuns(40, 50_000) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'reads sound zips of damaged worksheet, shared strings, styles or workbook XML',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(1),
          fc.constantFrom(
            'xl/worksheets/sheet1.xml',
            'xl/sharedStrings.xml',
            'xl/styles.xml',
            'xl/workbook.xml',
          ),
          fc.boolean(),
          damage,
          async (which, target, deflate, how) => {
            const entries = parts[which] ?? [];
            const part = entries.find((e) => e.name === target) ?? entries[0];
            if (!part) return;
            const text = damaged(part.text, how);
            const zip = repacked(
              entries.map((e) => (e === part ? { name: e.name, text } : e)),
              deflate,
            );
            const reader = readSheetRows(zip, { limits: IMPORT_LIMITS });
            keepsItsPromises(reader, await counter.run(readAll(reader)));
          },
        ),
        { numRuns: fuzzRuns(30, 40_000) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'reads the same in the worker as on this thread',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(1),
          fc.nat(),
          fc.uint8Array({ minLength: 1, maxLength: 8 }),
          async (which, at0, junk) => {
            const base = bases[which] ?? Buffer.alloc(0);
            const at = at0 % base.length;
            const bytes = Buffer.concat([
              base.subarray(0, at),
              Buffer.from(junk),
              base.subarray(at + junk.length),
            ]);
            const here = readSheetRows(bytes, { limits: IMPORT_LIMITS });
            const there = readSheetRowsOffThread(bytes);
            expect(await counter.run(readAll(there))).toEqual(await counter.run(readAll(here)));
            expect(there.info).toEqual(here.info);
          },
        ),
        { numRuns: fuzzRuns(10, 5_000) },
      );
    },
    FUZZ_TIMEOUT,
  );
});
