/**
 * The SEO import end to end, with the realistic files of fixtures/seo/ (invented pupils, see its
 * README). The expected figures are counted by hand from the files: the bands of percentiles by the
 * quarter lines (below 25 laag, above 75 hoog), Cito's I as hoog and V as laag.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import { asJson, countAll, uploadApi } from './import-test-support';
import { insertEigenLijst, insertSeoPupils, seoFixture, seoQuery, type SeoReport } from './seo-test-support';
import type { SeoInspectResponse } from './seo-import.schema';

const ZIEN = 'zien-leerkrachtlijst-groep6.csv';

describe.each(testEngines())('SEO import (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let send: ReturnType<typeof uploadApi>;
  let cookies: Record<LoginName, string>;
  let pupils: Map<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    pupils = await insertSeoPupils(database.db, demo.schoolA);
    await insertEigenLijst(database.db, demo.schoolA);
    send = uploadApi(database.db, engine);
    cookies = await loginAll(testApi(database.db, engine));
  });
  afterAll(async () => database.dispose());

  const run = async (
    name: string | Buffer,
    mode: 'preview' | 'apply',
    extra: { filename?: string; config?: unknown; who?: LoginName } = {},
  ) => {
    const file = typeof name === 'string' ? seoFixture(name) : name;
    const filename = extra.filename ?? (typeof name === 'string' ? name : undefined);
    const query = seoQuery(demo.schoolA, mode, { ...extra, ...(filename ? { filename } : {}) });
    const response = asJson<SeoReport>(await send('POST', query, file, cookies[extra.who ?? 'ib']));
    expect(response.status).toBe(200);
    return response.body;
  };
  const bandsOf = (report: SeoReport) =>
    report.perScale.reduce(
      (sum, s) => ({
        laag: sum.laag + s.bands.laag,
        gemiddeld: sum.gemiddeld + s.bands.gemiddeld,
        hoog: sum.hoog + s.bands.hoog,
      }),
      { laag: 0, gemiddeld: 0, hoog: 0 },
    );
  // Only the fixture pupils: the demo has SEO scores of its own.
  const stored = (instrument: string) =>
    database.db
      .selectFrom('seo_score')
      .selectAll()
      .where('instrument', '=', instrument)
      .where('leerling_id', 'in', [...pupils.values()])
      .execute();

  it('inspects a ZIEN! list below its title block: header line, instrument, list and date from the title', async () => {
    const response = asJson<SeoInspectResponse>(
      await send('POST', `/imports/seo/inspect?schoolId=${demo.schoolA}`, seoFixture(ZIEN), cookies.ib),
    );
    expect(response.status).toBe(200);
    const inspection = response.body;
    expect(inspection.headerRow).toBe(6);
    // The empty line 5 is no row of the file; the title block is lines 1–4.
    expect(inspection.above.map((r) => r.line)).toEqual([1, 2, 3, 4]);
    expect(inspection.sample[0]?.[0]).toBe('4101');
    expect(inspection.suggestion.constants).toEqual({
      instrument: 'zien',
      lijst: 'leerkracht',
      afnamedatum: '2026-11-12',
    });
    expect(inspection.suggestion.mapping).toEqual({ leerlingKey: 0, naam: 1, groep: 2 });
    expect(inspection.suggestion.scaleColumns.map((c) => c.column)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(inspection.problems).toEqual([]);
    expect(inspection.instruments.find((i) => i.source === 'school')?.name).toBe(
      'Welbevindenlijst De Vlinder',
    );
  });

  it('previews the ZIEN! list with the figures counted by hand, and writes nothing', async () => {
    const before = await countAll(database.db);
    const report = await run(ZIEN, 'preview');
    expect(report.status).toBe('preview');
    expect(report.headerRow).toBe(6);
    // Six pupils; Sem (4106) has no scores yet: skipped with a warning.
    expect(report.rows).toEqual({ total: 6, valid: 5, invalid: 0, empty: 0 });
    expect(report.scores).toEqual({ total: 35, new: 35, changed: 0, unchanged: 0 });
    expect(report.pupils).toBe(5);
    expect(bandsOf(report)).toEqual({ laag: 6, gemiddeld: 19, hoog: 10 });
    const betrokkenheid = report.perScale.find((s) => s.schaal === 'betrokkenheid');
    expect(betrokkenheid).toEqual({
      instrument: 'zien',
      lijst: 'leerkracht',
      schaal: 'betrokkenheid',
      scores: 5,
      bands: { laag: 1, gemiddeld: 2, hoog: 2 },
      signals: 0,
    });
    expect(report.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Regel 12: er staat geen score in; de regel is overgeslagen.'],
    ]);
    expect(await countAll(database.db)).toEqual(before);
  });

  it('imports all or nothing; the same file again changes nothing; a corrected file replaces and audits one row per pupil', async () => {
    const applied = await run(ZIEN, 'apply');
    expect(applied.status).toBe('imported');
    const rows = await stored('zien');
    expect(rows).toHaveLength(35);
    const daan = rows.find((r) => r.leerling_id === pupils.get('4101') && r.schaal === 'welbevinden');
    expect(daan).toMatchObject({
      percentiel: 77,
      band: 'hoog',
      lijst: 'leerkracht',
      afnamedatum: '2026-11-12',
    });
    expect(daan?.schooljaar).toBe('2026-2027');
    const batch = await database.db
      .selectFrom('import_batch')
      .selectAll()
      .where('id', '=', applied.importId ?? '')
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ kind: 'seo', school_id: demo.schoolA, filename: ZIEN });
    const audits = () =>
      database.db.selectFrom('audit_log').selectAll().where('action', '=', 'seo.import').execute();
    expect((await audits()).length).toBe(5);

    const before = await countAll(database.db);
    const again = await run(ZIEN, 'apply');
    expect(again.scores).toEqual({ total: 35, new: 0, changed: 0, unchanged: 35 });
    expect(again.importId).toBeNull();
    const after = await countAll(database.db);
    // Only the read of the answer is audited; no score, batch or change row is added.
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });

    // Sara's (4102) welbevinden corrected from 50 to 20: one change, one audit row for her alone.
    const corrected = seoFixture(ZIEN)
      .toString('utf8')
      .replace('4102;Bakker, Sara;6B;45;50;', '4102;Bakker, Sara;6B;45;20;');
    const fixed = await run(Buffer.from(corrected), 'apply', { filename: 'zien-gecorrigeerd.csv' });
    expect(fixed.scores).toEqual({ total: 35, new: 0, changed: 1, unchanged: 34 });
    const sara = (await stored('zien')).find(
      (r) => r.leerling_id === pupils.get('4102') && r.schaal === 'welbevinden',
    );
    expect(sara).toMatchObject({ percentiel: 20, band: 'laag', import_id: fixed.importId });
    const changeAudits = (await audits()).filter((a) => a.entity_id === fixed.importId);
    expect(changeAudits.map((a) => [a.leerling_id, JSON.parse(a.details ?? '{}')])).toEqual([
      [pupils.get('4102'), { created: 0, changed: 1 }],
    ]);
  });

  it('reads a long KanVAS file: the pupils’ list, raw scores and the signal, signalled pupils by name', async () => {
    const report = await run('kanvas-sociale-veiligheid.csv', 'preview');
    expect(report.status).toBe('preview');
    expect(report.scores.total).toBe(20);
    expect(report.pupils).toBe(4);
    expect(report.perScale.map((s) => s.schaal).sort()).toEqual(
      [
        'angst-voor-incidenten',
        'incidenten',
        'leerkracht-treedt-op',
        'veiligheidsbeleving',
        'welbevinden',
      ].sort(),
    );
    expect(report.perScale.every((s) => s.lijst === 'leerling')).toBe(true);
    expect(report.perScale.reduce((n, s) => n + s.signals, 0)).toBe(5);
    expect(report.signalled).toEqual([
      { key: '4102', name: 'Sara Bakker', signals: 4 },
      { key: '4104', name: 'Milan Jansen', signals: 1 },
    ]);
    // The beheerder may import, not read pupils: the same figures, no names.
    const beheerder = await run('kanvas-sociale-veiligheid.csv', 'preview', { who: 'beheerder' });
    expect(beheerder.scores.total).toBe(20);
    expect(beheerder.signalled).toEqual([]);
  });

  it('reads SCOL (wide raw scores), Kindbegrip (ECK-iD, both lists, named by the file), LiB and the school’s own list', async () => {
    const scol = await run('scol-leerkrachtversie.csv', 'preview');
    expect([scol.status, scol.scores.total, scol.pupils, scol.perScale.length]).toEqual([
      'preview',
      24,
      3,
      8,
    ]);
    expect(bandsOf(scol)).toEqual({ laag: 0, gemiddeld: 0, hoog: 0 });

    const kindbegrip = await run('kindbegrip-export-2027.csv', 'preview');
    expect([kindbegrip.status, kindbegrip.scores.total, kindbegrip.pupils]).toEqual(['preview', 20, 2]);
    expect(bandsOf(kindbegrip)).toEqual({ laag: 4, gemiddeld: 14, hoog: 2 });
    expect(new Set(kindbegrip.perScale.map((s) => s.lijst))).toEqual(new Set(['leerkracht', 'leerling']));

    const lib = await run('lib-sociaal-emotioneel.csv', 'preview');
    expect([lib.status, lib.scores.total, lib.pupils]).toEqual(['preview', 11, 2]);
    expect(bandsOf(lib)).toEqual({ laag: 2, gemiddeld: 8, hoog: 1 });

    const eigen = await run('eigen-welbevindenlijst.csv', 'apply');
    expect([eigen.status, eigen.scores.total, eigen.pupils]).toEqual(['imported', 9, 3]);
    const saved = await stored('eigen-welbevinden-vlinder');
    expect(
      saved
        .filter((r) => r.schaal === 'veilig-plein')
        .map((r) => r.ruwe_score)
        .sort(),
    ).toEqual([2, 5, 5]);
    expect(saved.every((r) => r.lijst === 'leerling' && r.afnamedatum === '2026-12-10')).toBe(true);
  });

  it('reads the ZIEN! list as an Excel export: percentiles as numbers, the date in the cell after its label', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Groepsoverzicht');
    ws.addRow(['ZIEN! Leerkrachtvragenlijst']);
    ws.addRow(['Afnamedatum', new Date(Date.UTC(2027, 3, 14))]);
    ws.addRow([]);
    const csv = seoFixture(ZIEN)
      .toString('utf8')
      .split('\n')
      .slice(5)
      .filter((l) => l.trim() !== '');
    const [header, ...pupilRows] = csv.map((line) => line.split(';'));
    ws.addRow(header ?? []);
    // The pupil's number as text, the percentiles as numbers; an empty percentile is no cell at all.
    for (const cells of pupilRows) ws.addRow(cells.map((c, i) => (c === '' ? null : i >= 3 ? Number(c) : c)));
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const report = await run(xlsx, 'preview', { filename: 'ZIEN groepsoverzicht.xlsx' });
    expect([report.status, report.format, report.headerRow]).toEqual(['preview', 'xlsx', 4]);
    expect(report.scores.total).toBe(35);
    expect(bandsOf(report)).toEqual({ laag: 6, gemiddeld: 19, hoog: 10 });
    // The April list is a new date: every score new, beside the November ones.
    expect(report.scores.new).toBe(35);
  });

  it('refuses a bad file as a whole, naming the lines, the unknown scale once and the range', async () => {
    const before = await countAll(database.db);
    const report = await run('kanvas-fout.csv', 'apply');
    expect(report.status).toBe('refused');
    expect(report.rows).toEqual({ total: 5, valid: 1, invalid: 4, empty: 0 });
    expect(report.problems.map((p) => p.message)).toEqual([
      "3 regels (5, 7, 8): onbekende schaal 'Pestgedrag' van KanVAS.",
      'Regel 6: ruwe score -2 in kolom 6 ("Score") ligt buiten het bereik (0 of meer).',
    ]);
    const after = await countAll(database.db);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  });

  it('asks for the instrument when neither the file nor the user names it', async () => {
    const bare = 'Leerlingnummer;Datum;Schaal;Score\n4101;01-02-2027;Welbevinden;3\n';
    const report = await run(Buffer.from(bare), 'preview', { filename: 'export.csv' });
    expect(report.status).toBe('refused');
    expect(report.problems.map((p) => p.code)).toEqual([
      'seo-mapping.geen-instrument',
      'seo-mapping.geen-lijst',
    ]);
    const chosen = await run(Buffer.from(bare), 'preview', {
      filename: 'export.csv',
      config: { constants: { instrument: 'lib-sef', lijst: 'leerling' } },
    });
    expect([chosen.status, chosen.scores.total]).toEqual(['preview', 1]);
    // KanVAS named as exports name it: its only list, the pupils', needs no choice.
    const named = await run(Buffer.from(bare), 'preview', {
      filename: 'export.csv',
      config: { constants: { instrument: 'Kanjertraining' } },
    });
    expect([named.status, named.perScale[0]?.instrument, named.perScale[0]?.lijst]).toEqual([
      'preview',
      'kanvas',
      'leerling',
    ]);
  });
});
