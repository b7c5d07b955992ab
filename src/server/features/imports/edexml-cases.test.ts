/**
 * importEdexml with the hard cases of real files: the made 2.1 file (twins, a combination group,
 * samengestelde groepen, diacritics, voorvoegsels, a leaver, a '#' key, a vendor block, file roles),
 * EDEXML 1.03, the official 2.1 example with ECK-iDs, a UWLR answer, a Flemish file and schooljaren
 * beyond the published list. Run as the command line does (no actor), into new schools.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { countRows, seedDemo, TEST_NOW } from '../../../testing/fixtures';
import { importEdexml } from './edexml-import.service';
import { countAll, edexmlXml, parserFixture } from './import-test-support';

describe.each(testEngines())('EDEXML import: hard cases (%s)', (engine) => {
  let database: TestDatabase;
  let data: DemoData;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
  });
  afterAll(async () => database.dispose());

  const run = (input: Buffer | string) =>
    importEdexml(
      database.db,
      null,
      input,
      { mode: 'apply', createInBestuurId: data.summary.bestuurId },
      TEST_NOW,
    );
  const pupilsOf = (schoolId: string) =>
    database.db
      .selectFrom('leerling')
      .selectAll()
      .where('school_id', '=', schoolId)
      .orderBy('las_key')
      .execute();
  /** "group key/jaargroep start..end" for every placement of the school's pupils, by pupil key. */
  const placementsOf = async (schoolId: string) => {
    const rows = await database.db
      .selectFrom('plaatsing as p')
      .innerJoin('groep as g', 'g.id', 'p.groep_id')
      .innerJoin('leerling as l', 'l.id', 'p.leerling_id')
      .select(['l.las_key as pupil', 'g.las_key as groep', 'p.jaargroep', 'p.start_date', 'p.end_date'])
      .where('l.school_id', '=', schoolId)
      .execute();
    const out: Record<string, string[]> = {};
    for (const r of rows)
      (out[r.pupil] ??= []).push(`${r.groep}/${r.jaargroep} ${r.start_date}..${r.end_date ?? ''}`);
    for (const list of Object.values(out)) list.sort();
    return out;
  };
  const linksOf = async (schoolId: string) =>
    (
      await database.db
        .selectFrom('groep_leerkracht as gl')
        .innerJoin('groep as g', 'g.id', 'gl.groep_id')
        .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
        .select(['m.las_key as teacher', 'g.las_key as groep'])
        .where('m.school_id', '=', schoolId)
        .execute()
    )
      .map((l) => `${l.teacher}:${l.groep}`)
      .sort();
  const problems = (r: { problems: { severity: string; code: string; key?: string }[] }) =>
    r.problems.map((p) => `${p.severity} ${p.code}${p.key ? ` ${p.key}` : ''}`);

  let hardSchool = '';

  it('stores the made 2.1 file as given: twins apart, names with diacritics and voorvoegsels, groups per pupil', async () => {
    const before = await countRows(database.db, ['app_user', 'role_assignment']);
    const report = await run(parserFixture('edexml/edexml-2.1-lastige-gevallen.xml'));
    expect(report).toMatchObject({ status: 'imported', version: '2.1', schooljaar: '2025-2026' });
    expect(report.school).toMatchObject({ brin: '07XY', vestiging: null, name: 'Hoofdgebouw' });
    expect(problems(report)).toEqual(['warning edexml.key-instabiel #tmp-17']);
    hardSchool = report.school.id ?? '';

    const pupils = await pupilsOf(hardSchool);
    expect(
      pupils.map((p) => [
        p.las_key,
        p.las_key_stable,
        p.roepnaam,
        p.voorvoegsel,
        p.achternaam,
        p.geslacht,
        p.eckid,
      ]),
    ).toEqual([
      ['#tmp-17', 0, 'Bram', 'van der', 'Meer', '9', null],
      ['5001', 1, 'Zoë', 'de', 'Vries', '2', 'https://id.school/LL_tweeling-a'],
      ['5002', 1, 'Zoë', 'de', 'Vries', '2', 'https://id.school/LL_tweeling-b'],
      ['5003', 1, 'Ömer', null, 'Çelik', '1', 'https://id.school/LL_celik'],
      ['5004', 1, 'Lotte', "'t", 'Hart', '2', null],
    ]);
    const [a, b] = pupils.filter((p) => p.las_key === '5001' || p.las_key === '5002');
    expect(a?.id).not.toBe(b?.id);
    expect([a?.geboortedatum, b?.geboortedatum]).toEqual(['2017-05-03', '2017-05-03']);

    const groups = await database.db
      .selectFrom('groep')
      .selectAll()
      .where('school_id', '=', hardSchool)
      .orderBy('las_key')
      .execute();
    expect(groups.map((g) => [g.las_key, g.name, g.jaargroep, g.kind])).toEqual([
      ['G45', 'Groep 4/5 Uilen', 'C', 'stamgroep'],
      ['G6', 'Groep 6 Vossen', '6', 'stamgroep'],
      ['LEES-45', 'Leesgroep 4/5', '', 'samengesteld'],
      ['PLUS', 'Plusklas', '', 'samengesteld'],
    ]);
    const from = '2025-08-01..';
    expect(await placementsOf(hardSchool)).toEqual({
      '5001': [`G45/5 ${from}`, `LEES-45/5 ${from}`],
      '5002': [`G45/5 ${from}`],
      '5003': [`G45/4 ${from}`, `LEES-45/4 ${from}`, `PLUS/4 ${from}`],
      '5004': ['G6/6 2025-08-01..2026-01-09'],
      '#tmp-17': [`G6/6 ${from}`, `PLUS/6 ${from}`],
    });
    expect(report.leaving).toEqual([{ key: '5004', name: "Lotte 't Hart", date: '2026-01-09' }]);

    // The vendor block's pupil, group, jaargroep and schooljaar are not read.
    const years = await database.db
      .selectFrom('schooljaar')
      .select('name')
      .where('school_id', '=', hardSchool)
      .execute();
    expect(years.map((y) => y.name)).toEqual(['2025-2026']);
    expect(pupils.some((p) => p.las_key === '9999')).toBe(false);

    const staff = await database.db
      .selectFrom('medewerker')
      .selectAll()
      .where('school_id', '=', hardSchool)
      .orderBy('las_key')
      .execute();
    expect(
      staff.map((s) => [s.las_key, s.roepnaam, s.voorvoegsel, s.achternaam, s.email, s.user_id]),
    ).toEqual([
      ['LK-1', 'Anouk', null, 'Bakker', 'a.bakker@school.example', null],
      ['LK-2', 'Kees', 'den', 'Boer', null, null],
    ]);
    expect(await linksOf(hardSchool)).toEqual(['LK-1:G45', 'LK-1:LEES-45', 'LK-2:G6']);
    // IB and DIR in the file grant nothing.
    expect(await countRows(database.db, ['app_user', 'role_assignment'])).toEqual(before);
  });

  it('takes a replaced "#" key without ECK-iD for a new pupil and reports the old one as missing, deleting nobody', async () => {
    const text = parserFixture('edexml/edexml-2.1-lastige-gevallen.xml')
      .toString('utf8')
      .replace('key="#tmp-17"', 'key="5017"');
    const report = await run(text);
    expect(report.counts.pupils).toEqual({ new: 1, changed: 0, unchanged: 4, leaving: 0, missing: 1 });
    expect(report.missing).toEqual([{ key: '#tmp-17', name: 'Bram van der Meer' }]);
    const keys = (await pupilsOf(hardSchool)).map((p) => p.las_key);
    expect(keys).toEqual(['#tmp-17', '5001', '5002', '5003', '5004', '5017']);
  });

  it('imports EDEXML 1.03: a pupil with only a jaargroep who left is reported, not placed', async () => {
    const report = await run(parserFixture('edexml/edexml-1.03.xml'));
    expect(report).toMatchObject({ status: 'imported', version: '1.03', schooljaar: '2019-2020' });
    expect(report.school).toMatchObject({ brin: '12AB', vestiging: '01', exists: true });
    expect(problems(report)).toEqual(['warning edexml.achternaam-ontbreekt L-1003']);
    const schoolId = report.school.id ?? '';
    const pupils = await pupilsOf(schoolId);
    expect(pupils.map((p) => [p.las_key, p.roepnaam, p.voorvoegsel, p.achternaam, p.geboortedatum])).toEqual([
      ['L-1001', 'Daan', 'van den', 'Berg', '2013-02-11'],
      ['L-1002', 'E', null, 'Yılmaz', null],
      ['L-1003', 'Sem', null, '', null],
    ]);
    expect(await placementsOf(schoolId)).toEqual({
      'L-1001': ['G3/3 2019-08-01..'],
      'L-1003': ['G4/4 2019-08-01..'],
    });
    expect(report.leaving).toEqual([{ key: 'L-1002', name: 'E Yılmaz', date: '2020-01-31' }]);
    expect(await linksOf(schoolId)).toEqual(['T-01:G3', 'T-02:G3', 'T-02:G4']);
  });

  it('imports the official 2.1 example with its ECK-iDs, and a UWLR answer', async () => {
    const report = await run(parserFixture('edexml/EDEXML.Voorbeeld.2.1.xml'));
    expect(report).toMatchObject({ status: 'imported', version: '2.1', schooljaar: '2014-2015' });
    expect(problems(report)).toEqual(['warning edexml.geen-groep 00002']);
    const schoolId = report.school.id ?? '';
    const pupils = await pupilsOf(schoolId);
    expect(pupils.map((p) => [p.las_key, p.eckid, p.roepnaam, p.voorvoegsel, p.achternaam])).toEqual([
      [
        '00001',
        'https://id.school/LL_123467890abcdefghijklmnopqrstuvwxzABCDEFGHIJKLMNOPQRSTUVWXYZ!@#$%^_-',
        'Wimpie',
        'imp',
        'ie',
      ],
      ['00002', null, 'Ismaël', null, 'Assati'],
      ['12345', null, 'Gradje', "van 't", 'Hof'],
    ]);
    const from = '2014-08-01..';
    expect(await placementsOf(schoolId)).toEqual({
      '00001': [`GRP4B/4 ${from}`, `sg1/4 ${from}`, `sg2/4 ${from}`],
    });
    expect(await linksOf(schoolId)).toEqual([
      'LK1:GRP4A',
      'LK2:001',
      'LK2:002',
      'LK2:sg1',
      'LK2:sg2',
      'LK2:sg3',
      'LK3:GRP4A',
    ]);

    const uwlr = await run(parserFixture('edexml/uwlr-leerlinggegevens.xml'));
    expect(uwlr).toMatchObject({ status: 'imported', school: { brin: '03AB' }, schooljaar: '2025-2026' });
    expect(await placementsOf(uwlr.school.id ?? '')).toEqual({
      'u-1': ['g-7a/7 2025-08-01..', 'sg-rt/7 2025-08-01..'],
      'u-2': ['g-7a/7 2025-08-01..'],
    });
  });

  it('refuses a Flemish file without BRIN and writes nothing', async () => {
    const before = await countAll(database.db);
    const report = await run(parserFixture('edexml/EDEXML.Voorbeeld.2.1-Vla.xml'));
    expect(report.status).toBe('refused');
    expect(report.problems[0]?.code).toBe('edexml.geen-brin');
    expect(await countAll(database.db)).toEqual(before);
  });

  it('accepts any schooljaar such as 2031-2032, and never ends a placement before it starts', async () => {
    const report = await run(
      edexmlXml({
        brin: '44KK',
        schooljaar: '2031-2032',
        groups: [{ key: 'G3', naam: 'Groep 3', jaargroep: '3' }],
        pupils: [
          { key: 'p1', achternaam: 'Vroeg', roepnaam: 'Ada', groep: 'G3' },
          { key: 'p2', achternaam: 'Later', roepnaam: 'Ben', groep: 'G3', instroomdatum: '2031-09-15' },
          // Left before this schooljaar started: not placed in it.
          { key: 'p3', achternaam: 'Weg', roepnaam: 'Cor', groep: 'G3', uitstroomdatum: '2031-07-01' },
          { key: 'p4', achternaam: 'Gaat', roepnaam: 'Dirk', groep: 'G3', uitstroomdatum: '2032-03-01' },
          // Leaves after this schooljaar: an open placement, not a leaver now.
          { key: 'p5', achternaam: 'Blijft', roepnaam: 'Eef', groep: 'G3', uitstroomdatum: '2033-01-01' },
        ],
      }),
    );
    expect(report).toMatchObject({ status: 'imported', schooljaar: '2031-2032' });
    const schoolId = report.school.id ?? '';
    const years = await database.db
      .selectFrom('schooljaar')
      .selectAll()
      .where('school_id', '=', schoolId)
      .execute();
    expect(years.map((y) => [y.name, y.start_date, y.end_date])).toEqual([
      ['2031-2032', '2031-08-01', '2032-07-31'],
    ]);
    expect(await placementsOf(schoolId)).toEqual({
      p1: ['G3/3 2031-08-01..'],
      p2: ['G3/3 2031-09-15..'],
      p4: ['G3/3 2031-08-01..2032-03-01'],
      p5: ['G3/3 2031-08-01..'],
    });
    expect(report.leaving.map((l) => l.key)).toContain('p4');
    expect(report.leaving.map((l) => l.key)).not.toContain('p5');

    const all = await database.db.selectFrom('plaatsing').select(['start_date', 'end_date']).execute();
    expect(all.filter((p) => p.end_date !== null && p.end_date < p.start_date)).toEqual([]);
  });
});
