/**
 * Next month's EDEXML file for a school imported a month before (fixtures/edexml/maand-2.xml after
 * maand-1.xml, school 31QA): updates in place, moves, leavers, a replaced '#' key, a pupil no longer
 * listed, and staff records linked to existing leerkracht accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { countRows, insertUser, LOGIN, seedDemo, TEST_NOW } from '../../../testing/fixtures';
import { testApi } from '../../../testing/http';
import { EDEXML_TABLES, edexmlSteps } from './edexml-test-support';
import { asJson, importFixture, snapshot, uploadApi, type EdexmlReport } from './import-test-support';

describe.each(testEngines())('EDEXML import, the next month (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let cookie: string;
  let send: ReturnType<typeof uploadApi>;
  /** The beheerder creates the school; its IB, who may read pupils, imports the next month. */
  let steps: ReturnType<typeof edexmlSteps>;
  let schoolId: string;
  /** Pupil ids by the key of the first import, to prove that the second one changed rows in place. */
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    const api = testApi(database.db, engine);
    cookie = await api.login(LOGIN.beheerder);
    send = uploadApi(database.db, engine);
    const byBeheerder = edexmlSteps(database.db, send, cookie, () => schoolId);
    const first = await byBeheerder.importFile('maand-1.xml', `&createInBestuurId=${data.summary.bestuurId}`);
    expect(first.status).toBe('imported');
    schoolId = first.school.id ?? '';
    await insertUser(database.db, { name: 'Ineke Ib', email: 'ib@wilgenhoek.example', role: 'ib', schoolId });
    steps = edexmlSteps(database.db, send, await api.login('ib@wilgenhoek.example'), () => schoolId);
    for (const p of await steps.pupils()) idOf.set(p.las_key, p.id);
  });
  afterAll(async () => database.dispose());

  it('updates in place with next month’s file: names, moves, leavers, replaced keys, nobody deleted', async () => {
    // Results of the pupil who moves and of the pupil who leaves, which must survive the import.
    const toetsId = data.toets[0]?.id ?? '';
    const iso = TEST_NOW.toISOString();
    for (const [i, key] of ['7002', '7003'].entries()) {
      await database.db
        .insertInto('toetsresultaat')
        .values({
          id: `01a22198-ed00-7000-8000-00000000000${i}`,
          leerling_id: idOf.get(key) ?? '',
          toets_id: toetsId,
          schooljaar: '2026-2027',
          moment: 'B5',
          afnamedatum: '2026-09-15',
          ruwe_score: null,
          vaardigheidsscore: 40 + i,
          niveau: null,
          functioneringsniveau: null,
          dle: null,
          import_id: null,
          created_at: iso,
          updated_at: iso,
        })
        .execute();
    }
    const results = await database.db
      .selectFrom('toetsresultaat')
      .selectAll()
      .where('leerling_id', 'in', [...idOf.values()])
      .execute();

    // The beheerder, without pupil.read, previews the same counts and no names or keys (issue 13).
    const preview = asJson<EdexmlReport>(
      await send('POST', '/imports/edexml?mode=preview', importFixture('edexml/maand-2.xml'), cookie),
    ).body;
    expect(preview.counts.pupils).toEqual({ new: 1, changed: 2, unchanged: 5, leaving: 2, missing: 1 });
    expect([preview.leaving, preview.missing]).toEqual([[], []]);

    const report = await steps.importFile('maand-2.xml');
    expect(report.status).toBe('imported');
    expect(report.counts).toEqual({
      groups: { new: 0, changed: 0, unchanged: 4 },
      // 7001 (achternaam) and 7007 (was #tmp-1) changed; 7010 is new; 7004 is missing.
      pupils: { new: 1, changed: 2, unchanged: 5, leaving: 2, missing: 1 },
      staff: { new: 0, changed: 0, unchanged: 2, linkedAccounts: 0 },
    });
    expect(report.leaving).toEqual([
      { key: '7003', name: 'Cas Bakker', date: '2026-11-20' },
      { key: '7009', name: 'Iris Yılmaz', date: '2026-12-18' },
    ]);
    expect(report.missing).toEqual([{ key: '7004', name: 'Daan Mulder' }]);

    const rows = await steps.pupils();
    const byKey = new Map(rows.map((p) => [p.las_key, p]));
    // Nobody deleted; the '#' key replaced by 7007 is the same pupil, found by ECK-iD.
    expect(rows.map((p) => p.las_key)).toEqual([
      '7001',
      '7002',
      '7003',
      '7004',
      '7005',
      '7006',
      '7007',
      '7009',
      '7010',
    ]);
    expect(byKey.get('7007')).toMatchObject({ id: idOf.get('#tmp-1'), las_key_stable: 1, roepnaam: 'Gijs' });
    expect(byKey.get('7001')).toMatchObject({
      id: idOf.get('7001'),
      achternaam: 'Jansen-Kok',
      roepnaam: 'Anna',
    });
    expect(byKey.get('7010')).toMatchObject({ roepnaam: 'Ömer', achternaam: 'Çelik' });

    expect(await steps.placements(idOf.get('7002') ?? '')).toEqual([
      'G5/5 2026-08-01..2026-11-02',
      'G6/6 2026-11-02..',
    ]);
    expect(await steps.placements(idOf.get('7003') ?? '')).toEqual(['G6/6 2026-08-01..2026-11-20']);
    expect(await steps.placements(idOf.get('7004') ?? '')).toEqual(['G6/6 2026-08-01..']);
    expect(await steps.placements(idOf.get('#tmp-1') ?? '')).toEqual(['G5/5 2026-08-01..']);
    // Listed without a group but with a leaving date: the placement ends on that date, not earlier.
    expect(await steps.placements(idOf.get('7009') ?? '')).toEqual(['G6/6 2026-08-01..2026-12-18']);
    expect(await steps.placements(byKey.get('7010')?.id ?? '')).toEqual(['G5/5 2026-10-20..']);

    const after = await database.db
      .selectFrom('toetsresultaat')
      .selectAll()
      .where('leerling_id', 'in', [...idOf.values()])
      .execute();
    expect(after).toEqual(results);

    const updates = await steps.auditOf('pupil.import.update');
    expect(
      updates
        .map((a) => [a.leerling_id, (JSON.parse(a.details ?? '{}') as { fields: string[] }).fields])
        .sort(),
    ).toEqual(
      [
        [idOf.get('7001'), ['achternaam']],
        [idOf.get('#tmp-1'), ['las_key', 'las_key_stable']],
      ].sort(),
    );
    expect(
      (await steps.auditOf('pupil.import.create')).filter((a) => a.leerling_id === byKey.get('7010')?.id),
    ).toHaveLength(1);
  });

  it('changes nothing when next month’s file is imported again, and still reports the missing pupil', async () => {
    const before = await snapshot(database.db, EDEXML_TABLES);
    const report = await steps.importFile('maand-2.xml');
    expect(report.counts.pupils).toEqual({ new: 0, changed: 0, unchanged: 8, leaving: 0, missing: 1 });
    expect(report.missing).toEqual([{ key: '7004', name: 'Daan Mulder' }]);
    expect(await snapshot(database.db, EDEXML_TABLES)).toEqual(before);
  });

  it('links a staff record to an existing leerkracht account with the same e-mail address, and to no other account', async () => {
    const teacher = await insertUser(database.db, {
      name: 'Karin Dekker',
      email: 'K.Dekker@Wilgenhoek.example',
      role: 'leerkracht',
      schoolId,
    });
    // Same address as T2, but an IB account: the file does not decide who teaches with which rights.
    await insertUser(database.db, {
      name: 'Luuk Peters',
      email: 'l.peters@wilgenhoek.example',
      role: 'ib',
      schoolId,
    });
    const before = await countRows(database.db, ['app_user', 'role_assignment', 'medewerker']);
    const report = await steps.importFile('maand-2.xml');
    expect(report.counts.staff).toEqual({ new: 0, changed: 1, unchanged: 1, linkedAccounts: 1 });
    const staff = await database.db
      .selectFrom('medewerker')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('las_key')
      .execute();
    expect(staff.map((s) => [s.las_key, s.user_id])).toEqual([
      ['T1', teacher.userId],
      ['T2', null],
    ]);
    expect(await countRows(database.db, ['app_user', 'role_assignment', 'medewerker'])).toEqual(before);
  });
});
