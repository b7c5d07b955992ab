/**
 * POST /imports/edexml: who may, what a refusal looks like, that a preview writes nothing, and that an
 * unknown school is created only on a bestuur-level beheerder's confirmation. What an import stores is
 * in edexml-import.test.ts and edexml-cases.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  createOtherBestuur,
  demoLookup,
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
  asJson,
  countAll,
  edexmlXml,
  parserFixture,
  uploadApi,
  type EdexmlReport,
  type EdexSpec,
} from './import-test-support';
import { twoSchoolUser } from './roles-test-support';

describe.each(testEngines())('EDEXML import API: access and refusals (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let send: ReturnType<typeof uploadApi>;
  let other: { bestuurId: string; schoolId: string };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    other = await createOtherBestuur(database.db);
    cookies = await loginAll(testApi(database.db, engine));
    send = uploadApi(database.db, engine);
  });
  afterAll(async () => database.dispose());

  /** A small file of the school with this BRIN: one new group with two new pupils. */
  const fileOf = (brin: string, extra: Partial<EdexSpec> = {}) =>
    edexmlXml({
      brin,
      schooljaar: demo.currentYear,
      peildatum: '2026-10-01',
      groups: [{ key: 'T-NIEUW', naam: 'Nieuwe groep', jaargroep: '4' }],
      pupils: [
        { key: 'T-1', achternaam: 'Eerste', roepnaam: 'Ad', groep: 'T-NIEUW' },
        { key: 'T-2', achternaam: 'Tweede', roepnaam: 'Bo', groep: 'T-NIEUW' },
      ],
      ...extra,
    });
  const post = (query: string, body: string | Uint8Array | null, who?: LoginName) =>
    send('POST', `/imports/edexml?${query}`, body, who ? cookies[who] : undefined).then((r) =>
      asJson<EdexmlReport>(r),
    );
  const brinA = () => demo.school(demo.schoolA).brin;

  it('answers 401 without a session and writes nothing', async () => {
    const before = await countAll(database.db);
    expectError(await post('mode=preview', fileOf(brinA())), 401, 'unauthenticated');
    expectError(await post('mode=apply', fileOf(brinA())), 401, 'unauthenticated');
    expect(await countAll(database.db)).toEqual(before);
  });

  it.each(['leerkracht', 'bestuur'] as const)('answers 403 to the %s and writes nothing', async (who) => {
    const before = await countAll(database.db);
    expectError(await post('mode=preview', fileOf(brinA()), who), 403, 'forbidden');
    expectError(await post(`mode=apply&schoolId=${demo.schoolA}`, fileOf(brinA()), who), 403, 'forbidden');
    expect(await countAll(database.db)).toEqual(before);
  });

  it('answers 403 to a leerkracht of school A who is IB at school B, for the file and the chosen school', async () => {
    // A role at the school without 'import.run': the school is known to the user, the action is not hers.
    const cookie = await twoSchoolUser(
      database.db,
      testApi(database.db, engine),
      { role: 'ib', schoolId: demo.schoolB },
      { role: 'leerkracht', schoolId: demo.schoolA },
    );
    const as = (query: string) =>
      send('POST', `/imports/edexml?${query}`, fileOf(brinA()), cookie).then((r) => asJson<EdexmlReport>(r));
    const before = await countAll(database.db);
    for (const mode of ['preview', 'apply']) {
      expectError(await as(`mode=${mode}`), 403, 'forbidden');
      expectError(await as(`mode=${mode}&schoolId=${demo.schoolA}`), 403, 'forbidden');
    }
    expect(await countAll(database.db)).toEqual(before);
  });

  it('answers a file of school A to the IB of school B exactly like a school that does not exist', async () => {
    const before = await countAll(database.db);
    for (const mode of ['preview', 'apply']) {
      // The school of the file: known but not hers, or not known and she may not create schools.
      expectSameNotFound(
        await post(`mode=${mode}`, fileOf(brinA()), 'ibOtherSchool'),
        await post(`mode=${mode}`, fileOf('77QQ'), 'ibOtherSchool'),
      );
      expectSameNotFound(
        await post(
          `mode=${mode}&createInBestuurId=${data.summary.bestuurId}`,
          fileOf(brinA()),
          'ibOtherSchool',
        ),
        await post(
          `mode=${mode}&createInBestuurId=${data.summary.bestuurId}`,
          fileOf('77QQ'),
          'ibOtherSchool',
        ),
      );
      // The school she names: another school, or an id that does not exist.
      expectSameNotFound(
        await post(`mode=${mode}&schoolId=${demo.schoolA}`, fileOf(brinA()), 'ibOtherSchool'),
        await post(`mode=${mode}&schoolId=${unknownId()}`, fileOf(brinA()), 'ibOtherSchool'),
      );
    }
    expect(await countAll(database.db)).toEqual(before);
    expect(await database.db.selectFrom('school').select('id').where('brin', '=', '77QQ').execute()).toEqual(
      [],
    );
  });

  it('answers 400 for a bad query or a missing file, and writes nothing', async () => {
    const before = await countAll(database.db);
    expectInvalidInput(await post('', fileOf(brinA()), 'ib'), 'mode');
    expectInvalidInput(await post('mode=alles', fileOf(brinA()), 'ib'), 'mode');
    expectInvalidInput(
      await post(`mode=preview&schoolId=${'x'.repeat(65)}`, fileOf(brinA()), 'ib'),
      'schoolId',
    );
    expectInvalidInput(
      await post(`mode=preview&schoolId=${demo.schoolA}&filename=${'f'.repeat(256)}`, fileOf(brinA()), 'ib'),
      'filename',
    );
    // A NUL in a stored text is refused up front (PostgreSQL could not store it).
    expectInvalidInput(
      await post(`mode=apply&schoolId=${demo.schoolA}&filename=a%00b.xml`, fileOf(brinA()), 'ib'),
      'filename',
    );
    expectError(await post(`mode=apply&schoolId=${demo.schoolA}`, null, 'ib'), 400, 'invalid_input');
    expect(await countAll(database.db)).toEqual(before);
  });

  it('previews a file of the own school writing only the read’s audit, listing placed pupils it lacks as missing', async () => {
    // One pupil of Groep 5 as the LAS lists her now, in the group's own key, with a new roepnaam.
    const group5 = demo.group(demo.schoolA, 'Groep 5');
    const kept = demo.pupil(demo.activePupilsOf(group5.id)[0] ?? '');
    const file = fileOf(brinA(), {
      groups: [
        { key: group5.las_key ?? '', naam: group5.name, jaargroep: group5.jaargroep },
        { key: 'T-NIEUW', naam: 'Nieuwe groep', jaargroep: '4' },
      ],
      pupils: [
        {
          key: kept.las_key,
          achternaam: kept.achternaam,
          ...(kept.voorvoegsel ? { voorvoegsel: kept.voorvoegsel } : {}),
          roepnaam: `${kept.roepnaam}je`,
          groep: group5.las_key ?? '',
        },
        { key: 'T-1', achternaam: 'Eerste', roepnaam: 'Ad', groep: 'T-NIEUW' },
      ],
    });
    const before = await countAll(database.db);
    const response = await post(`mode=preview&schoolId=${demo.schoolA}`, file, 'ib');
    expect(response.status).toBe(200);
    // Nothing but the audit row of the read: the preview names pupils of the school (missing ones).
    expect(await countAll(database.db)).toEqual({ ...before, audit_log: (before.audit_log ?? 0) + 1 });

    const report = response.body;
    expect(report).toMatchObject({
      status: 'preview',
      school: { id: demo.schoolA, brin: brinA(), exists: true },
      needsSchoolCreation: false,
      schooljaar: demo.currentYear,
      importId: null,
    });
    expect(report.counts.groups).toEqual({ new: 1, changed: 0, unchanged: 1 });
    expect(report.counts.pupils).toMatchObject({ new: 1, changed: 1, unchanged: 0 });
    const activeNow = new Set(demo.groupsOf(demo.schoolA).flatMap((g) => demo.activePupilsOf(g.id)));
    activeNow.delete(kept.id);
    const expectedMissing = [...activeNow].map((id) => demo.pupil(id).las_key).sort();
    expect(report.missing.map((m) => m.key).sort()).toEqual(expectedMissing);
    expect(report.counts.pupils.missing).toBe(expectedMissing.length);
  });

  it('refuses a file of another school than the one chosen, and writes nothing', async () => {
    const before = await countAll(database.db);
    const response = await post(
      `mode=apply&schoolId=${demo.schoolA}`,
      fileOf(demo.school(demo.schoolB).brin),
      'ib',
    );
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('refused');
    expect(response.body.problems.map((p) => p.code)).toEqual(['edexml.andere-school']);
    expect(await countAll(database.db)).toEqual(before);
  });

  it('refuses a file with errors as a whole, listing every problem, and writes nothing', async () => {
    const bytes = parserFixture('edexml/edexml-2.0-problemen.xml');
    const own = bytes
      .toString('utf8')
      .replace('<brincode>99ZZ</brincode>', `<brincode>${brinA()}</brincode>`);
    const before = await countAll(database.db);
    for (const [query, body, who] of [
      [`mode=apply&schoolId=${demo.schoolA}`, own, 'ib'],
      [`mode=apply&createInBestuurId=${data.summary.bestuurId}`, bytes, 'beheerder'],
    ] as const) {
      const response = await post(query, body, who);
      expect(response.status).toBe(200);
      expect(response.body.status).toBe('refused');
      const errors = response.body.problems.filter((p) => p.severity === 'error');
      // The made file has one mistake per record: ten errors, in file order (one record has no key).
      expect(errors.map((p) => p.key ?? '(geen key)')).toEqual([
        'B',
        'A',
        'GEEN-JG',
        'p1',
        'p2',
        'p3',
        'p4',
        'p6',
        '(geen key)',
        '#p7',
      ]);
      expect(response.body.importId).toBeNull();
    }
    expect(await countAll(database.db)).toEqual(before);
  });

  it('creates an unknown school only when a bestuur-level beheerder confirms it under her own bestuur', async () => {
    const file = fileOf('55KL', { dependancecode: '02' });
    const before = await countAll(database.db);

    const preview = await post('mode=preview', file, 'beheerder');
    expect(preview.body).toMatchObject({
      status: 'preview',
      needsSchoolCreation: true,
      school: { id: null, brin: '55KL', vestiging: '02', exists: false },
    });
    expect(preview.body.counts.pupils.new).toBe(2);
    const unconfirmed = await post('mode=apply', file, 'beheerder');
    expect(unconfirmed.body.status).toBe('refused');
    expect(unconfirmed.body.problems.map((p) => p.code)).toEqual(['edexml.school-onbekend']);
    const elsewhere = await post(`mode=apply&createInBestuurId=${other.bestuurId}`, file, 'beheerder');
    expect(elsewhere.body.status).toBe('refused');
    expect(await countAll(database.db)).toEqual(before);

    const applied = await post(`mode=apply&createInBestuurId=${data.summary.bestuurId}`, file, 'beheerder');
    expect(applied.body).toMatchObject({ status: 'imported', needsSchoolCreation: false });
    const school = await database.db
      .selectFrom('school')
      .selectAll()
      .where('brin', '=', '55KL')
      .executeTakeFirstOrThrow();
    expect(school).toMatchObject({
      bestuur_id: data.summary.bestuurId,
      vestiging: '02',
      id: applied.body.school.id,
    });
    const pupils = await database.db
      .selectFrom('leerling')
      .select('las_key')
      .where('school_id', '=', school.id)
      .orderBy('las_key')
      .execute();
    expect(pupils.map((p) => p.las_key)).toEqual(['T-1', 'T-2']);
    const after = await countAll(database.db);
    expect(after.school).toBe((before.school ?? 0) + 1);
    expect(after.schooljaar).toBe((before.schooljaar ?? 0) + 1);
  });
});
