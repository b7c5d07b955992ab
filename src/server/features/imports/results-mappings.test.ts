/**
 * Around the results import: the first look at a file (inspect), saved column mappings, the school's
 * own instruments, and the NDJSON answer with progress lines for a big file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { DemoData } from '../../../demo/generator';
import { INSTRUMENTS, RESULT_FIELDS } from '../../../imports';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { countRows, demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { expectError, loginAll, testApi } from '../../../testing/http';
import type { InspectResponse, InstrumentList, SavedMappingList } from './imports.schema';
import {
  asJson,
  countAll,
  ndjson,
  parserFixture,
  placedPupils,
  reportOf,
  resultsQuery,
  uploadApi,
} from './import-test-support';

type Mappings = z.infer<typeof SavedMappingList>;
type Instruments = z.infer<typeof InstrumentList>;

describe.each(testEngines())('results import: inspect, mappings, instruments, progress (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let demo: DemoLookup;
  let api: ReturnType<typeof testApi>;
  let send: ReturnType<typeof uploadApi>;
  let cookies: Record<LoginName, string>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    send = uploadApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const inspect = async (bytes: Uint8Array | string, schoolId = demo.schoolA) =>
    asJson<InspectResponse>(
      await send('POST', `/imports/results/inspect?schoolId=${schoolId}`, bytes, cookies.ib),
    ).body;
  const mappingsPath = (name = '') =>
    `/schools/${demo.schoolA}/import-mappings${name ? `/${encodeURIComponent(name)}` : ''}`;

  it('suggests the mapping from Dutch headers and shows the first rows, writing only the read’s audit', async () => {
    const before = await countAll(database.db);
    const result = await inspect(parserFixture('csv/cito-export-puntkomma-bom.csv'));
    expect(result).toMatchObject({ format: 'csv', encoding: 'utf-8', separator: ';', savedMappings: [] });
    expect(result.headers).toEqual([
      'Leerlingnummer',
      'Achternaam',
      'Roepnaam',
      'Groep',
      'Toets',
      'Toetsmoment',
      'Afnamedatum',
      'Vaardigheidsscore',
      'Niveau I-V',
      'Opmerking',
    ]);
    expect(result.suggestion.mapping).toEqual({
      leerlingKey: 0,
      achternaam: 1,
      roepnaam: 2,
      groep: 3,
      toets: 4,
      moment: 5,
      afnamedatum: 6,
      vaardigheidsscore: 7,
      niveau: 8,
    });
    // The four data rows of the file; the row of empty cells and the blank line are no rows.
    expect(result.sample.map((r) => r[0])).toEqual(['5001', '5002', '5003', '5004']);
    expect(result.sample[0]).toEqual([
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
    expect(result.sample[1]?.[9]).toBe('Afname in twee delen;\nziek op dag 1');
    expect(result.fields.map((f) => f.field)).toEqual([...RESULT_FIELDS]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);

    const many = [
      'Lln.nr.;Toetsnaam;Periode;Datum afname;VS',
      ...Array.from({ length: 8 }, (_, i) => `${i};RW;M5;1-2-2027;${i}`),
    ].join('\n');
    const big = await inspect(many);
    expect(big.sample).toHaveLength(5);
    expect(big.suggestion.mapping).toEqual({
      leerlingKey: 0,
      toets: 1,
      moment: 2,
      afnamedatum: 3,
      vaardigheidsscore: 4,
    });
    // Nothing but the audit rows of the two reads: the first rows of a file hold pupils' names.
    expect(await countAll(database.db)).toEqual({ ...before, audit_log: (before.audit_log ?? 0) + 2 });
  });

  it('saves, lists, replaces and deletes a named mapping, per school and audited', async () => {
    const body = {
      mapping: { leerlingKey: 0, vaardigheidsscore: 1, niveau: 2 },
      headers: ['Nummer', 'Score', 'Stand'],
      constants: { toets: data.toets[0]?.code ?? '', moment: 'E5' },
    };
    const audits = () => countRows(database.db, ['audit_log']);
    const start = await audits();
    const saved = await api.call<Mappings>('PUT', mappingsPath('Eigen export'), { cookie: cookies.ib, body });
    expect(saved.status).toBe(200);
    expect(saved.body.mappings).toEqual([{ ...body, name: 'Eigen export', updatedAt: expect.any(String) }]);
    const replaced = await api.call<Mappings>('PUT', mappingsPath('Eigen export'), {
      cookie: cookies.schoolleider,
      body: { ...body, constants: { ...body.constants, moment: 'M6' } },
    });
    expect(replaced.body.mappings.map((m) => [m.name, m.constants?.moment])).toEqual([
      ['Eigen export', 'M6'],
    ]);
    expect((await api.call<Mappings>('GET', mappingsPath(), { cookie: cookies.beheerder })).body).toEqual(
      replaced.body,
    );
    const otherSchool = await api.call<Mappings>('GET', `/schools/${demo.schoolB}/import-mappings`, {
      cookie: cookies.ibOtherSchool,
    });
    expect(otherSchool.body.mappings).toEqual([]);

    // Inspect points out which saved mapping fits the file's header.
    const fits = await inspect('Nummer;Score;Stand\n1;2;3');
    expect(fits.savedMappings.map((m) => [m.name, m.matchesHeaders])).toEqual([['Eigen export', true]]);
    expect((await inspect('Nummer;Score\n1;2')).savedMappings.map((m) => m.matchesHeaders)).toEqual([false]);

    // Used through the API: the header alone would not do, the mapping and its constants do.
    const pupil = placedPupils(data, demo.schoolA, demo.currentYear)[0];
    const file = `Nummer;Score;Stand\n${pupil?.key};77;II`;
    const config = { mapping: body.mapping, constants: { ...body.constants, afnamedatum: '15-06-2027' } };
    const used = reportOf(
      (await send('POST', resultsQuery(demo.schoolA, { config }), file, cookies.ib)).text,
    );
    expect(used).toMatchObject({ status: 'imported', counts: { new: 1 } });
    const without = reportOf((await send('POST', resultsQuery(demo.schoolA), file, cookies.ib)).text);
    expect(without.status).toBe('refused');

    const deleted = await api.call<Mappings>('DELETE', mappingsPath('Eigen export'), { cookie: cookies.ib });
    expect(deleted.body.mappings).toEqual([]);
    expectError(
      await api.call('DELETE', mappingsPath('Eigen export'), { cookie: cookies.ib }),
      404,
      'not_found',
    );
    const actions = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'import.mapping.%')
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual([
      'import.mapping.delete',
      'import.mapping.save',
      'import.mapping.save',
    ]);
    // 3 mapping rows and one result.import row for the pupil, and a read row for each of the two
    // inspections, which showed the file's rows (the route layer audits answers with pupil data).
    expect((await audits()).audit_log).toBe((start.audit_log ?? 0) + 4 + 2);
  });

  it('adds a school’s own instrument, lists it with the catalog, and uses it for that school only', async () => {
    const path = `/schools/${demo.schoolA}/instruments`;
    const listed = await api.call<Instruments>('GET', path, { cookie: cookies.ib });
    expect(listed.body.instruments.map((i) => i.code)).toEqual(INSTRUMENTS.map((i) => i.code));
    const body = {
      name: 'Leesboog',
      vak: 'begrijpend-lezen',
      version: '2026',
      levelSystem: 'A-E',
      scaleKind: 'vaardigheid',
    };
    const added = await api.call<Instruments>('POST', path, { cookie: cookies.ib, body });
    expect(added.status).toBe(201);
    const own = added.body.instruments.filter((i) => i.source === 'school');
    expect(own).toEqual([
      expect.objectContaining({
        name: 'Leesboog',
        version: '2026',
        vak: 'begrijpend-lezen',
        levelSystem: 'A-E',
      }),
    ]);
    const row = await database.db
      .selectFrom('toets')
      .selectAll()
      .where('school_id', '=', demo.schoolA)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      code: own[0]?.code,
      scale_key: `${demo.schoolA}:${own[0]?.code}`,
      scale_kind: 'vaardigheid',
    });
    expectError(await api.call('POST', path, { cookie: cookies.schoolleider, body }), 409, 'conflict');

    const [p, q] = placedPupils(data, demo.schoolA, demo.currentYear);
    const file = (level: string) =>
      `Leerlingnummer;Toets;Moment;Afnamedatum;Vaardigheidsscore;Niveau\n${p?.key};Leesboog;E6;10-06-2027;31;${level}\n${q?.key};leesboog;E6;10-06-2027;29;C`;
    // Levels are read in the instrument's own system.
    const wrongLevel = reportOf(
      (await send('POST', resultsQuery(demo.schoolA), file('III'), cookies.ib)).text,
    );
    expect(wrongLevel.problems.map((x) => [x.line, x.code])).toEqual([[2, 'resultaat.niveau']]);
    const report = reportOf((await send('POST', resultsQuery(demo.schoolA), file('B'), cookies.ib)).text);
    expect(report).toMatchObject({ status: 'imported', counts: { new: 2 }, newToetsen: [] });
    const stored = await database.db
      .selectFrom('toetsresultaat')
      .select(['leerling_id', 'niveau'])
      .where('toets_id', '=', row.id)
      .execute();
    expect(stored.map((s) => [s.leerling_id, s.niveau]).sort()).toEqual(
      [
        [p?.id, 'B'],
        [q?.id, 'C'],
      ].sort(),
    );

    const b = placedPupils(data, demo.schoolB, demo.currentYear)[0];
    const elsewhere = reportOf(
      (
        await send(
          'POST',
          resultsQuery(demo.schoolB),
          `Leerlingnummer;Toets;Moment;Afnamedatum;Vaardigheidsscore\n${b?.key};Leesboog;E6;10-06-2027;30`,
          cookies.ibOtherSchool,
        )
      ).text,
    );
    expect(elsewhere.problems.map((x) => x.code)).toEqual(['resultaat.toets']);
  });

  it('answers a file over 5000 rows with progress lines while reading and saving, the report last', async () => {
    const pupils = placedPupils(data, demo.schoolA, demo.currentYear);
    // Not E5: the mapping test above stored an E5 result.
    const moments = ['B3', 'M3', 'E3', 'B4', 'M4', 'E4', 'B5', 'M5', 'B6'];
    const lines = ['Leerlingnummer;Toets;Moment;Afnamedatum;Vaardigheidsscore'];
    for (const p of pupils)
      for (const t of data.toets)
        for (const m of moments)
          lines.push(`${p.key};${t.code};${m};0${(lines.length % 9) + 1}-09-2026;${lines.length % 97}`);
    const rows = lines.length - 1;
    expect(rows).toBeGreaterThan(5000);
    const response = await send('POST', resultsQuery(demo.schoolA), lines.join('\n'), cookies.ib);
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const answer = ndjson(response.text);
    const progress = answer.slice(0, -1);
    const reading = Array.from({ length: Math.floor(rows / 5000) }, (_, i) => ({
      type: 'progress',
      phase: 'lezen',
      rows: (i + 1) * 5000,
    }));
    const saving = Array.from({ length: Math.ceil(rows / 2000) }, (_, i) => ({
      type: 'progress',
      phase: 'opslaan',
      rows: Math.min((i + 1) * 2000, rows),
    }));
    expect(progress).toEqual([...reading, ...saving]);
    const last = answer.at(-1);
    expect(last?.type).toBe('report');
    expect(last?.type === 'report' && last.report.counts).toEqual({ new: rows, changed: 0, unchanged: 0 });
  });
});
