/**
 * GET/PUT /schools/{id}/periods?schooljaar=: the HGW periods of a schooljaar, each closed by a
 * toetsmoment. Two halves until the school chooses its own; saving is for the IB and the schoolleider,
 * validated as a whole (inside the schooljaar, in order, no overlap), and a period that already holds a
 * groepsplan keeps its id and cannot be removed. Audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  demoLookup,
  LOGIN,
  seedDemo,
  TEST_NOW,
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

interface Period {
  id: string;
  volgnummer: number;
  name: string;
  startDate: string;
  endDate: string;
  closingKind: 'B' | 'M' | 'E' | null;
}
interface PeriodList {
  schooljaar: string;
  periods: Period[];
}

const WRITES = ['periode', 'audit_log'] as const;

describe.each(testEngines())('HGW periods API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let now = TEST_NOW;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    // A school that has not set up its periods: the demo without its leerlingzorg, whose
    // besprekingen need them (the periods are made on first use, which these tests follow).
    data = await seedDemo(database.db, { zorg: false });
    demo = demoLookup(data);
    api = testApi(database.db, engine, () => now);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const path = (schoolId: string, schooljaar: string) =>
    `/schools/${schoolId}/periods?schooljaar=${schooljaar}`;
  const list = (who: LoginName | null, schooljaar = '2026-2027', schoolId = demo.schoolA) =>
    api.call<PeriodList>('GET', path(schoolId, schooljaar), { cookie: who ? cookies[who] : undefined });
  const put = (
    body: object,
    who: LoginName | null = 'ib',
    schooljaar = '2026-2027',
    schoolId = demo.schoolA,
  ) =>
    api.call<PeriodList>('PUT', path(schoolId, schooljaar), { cookie: who ? cookies[who] : undefined, body });
  async function okList(schooljaar = '2026-2027', schoolId = demo.schoolA) {
    const response = await list(schoolId === demo.schoolA ? 'ib' : 'ibOtherSchool', schooljaar, schoolId);
    expect(response.status).toBe(200);
    return response.body;
  }
  const strip = (periods: Period[]) => periods.map(({ id: _id, volgnummer: _v, ...rest }) => rest);
  const three = [
    { name: 'Blok 1', startDate: '2026-08-24', endDate: '2026-11-20', closingKind: null },
    { name: 'Blok 2', startDate: '2026-11-23', endDate: '2027-02-12', closingKind: 'M' },
    { name: 'Blok 3', startDate: '2027-02-15', endDate: '2027-07-09', closingKind: 'E' },
  ] as const;

  it('gives every schooljaar two halves closed by M and E until the school chooses, for anyone at the school', async () => {
    const before = await countRows(database.db, ['periode']);
    for (const schooljaar of data.summary.schooljaren) {
      const start = Number(schooljaar.slice(0, 4));
      const expected = [
        {
          name: 'Periode 1 (augustus–januari)',
          startDate: `${start}-08-01`,
          endDate: `${start + 1}-01-31`,
          closingKind: 'M',
        },
        {
          name: 'Periode 2 (februari–juli)',
          startDate: `${start + 1}-02-01`,
          endDate: `${start + 1}-07-31`,
          closingKind: 'E',
        },
      ];
      const first = await okList(schooljaar);
      expect(first.schooljaar).toBe(schooljaar);
      expect(strip(first.periods)).toEqual(expected);
      expect(first.periods.map((p) => p.volgnummer)).toEqual([1, 2]);
      // Created once: every later read, by any role at the school, finds the same ids.
      for (const who of ['leerkracht', 'schoolleider', 'ib'] as const) {
        const again = await list(who, schooljaar);
        expect([again.status, again.body]).toEqual([200, first]);
      }
      expect(strip((await okList(schooljaar, demo.schoolB)).periods)).toEqual(expected);
    }
    const created = 2 * 2 * data.summary.schooljaren.length;
    expect(await countRows(database.db, ['periode'])).toEqual({ periode: (before.periode ?? 0) + created });
  });

  it('answers 401 without a session, 403 to the bestuur, and another school’s staff as for a missing school', async () => {
    expectError(await list(null), 401, 'unauthenticated');
    expectError(await list('bestuur'), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(await list(who), await list(who, '2026-2027', unknownId()));
    }
  });

  it('answers 400 naming schooljaar for one in the wrong form or one the school does not have', async () => {
    const before = await countRows(database.db, WRITES);
    expectInvalidInput(await list('ib', '2026'), 'schooljaar');
    expectInvalidInput(await put({ periods: three }, 'ib', '2026/2027'), 'schooljaar');
    for (const response of [
      await list('ib', '2019-2020'),
      await put({ periods: three }, 'ib', '2019-2020'),
    ]) {
      expect(expectError(response, 400, 'invalid_input').issues?.map((i) => i.field)).toEqual(['schooljaar']);
    }
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('refuses a save without a session (401), by a leerkracht or the bestuur (403), by another school (404)', async () => {
    const before = await countRows(database.db, WRITES);
    const stored = await okList();
    expectError(await put({ periods: three }, null), 401, 'unauthenticated');
    expectError(await put({ periods: three }, 'leerkracht'), 403, 'forbidden');
    expectError(await put({ periods: three }, 'bestuur'), 403, 'forbidden');
    expectSameNotFound(
      await put({ periods: three }, 'ibOtherSchool'),
      await put({ periods: three }, 'ibOtherSchool', '2026-2027', unknownId()),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect(await okList()).toEqual(stored);
  });

  it.each([
    ['no periods', [], 'periods.0.periods'],
    [
      'seven periods',
      Array.from({ length: 7 }, (_, i) => ({
        ...three[0],
        startDate: `2026-09-0${i + 1}`,
        endDate: `2026-09-0${i + 1}`,
      })),
      'periods.6.periods',
    ],
    ['an empty name', [{ ...three[0], name: '   ' }, three[1]], 'periods.0.name'],
    [
      'a date that does not exist',
      [three[0], { ...three[1], startDate: '2026-11-31' }],
      'periods.1.startDate',
    ],
    ['an end before the start', [{ ...three[0], endDate: '2026-08-23' }], 'periods.0.endDate'],
    ['a start before the schooljaar', [{ ...three[0], startDate: '2026-07-31' }], 'periods.0.startDate'],
    ['an overlap', [three[0], { ...three[1], startDate: '2026-11-20' }], 'periods.1.startDate'],
  ])('answers 400 for %s and writes nothing', async (_label, periods, field) => {
    const before = await countRows(database.db, WRITES);
    const stored = await okList();
    const error = expectError(await put({ periods }), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toContain(field);
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect(await okList()).toEqual(stored);
  });

  it('answers 400 for a field in the wrong form, naming it', async () => {
    const before = await countRows(database.db, WRITES);
    expectInvalidInput(await put({ periods: [{ ...three[0], closingKind: 'X' }] }), 'periods.0.closingKind');
    expectInvalidInput(
      await put({ periods: [three[0], { ...three[1], name: 'x'.repeat(81) }] }),
      'periods.1.name',
    );
    expectInvalidInput(
      await put({ periods: [{ ...three[0], startDate: '2026-08-240' }] }),
      'periods.0.startDate',
    );
    expectInvalidInput(await put({ periods: Array.from({ length: 11 }, () => three[0]) }), 'periods');
    expectInvalidInput(await put({}), 'periods');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('replaces the periods of one schooljaar of one school, keeping ids that are sent back, and audits it', async () => {
    const schooljaar = '2026-2027';
    const [other, otherYear] = [await okList(schooljaar, demo.schoolB), await okList('2025-2026')];
    const stored = await okList(schooljaar);
    now = new Date(TEST_NOW.getTime() + 60_000);
    const kept = { ...three[0], id: stored.periods[0]?.id ?? '' };
    const saved = await put({ periods: [kept, three[1], three[2]] }, 'schoolleider');
    expect(saved.status).toBe(200);
    expect(saved.body.schooljaar).toBe(schooljaar);
    expect(strip(saved.body.periods)).toEqual(three);
    expect(saved.body.periods.map((p) => p.volgnummer)).toEqual([1, 2, 3]);
    expect(saved.body.periods[0]?.id).toBe(kept.id);
    const ids = saved.body.periods.map((p) => p.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.filter((id) => stored.periods.some((p) => p.id === id))).toEqual([kept.id]);
    expect(await okList(schooljaar)).toEqual(saved.body);
    // Nothing else moved.
    expect(await okList(schooljaar, demo.schoolB)).toEqual(other);
    expect(await okList('2025-2026')).toEqual(otherYear);

    const audits = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'periods.update')
      .execute();
    expect(
      audits.map((r) => [r.user_id, r.entity, r.entity_id, r.school_id, r.at, JSON.parse(r.details ?? '{}')]),
    ).toEqual([
      [
        demo.account(LOGIN.schoolleider).id,
        'school',
        demo.schoolA,
        demo.schoolA,
        now.toISOString(),
        { schooljaar, periods: 3 },
      ],
    ]);
  });

  it('keeps a period that holds a groepsplan: it may be renamed and moved, not removed', async () => {
    const stored = await okList();
    const [first, second, third] = stored.periods;
    if (!first || !second || !third) throw new Error('expected three periods');
    const groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const created = await api.call('POST', `/groups/${groupId}/plans`, {
      cookie: cookies.leerkracht,
      body: { periodeId: second.id, vak: 'spelling', vorm: 'groepsplan' },
    });
    expect(created.status).toBe(201);

    const before = await countRows(database.db, WRITES);
    const withoutSecond = [first, third].map(({ volgnummer: _v, ...p }) => p);
    const refused = expectError(await put({ periods: withoutSecond }), 400, 'invalid_input');
    expect(refused.issues?.map((i) => i.field)).toEqual(['periods']);
    expect(refused.message).toContain(second.name);
    const stranger = (await okList('2025-2026')).periods[0]?.id;
    const foreign = expectError(
      await put({
        periods: [
          { ...three[0], id: stranger },
          { ...three[1], id: second.id },
        ],
      }),
      400,
      'invalid_input',
    );
    expect(foreign.issues?.map((i) => i.field)).toEqual(['periods']);
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect(await okList()).toEqual(stored);

    // Two periods instead of three; the plan's period is the first now, under a new name.
    const renamed = {
      name: 'Herfst en winter',
      startDate: '2026-08-01',
      endDate: '2027-01-29',
      closingKind: 'M' as const,
    };
    const saved = await put({ periods: [{ ...renamed, id: second.id }, three[2]] });
    expect(saved.status).toBe(200);
    expect(saved.body.periods[0]).toEqual({ ...renamed, id: second.id, volgnummer: 1 });
    expect(saved.body.periods.map((p) => p.id)).not.toContain(first.id);
    expect(saved.body.periods.map((p) => p.id)).not.toContain(third.id);
    const plan = await database.db
      .selectFrom('groepsplan')
      .select('periode_id')
      .where('groep_id', '=', groupId)
      .execute();
    expect(plan).toEqual([{ periode_id: second.id }]);
  });

  it('keeps a period that holds a teacher’s clusters: the refusal names it and writes nothing', async () => {
    const stored = await okList();
    const last = stored.periods.at(-1);
    if (!last || stored.periods.length < 2) throw new Error('expected two periods or more');
    const groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const teacher = data.accounts.find((a) => a.email === LOGIN.leerkracht);
    await database.db
      .insertInto('cluster_indeling')
      .values({
        id: unknownId(),
        groep_id: groupId,
        periode_id: last.id,
        vak: 'spelling',
        leerling_id: demo.pupilsOf(groupId)[0] ?? '',
        cluster: 'Tafelgroep',
        updated_by: teacher?.id ?? '',
        updated_at: TEST_NOW.toISOString(),
      })
      .execute();
    const kept = stored.periods.slice(0, -1).map(({ volgnummer: _v, ...p }) => p);
    const before = await countRows(database.db, [...WRITES, 'cluster_indeling']);
    const refused = expectError(await put({ periods: kept }), 400, 'invalid_input');
    expect(refused.message).toContain(last.name);
    expect(refused.message).toContain('clusterindeling');
    expect(await countRows(database.db, [...WRITES, 'cluster_indeling'])).toEqual(before);
    expect(await okList()).toEqual(stored);
  });

  it('keeps a period that holds a bespreking: the refusal names it and writes nothing', async () => {
    const stored = await okList();
    const last = stored.periods.at(-1);
    if (!last || stored.periods.length < 2) throw new Error('expected two periods or more');
    const groupId = demo.group(demo.schoolA, 'Groep 6').id;
    const ib = demo.account(LOGIN.ib).id;
    const at = TEST_NOW.toISOString();
    await database.db
      .insertInto('bespreking')
      .values({
        id: unknownId(),
        school_id: demo.schoolA,
        kind: 'groepsbespreking',
        schooljaar: '2026-2027',
        periode_id: last.id,
        groep_id: groupId,
        leerling_id: null,
        planned_on: last.endDate,
        held_on: null,
        status: 'gepland',
        answers: '{}',
        decision: null,
        snapshot: null,
        version: 1,
        created_by: ib,
        created_at: at,
        updated_by: ib,
        updated_at: at,
      })
      .execute();
    const kept = stored.periods.slice(0, -1).map(({ volgnummer: _v, ...p }) => p);
    const before = await countRows(database.db, [...WRITES, 'bespreking']);
    const refused = expectError(await put({ periods: kept }), 400, 'invalid_input');
    expect(refused.message).toContain(last.name);
    expect(refused.message).toContain('bespreking');
    expect(await countRows(database.db, [...WRITES, 'bespreking'])).toEqual(before);
    expect(await okList()).toEqual(stored);
  });

  it('answers 400 for the same period sent twice, and writes nothing', async () => {
    const stored = await okList();
    const id = stored.periods[0]?.id;
    const before = await countRows(database.db, WRITES);
    const error = expectError(
      await put({
        periods: [
          { ...three[0], id },
          { ...three[1], id },
        ],
      }),
      400,
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.field)).toEqual(['periods']);
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect(await okList()).toEqual(stored);
  });
});
