import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  createOtherBestuur,
  demoLookup,
  insertUser,
  LOGIN,
  seedDemo,
  unknownId,
  type DemoLookup,
} from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound, testApi } from '../../../testing/http';
import type { GroupDetailResponse } from '../groups/groups.schema';
import type { AdminUser } from './admin.schema';

interface UserBody {
  user: AdminUser;
}
const WRITES = ['app_user', 'role_assignment', 'medewerker', 'groep_leerkracht', 'audit_log'] as const;
const PASSWORD = 'een-lang-wachtwoord';

describe.each(testEngines())('admin roles and teacher groups API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let beheerder: string;
  let other: { bestuurId: string; schoolId: string };
  let outsider: { userId: string; assignmentId: string };
  /** A leerkracht of school A created through the API, with no groups yet. */
  let teacher: AdminUser;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    other = await createOtherBestuur(database.db);
    outsider = await insertUser(database.db, {
      name: 'Otto Overkant',
      email: 'otto@elders.example',
      role: 'leerkracht',
      schoolId: other.schoolId,
    });
    beheerder = await api.login(LOGIN.beheerder);
    const created = await api.call<UserBody>('POST', '/admin/users', {
      cookie: beheerder,
      body: {
        name: 'Tom Nieuw',
        email: 'tom@leerwinst.example',
        password: PASSWORD,
        role: 'leerkracht',
        schoolId: demo.schoolA,
      },
    });
    expect(created.status).toBe(201);
    teacher = created.body.user;
  });
  afterAll(async () => database.dispose());

  const grant = (userId: string, body: unknown) =>
    api.call<UserBody>('POST', `/admin/users/${userId}/roles`, { cookie: beheerder, body });
  const revoke = (userId: string, assignmentId: string) =>
    api.call<UserBody>('DELETE', `/admin/users/${userId}/roles/${assignmentId}`, { cookie: beheerder });
  const setGroups = (userId: string, body: unknown) =>
    api.call<UserBody>('PUT', `/admin/users/${userId}/groups`, { cookie: beheerder, body });
  const current = (groupIds: string[], schoolId = demo.schoolA) => ({
    schoolId,
    schooljaar: demo.currentYear,
    groupIds,
  });
  const auditRows = (action: string, userId: string) =>
    database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .where('entity_id', '=', userId)
      .execute();

  it('grants a role at another school of the bestuur, which the user then sees', async () => {
    const response = await grant(teacher.id, { role: 'ib', schoolId: demo.schoolB });
    expect(response.status).toBe(201);
    // Both roles were created at the same test instant: their order is not defined.
    const roles = response.body.user.roles.map((r) => [r.role, r.schoolId, r.scopeName]).sort();
    expect(roles).toEqual([
      ['ib', demo.schoolB, demo.school(demo.schoolB).name],
      ['leerkracht', demo.schoolA, demo.school(demo.schoolA).name],
    ]);
    expect(await auditRows('role.grant', teacher.id)).toMatchObject([{ school_id: demo.schoolB }]);
    const cookie = await api.login('tom@leerwinst.example', PASSWORD);
    const schools = await api.call<{ schools: { id: string }[] }>('GET', '/schools', { cookie });
    expect(schools.body.schools.map((s) => s.id).sort()).toEqual([demo.schoolA, demo.schoolB].sort());
  });

  it('answers 409 for a role the user already has there, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    expectError(await grant(teacher.id, { role: 'ib', schoolId: demo.schoolB }), 409, 'conflict');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers a school of another bestuur exactly like a missing school, granting nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const outside = await grant(teacher.id, { role: 'schoolleider', schoolId: other.schoolId });
    expectSameNotFound(outside, await grant(teacher.id, { role: 'schoolleider', schoolId: unknownId() }));
    const beheer = await grant(teacher.id, { role: 'beheerder', bestuurId: other.bestuurId });
    expectSameNotFound(beheer, await grant(teacher.id, { role: 'beheerder', bestuurId: unknownId() }));
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers a user of another bestuur exactly like a missing user, granting nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const body = { role: 'ib', schoolId: demo.schoolA };
    expectSameNotFound(await grant(outsider.userId, body), await grant(unknownId(), body));
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    ['a missing role', 'role', { schoolId: 'x' }],
    ['an unknown role', 'role', { role: 'conciërge', schoolId: 'x' }],
    ['both a school and a bestuur', 'schoolId', { role: 'ib', schoolId: 'x', bestuurId: 'y' }],
  ] as const)('answers 400 for %s, naming the field, writing nothing', async (_, field, body) => {
    const before = await countRows(database.db, WRITES);
    expectInvalidInput(await grant(teacher.id, body), field);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers 400 for the bestuur role at an own school, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const error = expectError(
      await grant(teacher.id, { role: 'bestuur', schoolId: demo.schoolA }),
      400,
      'invalid_input',
    );
    expect(error.message).toContain('hoort bij een bestuur');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('revokes a role: the user no longer sees that school', async () => {
    const ib = (
      await grant(teacher.id, { role: 'schoolleider', schoolId: demo.schoolB })
    ).body.user.roles.find((r) => r.role === 'ib');
    const response = await revoke(teacher.id, ib?.id ?? '');
    expect(response.status).toBe(200);
    expect(response.body.user.roles.map((r) => r.role).sort()).toEqual(['leerkracht', 'schoolleider']);
    expect(await auditRows('role.revoke', teacher.id)).toMatchObject([{ school_id: demo.schoolB }]);
    const leider = response.body.user.roles.find((r) => r.role === 'schoolleider');
    expect((await revoke(teacher.id, leider?.id ?? '')).status).toBe(200);
    const cookie = await api.login('tom@leerwinst.example', PASSWORD);
    expectError(await api.call('GET', `/schools/${demo.schoolB}`, { cookie }), 404, 'not_found');
  });

  it("answers another user's role, or a role of another bestuur, exactly like a missing role", async () => {
    const before = await countRows(database.db, WRITES);
    const ibAssignment = data.role_assignment.find((r) => r.user_id === demo.account(LOGIN.ib).id)?.id ?? '';
    expectSameNotFound(await revoke(teacher.id, ibAssignment), await revoke(teacher.id, unknownId()));
    expectSameNotFound(
      await revoke(outsider.userId, outsider.assignmentId),
      await revoke(unknownId(), unknownId()),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('refuses to let the beheerder revoke their own beheerder role', async () => {
    const self = demo.account(LOGIN.beheerder).id;
    const own = data.role_assignment.find((r) => r.user_id === self)?.id ?? '';
    const before = await countRows(database.db, WRITES);
    expectError(await revoke(self, own), 400, 'invalid_input');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('gives a new leerkracht a group, after which they see exactly that group', async () => {
    const groep3 = demo.group(demo.schoolA, 'Groep 3');
    const response = await setGroups(teacher.id, current([groep3.id]));
    expect(response.status).toBe(200);
    expect(response.body.user.groups).toEqual([
      { id: groep3.id, name: 'Groep 3', schooljaar: demo.currentYear, schoolId: demo.schoolA },
    ]);
    expect(await auditRows('teacher.groups.set', teacher.id)).toMatchObject([{ school_id: demo.schoolA }]);

    const cookie = await api.login('tom@leerwinst.example', PASSWORD);
    const list = await api.call<{ groups: { id: string }[] }>('GET', `/schools/${demo.schoolA}/groups`, {
      cookie,
    });
    expect(list.body.groups.map((g) => g.id)).toEqual([groep3.id]);
    const detail = await api.call<GroupDetailResponse>('GET', `/groups/${groep3.id}`, { cookie });
    expect(detail.status).toBe(200);
    expect(detail.body.pupils.map((p) => p.id).sort()).toEqual(demo.pupilsOf(groep3.id).sort());
    expect(detail.body.group.teachers).toContain('Tom Nieuw');
    const groep4 = demo.group(demo.schoolA, 'Groep 4');
    expectError(await api.call('GET', `/groups/${groep4.id}`, { cookie }), 404, 'not_found');
  });

  it("replaces a teacher's groups of one schooljaar and leaves other schooljaren alone", async () => {
    const userId = demo.account(LOGIN.leerkracht).id;
    const earlier = demo
      .groupsTaughtBy(LOGIN.leerkracht)
      .filter((g) => g.id !== demo.group(demo.schoolA, 'Groep 5').id);
    expect(earlier.length).toBeGreaterThan(0);
    const groep6 = demo.group(demo.schoolA, 'Groep 6');
    const response = await setGroups(userId, current([groep6.id, groep6.id]));
    expect(response.status).toBe(200);
    expect(response.body.user.groups.map((g) => g.id).sort()).toEqual(
      [groep6.id, ...earlier.map((g) => g.id)].sort(),
    );
    const cookie = await api.login(LOGIN.leerkracht);
    const list = await api.call<{ groups: { id: string }[] }>('GET', `/schools/${demo.schoolA}/groups`, {
      cookie,
    });
    expect(list.body.groups.map((g) => g.id)).toEqual([groep6.id]);
  });

  it.each([
    ['a group of another school', () => current([demo.group(demo.schoolB, 'Groep 3/4').id])],
    [
      'a group of another schooljaar',
      () => current([demo.group(demo.schoolA, 'Groep 3', data.summary.schooljaren[0]).id]),
    ],
    ['a group that does not exist', () => current([unknownId()])],
  ])('answers 400 naming groupIds for %s, writing nothing', async (_, body) => {
    const before = await countRows(database.db, WRITES);
    const error = expectError(await setGroups(teacher.id, body()), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toEqual(['groupIds']);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    ['a schooljaar written as one year', 'schooljaar', () => ({ ...current([]), schooljaar: '2026' })],
    ['groupIds that are not a list', 'groupIds', () => ({ ...current([]), groupIds: 'Groep 3' })],
    ['more than 50 groups', 'groupIds', () => current(Array.from({ length: 51 }, () => unknownId()))],
    ['a missing school', 'schoolId', () => ({ schooljaar: demo.currentYear, groupIds: [] })],
  ] as const)('answers 400 for %s, naming the field, writing nothing', async (_, field, body) => {
    const before = await countRows(database.db, WRITES);
    expectInvalidInput(await setGroups(teacher.id, body()), field);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers a school or a user of another bestuur exactly like a missing one, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    expectSameNotFound(
      await setGroups(teacher.id, current([], other.schoolId)),
      await setGroups(teacher.id, current([], unknownId())),
    );
    expectSameNotFound(
      await setGroups(outsider.userId, current([])),
      await setGroups(unknownId(), current([])),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });
});
