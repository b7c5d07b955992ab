import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { fullName } from '../../../shared/names';
import { VAKKEN } from '../../../shared/vakken';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  demoLookup,
  LOGIN,
  seedDemo,
  type LoginName,
  unknownId,
  type DemoLookup,
} from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import type { GroupDetailResponse } from './groups.schema';

const TEACHER_ABILITIES = [
  'school.read',
  'group.read',
  'pupil.read',
  'observation.write',
  'placement.write',
  'groepsoverzicht.write',
  'plan.write',
  'zorg.read',
  'afspraak.write',
  'opp.note',
];
const IB_ABILITIES = [
  'school.read',
  'group.read',
  'pupil.read',
  'observation.write',
  'placement.write',
  'statistics.read',
  'norms.manage',
  'settings.manage',
  'import.run',
  'groepsoverzicht.write',
  'plan.write',
  'period.manage',
  'opp.write',
  'ambition.manage',
  'teambespreking.write',
  'zorg.read',
  'zorg.write',
  'afspraak.write',
  'opp.note',
];
const SCHOOLLEIDER_ABILITIES = [
  'school.read',
  'group.read',
  'pupil.read',
  'statistics.read',
  'norms.manage',
  'settings.manage',
  'import.run',
  'period.manage',
  'opp.write',
  'ambition.manage',
  'teambespreking.write',
  'zorg.read',
  'zorg.write',
  'afspraak.write',
  'opp.note',
  'audit.read',
  'privacy.manage',
];

