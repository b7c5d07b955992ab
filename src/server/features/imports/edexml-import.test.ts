/**
 * The first EDEXML import of a school (fixtures/edexml/maand-1.xml, school 31QA, created on the
 * beheerder's confirmation): what is stored, and that the same file twice changes nothing. The next
 * month's file is in edexml-update.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { countRows, demoLookup, LOGIN, seedDemo, TEST_NOW, type DemoLookup } from '../../../testing/fixtures';
import { testApi } from '../../../testing/http';
import { EDEXML_TABLES, edexmlSteps } from './edexml-test-support';
import { snapshot, uploadApi } from './import-test-support';

describe.each(testEngines())('EDEXML import, month after month (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;
  let demo: DemoLookup;
  let cookie: string;
  let steps: ReturnType<typeof edexmlSteps>;
  let schoolId: string;
  /** Pupil ids by the key of the first import, to prove that the second one changed rows in place. */
  const idOf = new Map<string, string>();

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    cookie = await testApi(database.db, engine).login(LOGIN.beheerder);
    steps = edexmlSteps(database.db, uploadApi(database.db, engine), cookie, () => schoolId);
  });
  afterAll(async () => database.dispose());

  it('imports the first file: school, groups, pupils, placements per schooljaar, staff and audit rows', async () => {
    const before = await countRows(database.db, ['app_user', 'role_assignment']);
    const report = await steps.importFile('maand-1.xml', `&createInBestuurId=${data.summary.bestuurId}`);
    expect(report.status).toBe('imported');
    schoolId = report.school.id ?? '';
    expect(report.counts).toEqual({
      groups: { new: 4, changed: 0, unchanged: 0 },
      pupils: { new: 8, changed: 0, unchanged: 0, leaving: 0, missing: 0 },
      staff: { new: 2, changed: 0, unchanged: 0, linkedAccounts: 0 },
    });
    // The '#' key is accepted, stored as unstable, and reported.
    expect(report.problems.map((p) => `${p.severity} ${p.code} ${p.key ?? ''}`)).toEqual([
      'warning edexml.key-instabiel #tmp-1',
    ]);

    const school = await database.db
      .selectFrom('school')
      .selectAll()
      .where('id', '=', schoolId)
      .executeTakeFirstOrThrow();
    expect(school).toMatchObject({
      brin: '31QA',
      vestiging: null,
      name: 'De Wilgenhoek',
      bestuur_id: data.summary.bestuurId,
    });
    const years = await database.db
      .selectFrom('schooljaar')
      .selectAll()
      .where('school_id', '=', schoolId)
      .execute();
    expect(years.map((y) => [y.name, y.start_date, y.end_date])).toEqual([
      ['2026-2027', '2026-08-01', '2027-07-31'],
    ]);
    const groups = await database.db
      .selectFrom('groep')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('las_key')
      .execute();
    expect(groups.map((g) => [g.las_key, g.name, g.jaargroep, g.kind, g.schooljaar_id])).toEqual([
      ['G5', 'Groep 5 Dolfijnen', '5', 'stamgroep', years[0]?.id],
      ['G6', 'Groep 6 Otters', '6', 'stamgroep', years[0]?.id],
      ['G78', 'Groep 7/8 Arenden', 'C', 'stamgroep', years[0]?.id],
      ['SG-LEES', 'Leesclub', '', 'samengesteld', years[0]?.id],
    ]);

    const rows = await steps.pupils();
    expect(
      rows.map((p) => [p.las_key, p.las_key_stable, p.roepnaam, p.voorvoegsel, p.achternaam, p.eckid]),
    ).toEqual([
      ['#tmp-1', 0, 'Gijs', 'van den', 'Berg', 'https://id.school/LL_gijs'],
      ['7001', 1, 'Anna', null, 'Jansen', 'https://id.school/LL_7001'],
      ['7002', 1, 'Bram', null, 'Visser', null],
      ['7003', 1, 'Cas', null, 'Bakker', null],
      ['7004', 1, 'Daan', null, 'Mulder', null],
      ['7005', 1, 'Eva', 'de', 'Boer', null],
      ['7006', 1, 'Fleur', null, 'Smit', null],
      ['7009', 1, 'Iris', null, 'Yılmaz', null],
    ]);
    expect(rows.find((p) => p.las_key === '7001')).toMatchObject({
      geboortedatum: '2018-03-14',
      geslacht: '2',
      groep3_start: '2024-08-19',
    });
    for (const p of rows) idOf.set(p.las_key, p.id);

    const start = '2026-08-01..';
    const expected: Record<string, string[]> = {
      '#tmp-1': [`G5/5 ${start}`],
      '7001': [`G5/5 ${start}`],
      '7002': [`G5/5 ${start}`],
      '7003': [`G6/6 ${start}`],
      '7004': [`G6/6 ${start}`],
      // The combination group: the pupil's own jaargroep is stored on the placement, also in the
      // samengestelde groep.
      '7005': [`G78/7 ${start}`, `SG-LEES/7 ${start}`],
      '7006': [`G78/8 ${start}`],
      '7009': [`G6/6 ${start}`],
    };
    for (const [key, list] of Object.entries(expected))
      expect(await steps.placements(idOf.get(key) ?? '')).toEqual(list);

    const staff = await database.db
      .selectFrom('medewerker')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('las_key')
      .execute();
    expect(staff.map((s) => [s.las_key, s.roepnaam, s.achternaam, s.email, s.user_id])).toEqual([
      ['T1', 'Karin', 'Dekker', 'k.dekker@wilgenhoek.example', null],
      ['T2', 'Luuk', 'Peters', 'l.peters@wilgenhoek.example', null],
    ]);
    const links = await database.db
      .selectFrom('groep_leerkracht as gl')
      .innerJoin('groep as g', 'g.id', 'gl.groep_id')
      .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
      .select(['m.las_key as teacher', 'g.las_key as groep'])
      .where('m.school_id', '=', schoolId)
      .execute();
    expect(links.map((l) => `${l.teacher}:${l.groep}`).sort()).toEqual([
      'T1:G5',
      'T1:SG-LEES',
      'T2:G6',
      'T2:G78',
    ]);
    // No account is made and the role in the file (DIR) grants nothing.
    expect(await countRows(database.db, ['app_user', 'role_assignment'])).toEqual(before);

    const created = await steps.auditOf('pupil.import.create');
    expect(created.map((a) => a.leerling_id).sort()).toEqual([...idOf.values()].sort());
    const beheerder = demo.account(LOGIN.beheerder).id;
    expect(created.every((a) => a.user_id === beheerder && a.at === TEST_NOW.toISOString())).toBe(true);
    expect(created.every((a) => JSON.parse(a.details ?? '{}').import === report.importId)).toBe(true);
    const batch = await database.db
      .selectFrom('import_batch')
      .selectAll()
      .where('id', '=', report.importId ?? '')
      .execute();
    expect(batch.map((b) => [b.school_id, b.kind, b.filename, b.created_by])).toEqual([
      [schoolId, 'edexml', 'maand-1.xml', beheerder],
    ]);
  });

  it('changes nothing when the same file is imported again, and writes no import batch or audit row', async () => {
    const before = await snapshot(database.db, EDEXML_TABLES);
    const logged = await countRows(database.db, ['import_batch', 'audit_log']);
    const audits =
      (await steps.auditOf('pupil.import.create')).length +
      (await steps.auditOf('pupil.import.update')).length;
    const report = await steps.importFile('maand-1.xml');
    expect(report.status).toBe('imported');
    expect(report.counts).toEqual({
      groups: { new: 0, changed: 0, unchanged: 4 },
      pupils: { new: 0, changed: 0, unchanged: 8, leaving: 0, missing: 0 },
      staff: { new: 0, changed: 0, unchanged: 2, linkedAccounts: 0 },
    });
    expect(await snapshot(database.db, EDEXML_TABLES)).toEqual(before);
    expect(
      (await steps.auditOf('pupil.import.create')).length +
        (await steps.auditOf('pupil.import.update')).length,
    ).toBe(audits);
    expect(report.importId).toBeNull();
    expect(await countRows(database.db, ['import_batch', 'audit_log'])).toEqual(logged);
  });
});
