/**
 * GET /schools/{id}/datamuur?jaargroep=: the wall of one jaargroep across the school's stamgroepen of a
 * schooljaar, parallel and combination groups alike, for the roles that see the whole school.
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
import type { GroupAnalysisResponse } from '../analysis/analysis.schema';
import { updateOppSince } from '../pupils/pupils.queries';
import type { DatamuurResponse } from './datamuur.schema';

describe.each(testEngines())('jaargroep datamuur API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let now = TEST_NOW;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine, () => now);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const wall = (schoolId: string, params: Record<string, string>, who: LoginName | null) =>
    api.call<DatamuurResponse>(
      'GET',
      `/schools/${schoolId}/datamuur?${new URLSearchParams(params).toString()}`,
      { cookie: who ? cookies[who] : undefined },
    );
  async function okWall(schoolId: string, params: Record<string, string>, who: LoginName) {
    const response = await wall(schoolId, params, who);
    expect(response.status).toBe(200);
    return response.body;
  }
  /** The placements with this jaargroep in the school's stamgroepen of the schooljaar, from the demo. */
  function placed(schoolId: string, jaargroep: string, year = demo.currentYear) {
    const groups = new Map(
      demo
        .groupsOf(schoolId, year)
        .filter((g) => g.kind === 'stamgroep')
        .map((g) => [g.id, g.name]),
    );
    return data.plaatsing.flatMap((p) =>
      groups.has(p.groep_id) && p.jaargroep === jaargroep
        ? [{ id: p.leerling_id, groupName: groups.get(p.groep_id), leftOn: p.end_date ?? null }]
        : [],
    );
  }
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

  it('answers 401 without a session, 403 to the bestuur and to a leerkracht of the school', async () => {
    const before = await countRows(database.db, ['audit_log']);
    expectError(await wall(demo.schoolA, { jaargroep: '5' }, null), 401, 'unauthenticated');
    expectError(await wall(demo.schoolA, { jaargroep: '5' }, 'bestuur'), 403, 'forbidden');
    expectError(await wall(demo.schoolA, { jaargroep: '5' }, 'leerkracht'), 403, 'forbidden');
    expect(await countRows(database.db, ['audit_log'])).toEqual(before);
  });

  it('answers another school exactly like a missing one', async () => {
    for (const who of ['ib', 'schoolleider', 'leerkracht'] as const) {
      expectSameNotFound(
        await wall(demo.schoolB, { jaargroep: '5' }, who),
        await wall(unknownId(), { jaargroep: '5' }, who),
      );
    }
    expectSameNotFound(
      await wall(demo.schoolA, { jaargroep: '5' }, 'ibOtherSchool'),
      await wall(unknownId(), { jaargroep: '5' }, 'ibOtherSchool'),
    );
  });

  it.each([
    ['no jaargroep', 'jaargroep', {}],
    ['jaargroep 9', 'jaargroep', { jaargroep: '9' }],
    ['jaargroep 5/6', 'jaargroep', { jaargroep: '5/6' }],
    ['a schooljaar of one year', 'schooljaar', { jaargroep: '5', schooljaar: '2025' }],
    ['a meetpunt without moment', 'meetpunt', { jaargroep: '5', meetpunt: '2025-2026' }],
  ] as const)('answers 400 for %s, naming %s', async (_, field, params) => {
    expectInvalidInput(await wall(demo.schoolA, params, 'ib'), field);
  });

  it('answers 400 for a schooljaar, vak or meetpunt the school has nothing for', async () => {
    const before = await countRows(database.db, ['audit_log']);
    for (const [field, params] of [
      ['schooljaar', { jaargroep: '5', schooljaar: '2030-2031' }],
      ['vak', { jaargroep: '5', vak: 'muziek' }],
      ['meetpunt', { jaargroep: '5', meetpunt: '2019-2020 E' }],
    ] as const) {
      const error = expectError(await wall(demo.schoolA, params, 'ib'), 400, 'invalid_input');
      expect(error.issues?.map((i) => i.field)).toEqual([field]);
    }
    expect(await countRows(database.db, ['audit_log'])).toEqual(before);
  });

  it('shows the pupils of jaargroep 5 and of 6 of the small school, both in combination group 5/6', async () => {
    const combination = demo.group(demo.schoolB, 'Groep 5/6').id;
    const [five, six] = [placed(demo.schoolB, '5'), placed(demo.schoolB, '6')];
    expect(five.length).toBeGreaterThan(5);
    expect(six.length).toBeGreaterThan(5);
    expect(new Set([...five, ...six].map((p) => p.groupName))).toEqual(new Set(['Groep 5/6']));
    expect([...five, ...six].map((p) => p.id).sort()).toEqual(demo.pupilsOf(combination).sort());
    const a = await api.call<GroupAnalysisResponse>('GET', `/groups/${combination}/analysis`, {
      cookie: cookies.ibOtherSchool,
    });
    expect(a.status).toBe(200);
    for (const [jaargroep, expected] of [
      ['5', five],
      ['6', six],
    ] as const) {
      const w = await okWall(demo.schoolB, { jaargroep, meetpunt: a.body.meetpunt ?? '' }, 'ibOtherSchool');
      expect([w.title, w.jaargroep, w.groupId, w.schoolId, w.schooljaar]).toEqual([
        `Jaargroep ${jaargroep}`,
        jaargroep,
        null,
        demo.schoolB,
        demo.currentYear,
      ]);
      expect(w.cards.map((c) => ({ id: c.id, groupName: c.groupName, leftOn: c.leftOn })).sort(byId)).toEqual(
        [...expected].sort(byId),
      );
      expect(new Set(w.cards.map((c) => c.jaargroep))).toEqual(new Set([jaargroep]));
      const vak = w.vak ?? '';
      expect(w.vakken).toEqual(a.body.vakken);
      for (const c of w.cards) {
        const v = a.body.pupils.find((p) => p.id === c.id)?.vakken[vak];
        expect([c.level, c.score, c.instructie, c.suggestion, c.previousInstructie, c.movement]).toEqual([
          v?.current?.level ?? null,
          v?.current?.score ?? null,
          v?.placement.effective?.instructie ?? null,
          v?.placement.suggestion ?? null,
          v?.placement.previous ?? null,
          v?.placement.movement ?? null,
        ]);
      }
      expect(w.cards.filter((c) => c.level !== null).length).toBeGreaterThan(5);
    }
  });

  it('shows jaargroep 4 and 3 of an earlier schooljaar as they were placed then', async () => {
    const previous = data.summary.schooljaren.at(-2) ?? '';
    for (const jaargroep of ['4', '3']) {
      const expected = placed(demo.schoolA, jaargroep, previous);
      expect(expected.length).toBeGreaterThan(10);
      const w = await okWall(demo.schoolA, { jaargroep, schooljaar: previous }, 'schoolleider');
      expect([w.schooljaar, w.jaargroep]).toEqual([previous, jaargroep]);
      expect(w.cards.map((c) => ({ id: c.id, groupName: c.groupName, leftOn: c.leftOn })).sort(byId)).toEqual(
        [...expected].sort(byId),
      );
    }
  });

  it('takes parallel stamgroepen together, once per pupil, and leaves a samengestelde groep out', async () => {
    const groep5 = demo.group(demo.schoolA, 'Groep 5');
    const iso = TEST_NOW.toISOString();
    const newGroup = async (name: string, kind: 'stamgroep' | 'samengesteld') => {
      const id = unknownId();
      await database.db
        .insertInto('groep')
        .values({ ...groep5, id, name, kind, las_key: null, created_at: iso, updated_at: iso })
        .execute();
      return id;
    };
    const parallel = await newGroup('Groep 5b', 'stamgroep');
    const moved = demo.activePupilsOf(groep5.id).slice(0, 3);
    await database.db
      .updateTable('plaatsing')
      .set({ groep_id: parallel })
      .where('groep_id', '=', groep5.id)
      .where('leerling_id', 'in', moved)
      .execute();
    // One pupil moves mid-year: the closed placement in Groep 5 and the open one in 5b make one card.
    const mover = demo.activePupilsOf(groep5.id)[3] ?? '';
    await database.db
      .updateTable('plaatsing')
      .set({ end_date: '2026-10-15' })
      .where('groep_id', '=', groep5.id)
      .where('leerling_id', '=', mover)
      .execute();
    await database.db
      .insertInto('plaatsing')
      .values({
        id: unknownId(),
        leerling_id: mover,
        groep_id: parallel,
        jaargroep: '5',
        start_date: '2026-10-16',
        end_date: null,
      })
      .execute();
    const rekengroep = await newGroup('Rekengroep 5', 'samengesteld');
    await database.db
      .insertInto('plaatsing')
      .values(
        demo
          .activePupilsOf(groep5.id)
          .slice(0, 5)
          .map((leerling_id) => ({
            id: unknownId(),
            leerling_id,
            groep_id: rekengroep,
            jaargroep: '5',
            start_date: '2026-09-01',
            end_date: null,
          })),
      )
      .execute();
    const w = await okWall(demo.schoolA, { jaargroep: '5' }, 'ib');
    const expected = placed(demo.schoolA, '5').map((p) =>
      moved.includes(p.id) || p.id === mover ? { ...p, groupName: 'Groep 5b' } : p,
    );
    expect(new Set(placed(demo.schoolA, '5').map((p) => p.groupName))).toEqual(new Set(['Groep 5']));
    expect(w.cards.map((c) => ({ id: c.id, groupName: c.groupName, leftOn: c.leftOn })).sort(byId)).toEqual(
      expected.sort(byId),
    );
  });

  it('marks the pupils with an OPP and writes an audit row for the school', async () => {
    const pupilId = placed(demo.schoolB, '6')[0]?.id ?? '';
    await updateOppSince(database.db, pupilId, '2026-10-01', TEST_NOW.toISOString());
    const rows = () =>
      database.db.selectFrom('audit_log').selectAll().where('action', '=', 'datamuur.read').execute();
    const before = await rows();
    now = new Date(TEST_NOW.getTime() + 60_000);
    const w = await okWall(demo.schoolB, { jaargroep: '6' }, 'ibOtherSchool');
    const shown = [...new Set(placed(demo.schoolB, '6').map((p) => p.id))].sort();
    expect(w.cards.filter((c) => c.hasOpp).map((c) => c.id)).toEqual([pupilId]);
    const added = (await rows()).filter((r) => !before.some((b) => b.id === r.id));
    expect(added.map((r) => [r.user_id, r.entity, r.entity_id, r.school_id, r.at])).toEqual([
      [demo.account(LOGIN.ibOtherSchool).id, 'school', demo.schoolB, demo.schoolB, now.toISOString()],
    ]);
    expect(JSON.parse(added[0]?.details ?? '{}')).toEqual({
      jaargroep: '6',
      vak: w.vak,
      pupils: shown.length,
      leerlingIds: shown,
    });
  });
});
