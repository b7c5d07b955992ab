/**
 * GET /schools/{id}/results/export: only IB and schoolleider of the school may download it (names are
 * in it), and every row, read back from the XLSX and the CSV, is a generated demo result at the
 * meetpunt with its pupil, group, level (as given or from the norms) and functioneringsniveau.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  demoTables,
  expectedEnrichment,
  meetpuntOfResult,
  sortMeetpunten,
  type DemoResult,
  type EngineTables,
} from '../../../testing/engine-expect';
import {
  demoLookup,
  LOGIN,
  seedDemo,
  unknownId,
  type DemoLookup,
  type LoginName,
} from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import {
  asCsv,
  fromSheet,
  parseCsv,
  rawApi,
  readWorkbook,
  sheetValues,
  utf8,
  VAK_LABELS,
  type ExportValue,
} from './export-test-support';

const HEADERS = [
  'Leerlingnummer',
  'Naam',
  'Groep',
  'Jaargroep',
  'Vak',
  'Toets',
  'Versie',
  'Moment',
  'Afnamedatum',
  'Vaardigheidsscore',
  'Niveau',
  'Niveau-bron',
  'Functioneringsniveau',
];

describe.each(testEngines())('school results export (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let get: ReturnType<typeof rawApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let tables: EngineTables;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let ofSchoolA: DemoResult[];
  let meetpunten: string[];
  /** A result at the latest meetpunt whose score was made x.5, in the database and in `data`. */
  let known: DemoResult;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    tables = demoTables(data);
    api = testApi(database.db, engine);
    get = rawApi(database.db, engine);
    cookies = await loginAll(api);
    const pupils = new Set(data.leerling.filter((l) => l.school_id === demo.schoolA).map((l) => l.id));
    ofSchoolA = data.toetsresultaat.filter((r) => pupils.has(r.leerling_id));
    meetpunten = sortMeetpunten(ofSchoolA.map(meetpuntOfResult));
    const found = ofSchoolA.find(
      (r) => meetpuntOfResult(r) === meetpunten.at(-1) && r.vaardigheidsscore != null,
    );
    if (!found) throw new Error('the demo needs results at the latest meetpunt');
    known = found;
    known.vaardigheidsscore = (known.vaardigheidsscore ?? 0) + 0.5;
    await database.db
      .updateTable('toetsresultaat')
      .set({ vaardigheidsscore: known.vaardigheidsscore })
      .where('id', '=', known.id)
      .execute();
  });
  afterAll(async () => database.dispose());

  const path = (query: string, schoolId = demo.schoolA) => `/schools/${schoolId}/results/export${query}`;

  /** The group and jaargroep the pupil was placed in on the test date, from the generated placements. */
  function placementOf(r: DemoResult) {
    const date = r.afnamedatum ?? '';
    return data.plaatsing
      .map((p) => ({ p, g: data.groep.find((g) => g.id === p.groep_id) }))
      .find(
        ({ p, g }) =>
          p.leerling_id === r.leerling_id &&
          data.schooljaar.find((s) => s.id === g?.schooljaar_id)?.name === r.schooljaar &&
          p.start_date <= date &&
          (!p.end_date || date <= p.end_date),
      );
  }

  /** Every expected row at the meetpunt, keyed by leerlingnummer, vak and toets (groep 8 has two per vak). */
  function expectedRows(meetpunt: string): Map<string, ExportValue[]> {
    const rows = new Map<string, ExportValue[]>();
    for (const r of ofSchoolA.filter((x) => meetpuntOfResult(x) === meetpunt)) {
      const pupil = demo.pupil(r.leerling_id);
      const toets = demo.toets(r.toets_id);
      const e = expectedEnrichment(data, tables, r);
      const placed = placementOf(r);
      const row: ExportValue[] = [
        pupil.las_key,
        [pupil.roepnaam, pupil.voorvoegsel, pupil.achternaam].filter(Boolean).join(' '),
        placed?.g?.name ?? null,
        placed ? Number(placed.p.jaargroep) : null,
        VAK_LABELS[toets.vak] ?? toets.vak,
        toets.name,
        toets.version,
        r.moment,
        r.afnamedatum ? { date: r.afnamedatum } : null,
        e.score,
        e.level,
        e.levelSource === 'lvs' ? 'LVS' : e.levelSource === 'norm' ? 'berekend uit normen' : null,
        e.functioneringsniveau,
      ];
      rows.set(`${pupil.las_key}|${row[4]}|${row[5]}`, row);
    }
    return rows;
  }

  const keyed = (rows: ExportValue[][]) =>
    new Map(rows.map((r) => [`${String(r[0])}|${String(r[4])}|${String(r[5])}`, r]));

  it('answers 401 without a session', async () => {
    expectError(await api.call('GET', path('?format=csv')), 401, 'unauthenticated');
  });

  it.each(['bestuur', 'beheerder'] as const)(
    'answers 403 to the %s, who may not read pupils',
    async (who) => {
      expectError(await api.call('GET', path('?format=csv'), { cookie: as(who) }), 403, 'forbidden');
    },
  );

  it('answers 403 to a leerkracht of school A, who knows the school but may not see all its pupils', async () => {
    expectError(await api.call('GET', path('?format=xlsx'), { cookie: as('leerkracht') }), 403, 'forbidden');
  });

  it.each(['leerkrachtOtherSchool', 'ibOtherSchool'] as const)(
    'answers school A to the %s exactly like a missing school',
    async (who) => {
      expectSameNotFound(
        await api.call('GET', path('?format=xlsx'), { cookie: as(who) }),
        await api.call('GET', path('?format=xlsx', unknownId()), { cookie: as(who) }),
      );
    },
  );

  it('answers 400 naming the field for a bad format or meetpunt', async () => {
    const call = (query: string) => api.call('GET', path(query), { cookie: as('ib') });
    expectInvalidInput(await call(''), 'format');
    expectInvalidInput(await call('?format=ods'), 'format');
    expectInvalidInput(await call('?format=xlsx&meetpunt=midden'), 'meetpunt');
    const none = expectError(await call('?format=xlsx&meetpunt=2001-2002%20E'), 400, 'invalid_input');
    expect(none.issues?.map((i) => i.field)).toEqual(['meetpunt']);
  });

  it('downloads an XLSX of the latest meetpunt: bold frozen header, one row per generated result', async () => {
    const latest = meetpunten.at(-1) ?? '';
    const response = await get(path('?format=xlsx'), as('ib'));
    expect(response.status).toBe(200);
    const school = demo
      .school(demo.schoolA)
      .name.toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="resultaten-${school}-${latest.toLowerCase().replace(' ', '-')}.xlsx"`,
    );
    const workbook = await readWorkbook(response.bytes);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe('Resultaten');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    HEADERS.forEach((_, i) => expect(sheet.getRow(1).getCell(i + 1).font?.bold).toBe(true));

    const [header, ...rows] = sheetValues(sheet, HEADERS.length);
    expect(header).toEqual(HEADERS);
    const expected = expectedRows(latest);
    expect(rows.length).toBe(expected.size);
    expect(keyed(rows.map((r) => r.map(fromSheet)))).toEqual(expected);
    // Levels from the norms are in it: the demo LVS leaves out a level now and then.
    expect(rows.some((r) => r[11] === 'berekend uit normen')).toBe(true);

    const pupil = demo.pupil(known.leerling_id);
    const vak = VAK_LABELS[demo.toets(known.toets_id).vak];
    const knownRow = rows.find(
      (r) => r[0] === pupil.las_key && r[4] === vak && r[5] === demo.toets(known.toets_id).name,
    );
    expect(knownRow?.[9]).toBe(known.vaardigheidsscore);
  });

  it('downloads a Dutch CSV with the same rows and the known score with a decimal comma', async () => {
    const latest = meetpunten.at(-1) ?? '';
    const response = await get(path('?format=csv'), as('schoolleider'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = utf8(response.bytes);
    expect(text.slice(1, text.indexOf('\r\n'))).toBe(HEADERS.join(';'));
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(HEADERS);
    const expected = expectedRows(latest);
    expect(rows.length).toBe(expected.size);
    expect(new Map(rows.map((r) => [`${r[0]}|${r[4]}|${r[5]}`, r]))).toEqual(
      new Map([...expected].map(([k, row]) => [k, row.map(asCsv)])),
    );
    const pupil = demo.pupil(known.leerling_id);
    const knownRow = rows.find(
      (r) =>
        r[0] === pupil.las_key &&
        r[4] === VAK_LABELS[demo.toets(known.toets_id).vak] &&
        r[5] === demo.toets(known.toets_id).name,
    );
    expect(knownRow?.[9]).toMatch(/^\d+,5$/);
  });

  it('exports an earlier meetpunt when asked', async () => {
    const earlier = meetpunten[0] ?? '';
    const response = await get(path(`?format=xlsx&meetpunt=${encodeURIComponent(earlier)}`), as('ib'));
    expect(response.status).toBe(200);
    const sheet = (await readWorkbook(response.bytes)).worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const [, ...rows] = sheetValues(sheet, HEADERS.length);
    expect(keyed(rows.map((r) => r.map(fromSheet)))).toEqual(expectedRows(earlier));
  });

  it('writes one export.results audit row with counts only; nothing when refused', async () => {
    const rows = () =>
      database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'export.results')
        .where('user_id', '=', demo.account(LOGIN.ib).id)
        .execute();
    const before = await rows();
    expect((await get(path('?format=csv'), as('ib'))).status).toBe(200);
    const after = await rows();
    expect(after.length).toBe(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({
      entity: 'school',
      entity_id: demo.schoolA,
      school_id: demo.schoolA,
      leerling_id: null,
    });
    const latest = meetpunten.at(-1) ?? '';
    const expected = ofSchoolA.filter((r) => meetpuntOfResult(r) === latest);
    expect(JSON.parse(row?.details ?? '{}')).toEqual({
      format: 'csv',
      meetpunt: latest,
      results: expected.length,
      pupils: new Set(expected.map((r) => r.leerling_id)).size,
    });
    expect((await get(path('?format=csv', demo.schoolB), as('ib'))).status).toBe(404);
    expect((await rows()).length).toBe(after.length);
  });
});
