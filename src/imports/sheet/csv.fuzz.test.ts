/**
 * The CSV reader under fuzzing, with the real limits: written rows come back exactly, in any
 * encoding, separator, line end and chunking; damaged files and random bytes only ever end in
 * problems (coded, Dutch), never in a throw or a hang. `npm test` runs a short version; `npm run
 * fuzz` 100,000 cases (see test-helpers.ts).
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../limits';
import { readSheetRowsOffThread } from '../off-thread';
import {
  FUZZ_TIMEOUT,
  fuzzCounter,
  fuzzRuns,
  fixtureBytes,
  readAll,
  splitAt,
  streamOf,
} from '../test-helpers';
import { readSheetRows } from './read-sheet';
import type { CsvSeparator, SheetReader } from './types';

const FIXTURES = [
  'csv/cito-export-puntkomma-bom.csv',
  'csv/iep-export-komma.csv',
  'csv/parnassys-export-windows1252.csv',
].map(fixtureBytes);

/** Characters that Windows-1252 can write too, so a file can be written in either encoding. */
const cell = fc.string({
  unit: fc.constantFrom('a', 'Z', 'ë', 'Ç', 'ß', '1', ' ', ';', ',', '\t', '"', '\n', '\r\n', "'", '€', '='),
  maxLength: 10,
});

function toCsv(rows: string[][], sep: CsvSeparator, eol: string): string {
  const quote = (c: string) => (/["\r\n]/.test(c) || c.includes(sep) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join(sep)).join(eol) + eol;
}

/** A valid file with one kind of damage: cut, slice removed, junk inserted, slice doubled. */
const damaged = fc
  .tuple(fc.constantFrom(...FIXTURES), fc.nat(), fc.nat(200), fc.uint8Array({ maxLength: 40 }), fc.nat(3))
  .map(([file, at0, len, junk, kind]) => {
    const at = at0 % (file.length + 1);
    const end = Math.min(file.length, at + len);
    if (kind === 0) return file.subarray(0, at);
    if (kind === 1) return Buffer.concat([file.subarray(0, at), file.subarray(end)]);
    if (kind === 2) return Buffer.concat([file.subarray(0, at), Buffer.from(junk), file.subarray(at)]);
    return Buffer.concat([file.subarray(0, end), file.subarray(at)]);
  });

function keepsItsPromises(reader: SheetReader, rows: { line: number; cells: string[] }[]): void {
  let previous = 0;
  for (const row of rows) {
    expect(row.line).toBeGreaterThan(previous);
    previous = row.line;
    expect(row.cells.length).toBeLessThanOrEqual(IMPORT_LIMITS.columns);
  }
  for (const p of reader.info.problems) {
    expect(p.code).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
    expect(p.message).toMatch(/^\P{Cc}*\S/u);
  }
}

describe('the CSV reader under fuzzing', () => {
  const counter = fuzzCounter('CSV parser');
  afterAll(() => {
    counter.summary();
  });

  it(
    'gives back exactly the rows written, in UTF-8 or Windows-1252, with any separator and chunking',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 10 }),
          fc.constantFrom<CsvSeparator>(';', ',', '\t'),
          fc.constantFrom('\r\n', '\n'),
          fc.constantFrom('utf8-bom', 'utf8', 'win1252'),
          fc.array(fc.nat(), { maxLength: 6 }),
          async (raw, sep, eol, encoding, cuts) => {
            const width = Math.max(2, raw[0]?.length ?? 2);
            // Windows-1252 bytes of "Ç€" are also valid UTF-8 (see text/decode.ts): no € in those.
            const plain = (c: string) => (encoding === 'win1252' ? c.replace(/€/g, 'E') : c);
            // A plain first cell with a letter in it, as an export (and its header) has.
            const rows = raw.map((r, i) => [
              `k${i}`,
              ...Array.from({ length: width - 1 }, (_, j) => plain(r[j] ?? '')),
            ]);
            const text = toCsv(rows, sep, eol);
            const bytes =
              encoding === 'win1252'
                ? iconv.encode(text, 'windows-1252')
                : Buffer.from(`${encoding === 'utf8-bom' ? '\uFEFF' : ''}${text}`, 'utf8');
            const reader = readSheetRows(streamOf(splitAt(bytes, cuts)), {
              separator: sep,
              limits: IMPORT_LIMITS,
            });
            const read = await counter.run(readAll(reader));
            expect(read.map((r) => r.cells)).toEqual(rows.map((r) => r.map((c) => c.replace(/\r\n/g, '\n'))));
            expect(reader.info.problems).toEqual([]);
          },
        ),
        { numRuns: fuzzRuns(150, 40_000) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'only reports problems for damaged files and random bytes, in any chunking',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            damaged,
            fc.uint8Array({ maxLength: 3000 }).map((b) => Buffer.from(b)),
          ),
          fc.array(fc.nat(), { maxLength: 5 }),
          async (bytes, cuts) => {
            const reader = readSheetRows(streamOf(splitAt(bytes, cuts)), { limits: IMPORT_LIMITS });
            keepsItsPromises(reader, await counter.run(readAll(reader)));
          },
        ),
        { numRuns: fuzzRuns(200, 50_000) },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'reads the same in the worker as on this thread',
    async () => {
      await fc.assert(
        fc.asyncProperty(damaged, async (bytes) => {
          const here = readSheetRows(bytes, { limits: IMPORT_LIMITS });
          const there = readSheetRowsOffThread(bytes);
          const [a, b] = [await counter.run(readAll(here)), await counter.run(readAll(there))];
          expect(b).toEqual(a);
          expect(there.info).toEqual(here.info);
        }),
        { numRuns: fuzzRuns(20, 5_000) },
      );
    },
    FUZZ_TIMEOUT,
  );
});
