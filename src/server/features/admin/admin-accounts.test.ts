/**
 * Accounts across besturen: a beheerder does not learn that an address has an account at another
 * bestuur (item 11), does not give a role to themselves (item 4), and hands out links, not passwords.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  createOtherBestuur,
  demoLookup,
  insertUser,
  LOGIN,
  seedDemo,
  type DemoLookup,
} from '../../../testing/fixtures';
import { expectError, expectInvalidInput, testApi } from '../../../testing/http';
import type { AdminUser } from './admin.schema';

interface Created {
  user: AdminUser;
  link?: string;
}

describe.each(testEngines())('accounts across besturen (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let api: ReturnType<typeof testApi>;
  let beheerder: string;
  const elsewhere = 'eva.elders@elders.example';
  let eva: { userId: string };
  let otherSchool: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    api = testApi(database.db, engine);
    const other = await createOtherBestuur(database.db);
    otherSchool = other.schoolId;
    eva = await insertUser(database.db, {
      name: 'Eva Elders',
      email: elsewhere,
      role: 'ib',
      schoolId: other.schoolId,
    });
    beheerder = await api.login(LOGIN.beheerder);
  });
  afterAll(async () => database.dispose());

  const create = (body: Record<string, unknown>) =>
    api.call<Created>('POST', '/admin/users', {
      cookie: beheerder,
      body: { role: 'leerkracht', schoolId: demo.schoolA, ...body },
    });
  /** The answer with what necessarily differs (a new id, the typed name and address) taken out. */
  const shape = (created: Created, typed: { name: string; email: string }) => ({
    ...created,
    user: {
      ...created.user,
      id: expect.any(String),
      name: created.user.name === typed.name ? 'NAAM' : created.user.name,
      email: created.user.email === typed.email ? 'ADRES' : created.user.email,
      roles: created.user.roles.map((r) => ({ ...r, id: expect.any(String) })),
    },
    ...(created.link ? { link: created.link.replace(/token=.*/, 'token=…') } : {}),
  });

  it('answers an address of another bestuur exactly as a new one, with and without a password', async () => {
    for (const password of [undefined, 'paarse olifant op de fiets']) {
      const fresh = { name: 'Fien Vers', email: `fien.${password ? 'a' : 'b'}@leerwinst.example` };
      const known = { name: 'Eva Elders', email: elsewhere };
      const a = await create({ ...fresh, password });
      const b = await create({ ...known, password });
      expect({ status: b.status, headers: [...b.headers.keys()] }).toEqual({
        status: a.status,
        headers: [...a.headers.keys()],
      });
      expect(a.status).toBe(201);
      expect(shape(b.body, known)).toEqual(shape(a.body, fresh));
      expect(Boolean(a.body.link)).toBe(password === undefined);
    }
    // Eva's own account is untouched: her name, her single role, her password.
    const row = await database.db
      .selectFrom('app_user')
      .select(['name'])
      .where('id', '=', eva.userId)
      .executeTakeFirst();
    expect(row?.name).toBe('Eva Elders');
    const roles = await database.db
      .selectFrom('role_assignment')
      .select('role')
      .where('user_id', '=', eva.userId)
      .execute();
    expect(roles).toEqual([{ role: 'ib' }]);
    expect((await api.login(elsewhere, DEMO_PASSWORD)).startsWith('lw_session=')).toBe(true);
  });

  it('lists the invited address like a new account that has not logged in, without the account\u2019s own data', async () => {
    const list = await api.call<{ users: AdminUser[] }>('GET', '/admin/users', { cookie: beheerder });
    const invited = list.body.users.filter((u) => u.email === elsewhere);
    expect(invited.length).toBeGreaterThan(0);
    for (const u of invited) {
      expect(u).toMatchObject({ name: 'Eva Elders', active: true, lastLoginAt: null, groups: [] });
      expect(u.roles).toMatchObject([{ role: 'leerkracht', schoolId: demo.schoolA }]);
      expect(u.id).not.toBe(eva.userId);
    }
    expect(list.body.users.map((u) => u.id)).not.toContain(eva.userId);
  });

  it('still answers 409 for an address within the beheerder\u2019s own schools, writing nothing', async () => {
    const before = await countRows(database.db, ['app_user', 'role_assignment', 'account_invitation']);
    expectError(await create({ name: 'Dubbel', email: LOGIN.leerkracht }), 409, 'conflict');
    expect(await countRows(database.db, ['app_user', 'role_assignment', 'account_invitation'])).toEqual(
      before,
    );
  });

  it('lets the holder see the invitations, accept one and decline another; only then is the role theirs', async () => {
    const cookie = await api.login(elsewhere);
    const open = await api.call<{ invitations: { id: string; role: string; schoolName: string | null }[] }>(
      'GET',
      '/account/invitations',
      { cookie },
    );
    expect(open.body.invitations.length).toBe(2);
    expect(open.body.invitations[0]).toMatchObject({
      role: 'leerkracht',
      schoolName: demo.school(demo.schoolA).name,
    });
    const [first, second] = open.body.invitations;
    expect(
      (await api.call('POST', '/account/invitations/decline', { cookie, body: { invitationId: second?.id } }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('POST', '/account/invitations/accept', { cookie, body: { invitationId: first?.id } }))
        .status,
    ).toBe(200);
    expectError(
      await api.call('POST', '/account/invitations/accept', { cookie, body: { invitationId: second?.id } }),
      404,
      'not_found',
    );
    expectInvalidInput(
      await api.call('POST', '/account/invitations/accept', { cookie, body: {} }),
      'invitationId',
    );
    const me = await api.call<{ roles: { role: string; schoolId: string | null }[] }>('GET', '/auth/me', {
      cookie,
    });
    expect(me.body.roles.map((r) => `${r.role}@${r.schoolId}`).sort()).toEqual(
      [`ib@${otherSchool}`, `leerkracht@${demo.schoolA}`].sort(),
    );
    // Now a shared account, and as such it shows in the beheerder's list.
    const list = await api.call<{ users: AdminUser[] }>('GET', '/admin/users', { cookie: beheerder });
    expect(list.body.users.map((u) => u.id)).toContain(eva.userId);
  });

  it('lets nobody else answer someone\u2019s invitation', async () => {
    const other = await insertUser(database.db, {
      name: 'Olaf',
      email: 'olaf@elders.example',
      role: 'leerkracht',
      schoolId: otherSchool,
    });
    await create({ name: 'Olaf', email: 'olaf@elders.example' });
    const row = await database.db
      .selectFrom('account_invitation')
      .select('id')
      .where('user_id', '=', other.userId)
      .executeTakeFirst();
    const intruder = await api.login(LOGIN.leerkracht);
    expectError(
      await api.call('POST', '/account/invitations/accept', {
        cookie: intruder,
        body: { invitationId: row?.id },
      }),
      404,
      'not_found',
    );
  });

  it('gives a new account without a password a link with which the person chooses one', async () => {
    const created = await create({ name: 'Lotte Link', email: 'lotte.link@leerwinst.example' });
    expect(created.status).toBe(201);
    const token = new URL(created.body.link ?? '').hash.replace('#token=', '');
    expectError(
      await api.call('POST', '/auth/login', {
        body: { email: 'lotte.link@leerwinst.example', password: '' },
      }),
      400,
      'invalid_input',
    );
    expect(
      (
        await api.call('POST', '/auth/password-link/use', {
          body: { token, password: 'mijn eigen lange zin' },
        })
      ).status,
    ).toBe(200);
    expect(
      (await api.login('lotte.link@leerwinst.example', 'mijn eigen lange zin')).startsWith('lw_session='),
    ).toBe(true);
  });

  it('refuses a beheerder who gives themselves a role, and audits the attempt; a second beheerder can', async () => {
    const self = demo.account(LOGIN.beheerder).id;
    const before = await countRows(database.db, ['role_assignment']);
    const refused = expectError(
      await api.call('POST', `/admin/users/${self}/roles`, {
        cookie: beheerder,
        body: { role: 'ib', schoolId: demo.schoolA },
      }),
      403,
      'forbidden',
    );
    expect(refused.message).toContain('andere beheerder');
    expect(await countRows(database.db, ['role_assignment'])).toEqual(before);
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'role.grant_refused')
      .execute();
    expect(audit).toMatchObject([{ user_id: self, entity_id: self, school_id: demo.schoolA }]);
    const bestuurId = (
      await database.db
        .selectFrom('school')
        .select('bestuur_id')
        .where('id', '=', demo.schoolA)
        .executeTakeFirst()
    )?.bestuur_id;
    await insertUser(database.db, {
      name: 'Tweede beheerder',
      email: 'beheer2@leerwinst.example',
      role: 'beheerder',
      bestuurId,
    });
    const second = await api.login('beheer2@leerwinst.example');
    const granted = await api.call('POST', `/admin/users/${self}/roles`, {
      cookie: second,
      body: { role: 'ib', schoolId: demo.schoolA },
    });
    expect(granted.status).toBe(201);
    const grants = await database.db
      .selectFrom('audit_log')
      .select('user_id')
      .where('action', '=', 'role.grant')
      .where('entity_id', '=', self)
      .execute();
    expect(grants.map((g) => g.user_id)).toContain(
      (
        await database.db
          .selectFrom('app_user')
          .select('id')
          .where('email', '=', 'beheer2@leerwinst.example')
          .executeTakeFirst()
      )?.id,
    );
  });
});
