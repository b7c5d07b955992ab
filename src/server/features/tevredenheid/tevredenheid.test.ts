/**
 * Satisfaction surveys: POST /schools/{id}/imports/tevredenheid (a survey tool's aggregates per theme,
 * all or nothing; a survey imported again replaces the earlier import) and GET /schools/{id}/tevredenheid
 * (per respondent group and theme every survey with N and the change since the one before). The IB and
 * the schoolleider import and see every figure; the bestuur sees no figure of fewer than ten
 * respondents. Every expected figure is worked out by hand from the files below.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { testEngines } from '../../../testing/databases';
import { countRows, createOtherBestuur, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import {
  auditRowsOf,
  uploadCsv,
  userIdOf,
  withoutDemoTevredenheid,
} from '../schooladvies/schooladvies-test-support';
import type { TevredenheidImportReport, TevredenheidResponse } from './tevredenheid.schema';

type Report = z.infer<typeof TevredenheidImportReport>;
type Point = TevredenheidResponse['groepen'][number]['themas'][number]['points'][number];

const WRITES = ['tevredenheid', 'audit_log'] as const;

const SURVEY_2026 = [
  'datum;groep;thema;n;gemiddelde;schaal;positief;instrument',
  '12-03-2026;ouders;Veiligheid;126;3,4;1-4;88;Vensters',
  '12-03-2026;Ouders;Communicatie;126;3,1;1-4;75%;Vensters',
  '12-03-2026;leerlingen;Welbevinden;143;;;91;Vensters',
  '20-03-2026;team;Werkdruk;8;6,5;1-10;50;Vensters',
].join('\n');

/** A year earlier, with the header names of another tool; Communicatie then had a five-point scale. */
const SURVEY_2025 = [
  'Afnamedatum;Respondenten;Onderwerp;Aantal;Gemiddelde score;Antwoordschaal;% positief;Instrument',
  '14-03-2025;ouders;veiligheid ;120;3,2;1-4;80;Vensters',
  '14-03-2025;ouders;Communicatie;118;3,3;1 t/m 5;70;Vensters',
  '21-03-2025;team;Werkdruk;9;7;1-10;60;Vensters',
].join('\n');

/** A point as the IB sees it: every figure. */
function point(p: Partial<Point> & Pick<Point, 'afgenomenOp' | 'schooljaar' | 'n'>): Point {
  return {
    instrument: 'Vensters',
    scale: null,
    gemiddelde: null,
    positief: null,
    meanChange: null,
    positiefChange: null,
    comparableMean: false,
    suppressed: false,
    ...p,
  };
}

