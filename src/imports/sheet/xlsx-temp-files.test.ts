/**
 * XLSX files that used to leave exceljs' temp files behind (issue 13): a zip whose 1 GB worksheet
 * comes before the shared strings, and a workbook cut off after its worksheet. Both are built here,
 * read the way an import reads them (off-thread.ts: a worker, the real limits), and must be refused
 * in Dutch without a JavaScript error text, leaving no temp file, on every path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSheetRowsOffThread } from '../off-thread';
import { readAll, within, zipOf, type StoredEntry } from '../test-helpers';

/** exceljs' temp files (the `tmp` package) are named tmp-<pid>-…; a worker thread has the same pid. */
const parked = () => readdirSync(tmpdir()).filter((f) => f.startsWith(`tmp-${process.pid}-`));

const text = (name: string, content: string): StoredEntry => {
  const data = Buffer.from(content, 'utf8');
  return { name, data, deflated: false, crc: crc32(data), size: data.length };
};

const PARTS = [
  text(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ),
  text(
    'xl/workbook.xml',
    '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Resultaten" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  text(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
];
const SHARED_STRINGS = text(
  'xl/sharedStrings.xml',
  '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Zoë Çelik</t></si></sst>',
);

/**
 * 1 GB of one letter as raw deflate, some 1 MB: one flushed (so self-contained) block of 1 MB,
 * repeated, and a closing empty block. The checksum is the real one of the gigabyte.
 */
function gigabyteSheet(declaredSize: number): StoredEntry {
  const megabyte = Buffer.alloc(1 << 20, 'A');
  const block = deflateRawSync(megabyte, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < 1024; i += 1) crc = crc32(megabyte, crc);
  const data = Buffer.concat([...Array.from({ length: 1024 }, () => block), deflateRawSync(Buffer.alloc(0))]);
  return { name: 'xl/worksheets/sheet1.xml', data, deflated: true, crc, size: declaredSize };
}

async function readOffThread(bytes: Buffer) {
  const reader = readSheetRowsOffThread(bytes);
  const rows = await within(20_000, readAll(reader));
  return { rows, problems: reader.info.problems };
}

/** No text of a JavaScript error: no English words of zip or stream errors, no stack, no path. */
function expectDutchOnly(message: string): void {
  expect(message).not.toMatch(/error|invalid|signature|unexpected|undefined|cannot|at \w|\/tmp|ENOENT/i);
  expect(message).toMatch(/Excel-bestand/);
}

describe('XLSX files that used to leave temp files', () => {
  it('refuses a 1 MB zip whose 1 GB worksheet comes before the shared strings, and writes no temp file', async () => {
    const before = new Set(parked());
    const bomb = zipOf([...PARTS, gigabyteSheet(1024 * 1024 * 1024), SHARED_STRINGS]);
    expect(bomb.length).toBeLessThan(3 * 1024 * 1024);
    const { rows, problems } = await readOffThread(bomb);
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'xlsx.uitgepakt-te-groot' });
    expect(problems[0]?.message).toMatch(/^Uitgepakt is dit Excel-bestand groter dan 400 MB, de grens/);
    expect(parked().filter((f) => !before.has(f))).toEqual([]);
  });

  it('refuses the same gigabyte when the zip claims it is 1 MB, after inflating little more than that', async () => {
    const before = new Set(parked());
    const lying = zipOf([...PARTS, gigabyteSheet(1024 * 1024), SHARED_STRINGS]);
    const started = process.hrtime.bigint();
    const { rows, problems } = await readOffThread(lying);
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['xlsx.leesfout']);
    expectDutchOnly(problems[0]?.message ?? '');
    expect(parked().filter((f) => !before.has(f))).toEqual([]);
    // Not a time limit: inflating the whole gigabyte takes seconds, stopping after a megabyte does not.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(10_000);
  });

  it('refuses a workbook cut off after its worksheet of pupil names, and leaves no temp file with them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Resultaten');
    ws.addRow(['Leerlingnummer', 'Naam', 'Vaardigheidsscore']);
    for (let i = 0; i < 500; i += 1) ws.addRow([`${5000 + i}`, `Leerling Geheimnaam-${i}`, 150 + i]);
    // Names in the worksheet itself (inline strings, as some LVS exports write them).
    const whole = Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: false }));
    const sheetAt = whole.indexOf('xl/worksheets/sheet1.xml');
    const afterSheet = whole.indexOf('PK\x03\x04', sheetAt);
    expect([sheetAt > 0, afterSheet > sheetAt]).toEqual([true, true]);
    const before = new Set(parked());
    for (const cut of [afterSheet, Math.floor(whole.length * 0.9), whole.length - 10]) {
      const { rows, problems } = await readOffThread(whole.subarray(0, cut));
      expect(rows).toEqual([]);
      expect(problems.map((p) => p.code)).toEqual(['xlsx.leesfout']);
      expectDutchOnly(problems[0]?.message ?? '');
    }
    const left = parked().filter((f) => !before.has(f));
    const withNames = left.filter((f) => {
      const path = join(tmpdir(), f);
      return existsSync(path) && readFileSync(path).includes('Geheimnaam');
    });
    expect({ left, withNames }).toEqual({ left: [], withNames: [] });
    // The whole workbook is read, and leaves nothing either.
    const { rows, problems } = await readOffThread(whole);
    expect([rows.length, problems]).toEqual([501, []]);
    expect(parked().filter((f) => !before.has(f))).toEqual([]);
  });
});