describe.each(testEngines())('groups API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  /** The pupils of a group as the generated placements and results say, keyed by pupil id. */
  function expectedPupils(groupId: string) {
    return new Map(
      data.plaatsing
        .filter((p) => p.groep_id === groupId)
        .map((placement) => {
          const pupil = demo.pupil(placement.leerling_id);
          const latest: GroupDetailResponse['pupils'][number]['latest'] = {};
          const newest = new Map<string, string>();
          for (const r of demo.resultsOf(pupil.id)) {
            const toets = demo.toets(r.toets_id);
            const date = r.afnamedatum ?? '';
            if ((newest.get(toets.vak) ?? '') >= date) continue;
            newest.set(toets.vak, date);
            latest[toets.vak] = {
              toets: toets.name,
              schooljaar: r.schooljaar,
              moment: r.moment,
              niveau: r.niveau ?? null,
              vaardigheidsscore: r.vaardigheidsscore ?? null,
            };
          }
          const name = fullName({
            roepnaam: pupil.roepnaam,
            voorvoegsel: pupil.voorvoegsel ?? null,
            achternaam: pupil.achternaam,
          });
          return [
            pupil.id,
            {
              id: pupil.id,
              name,
              jaargroep: placement.jaargroep,
              leftOn: placement.end_date ?? null,
              latest,
            },
          ] as const;
        }),
    );
  }

  function expectGroupAsGenerated(body: GroupDetailResponse, groupId: string) {
    const generated = data.groep.find((g) => g.id === groupId);
    const school = demo.school(generated?.school_id ?? '');
    expect(body.group).toEqual({
      id: groupId,
      name: generated?.name,
      jaargroep: generated?.jaargroep,
      kind: generated?.kind,
      schooljaar: data.schooljaar.find((s) => s.id === generated?.schooljaar_id)?.name,
      school: { id: school.id, name: school.name },
      teachers: demo.teacherNamesOf(groupId),
    });
    const expected = expectedPupils(groupId);
    expect(body.pupils.length).toBe(demo.pupilsOf(groupId).length);
    expect(new Map(body.pupils.map((p) => [p.id, p]))).toEqual(expected);
    const seen = new Set([...expected.values()].flatMap((p) => Object.keys(p.latest)));
    expect(body.vakken).toEqual(VAKKEN.filter((v) => seen.has(v)));
  }

  it('answers 401 without a session', async () => {
    const groupId = demo.group(demo.schoolA, 'Groep 5').id;
    expectError(await api.call('GET', `/groups/${groupId}`), 401, 'unauthenticated');
  });

  it.each(['bestuur', 'beheerder'] as const)(
    'answers 403 to the %s, who may not read a group',
    async (who) => {
      const groupId = demo.group(demo.schoolA, 'Groep 5').id;
      expectError(await api.call('GET', `/groups/${groupId}`, { cookie: as(who) }), 403, 'forbidden');
    },
  );

  it('shows a leerkracht their group with exactly the generated pupils and their latest result per vak', async () => {
    const groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const response = await api.call<GroupDetailResponse>('GET', `/groups/${groupId}`, {
      cookie: as('leerkracht'),
    });
    expect(response.status).toBe(200);
    expectGroupAsGenerated(response.body, groupId);
    // Groep 5 this year took M and E tests in earlier years: the latest results must be there.
    expect(response.body.pupils.some((p) => Object.keys(p.latest).length > 0)).toBe(true);
    expect(response.body.group.teachers).toEqual([demo.account(LOGIN.leerkracht).name]);
    expect(response.body.abilities).toEqual(TEACHER_ABILITIES);
  });

  it('lists the pupils by surname', async () => {
    const groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const response = await api.call<GroupDetailResponse>('GET', `/groups/${groupId}`, {
      cookie: as('leerkracht'),
    });
    const surnames = response.body.pupils.map((p) => demo.pupil(p.id).achternaam);
    const sorted = [...surnames].sort((a, b) => a.localeCompare(b, 'nl'));
    expect(surnames).toEqual(sorted);
  });

  it('shows pupils who left during the year with the date they left', async () => {
    const year = data.summary.schooljaren[0] ?? '';
    const groupId = demo.group(demo.schoolA, 'Groep 5', year).id;
    const left = data.plaatsing.filter((p) => p.groep_id === groupId && p.end_date);
    expect(left.length).toBeGreaterThan(0);
    const response = await api.call<GroupDetailResponse>('GET', `/groups/${groupId}`, {
      cookie: as('leerkracht'),
    });
    expect(response.status).toBe(200);
    expectGroupAsGenerated(response.body, groupId);
    for (const placement of left) {
      expect(response.body.pupils.find((p) => p.id === placement.leerling_id)?.leftOn).toBe(
        placement.end_date,
      );
    }
  });

  it('answers Groep 7 of the same school to the leerkracht of Groep 5 exactly like a missing group', async () => {
    const groep7 = demo.group(demo.schoolA, 'Groep 7').id;
    const other = await api.call('GET', `/groups/${groep7}`, { cookie: as('leerkracht') });
    const missing = await api.call('GET', `/groups/${unknownId()}`, { cookie: as('leerkracht') });
    expectSameNotFound(other, missing);
  });

  it.each(['leerkrachtOtherSchool', 'ibOtherSchool'] as const)(
    'answers a group of school A to the %s exactly like a missing group',
    async (who) => {
      const groupId = demo.group(demo.schoolA, 'Groep 5').id;
      const other = await api.call('GET', `/groups/${groupId}`, { cookie: as(who) });
      const missing = await api.call('GET', `/groups/${unknownId()}`, { cookie: as(who) });
      expectSameNotFound(other, missing);
    },
  );

  it.each(['ib', 'schoolleider'] as const)(
    'shows the %s every group of the school as generated',
    async (who) => {
      const groups = demo.groupsOf(demo.schoolA);
      expect(groups.length).toBeGreaterThan(1);
      for (const group of groups) {
        const response = await api.call<GroupDetailResponse>('GET', `/groups/${group.id}`, {
          cookie: as(who),
        });
        expect(response.status).toBe(200);
        expectGroupAsGenerated(response.body, group.id);
        expect(response.body.abilities).toEqual(who === 'ib' ? IB_ABILITIES : SCHOOLLEIDER_ABILITIES);
      }
    },
  );

  it('answers 400 naming groupId for an id longer than 64 characters', async () => {
    expectInvalidInput(await api.call('GET', `/groups/${'x'.repeat(65)}`, { cookie: as('ib') }), 'groupId');
  });

  it('writes a group.read audit row with the group, the school, the number of pupils and their ids', async () => {
    const groupId = demo.group(demo.schoolA, 'Groep 7').id;
    const userId = demo.account(LOGIN.leerkracht7).id;
    const before = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'group.read')
      .where('user_id', '=', userId)
      .execute();
    expect((await api.call('GET', `/groups/${groupId}`, { cookie: as('leerkracht7') })).status).toBe(200);
    const rows = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'group.read')
      .where('user_id', '=', userId)
      .execute();
    expect(rows.length).toBe(before.length + 1);
    const row = rows.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({ entity: 'groep', entity_id: groupId, school_id: demo.schoolA });
    expect(JSON.parse(row?.details ?? '{}')).toEqual({
      pupils: demo.pupilsOf(groupId).length,
      leerlingIds: [...demo.pupilsOf(groupId)].sort(),
    });
  });

  it('writes no audit row when the group is out of scope', async () => {
    const userId = demo.account(LOGIN.leerkracht).id;
    const count = async () =>
      (
        await database.db
          .selectFrom('audit_log')
          .select('id')
          .where('user_id', '=', userId)
          .where('action', '=', 'group.read')
          .execute()
      ).length;
    const before = await count();
    const groep7 = demo.group(demo.schoolA, 'Groep 7').id;
    expect((await api.call('GET', `/groups/${groep7}`, { cookie: as('leerkracht') })).status).toBe(404);
    expect(await count()).toBe(before);
  });
});
