/**
 * POST /imports/results with files as schools export them: CSV in UTF-8 with BOM and in Windows-1252,
 * ';' and ',', decimal comma, Dutch and ISO dates, quoted fields, and XLSX. Then the same file twice,
 * and a corrected file. Catalog instruments and pupil matching are in results-matching.test.ts.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { countRows, demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import {
  dutchDate,
  placedPupils,
  reportOf,
  resultsQuery,
  uploadApi,
  type PlacedPupil,
} from './import-test-support';

interface Row {
  pupil: PlacedPupil;
  toets: string;
  toetsId: string;
  moment: string;
  date: string;
  score: number;
  niveau: string;
}

const OWN_TOETS = 'Leestoets Één';

describe.each(testEngines())('results import: formats and repeated files (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let send: ReturnType<typeof uploadApi>;
  let pupils: PlacedPupil[];
  let ownToetsId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    const api = testApi(database.db, engine);
    cookies = await loginAll(api);
    send = uploadApi(database.db, engine);
    pupils = placedPupils(data, demo.schoolA, demo.currentYear).filter((p) => p.jaargroep >= 3);
    const added = await api.call('POST', `/schools/${demo.schoolA}/instruments`, {
      cookie: cookies.ib,
      body: {
        name: OWN_TOETS,
        vak: 'begrijpend-lezen',
        version: '1',
        levelSystem: 'I-V',
        scaleKind: 'vaardigheid',
      },
    });
    expect(added.status).toBe(201);
    const own = await database.db
      .selectFrom('toets')
      .select('id')
      .where('school_id', '=', demo.schoolA)
      .executeTakeFirstOrThrow();
    ownToetsId = own.id;
  });
  afterAll(async () => database.dispose());

  const upload = async (bytes: Uint8Array | string, options: Parameters<typeof resultsQuery>[1] = {}) => {
    const response = await send('POST', resultsQuery(demo.schoolA, options), bytes, cookies.ib);
    expect(response.status).toBe(200);
    return reportOf(response.text);
  };
  const demoToets = (vak: string) => data.toets.find((t) => t.vak === vak) ?? data.toets[0];
  /** Rows for pupils [from, from+n): three toetsen named three ways (code, name, the school's own). */
  const rowsFor = (from: number, n: number, moment: string, date: string): Row[] =>
    pupils.slice(from, from + n).map((pupil, i) => {
      const [toets, toetsId] =
        i % 3 === 0
          ? [demoToets('rekenen-wiskunde')?.code ?? '', demoToets('rekenen-wiskunde')?.id ?? '']
          : i % 3 === 1
            ? [demoToets('spelling')?.name ?? '', demoToets('spelling')?.id ?? '']
            : [OWN_TOETS, ownToetsId];
      return {
        pupil,
        toets,
        toetsId,
        moment,
        date,
        score: 100 + i + 0.25 * (i % 4),
        niveau: ['I', 'II', 'III', 'IV', 'V'][i % 5] ?? 'III',
      };
    });
  const stored = async (r: Row) =>
    database.db
      .selectFrom('toetsresultaat')
      .selectAll()
      .where('leerling_id', '=', r.pupil.id)
      .where('toets_id', '=', r.toetsId)
      .where('schooljaar', '=', demo.currentYear)
      .where('moment', '=', r.moment)
      .executeTakeFirst();
  const expectStored = async (rows: Row[]) => {
    for (const r of rows) {
      expect(await stored(r)).toMatchObject({
        afnamedatum: r.date,
        vaardigheidsscore: r.score,
        niveau: r.niveau,
      });
    }
  };

  const utf8Rows = () => rowsFor(0, 9, 'B4', '2026-10-05');
  const utf8File = (rows: Row[]) =>
    '\uFEFF' +
    [
      'Leerlingnummer;Naam;Toets;Toetsmoment;Afnamedatum;Vaardigheidsscore;Niveau',
      ...rows.map((r) =>
        [
          r.pupil.key,
          `"${r.pupil.name}; groep ${r.pupil.jaargroep}"`,
          r.toets,
          r.moment,
          dutchDate(r.date),
          `"${String(r.score).replace('.', ',')}"`,
          r.niveau,
        ].join(';'),
      ),
    ].join('\r\n') +
    '\r\n';

  it('reads CSV in UTF-8 with BOM: ";", quoted fields, decimal comma and dd-mm-jjjj dates', async () => {
    const rows = utf8Rows();
    const report = await upload(utf8File(rows));
    expect(report).toMatchObject({ status: 'imported', format: 'csv', encoding: 'utf-8', problems: [] });
    expect(report.rows).toEqual({ total: rows.length, valid: rows.length, invalid: 0 });
    expect(report.counts).toEqual({ new: rows.length, changed: 0, unchanged: 0 });
    await expectStored(rows);
  });

  it('reads CSV in Windows-1252 with "," and ISO dates, where the accents decide which toets it is', async () => {
    const rows = rowsFor(9, 6, 'M4', '2026-10-06');
    const text = [
      'Leerling-ID,Naam,Toets,Periode,Datum,Ontwikkelscore,Niveau',
      ...rows.map((r) =>
        [
          r.pupil.key,
          `"${r.pupil.name}, Zoë"`,
          r.toets,
          r.moment,
          r.date,
          `"${String(r.score).replace('.', ',')}"`,
          r.niveau,
        ].join(','),
      ),
    ].join('\r\n');
    const bytes = iconv.encode(text, 'win1252');
    expect(bytes.includes(0xc9)).toBe(true); // 'É' as one Windows-1252 byte
    const report = await upload(bytes);
    expect(report).toMatchObject({ status: 'imported', encoding: 'windows-1252', problems: [] });
    expect(report.counts.new).toBe(rows.length);
    await expectStored(rows);
  });

  it('reads XLSX: numbers, date cells and date text', async () => {
    const rows = rowsFor(15, 6, 'E4', '2026-10-07');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Export');
    sheet.addRow(['Leerlingnummer', 'Toets', 'Moment', 'Afnamedatum', 'Vaardigheidsscore', 'Niveau']);
    rows.forEach((r, i) => {
      const [y, m, d] = r.date.split('-').map(Number);
      const row = sheet.addRow([
        r.pupil.key,
        r.toets,
        r.moment,
        i % 2 === 0 ? new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)) : dutchDate(r.date),
        r.score,
        r.niveau,
      ]);
      if (i % 2 === 0) row.getCell(4).numFmt = 'dd-mm-yyyy';
    });
    const report = await upload(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(report).toMatchObject({ status: 'imported', format: 'xlsx', problems: [] });
    expect(report.counts.new).toBe(rows.length);
    await expectStored(rows);
  });

  it('changes nothing when the same file is imported a second time', async () => {
    const tables = ['toetsresultaat', 'toets', 'import_batch', 'audit_log'] as const;
    const before = await countRows(database.db, tables);
    const rows = utf8Rows();
    const report = await upload(utf8File(rows));
    expect(report.status).toBe('imported');
    expect(report.counts).toEqual({ new: 0, changed: 0, unchanged: rows.length });
    expect(report.importId).toBeNull();
    expect(await countRows(database.db, tables)).toEqual(before);
  });

  it('replaces earlier values with a corrected file, keeping the row, and audits per pupil', async () => {
    const rows = utf8Rows();
    const ids = await Promise.all(rows.map(async (r) => (await stored(r))?.id));
    const corrected = rows.map((r, i) =>
      i === 1 || i === 4 ? { ...r, score: r.score + 7, niveau: 'I' } : r,
    );
    const [one, four] = [corrected[1], corrected[4]];
    if (!one || !four) throw new Error('too few rows');
    const report = await upload(utf8File(corrected));
    expect(report.counts).toEqual({ new: 0, changed: 2, unchanged: rows.length - 2 });
    await expectStored(corrected);
    expect(await Promise.all(rows.map(async (r) => (await stored(r))?.id))).toEqual(ids);
    expect((await stored(one))?.import_id).toBe(report.importId);

    const audits = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'result.import')
      .where('entity_id', '=', report.importId ?? '')
      .execute();
    expect(audits.map((a) => [a.leerling_id, JSON.parse(a.details ?? '{}')]).sort()).toEqual(
      [one, four].map((r) => [r.pupil.id, { created: 0, changed: 1 }]).sort(),
    );
    expect(
      audits.every(
        (a) => a.school_id === demo.schoolA && a.user_id === demo.account('ib@leerwinst.example').id,
      ),
    ).toBe(true);
  });
});
