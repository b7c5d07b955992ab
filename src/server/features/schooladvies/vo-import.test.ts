/**
 * POST /schools/{id}/imports/vo-terugkoppeling: what the VO schools report back about former pupils in
 * VO year 1–3, read from a CSV file, all or nothing. The IB and the schoolleider import; a leerkracht
 * gets 403, anyone without a role at the school (and the bestuur and beheerder, who never see a pupil)
 * 404. A refused file names every problem with its line and writes nothing; an import replaces what
 * was known of a pupil in that leerjaar and leaves one audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import {
  auditRowsOf,
  groep8OfSchoolA,
  uploadCsv,
  userIdOf,
  withoutDemoAdvies,
} from './schooladvies-test-support';
import type { VoImportReport } from './schooladvies.schema';

type Report = z.infer<typeof VoImportReport>;

const WRITES = ['vo_terugkoppeling', 'audit_log'] as const;
const COHORT = '2025-2026';
const EARLIER = '2024-2025';
const HEADER = 'leerlingnummer;eckid;leerjaar;niveau;cohort;vo-school;geboortedatum';
const ECKID = 'https://ketenid.nl/201703/4b0e0c5d1a3f';

describe.each(testEngines())('VO-terugkoppeling import (%s)', (engine) => {
  let world: DemoWorld;
  let schoolA: string;
  /** a1 (havo) and a2 (vwo): advice in 2025-2026; b1 (vmbo-gt): advice in 2024-2025; x1 (by ECK-iD) and x2: none. */
  let a1: string, a2: string, b1: string, x1: string, x2: string;

  beforeAll(async () => {
    world = await demoWorld(engine);
    await withoutDemoAdvies(world);
    schoolA = world.demo.schoolA;
    [a1 = '', a2 = '', x1 = '', x2 = ''] = groep8OfSchoolA(world, COHORT).stayed;
    b1 = groep8OfSchoolA(world, EARLIER).stayed[0] ?? '';
    const advice = (pupil: string, schooljaar: string, definitiefAdvies: string) =>
      world.api.call('PUT', `/pupils/${pupil}/schooladvies`, {
        cookie: world.cookies.ib,
        body: { schooljaar, version: null, definitiefAdvies },
      });
    ok(await advice(a1, COHORT, 'havo'));
    ok(await advice(a2, COHORT, 'vwo'));
    ok(await advice(b1, EARLIER, 'vmbo-gt'));
    await world.database.db.updateTable('leerling').set({ eckid: ECKID }).where('id', '=', x1).execute();
  });
  afterAll(async () => world.database.dispose());

  const path = (school = schoolA) => `/schools/${school}/imports/vo-terugkoppeling`;
  const upload = (who: LoginName | null, csv?: string, school = schoolA) =>
    uploadCsv<Report>(world, who, path(school), csv);
  const las = (id: string) => world.demo.pupil(id).las_key;
  /** The pupil's birth date as a VO school writes it: dd-mm-jjjj. */
  const born = (id: string) => (world.demo.pupil(id).geboortedatum ?? '').split('-').reverse().join('-');
  const counts = () => countRows(world.database.db, WRITES);
  const positions = () =>
    world.database.db
      .selectFrom('vo_terugkoppeling')
      .select(['leerling_id', 'leerjaar', 'niveau', 'cohort', 'vo_school', 'school_id', 'imported_by'])
      .orderBy('leerling_id')
      .orderBy('leerjaar')
      .execute();

  it('imports every line: by number or ECK-iD, the cohort from the advice where the file leaves it out', async () => {
    const csv = [
      HEADER,
      `${las(a1)};;1;HAVO-VWO;;Het Baken;${born(a1)}`,
      `${las(a2)};;1e;vwo (gymnasium);2025/2026;Stedelijk Gymnasium;`,
      `${las(b1)};;1;mavo;;;`,
      '',
      `${las(b1)};;2;mavo/havo;;;`,
      `;${ECKID};1;havo;${COHORT};Het Baken;`,
    ].join('\r\n');
    const at = world.at(10);
    const report = ok(await upload('ib', csv));
    world.at(0);
    // Four pupils: b1 twice. The empty line is skipped.
    expect(report).toEqual({
      status: 'imported',
      lines: 5,
      pupils: 4,
      cohorts: [EARLIER, COHORT],
      problems: [],
    });
    const ib = userIdOf(world, LOGIN.ib);
    const expected = [
      [a1, 1, 'havo/vwo', COHORT, 'Het Baken'],
      [a2, 1, 'vwo', COHORT, 'Stedelijk Gymnasium'],
      [b1, 1, 'vmbo-gt', EARLIER, null],
      [b1, 2, 'vmbo-gt/havo', EARLIER, null],
      [x1, 1, 'havo', COHORT, 'Het Baken'],
    ]
      .map(([leerling_id, leerjaar, niveau, cohort, vo_school]) => ({
        leerling_id,
        leerjaar,
        niveau,
        cohort,
        vo_school,
        school_id: schoolA,
        imported_by: ib,
      }))
      .sort(
        (x, y) =>
          String(x.leerling_id).localeCompare(String(y.leerling_id)) ||
          Number(x.leerjaar) - Number(y.leerjaar),
      );
    expect(await positions()).toEqual(expected);
    const importedAt = await world.database.db
      .selectFrom('vo_terugkoppeling')
      .select('imported_at')
      .distinct()
      .execute();
    expect(importedAt).toEqual([{ imported_at: at }]);
    expect(await auditRowsOf(world, 'schooladvies.vo.import')).toEqual([
      {
        user_id: ib,
        entity: 'school',
        entity_id: schoolA,
        leerling_id: null,
        school_id: schoolA,
        details: { lines: 5, pupils: 4, cohorts: [EARLIER, COHORT] },
      },
    ]);
  });

  it('replaces a pupil’s leerjaar with a new file, read by other header names and commas', async () => {
    const csv = [
      'Leerling nummer,Leerjaar VO,Onderwijssoort,Schooljaar groep 8,Vestiging',
      `${las(a1)},1,havo,,Het Baken`,
      `${las(a1)},2,havo,,Het Baken`,
    ].join('\n');
    world.at(20);
    const report = ok(await upload('schoolleider', csv));
    world.at(0);
    expect(report).toEqual({ status: 'imported', lines: 2, pupils: 1, cohorts: [COHORT], problems: [] });
    const rows = await positions();
    expect(
      rows.filter((r) => r.leerling_id === a1).map((r) => [r.leerjaar, r.niveau, r.imported_by]),
    ).toEqual([
      [1, 'havo', userIdOf(world, LOGIN.schoolleider)],
      [2, 'havo', userIdOf(world, LOGIN.schoolleider)],
    ]);
    // The other pupils' positions stay: 5 − 1 replaced + 2.
    expect(rows).toHaveLength(6);
    const audits = await auditRowsOf(world, 'schooladvies.vo.import', userIdOf(world, LOGIN.schoolleider));
    expect(audits.map((a) => a.details)).toEqual([{ lines: 2, pupils: 1, cohorts: [COHORT] }]);
  });

  it('refuses a file with bad lines, naming each problem with its line, and writes nothing', async () => {
    const otherSchoolPupil = world.data.leerling.find((l) => l.school_id === world.demo.schoolB);
    const longName = 'x'.repeat(201);
    const lines = [
      HEADER,
      `999999;;1;havo;;;`,
      `${otherSchoolPupil?.las_key ?? ''};;1;havo;;;`,
      `;;1;havo;;;`,
      `${las(a1)};;4;havo;;;`,
      `${las(a1)};;1;mbo;;;`,
      `${las(a1)};;1;havo;;;01-01-2000`,
      `${las(a1)};;1;havo;;;31-02-2014`,
      `${las(a1)};;2;havo;2025;;`,
      `${las(a1)};;3;havo;${EARLIER};;`,
      `${las(x2)};;1;havo;;;`,
      `${las(a2)};;2;vwo;;;`,
      `${las(a2)};;2;havo;;;`,
      `${las(a2)};;3;vwo;;${longName};`,
    ];
    const before = await counts();
    const report = ok(await upload('ib', lines.join('\n')));
    const unknown = 'deze leerling staat niet in Leerwinst bij deze school (controleer het leerlingnummer).';
    expect(report).toEqual({
      status: 'refused',
      lines: 13,
      pupils: 0,
      cohorts: [],
      problems: [
        { line: 2, message: `Regel 2: ${unknown}` },
        { line: 3, message: `Regel 3: ${unknown}` },
        { line: 4, message: 'Regel 4: leerlingnummer en eckid zijn allebei leeg.' },
        { line: 5, message: "Regel 5: leerjaar '4' moet 1, 2 of 3 zijn." },
        {
          line: 6,
          message:
            "Regel 6: niveau 'mbo' is onbekend; schrijf bijvoorbeeld pro, vmbo-bb, vmbo-kb, vmbo-gl/tl, havo, vwo of havo/vwo.",
        },
        { line: 7, message: 'Regel 7: de geboortedatum past niet bij de leerling met dit leerlingnummer.' },
        { line: 8, message: 'Regel 8: geboortedatum: "31-02-2014" is geen bestaande datum.' },
        { line: 9, message: "Regel 9: cohort '2025' is geen schooljaar (zoals 2023-2024)." },
        { line: 10, message: `Regel 10: cohort ${EARLIER} past niet bij het schooladvies (${COHORT}).` },
        {
          line: 11,
          message:
            'Regel 11: van deze leerling is geen schooladvies vastgelegd; vul de kolom cohort (schooljaar van groep 8).',
        },
        { line: 13, message: 'Regel 13: dezelfde leerling en hetzelfde leerjaar staan ook op regel 12.' },
        { line: 14, message: 'Regel 14: de naam van de vo-school is langer dan 200 tekens.' },
      ],
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a file whose header lacks a column, or that has nothing to read', async () => {
    const before = await counts();
    const cases: [string, Report['problems']][] = [
      [
        'leerjaar;niveau\n1;havo',
        [{ line: 1, message: "De kopregel heeft geen kolom 'leerlingnummer' (of 'eckid')." }],
      ],
      [
        `leerlingnummer;leerjaar\n${las(a1)};1`,
        [{ line: 1, message: "De kolom 'niveau' ontbreekt in de kopregel (regel 1)." }],
      ],
      [
        `leerlingnummer;niveau;Niveau;leerjaar\n${las(a1)};havo;havo;1`,
        [{ line: 1, message: "De kolom 'Niveau' staat er twee keer in." }],
      ],
      [HEADER, [{ line: null, message: 'Het bestand heeft een kopregel maar geen regels om in te lezen.' }]],
    ];
    for (const [csv, problems] of cases) {
      const report = ok(await upload('ib', csv));
      expect({ status: report.status, problems: report.problems }).toEqual({ status: 'refused', problems });
    }
    const empty = ok(await upload('ib', ''));
    expect(empty).toEqual({
      status: 'refused',
      lines: 0,
      pupils: 0,
      cohorts: [],
      problems: [{ line: null, message: 'Het bestand bevat geen gegevens.' }],
    });
    const error = expectError(await upload('ib'), 400, 'invalid_input');
    expect(error.message).toBe('Er is geen bestand meegestuurd.');
    expect(await counts()).toEqual(before);
  });

  it('takes the same line imported three times at once: one position, each import audited', async () => {
    const csv = `${HEADER}\n${las(x2)};;1;havo;${COHORT};;`;
    const audits = (await auditRowsOf(world, 'schooladvies.vo.import')).length;
    const answers = await Promise.all([1, 2, 3].map(() => upload('ib', csv)));
    expect(answers.map((a) => [a.status, a.body.status])).toEqual([
      [200, 'imported'],
      [200, 'imported'],
      [200, 'imported'],
    ]);
    expect((await positions()).filter((p) => p.leerling_id === x2)).toEqual([
      expect.objectContaining({ leerjaar: 1, niveau: 'havo', cohort: COHORT }),
    ]);
    expect(await auditRowsOf(world, 'schooladvies.vo.import')).toHaveLength(audits + 3);
  });

  it('refuses the import without a session, the right or a role at the school, and writes nothing', async () => {
    const csv = `${HEADER}\n${las(a1)};;3;havo;;;`;
    const before = await counts();
    expectError(await upload(null, csv), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'leerkrachtOtherSchool'] as const)
      expectError(await upload(who, csv), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur', 'beheerder'] as const)
      expectSameNotFound(await upload(who, csv), await upload(who, csv, unknownId()));
    expect(await counts()).toEqual(before);
  });
});
