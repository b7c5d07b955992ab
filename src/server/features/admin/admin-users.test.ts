import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { DEMO_PASSWORD } from '../../../demo/generator';
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
  type LoginName,
} from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import type { AdminUser } from './admin.schema';

interface UserBody {
  user: AdminUser;
}
const WRITES = ['app_user', 'role_assignment', 'session', 'audit_log'] as const;

describe.each(testEngines())('admin users API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  /** A user of another bestuur, out of the demo beheerder's reach. */
  let outsider: { userId: string; assignmentId: string };
  let other: { bestuurId: string; schoolId: string };

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
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    name: 'Nina Nieuw',
    email: `nina.${unknownId().slice(-8)}@leerwinst.example`,
    password: 'een-lang-wachtwoord',
    role: 'leerkracht',
    schoolId: demo.schoolA,
    ...overrides,
  });
  const create = (body: unknown, who: LoginName = 'beheerder') =>
    api.call<UserBody>('POST', '/admin/users', { cookie: as(who), body });
  const userRow = (id: string) =>
    database.db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  const patch = (userId: string, body: unknown, who: LoginName = 'beheerder') =>
    api.call<UserBody>('PATCH', `/admin/users/${userId}`, { cookie: as(who), body });

  function userRoutes() {
    const target = demo.account(LOGIN.leerkracht7);
    const assignment = data.role_assignment.find((r) => r.user_id === target.id);
    return [
      ['GET', '/admin/users', undefined],
      ['POST', '/admin/users', newUser()],
      ['PATCH', `/admin/users/${target.id}`, { name: 'Gekaapt' }],
      ['POST', `/admin/users/${target.id}/roles`, { role: 'ib', schoolId: demo.schoolA }],
      ['DELETE', `/admin/users/${target.id}/roles/${assignment?.id ?? ''}`, undefined],
      [
        'PUT',
        `/admin/users/${target.id}/groups`,
        { schoolId: demo.schoolA, schooljaar: demo.currentYear, groupIds: [] },
      ],
    ] as const;
  }

  it('answers 401 on every user route without a session', async () => {
    for (const [method, path, body] of userRoutes()) {
      expectError(await api.call(method, path, { body }), 401, 'unauthenticated');
    }
  });

  it.each(['leerkracht', 'ib', 'schoolleider', 'bestuur'] as const)(
    'answers 403 to the %s on every user route and changes nothing',
    async (who) => {
      const before = await countRows(database.db, ['app_user', 'role_assignment', 'groep_leerkracht']);
      for (const [method, path, body] of userRoutes()) {
        expectError(await api.call(method, path, { cookie: as(who), body }), 403, 'forbidden');
      }
      expect(await countRows(database.db, ['app_user', 'role_assignment', 'groep_leerkracht'])).toEqual(
        before,
      );
    },
  );

  it('lists every demo account, and no account of another bestuur', async () => {
    const response = await api.call<{ users: AdminUser[] }>('GET', '/admin/users', {
      cookie: as('beheerder'),
    });
    expect(response.status).toBe(200);
    const emails = response.body.users.map((u) => u.email);
    expect([...emails].sort()).toEqual(data.accounts.map((a) => a.email).sort());
    expect(response.body.users.map((u) => u.id)).not.toContain(outsider.userId);
  });

  it("lists a leerkracht's role at the school and their group in every schooljaar", async () => {
    const response = await api.call<{ users: AdminUser[] }>('GET', '/admin/users', {
      cookie: as('beheerder'),
    });
    const account = demo.account(LOGIN.leerkracht);
    const user = response.body.users.find((u) => u.id === account.id);
    expect(user?.roles).toEqual([
      {
        id: data.role_assignment.find((r) => r.user_id === account.id)?.id,
        role: 'leerkracht',
        schoolId: demo.schoolA,
        bestuurId: null,
        scopeName: demo.school(demo.schoolA).name,
      },
    ]);
    const taught = demo.groupsTaughtBy(LOGIN.leerkracht);
    expect(taught.length).toBe(data.summary.schooljaren.length);
    expect([...(user?.groups ?? [])].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      taught
        .map((g) => ({
          id: g.id,
          name: g.name,
          schooljaar: data.schooljaar.find((s) => s.id === g.schooljaar_id)?.name,
          schoolId: g.school_id,
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('creates an account with its first role, a hashed password and an audit row', async () => {
    const body = newUser({ email: '  Nina.Nieuw@LEERWINST.example ' });
    const response = await create(body);
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      name: 'Nina Nieuw',
      email: 'nina.nieuw@leerwinst.example',
      active: true,
      lastLoginAt: null,
      groups: [],
    });
    expect(response.body.user.roles).toMatchObject([
      { role: 'leerkracht', schoolId: demo.schoolA, bestuurId: null },
    ]);
    expect((await userRow(response.body.user.id))?.password_hash).not.toContain(body.password);
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.create')
      .where('entity_id', '=', response.body.user.id)
      .execute();
    expect(audit).toMatchObject([{ user_id: demo.account(LOGIN.beheerder).id, school_id: demo.schoolA }]);
    expect(
      (await api.call('POST', '/auth/login', { body: { email: body.email, password: body.password } }))
        .status,
    ).toBe(200);
  });

  it('answers 409 for an e-mail address that already has an account, in any case, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const response = await create(newUser({ email: LOGIN.ib.toUpperCase() }));
    expectError(response, 409, 'conflict');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    ['a missing name', 'name', { name: undefined }, 'is verplicht'],
    ['a name of 201 characters', 'name', { name: 'x'.repeat(201) }, 'mag hoogstens 200 tekens lang zijn'],
    ['a name sent as a number', 'name', { name: 42 }, 'moet tekst zijn'],
    ['an e-mail address without @', 'email', { email: 'nina.leerwinst.example' }, 'e-mailadres'],
    [
      'a password of 9 characters',
      'password',
      { password: '123456789' },
      'moet minstens 12 tekens lang zijn',
    ],
    ['a password of 201 characters', 'password', { password: 'x'.repeat(201) }, 'mag hoogstens 200 tekens'],
    ['an unknown role', 'role', { role: 'directeur' }, 'moet een van deze waarden zijn'],
    ['both a school and a bestuur', 'schoolId', { bestuurId: 'x' }, 'kies precies één school of één bestuur'],
    [
      'neither a school nor a bestuur',
      'schoolId',
      { schoolId: null },
      'kies precies één school of één bestuur',
    ],
    ['a school id of 65 characters', 'schoolId', { schoolId: 'x'.repeat(65) }, 'mag hoogstens 64 tekens'],
  ] as const)(
    'answers 400 for %s, naming the field, writing nothing',
    async (_, field, overrides, message) => {
      const before = await countRows(database.db, WRITES);
      const error = expectInvalidInput(await create(newUser(overrides)), field);
      expect(error.message).toContain(message);
      expect(await countRows(database.db, WRITES)).toEqual(before);
    },
  );

  it('answers a school or bestuur of another bestuur exactly like a missing one, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const atSchool = (schoolId: string) => create(newUser({ schoolId }));
    expectSameNotFound(await atSchool(other.schoolId), await atSchool(unknownId()));
    const atBestuur = (bestuurId: string) => create(newUser({ role: 'bestuur', schoolId: null, bestuurId }));
    expectSameNotFound(await atBestuur(other.bestuurId), await atBestuur(unknownId()));
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    ['the bestuur role at a school', () => ({ role: 'bestuur' }), 'hoort bij een bestuur'],
    [
      'the leerkracht role across the bestuur',
      () => ({ role: 'leerkracht', schoolId: null, bestuurId: data.summary.bestuurId }),
      'hoort bij een school',
    ],
  ] as const)('answers 400 for %s within the own scope, writing nothing', async (_, overrides, message) => {
    const before = await countRows(database.db, WRITES);
    const error = expectError(await create(newUser(overrides())), 400, 'invalid_input');
    expect(error.message).toContain(message);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('renames an account', async () => {
    const userId = demo.account(LOGIN.leerkracht7).id;
    const response = await patch(userId, { name: '  Joris Kramer-de Vries ' });
    expect(response.status).toBe(200);
    expect(response.body.user.name).toBe('Joris Kramer-de Vries');
    expect((await userRow(userId))?.name).toBe('Joris Kramer-de Vries');
  });

  it('disables an account: its sessions end and it can no longer log in', async () => {
    const created = await create(newUser({ email: 'weg@leerwinst.example' }));
    const cookie = await api.login('weg@leerwinst.example', 'een-lang-wachtwoord');
    expect((await api.call('GET', '/auth/me', { cookie })).status).toBe(200);
    const response = await patch(created.body.user.id, { active: false });
    expect(response.status).toBe(200);
    expect(response.body.user.active).toBe(false);
    expectError(await api.call('GET', '/auth/me', { cookie }), 401, 'unauthenticated');
    const login = await api.call('POST', '/auth/login', {
      body: { email: 'weg@leerwinst.example', password: 'een-lang-wachtwoord' },
    });
    expectError(login, 401, 'invalid_credentials');
  });

  it('sets a new password: the old one stops working and open sessions end', async () => {
    const userId = demo.account(LOGIN.schoolleider).id;
    const cookie = await api.login(LOGIN.schoolleider);
    expect((await patch(userId, { password: 'nieuw-wachtwoord-123' })).status).toBe(200);
    expectError(await api.call('GET', '/auth/me', { cookie }), 401, 'unauthenticated');
    const old = await api.call('POST', '/auth/login', {
      body: { email: LOGIN.schoolleider, password: DEMO_PASSWORD },
    });
    expectError(old, 401, 'invalid_credentials');
    expect((await api.login(LOGIN.schoolleider, 'nieuw-wachtwoord-123')).startsWith('lw_session=')).toBe(
      true,
    );
  });

  it('refuses to let the beheerder disable their own account', async () => {
    const before = await countRows(database.db, WRITES);
    const error = expectError(
      await patch(demo.account(LOGIN.beheerder).id, { active: false }),
      400,
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.field)).toEqual(['active']);
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect((await api.call('GET', '/auth/me', { cookie: as('beheerder') })).status).toBe(200);
  });

  it.each([
    ['a password of 9 characters', 'password', { password: '123456789' }],
    ['an empty name', 'name', { name: '   ' }],
    ['active sent as text', 'active', { active: 'nee' }],
  ] as const)(
    'answers 400 for %s in a change, naming the field, changing nothing',
    async (_, field, body) => {
      const userId = demo.account(LOGIN.ibOtherSchool).id;
      const before = await userRow(userId);
      expectInvalidInput(await patch(userId, body), field);
      expect(await userRow(userId)).toEqual(before);
    },
  );

  it('answers 400 for a field a change may not touch, naming that field', async () => {
    const before = await userRow(demo.account(LOGIN.ib).id);
    const error = expectError(
      await patch(demo.account(LOGIN.ib).id, { email: 'x@y.example' }),
      400,
      'invalid_input',
    );
    expect(error.message).toContain('email');
    expect(await userRow(demo.account(LOGIN.ib).id)).toEqual(before);
  });

  it('answers a user of another bestuur exactly like a missing user, changing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    expectSameNotFound(
      await patch(outsider.userId, { active: false }),
      await patch(unknownId(), { active: false }),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect((await userRow(outsider.userId))?.active).toBe(1);
  });

  it("refuses to change an account that also holds a role outside the beheerder's schools", async () => {
    // Beheerder of another bestuur and leerkracht at a demo school: the demo beheerder manages the
    // leerkracht role but must not be able to take the account (and its other rights) over.
    const shared = await insertUser(database.db, {
      name: 'Gedeelde Gebruiker',
      email: 'gedeeld@elders.example',
      role: 'beheerder',
      bestuurId: other.bestuurId,
    });
    await database.db
      .insertInto('role_assignment')
      .values({
        id: unknownId(),
        user_id: shared.userId,
        role: 'leerkracht',
        school_id: demo.schoolA,
        bestuur_id: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const listed = await api.call<{ users: AdminUser[] }>('GET', '/admin/users', { cookie: as('beheerder') });
    expect(listed.body.users.map((u) => u.id)).toContain(shared.userId);
    const before = await userRow(shared.userId);
    const error = expectError(
      await patch(shared.userId, { password: 'overgenomen-wachtwoord' }),
      403,
      'forbidden',
    );
    expect(error.message).toContain('buiten jouw scholen');
    expectError(await patch(shared.userId, { active: false }), 403, 'forbidden');
    expect(await userRow(shared.userId)).toEqual(before);
  });
});