describe.each(testEngines())('tevredenheid (%s)', (engine) => {
  let world: DemoWorld;
  let schoolA: string;

  beforeAll(async () => {
    world = await demoWorld(engine);
    await withoutDemoTevredenheid(world);
    schoolA = world.demo.schoolA;
  });
  afterAll(async () => world.database.dispose());

  const upload = (who: LoginName | null, csv?: string, school = schoolA) =>
    uploadCsv<Report>(world, who, `/schools/${school}/imports/tevredenheid`, csv);
  const list = (who: LoginName | null, school = schoolA) =>
    world.api.call<TevredenheidResponse>('GET', `/schools/${school}/tevredenheid`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const counts = () => countRows(world.database.db, WRITES);

  it('imports a survey file: one survey per group and date, audited', async () => {
    const at = world.at(10);
    const report = ok(await upload('ib', SURVEY_2026));
    world.at(0);
    expect(report).toEqual({
      status: 'imported',
      lines: 4,
      surveys: [
        { groep: 'leerlingen', afgenomenOp: '2026-03-12', themas: 1 },
        { groep: 'ouders', afgenomenOp: '2026-03-12', themas: 2 },
        { groep: 'team', afgenomenOp: '2026-03-20', themas: 1 },
      ],
      problems: [],
    });
    const rows = await world.database.db
      .selectFrom('tevredenheid')
      .select(['groep', 'thema', 'thema_key', 'schooljaar', 'n', 'gemiddelde', 'positief', 'imported_at'])
      .where('school_id', '=', schoolA)
      .orderBy('thema_key')
      .execute();
    expect(rows).toEqual(
      [
        ['ouders', 'Communicatie', 'communicatie', 126, 3.1, 75],
        ['ouders', 'Veiligheid', 'veiligheid', 126, 3.4, 88],
        ['leerlingen', 'Welbevinden', 'welbevinden', 143, null, 91],
        ['team', 'Werkdruk', 'werkdruk', 8, 6.5, 50],
      ].map(([groep, thema, thema_key, n, gemiddelde, positief]) => ({
        groep,
        thema,
        thema_key,
        schooljaar: '2025-2026',
        n,
        gemiddelde,
        positief,
        imported_at: at,
      })),
    );
    expect(await auditRowsOf(world, 'tevredenheid.import')).toEqual([
      {
        user_id: userIdOf(world, LOGIN.ib),
        entity: 'school',
        entity_id: schoolA,
        leerling_id: null,
        school_id: schoolA,
        details: { lines: 4, surveys: 3 },
      },
    ]);
  });

  it('shows each theme over the years with the change since the survey before', async () => {
    world.at(20);
    ok(await upload('schoolleider', SURVEY_2025));
    world.at(0);
    const page = ok(await list('ib'));
    expect(page.schoolId).toBe(schoolA);
    expect(page.minCellSize).toBe(1);
    expect(page.abilities).toContain('ambition.manage');
    expect(page.years).toEqual(['2024-2025', '2025-2026']);
    const ouders2025 = { afgenomenOp: '2025-03-14', schooljaar: '2024-2025' };
    const ouders2026 = { afgenomenOp: '2026-03-12', schooljaar: '2025-2026' };
    expect(page.groepen).toEqual([
      {
        groep: 'leerlingen',
        themas: [
          {
            key: 'welbevinden',
            thema: 'Welbevinden',
            points: [point({ ...ouders2026, n: 143, positief: 91 })],
          },
        ],
      },
      {
        groep: 'ouders',
        themas: [
          {
            key: 'communicatie',
            thema: 'Communicatie',
            points: [
              point({ ...ouders2025, n: 118, scale: { min: 1, max: 5 }, gemiddelde: 3.3, positief: 70 }),
              // Another scale: no change of the mean; the share went from 70 to 75.
              point({
                ...ouders2026,
                n: 126,
                scale: { min: 1, max: 4 },
                gemiddelde: 3.1,
                positief: 75,
                positiefChange: 5,
              }),
            ],
          },
          {
            key: 'veiligheid',
            // The name of the latest survey.
            thema: 'Veiligheid',
            points: [
              point({ ...ouders2025, n: 120, scale: { min: 1, max: 4 }, gemiddelde: 3.2, positief: 80 }),
              // 3.4 − 3.2 = 0.2 on the same scale and instrument; 88 − 80 = 8 points.
              point({
                ...ouders2026,
                n: 126,
                scale: { min: 1, max: 4 },
                gemiddelde: 3.4,
                positief: 88,
                meanChange: 0.2,
                positiefChange: 8,
                comparableMean: true,
              }),
            ],
          },
        ],
      },
      {
        groep: 'team',
        themas: [
          {
            key: 'werkdruk',
            thema: 'Werkdruk',
            points: [
              point({
                afgenomenOp: '2025-03-21',
                schooljaar: '2024-2025',
                n: 9,
                scale: { min: 1, max: 10 },
                gemiddelde: 7,
                positief: 60,
              }),
              point({
                afgenomenOp: '2026-03-20',
                schooljaar: '2025-2026',
                n: 8,
                scale: { min: 1, max: 10 },
                gemiddelde: 6.5,
                positief: 50,
                meanChange: -0.5,
                positiefChange: -10,
                comparableMean: true,
              }),
            ],
          },
        ],
      },
    ]);
  });

  it('shows the bestuur no figure of a survey with fewer than ten respondents', async () => {
    const page = ok(await list('bestuur'));
    expect(page.minCellSize).toBe(10);
    expect(page.abilities).not.toContain('ambition.manage');
    const team = page.groepen.find((g) => g.groep === 'team')?.themas[0]?.points;
    const withheld = {
      scale: null,
      gemiddelde: null,
      positief: null,
      meanChange: null,
      positiefChange: null,
      suppressed: true,
    };
    expect(team).toEqual([
      expect.objectContaining({ n: 9, comparableMean: false, ...withheld }),
      expect.objectContaining({ n: 8, comparableMean: true, ...withheld }),
    ]);
    const veiligheid = page.groepen
      .find((g) => g.groep === 'ouders')
      ?.themas.find((t) => t.key === 'veiligheid');
    expect(veiligheid?.points.at(-1)).toMatchObject({
      n: 126,
      gemiddelde: 3.4,
      positief: 88,
      meanChange: 0.2,
      positiefChange: 8,
      suppressed: false,
    });
  });

  it('replaces a survey imported again: its themes left out of the new file are gone', async () => {
    const csv = [
      'datum;groep;thema;n;gemiddelde;schaal;positief;instrument',
      '12-03-2026;ouders;Veiligheid;130;3,5;1-4;90 %;Vensters',
    ].join('\n');
    world.at(30);
    const report = ok(await upload('ib', csv));
    world.at(0);
    expect(report.surveys).toEqual([{ groep: 'ouders', afgenomenOp: '2026-03-12', themas: 1 }]);
    const ouders = ok(await list('ib')).groepen.find((g) => g.groep === 'ouders')?.themas;
    expect(ouders?.find((t) => t.key === 'communicatie')?.points.map((p) => p.afgenomenOp)).toEqual([
      '2025-03-14',
    ]);
    // 3.5 − 3.2 = 0.3; 90 − 80 = 10.
    expect(ouders?.find((t) => t.key === 'veiligheid')?.points.at(-1)).toMatchObject({
      n: 130,
      gemiddelde: 3.5,
      positief: 90,
      meanChange: 0.3,
      positiefChange: 10,
    });
    // Leerlingen and team of the first file stay: 4 + 3 − 2 + 1.
    expect((await counts()).tevredenheid).toBe(6);
  });

  it('takes the same survey imported three times at once: each import replaces the one before', async () => {
    const csv =
      'datum;groep;thema;n;positief\n01-06-2026;team;Samenwerking;20;70\n01-06-2026;team;Rust;20;65';
    const audits = (await auditRowsOf(world, 'tevredenheid.import')).length;
    const answers = await Promise.all([1, 2, 3].map(() => upload('ib', csv)));
    expect(answers.map((a) => [a.status, a.body.status])).toEqual([
      [200, 'imported'],
      [200, 'imported'],
      [200, 'imported'],
    ]);
    const rows = await world.database.db
      .selectFrom('tevredenheid')
      .select('thema_key')
      .where('afgenomen_op', '=', '2026-06-01')
      .orderBy('thema_key')
      .execute();
    expect(rows).toEqual([{ thema_key: 'rust' }, { thema_key: 'samenwerking' }]);
    expect(await auditRowsOf(world, 'tevredenheid.import')).toHaveLength(audits + 3);
    await world.database.db.deleteFrom('tevredenheid').where('afgenomen_op', '=', '2026-06-01').execute();
  });

  it('refuses a file with bad lines, naming each problem with its line, and writes nothing', async () => {
    const lines = [
      'datum;groep;thema;n;gemiddelde;schaal;positief',
      '12-03-2026;directie;Veiligheid;10;;;80',
      '12-03-2026;ouders;Veiligheid;10;3,4;;80',
      '12-03-2026;ouders;Sfeer;10;5;1-4;',
      '12-03-2026;ouders;Rust;10;;;120',
      '12-03-2026;ouders;Uitdaging;0;;;80',
      '12-03-2026;ouders;Informatie;12,5;;;80',
      '31-02-2026;ouders;Contact;10;;;80',
      ';ouders;Contact;10;;;80',
      '12-03-2026;ouders;Contact;10;;;',
      '12-03-2026;ouders;Contact;10;3;een tot vier;',
      '12-03-2026;ouders;Welkom;10;;;veel',
      '12-03-2026;ouders;Veiligheid;10;;;80',
      '12-03-2026;ouders;VEILIGHEID!;10;;;80',
      '12-03-2026;ouders;;10;;;80',
    ];
    const before = await counts();
    const report = ok(await upload('ib', lines.join('\n')));
    const n = 'n (het aantal respondenten) moet een heel getal van 1 of meer zijn.';
    expect(report).toEqual({
      status: 'refused',
      lines: 14,
      surveys: [],
      problems: [
        [2, "groep 'directie' moet leerlingen, ouders of team zijn."],
        [3, 'bij een gemiddelde hoort de schaal (zoals 1-4).'],
        [4, 'gemiddelde 5 ligt buiten de schaal 1-4.'],
        [5, 'positief moet een percentage van 0 tot 100 zijn, niet 120.'],
        [6, n],
        [7, n],
        [8, 'datum: "31-02-2026" is geen bestaande datum.'],
        [9, 'de datum is leeg.'],
        [10, 'vul het gemiddelde (met de schaal) of het percentage positief in, of beide.'],
        [11, "schaal 'een tot vier' is geen schaal zoals 1-4 of 1-10."],
        [12, 'positief: "veel" is geen getal.'],
        [14, 'hetzelfde thema van dezelfde peiling staat ook op regel 13.'],
        [15, 'het thema is leeg of langer dan 200 tekens.'],
      ].map(([line, message]) => ({ line, message: `Regel ${line}: ${message}` })),
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses a file whose header lacks a column, or that has nothing to read', async () => {
    const before = await counts();
    const cases: [string, Report['problems']][] = [
      [
        'datum;groep;thema;positief\n12-03-2026;ouders;Veiligheid;80',
        [{ line: 1, message: "De kolom 'n' ontbreekt in de kopregel (regel 1)." }],
      ],
      [
        'datum;groep;thema;n;aantal;positief\n12-03-2026;ouders;Veiligheid;10;10;80',
        [{ line: 1, message: "De kolom 'aantal' staat er twee keer in." }],
      ],
      [
        'datum;groep;thema;n;positief',
        [{ line: null, message: 'Het bestand heeft een kopregel maar geen regels om in te lezen.' }],
      ],
      ['', [{ line: null, message: 'Het bestand bevat geen gegevens.' }]],
    ];
    for (const [csv, problems] of cases) {
      const report = ok(await upload('ib', csv));
      expect({ status: report.status, surveys: report.surveys, problems: report.problems }).toEqual({
        status: 'refused',
        surveys: [],
        problems,
      });
    }
    const error = expectError(await upload('ib'), 400, 'invalid_input');
    expect(error.message).toBe('Er is geen bestand meegestuurd.');
    expect(await counts()).toEqual(before);
  });

  it('refuses the import without a session, the right or a role at the school, and writes nothing', async () => {
    const before = await counts();
    expectError(await upload(null, SURVEY_2026), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkrachtOtherSchool', 'bestuur', 'beheerder'] as const)
      expectError(await upload(who, SURVEY_2026), 403, 'forbidden');
    expectSameNotFound(
      await upload('ibOtherSchool', SURVEY_2026),
      await upload('ibOtherSchool', SURVEY_2026, unknownId()),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses the list without a session, the right or a role at the school', async () => {
    const other = await createOtherBestuur(world.database.db);
    expectError(await list(null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkrachtOtherSchool', 'beheerder'] as const)
      expectError(await list(who), 403, 'forbidden');
    expectSameNotFound(await list('ibOtherSchool'), await list('ibOtherSchool', unknownId()));
    expectSameNotFound(await list('bestuur', other.schoolId), await list('bestuur', unknownId()));
  });
});
