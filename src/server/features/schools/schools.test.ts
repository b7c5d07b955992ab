import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
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
  type TestResponse,
} from '../../../testing/http';
import type { z } from 'zod';
import type { GroupListResponse, SchoolDetailResponse, SchoolListResponse } from './schools.schema';

type SchoolList = z.infer<typeof SchoolListResponse>;
type SchoolDetail = z.infer<typeof SchoolDetailResponse>;
type GroupList = z.infer<typeof GroupListResponse>;

/** What a leerkracht or IB may do at their school, as the permission rules describe the roles. */
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
const BEHEERDER_ABILITIES = [
  'school.read',
  'norms.manage',
  'settings.manage',
  'import.run',
  'user.manage',
  'school.manage',
];

describe.each(testEngines())('schools API (%s)', (engine) => {
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

  const paths = () => [`/schools`, `/schools/${demo.schoolA}`, `/schools/${demo.schoolA}/groups`];

  it('answers 401 on every school route without a session', async () => {
    for (const path of paths()) expectError(await api.call('GET', path), 401, 'unauthenticated');
  });

  it('answers 403 to the bestuur account, which sees figures and never a school from the inside', async () => {
    for (const path of paths())
      expectError(await api.call('GET', path, { cookie: as('bestuur') }), 403, 'forbidden');
  });

  it('answers 403 to the beheerder on the group list, which is not theirs to read', async () => {
    const response = await api.call('GET', `/schools/${demo.schoolA}/groups`, { cookie: as('beheerder') });
    expectError(response, 403, 'forbidden');
  });

  it('lists only the school of a leerkracht, with the generated name, BRIN and bestuur', async () => {
    const response = await api.call<SchoolList>('GET', '/schools', { cookie: as('leerkracht') });
    expect(response.status).toBe(200);
    const school = demo.school(demo.schoolA);
    expect(response.body.schools).toEqual([
      {
        id: school.id,
        name: school.name,
        brin: school.brin,
        vestiging: school.vestiging ?? null,
        bestuurName: data.bestuur[0]?.name,
        abilities: TEACHER_ABILITIES,
      },
    ]);
  });

  it('lists only school B for the IB of school B', async () => {
    const response = await api.call<SchoolList>('GET', '/schools', { cookie: as('ibOtherSchool') });
    expect(response.status).toBe(200);
    expect(response.body.schools.map((s) => s.id)).toEqual([demo.schoolB]);
    expect(response.body.schools[0]?.abilities).toEqual(IB_ABILITIES);
  });

  it('lists every school of the bestuur, sorted by name, for the bestuur-wide beheerder', async () => {
    const response = await api.call<SchoolList>('GET', '/schools', { cookie: as('beheerder') });
    expect(response.status).toBe(200);
    const expected = [...data.school].sort((a, b) => (a.name < b.name ? -1 : 1)).map((s) => s.id);
    expect(response.body.schools.map((s) => s.id)).toEqual(expected);
    for (const s of response.body.schools) expect(s.abilities).toEqual(BEHEERDER_ABILITIES);
  });

  it('shows a school with its generated schooljaren, the current one marked', async () => {
    const response = await api.call<SchoolDetail>('GET', `/schools/${demo.schoolA}`, { cookie: as('ib') });
    expect(response.status).toBe(200);
    const school = demo.school(demo.schoolA);
    expect(response.body.school).toMatchObject({ id: school.id, name: school.name, brin: school.brin });
    expect(response.body.school.schoolweging).toBe(school.schoolweging);
    const years = data.schooljaar
      .filter((s) => s.school_id === demo.schoolA)
      .map((s) => s.name)
      .sort()
      .reverse();
    expect(response.body.schooljaren).toEqual(
      years.map((name) => ({ name, current: name === demo.currentYear })),
    );
  });

  it('answers a school of another school exactly like a school that does not exist', async () => {
    const otherSchool = await api.call('GET', `/schools/${demo.schoolA}`, { cookie: as('ibOtherSchool') });
    const missing = await api.call('GET', `/schools/${unknownId()}`, { cookie: as('ibOtherSchool') });
    expectSameNotFound(otherSchool, missing);
  });

  it('answers the group list of another school exactly like that of a school that does not exist', async () => {
    const otherSchool = await api.call('GET', `/schools/${demo.schoolB}/groups`, { cookie: as('ib') });
    const missing = await api.call('GET', `/schools/${unknownId()}/groups`, { cookie: as('ib') });
    expectSameNotFound(otherSchool, missing);
  });

  it('answers 400 naming schoolId for a school id longer than 64 characters', async () => {
    expectInvalidInput(await api.call('GET', `/schools/${'x'.repeat(65)}`, { cookie: as('ib') }), 'schoolId');
  });

  it('answers 400 naming schooljaar for a schooljaar not written as 2025-2026', async () => {
    const response = await api.call('GET', `/schools/${demo.schoolA}/groups?schooljaar=2025`, {
      cookie: as('ib'),
    });
    expectInvalidInput(response, 'schooljaar');
  });

  function expectGroups(response: TestResponse<GroupList>, year: string, groupIds: string[]) {
    expect(response.status).toBe(200);
    expect(response.body.schooljaar).toBe(year);
    expect(response.body.groups.map((g) => g.id)).toEqual(groupIds);
    for (const g of response.body.groups) {
      const generated = data.groep.find((x) => x.id === g.id);
      expect(g).toEqual({
        id: generated?.id,
        name: generated?.name,
        jaargroep: generated?.jaargroep,
        kind: generated?.kind,
        schooljaar: year,
        pupilCount: demo.activePupilsOf(g.id).length,
        teachers: demo.teacherNamesOf(g.id),
      });
    }
  }

  it('shows a leerkracht only their own group of the current schooljaar, with its pupil count', async () => {
    const response = await api.call<GroupList>('GET', `/schools/${demo.schoolA}/groups`, {
      cookie: as('leerkracht'),
    });
    expectGroups(response, demo.currentYear, [demo.group(demo.schoolA, 'Groep 5').id]);
    expect(response.body.groups[0]?.teachers).toEqual([demo.account(LOGIN.leerkracht).name]);
  });

  it('shows the colleague of Groep 7 only Groep 7', async () => {
    const response = await api.call<GroupList>('GET', `/schools/${demo.schoolA}/groups`, {
      cookie: as('leerkracht7'),
    });
    expectGroups(response, demo.currentYear, [demo.group(demo.schoolA, 'Groep 7').id]);
  });

  it('shows a leerkracht their group of an earlier schooljaar when asked for that year', async () => {
    const year = data.summary.schooljaren[0] ?? '';
    const response = await api.call<GroupList>('GET', `/schools/${demo.schoolA}/groups?schooljaar=${year}`, {
      cookie: as('leerkracht'),
    });
    expectGroups(response, year, [demo.group(demo.schoolA, 'Groep 5', year).id]);
  });

  it.each(['ib', 'schoolleider'] as const)(
    'shows the %s every group of the school in school order',
    async (who) => {
      const response = await api.call<GroupList>('GET', `/schools/${demo.schoolA}/groups`, {
        cookie: as(who),
      });
      const expected = demo.groupsOf(demo.schoolA).map((g) => g.id);
      expect(expected.length).toBeGreaterThan(1);
      expectGroups(response, demo.currentYear, expected);
    },
  );

  it('shows an empty list for a schooljaar the school has no groups in', async () => {
    const response = await api.call<GroupList>(
      'GET',
      `/schools/${demo.schoolA}/groups?schooljaar=2001-2002`,
      {
        cookie: as('ib'),
      },
    );
    expectGroups(response, '2001-2002', []);
  });
});
