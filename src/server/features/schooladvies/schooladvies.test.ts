/**
 * The schooladvies of groep-8 pupils: PUT /pupils/{id}/schooladvies (the whole record, by the IB or the
 * schoolleider, with the version the user saw), GET /schools/{id}/schooladvies (the groep-8 list of a
 * schooljaar) and GET /schools/{id}/schooladvies/cohorts (the figures per cohort). Every expected value
 * is worked out by hand from the records the test saves; refused requests write nothing; a save and a
 * list that shows pupils each leave an audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { testEngines } from '../../../testing/databases';
import { countRows, createOtherBestuur, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import {
  auditRowsOf,
  groep8OfSchoolA,
  uploadCsv,
  userIdOf,
  withoutDemoAdvies,
} from './schooladvies-test-support';
import type {
  CohortsResponse,
  SavedAdviesResponse,
  SchooladviesListResponse,
  VoImportReport,
} from './schooladvies.schema';

type Saved = z.infer<typeof SavedAdviesResponse>;
type List = z.infer<typeof SchooladviesListResponse>;
type Cohorts = z.infer<typeof CohortsResponse>;

const WRITES = ['schooladvies', 'vo_terugkoppeling', 'audit_log'] as const;
const COHORT = '2025-2026';
const EARLIER = '2024-2025';

describe.each(testEngines())('schooladvies (%s)', (engine) => {
  let world: DemoWorld;
  /** Four pupils of Groep 8 in 2025-2026 who stayed the year, one from 2024-2025, and the leaver. */
  let p1: string, p2: string, p3: string, p4: string, p5: string, leaver: string;
  let cohortPupils: string[];
  /** A pupil of Groep 5 now: in groep 4 in 2025-2026. */
  let groep5: string;
  let schoolA: string;

  beforeAll(async () => {
    world = await demoWorld(engine);
    await withoutDemoAdvies(world);
    schoolA = world.demo.schoolA;
    const cohort = groep8OfSchoolA(world, COHORT);
    [p1 = '', p2 = '', p3 = '', p4 = ''] = cohort.stayed;
    leaver = cohort.leaver ?? '';
    cohortPupils = cohort.all;
    p5 = groep8OfSchoolA(world, EARLIER).stayed[0] ?? '';
    groep5 = world.demo.activePupilsOf(world.demo.group(schoolA, 'Groep 5').id)[0] ?? '';
  });
  afterAll(async () => world.database.dispose());

  const save = (who: LoginName | null, pupil: string, body: object) =>
    world.api.call<Saved>('PUT', `/pupils/${pupil}/schooladvies`, {
      cookie: who ? world.cookies[who] : undefined,
      body,
    });
  const list = (who: LoginName | null, school = schoolA, query = `?schooljaar=${COHORT}`) =>
    world.api.call<List>('GET', `/schools/${school}/schooladvies${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const cohorts = (who: LoginName | null, school = schoolA) =>
    world.api.call<Cohorts>('GET', `/schools/${school}/schooladvies/cohorts`, {
      cookie: who ? world.cookies[who] : undefined,
    });
  const counts = () => countRows(world.database.db, WRITES);

  const p1First = {
    schooljaar: COHORT,
    version: null,
    voorlopigAdvies: 'havo',
    voorlopigOp: '2025-11-20',
    definitiefAdvies: 'havo',
    definitiefOp: '2026-03-02',
    toetsNaam: 'Route 8',
    toetsScore: 246,
    toetsAdvies: 'vwo',
    toelichting: '  Werkt zelfstandig.  ',
  };
  const p1Second = {
    ...p1First,
    version: 1,
    heroverweging: 'bijgesteld',
    heroverwogenAdvies: 'havo/vwo',
    heroverwegingOp: '2026-05-20',
    heroverwegingToelichting: 'Toets hoger; na het gesprek bijgesteld.',
    uitstroomNiveau: 'havo/vwo',
    uitstroomSchool: 'Het Baken',
  };

  it('records a new advice (version 1): the toets advised higher, so a heroverweging is owed', async () => {
    const at = world.at(10);
    const saved = ok(await save('ib', p1, p1First));
    world.at(0);
    expect(saved).toEqual({
      advies: {
        version: 1,
        voorlopigAdvies: 'havo',
        voorlopigOp: '2025-11-20',
        definitiefAdvies: 'havo',
        definitiefOp: '2026-03-02',
        toetsNaam: 'Route 8',
        toetsScore: 246,
        toetsAdvies: 'vwo',
        heroverweging: null,
        heroverwogenAdvies: null,
        heroverwegingOp: null,
        heroverwegingToelichting: null,
        uitstroomNiveau: null,
        uitstroomSchool: null,
        toelichting: 'Werkt zelfstandig.',
        updatedAt: at,
      },
      // vwo above havo: the toets is higher, no heroverweging yet, and the definitive advice holds.
      toetsVergelijking: 'hoger',
      heroverwegingOpen: true,
      eindadvies: 'havo',
    });
    const audits = await auditRowsOf(world, 'schooladvies.save');
    expect(audits).toHaveLength(1);
    const row = await world.database.db
      .selectFrom('schooladvies')
      .select(['id', 'school_id', 'created_by', 'updated_by'])
      .where('leerling_id', '=', p1)
      .executeTakeFirstOrThrow();
    const ib = userIdOf(world, LOGIN.ib);
    expect(row).toMatchObject({ school_id: schoolA, created_by: ib, updated_by: ib });
    const [audit] = audits;
    expect(audit).toMatchObject({
      user_id: ib,
      entity: 'schooladvies',
      entity_id: row.id,
      leerling_id: p1,
      school_id: schoolA,
    });
    // The audit names the fields that got a value, never the values.
    const details = audit?.details as { schooljaar: string; version: number; fields: string[] };
    expect({ ...details, fields: [...details.fields].sort() }).toEqual({
      schooljaar: COHORT,
      version: 1,
      fields: [
        'definitief_advies',
        'definitief_op',
        'toelichting',
        'toets_advies',
        'toets_naam',
        'toets_score',
        'voorlopig_advies',
        'voorlopig_op',
      ],
    });
  });

  it('records the heroverweging on version 1 as version 2: the raised advice holds', async () => {
    const at = world.at(20);
    const saved = ok(await save('schoolleider', p1, p1Second));
    world.at(0);
    expect(saved.advies).toMatchObject({
      version: 2,
      heroverweging: 'bijgesteld',
      heroverwogenAdvies: 'havo/vwo',
      heroverwegingOp: '2026-05-20',
      heroverwegingToelichting: 'Toets hoger; na het gesprek bijgesteld.',
      uitstroomNiveau: 'havo/vwo',
      uitstroomSchool: 'Het Baken',
      toelichting: 'Werkt zelfstandig.',
      updatedAt: at,
    });
    expect([saved.toetsVergelijking, saved.heroverwegingOpen, saved.eindadvies]).toEqual([
      'hoger',
      false,
      'havo/vwo',
    ]);
    const [, second] = await auditRowsOf(world, 'schooladvies.save');
    expect(second?.user_id).toBe(userIdOf(world, LOGIN.schoolleider));
    const details = second?.details as { version: number; fields: string[] };
    expect([details.version, [...details.fields].sort()]).toEqual([
      2,
      [
        'heroverweging',
        'heroverweging_op',
        'heroverweging_toelichting',
        'heroverwogen_advies',
        'uitstroom_niveau',
        'uitstroom_school',
      ],
    ]);
  });

  it('refuses a save on a version someone else already changed (409) and writes nothing', async () => {
    const before = await counts();
    const stale = expectError(await save('ib', p1, { ...p1Second, toelichting: 'Anders.' }), 409, 'conflict');
    expect(stale.message).toContain('intussen door iemand anders gewijzigd');
    expect(stale.current).toMatchObject({ version: 2, heroverwogenAdvies: 'havo/vwo' });
    expectError(await save('ib', p1, { ...p1First, version: null }), 409, 'conflict');
    expect(await counts()).toEqual(before);
  });

  it('replaces the whole record: a field left out is emptied', async () => {
    const body = { schooljaar: COHORT, version: null, definitiefAdvies: 'vwo', toetsAdvies: 'havo' };
    world.at(30);
    ok(await save('ib', p3, { ...body, toelichting: 'Gymnasium overwogen.' }));
    world.at(40);
    const saved = ok(await save('ib', p3, { ...body, version: 1 }));
    world.at(0);
    expect(saved.advies).toMatchObject({ version: 2, toelichting: null, definitiefAdvies: 'vwo' });
    // havo below vwo: the toets is lower, nothing to reconsider.
    expect([saved.toetsVergelijking, saved.heroverwegingOpen, saved.eindadvies]).toEqual([
      'lager',
      false,
      'vwo',
    ]);
    const last = (await auditRowsOf(world, 'schooladvies.save')).at(-1);
    expect(last?.details).toMatchObject({ version: 2, fields: ['toelichting'] });
  });

  it('answers two first saves at the same moment with one record and one conflict', async () => {
    const pupil = groep8OfSchoolA(world, COHORT).stayed[4] ?? '';
    const body = { schooljaar: COHORT, version: null, definitiefAdvies: 'havo' };
    const answers = await Promise.all([
      save('ib', pupil, body),
      save('schoolleider', pupil, { ...body, definitiefAdvies: 'vwo' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const kept = answers.find((a) => a.status === 200)?.body.advies.definitiefAdvies;
    const refused = answers.find((a) => a.status === 409);
    // The one who lost is shown the record that stands, as after any other conflict.
    expect(refused && expectError(refused, 409, 'conflict').current).toMatchObject({
      version: 1,
      definitiefAdvies: kept,
    });
    expect(
      await auditRowsOf(world, 'schooladvies.save').then((r) => r.filter((x) => x.leerling_id === pupil)),
    ).toHaveLength(1);
    const rows = await world.database.db
      .selectFrom('schooladvies')
      .select(['definitief_advies', 'version'])
      .where('leerling_id', '=', pupil)
      .execute();
    expect(rows).toEqual([{ definitief_advies: kept, version: 1 }]);
    // Not part of the cohort figures below: the pupil's record goes again.
    await world.database.db.deleteFrom('schooladvies').where('leerling_id', '=', pupil).execute();
  });

  it('refuses a save without a session, the right or access to the pupil, and writes nothing', async () => {
    const before = await counts();
    expectError(await save(null, p2, p1First), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'leerkrachtOtherSchool'] as const)
      expectError(await save(who, p2, p1First), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur', 'beheerder'] as const)
      expectSameNotFound(await save(who, p2, p1First), await save(who, unknownId(), p1First));
    expect(await counts()).toEqual(before);
  });

  it('refuses a bad advice naming the field, in Dutch, and writes nothing', async () => {
    const before = await counts();
    const base = { schooljaar: COHORT, version: null };
    expectInvalidInput(await save('ib', p2, { ...base, schooljaar: '2025/2026' }), 'schooljaar');
    expectInvalidInput(await save('ib', p2, { schooljaar: COHORT }), 'version');
    expectInvalidInput(await save('ib', p2, { ...base, version: 0 }), 'version');
    expectInvalidInput(await save('ib', p2, { ...base, voorlopigAdvies: 'mavo' }), 'voorlopigAdvies');
    expectInvalidInput(await save('ib', p2, { ...base, definitiefOp: '02-03-2026' }), 'definitiefOp');
    expectInvalidInput(await save('ib', p2, { ...base, toetsScore: 1001 }), 'toetsScore');
    expectInvalidInput(await save('ib', p2, { ...base, toelichting: 'a\u0000b' }), 'toelichting');
    expectInvalidInput(await save('ib', p2, { ...base, heroverweging: 'later' }), 'heroverweging');
    const rules: [object, string, string][] = [
      [
        { heroverweging: 'gehandhaafd' },
        'definitiefAdvies',
        'Een heroverweging volgt op een definitief schooladvies; vul dat eerst in.',
      ],
      [
        { definitiefAdvies: 'havo', heroverweging: 'bijgesteld' },
        'heroverwogenAdvies',
        'Bij een bijgesteld advies hoort het nieuwe advies.',
      ],
      [
        { definitiefAdvies: 'havo', heroverweging: 'bijgesteld', heroverwogenAdvies: 'vmbo-gt' },
        'heroverwogenAdvies',
        'Na de doorstroomtoets mag het schooladvies alleen omhoog worden bijgesteld.',
      ],
      [
        { definitiefAdvies: 'havo', heroverweging: 'bijgesteld', heroverwogenAdvies: 'havo' },
        'heroverwogenAdvies',
        'Na de doorstroomtoets mag het schooladvies alleen omhoog worden bijgesteld.',
      ],
      [
        { definitiefAdvies: 'havo', heroverweging: 'gehandhaafd', heroverwogenAdvies: 'vwo' },
        'heroverwogenAdvies',
        'Een nieuw advies hoort alleen bij een bijgesteld advies.',
      ],
      [
        { definitiefAdvies: 'havo', heroverwegingOp: '2026-05-20' },
        'heroverwegingOp',
        'Een datum van heroverweging hoort bij een heroverweging.',
      ],
    ];
    for (const [fields, field, message] of rules) {
      const error = expectError(await save('ib', p2, { ...base, ...fields }), 400, 'invalid_input');
      expect([error.message, error.issues]).toEqual([message, [{ field, message }]]);
    }
    for (const [pupil, year] of [
      [groep5, COHORT],
      [p2, '2026-2027'],
      [p2, EARLIER],
    ] as const) {
      const error = expectError(await save('ib', pupil, { ...base, schooljaar: year }), 400, 'invalid_input');
      const message = `De leerling zat in ${year} niet in groep 8 van deze school.`;
      expect([error.message, error.issues]).toEqual([message, [{ field: 'schooljaar', message }]]);
    }
    expect(await counts()).toEqual(before);
  });

  it('lists groep 8 of the year with each advice, the comparisons, the VO positions and the summary; audited', async () => {
    // P2: the toets agrees; P4: the toets is higher and nothing is reconsidered yet; P5 is of 2024-2025.
    ok(
      await save('ib', p2, {
        schooljaar: COHORT,
        version: null,
        definitiefAdvies: 'vmbo-gt',
        toetsAdvies: 'vmbo-gt',
        uitstroomNiveau: 'vmbo-gt',
      }),
    );
    ok(
      await save('ib', p4, {
        schooljaar: COHORT,
        version: null,
        definitiefAdvies: 'vmbo-kb',
        toetsAdvies: 'havo',
        uitstroomNiveau: 'vmbo-kb',
      }),
    );
    ok(await save('ib', p5, { schooljaar: EARLIER, version: null, definitiefAdvies: 'pro' }));
    const las = (id: string) => world.demo.pupil(id).las_key;
    const csv = [
      'leerlingnummer;leerjaar;niveau;vo-school',
      `${las(p1)};1;havo/vwo;Het Baken`,
      `${las(p2)};1;havo;Het Baken`,
      `${las(p2)};2;havo;Het Baken`,
      `${las(p3)};1;havo;`,
    ].join('\n');
    const report = ok(
      await uploadCsv<z.infer<typeof VoImportReport>>(
        world,
        'ib',
        `/schools/${schoolA}/imports/vo-terugkoppeling`,
        csv,
      ),
    );
    expect(report).toMatchObject({ status: 'imported', lines: 4, pupils: 3, cohorts: [COHORT] });

    const reads = (await auditRowsOf(world, 'schooladvies.read')).length;
    const page = ok(await list('ib'));
    expect(page.schoolId).toBe(schoolA);
    expect(page.schooljaar).toBe(COHORT);
    expect(page.abilities).toContain('zorg.write');
    expect(page.pupils.map((p) => p.pupil.id).sort()).toEqual([...cohortPupils].sort());
    expect(page.pupils.filter((p) => p.left).map((p) => p.pupil.id)).toEqual([leaver]);
    const entry = (id: string) => page.pupils.find((p) => p.pupil.id === id);
    // "Roepnaam voorvoegsel achternaam", as the school writes it.
    const nameOf = (id: string) => {
      const p = world.demo.pupil(id);
      return [p.roepnaam, p.voorvoegsel, p.achternaam].filter((x) => x).join(' ');
    };
    expect(entry(p1)).toMatchObject({
      pupil: { id: p1, name: nameOf(p1) },
      groupName: 'Groep 8',
      left: false,
      advies: { version: 2, definitiefAdvies: 'havo', heroverwogenAdvies: 'havo/vwo' },
      toetsVergelijking: 'hoger',
      heroverwegingOpen: false,
      eindadvies: 'havo/vwo',
      // havo/vwo against the raised havo/vwo advice: op.
      vo: [{ leerjaar: 1, niveau: 'havo/vwo', voSchool: 'Het Baken', vergelijking: 'op' }],
    });
    // vmbo-gt advice, havo in VO: above it in year 1 and 2.
    expect(entry(p2)?.vo).toEqual([
      { leerjaar: 1, niveau: 'havo', voSchool: 'Het Baken', vergelijking: 'boven' },
      { leerjaar: 2, niveau: 'havo', voSchool: 'Het Baken', vergelijking: 'boven' },
    ]);
    expect(entry(p3)?.vo).toEqual([{ leerjaar: 1, niveau: 'havo', voSchool: null, vergelijking: 'onder' }]);
    expect(entry(p4)).toMatchObject({
      toetsVergelijking: 'hoger',
      heroverwegingOpen: true,
      eindadvies: 'vmbo-kb',
    });
    expect(entry(leaver)).toMatchObject({
      advies: null,
      toetsVergelijking: null,
      heroverwegingOpen: false,
      eindadvies: null,
      vo: [],
    });
    expect(page.summary).toEqual({
      pupils: cohortPupils.length,
      // P1 and P4 higher, P2 equal, P3 lower.
      toets: { n: 4, hoger: 2, gelijk: 1, lager: 1 },
      // Owed for P1 (bijgesteld) and P4 (open).
      heroverweging: { n: 2, bijgesteld: 1, gehandhaafd: 0, open: 1 },
      // P1 havo/vwo, P2 vmbo-gt, P4 vmbo-kb: each on its advice.
      uitstroom: { n: 3, boven: 0, op: 3, onder: 0 },
    });

    const audits = await auditRowsOf(world, 'schooladvies.read');
    expect(audits).toHaveLength(reads + 1);
    expect(audits.at(-1)).toMatchObject({
      user_id: userIdOf(world, LOGIN.ib),
      entity: 'school',
      entity_id: schoolA,
      school_id: schoolA,
      details: { schooljaar: COHORT, pupils: cohortPupils.length, leerlingIds: [...cohortPupils].sort() },
    });
  });

  it('shows a leerkracht only the groep 8 they teach', async () => {
    const teacher = userIdOf(world, LOGIN.leerkracht7);
    const none = ok(await list('leerkracht7'));
    expect(none.pupils).toEqual([]);
    expect(none.summary.pupils).toBe(0);
    expect(none.abilities).not.toContain('zorg.write');
    // Nothing shown, nothing to audit.
    expect(await auditRowsOf(world, 'schooladvies.read', teacher)).toEqual([]);

    const staff = world.data.medewerker.find((m) => m.user_id === teacher);
    const group = groep8OfSchoolA(world, COHORT).group;
    await world.database.db
      .insertInto('groep_leerkracht')
      .values({ groep_id: group.id, medewerker_id: staff?.id ?? '' })
      .execute();
    const own = ok(await list('leerkracht7'));
    expect(own.pupils.map((p) => p.pupil.id).sort()).toEqual([...cohortPupils].sort());
    expect(own.pupils.find((p) => p.pupil.id === p1)?.eindadvies).toBe('havo/vwo');
    expect(await auditRowsOf(world, 'schooladvies.read', teacher)).toEqual([
      expect.objectContaining({
        entity_id: schoolA,
        details: expect.objectContaining({ pupils: cohortPupils.length }),
      }),
    ]);
  });

  it('refuses the list: 401, 403 for a role without pupils, 404 at another school, 400 for a bad schooljaar', async () => {
    const before = await counts();
    expectError(await list(null), 401, 'unauthenticated');
    for (const who of ['bestuur', 'beheerder'] as const) expectError(await list(who), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'leerkrachtOtherSchool'] as const)
      expectSameNotFound(await list(who), await list(who, unknownId()));
    expectInvalidInput(await list('ib', schoolA, '?schooljaar=2025'), 'schooljaar');
    expectInvalidInput(await list('ib', schoolA, ''), 'schooljaar');
    expect(await counts()).toEqual(before);
  });

  it('counts each cohort for the IB, and keeps a cell under ten from the bestuur', async () => {
    const figures = ok(await cohorts('ib'));
    expect(figures.schoolId).toBe(schoolA);
    expect(figures.minCellSize).toBe(1);
    expect(figures.cohorts.map((c) => c.cohort)).toEqual([EARLIER, COHORT]);
    const none = { n: 0, boven: 0, op: 0, onder: 0, opOfBoven: null, suppressed: false };
    expect(figures.cohorts[0]).toEqual({
      cohort: EARLIER,
      pupils: 1,
      adviezen: { n: 1, counts: [{ advice: 'pro', count: 1 }], suppressed: false },
      toets: { n: 0, hoger: 0, gelijk: 0, lager: 0, suppressed: false },
      heroverweging: { n: 0, bijgesteld: 0, gehandhaafd: 0, open: 0, suppressed: false },
      uitstroom: none,
      vo: [1, 2, 3].map((leerjaar) => ({ leerjaar, ...none })),
    });
    const c = figures.cohorts[1];
    expect(c).toMatchObject({
      cohort: COHORT,
      // Four records: P1 to P4.
      pupils: 4,
      // The advice that held, lowest first: P4 vmbo-kb, P2 vmbo-gt, P1 havo/vwo (raised), P3 vwo.
      adviezen: {
        n: 4,
        counts: [
          { advice: 'vmbo-kb', count: 1 },
          { advice: 'vmbo-gt', count: 1 },
          { advice: 'havo/vwo', count: 1 },
          { advice: 'vwo', count: 1 },
        ],
        suppressed: false,
      },
      toets: { n: 4, hoger: 2, gelijk: 1, lager: 1, suppressed: false },
      heroverweging: { n: 2, bijgesteld: 1, gehandhaafd: 0, open: 1, suppressed: false },
      uitstroom: { n: 3, boven: 0, op: 3, onder: 0, suppressed: false },
    });
    // 90 % Wilson intervals, z = 1.6449: 3 of 3 → [3 / (3 + z²), 1]; 2 of 3 → [0.2535, 0.9217]; 1 of 1.
    const share = (value: { share: number; low: number; high: number } | null | undefined) =>
      value && [value.share, value.low, value.high].map((x) => Math.round(x * 10_000) / 10_000);
    expect(share(c?.uitstroom.opOfBoven)).toEqual([1, 0.5258, 1]);
    expect(c?.vo.map((v) => [v.leerjaar, v.n, v.boven, v.op, v.onder, share(v.opOfBoven)])).toEqual([
      [1, 3, 1, 1, 1, [0.6667, 0.2535, 0.9217]],
      [2, 1, 1, 0, 0, [1, 0.2699, 1]],
      [3, 0, 0, 0, 0, null],
    ]);

    const bestuur = ok(await cohorts('bestuur'));
    expect(bestuur.minCellSize).toBe(10);
    const b = bestuur.cohorts[1];
    expect(b).toMatchObject({
      cohort: COHORT,
      adviezen: { n: 4, counts: [], suppressed: true },
      toets: { n: 4, hoger: null, gelijk: null, lager: null, suppressed: true },
      heroverweging: { n: 2, bijgesteld: null, gehandhaafd: null, open: null, suppressed: true },
      uitstroom: { n: 3, boven: null, op: null, onder: null, opOfBoven: null, suppressed: true },
    });
    expect(b?.vo.map((v) => [v.n, v.boven, v.op, v.onder, v.opOfBoven, v.suppressed])).toEqual([
      [3, null, null, null, null, true],
      [1, null, null, null, null, true],
      [0, null, null, null, null, true],
    ]);
  });

  it('refuses the cohorts: 401, 403 without statistics, 404 at a school outside the actor’s roles', async () => {
    const other = await createOtherBestuur(world.database.db);
    expectError(await cohorts(null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkrachtOtherSchool', 'beheerder'] as const)
      expectError(await cohorts(who), 403, 'forbidden');
    expectSameNotFound(await cohorts('ibOtherSchool'), await cohorts('ibOtherSchool', unknownId()));
    expectSameNotFound(await cohorts('bestuur', other.schoolId), await cohorts('bestuur', unknownId()));
  });
});
