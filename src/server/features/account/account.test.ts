import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { LOGIN, seedDemo, TEST_NOW } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, testApi } from '../../../testing/http';

interface Sessions {
  sessions: {
    id: string;
    createdAt: string;
    lastSeenAt: string;
    userAgent: string | null;
    ip: string | null;
    current: boolean;
  }[];
}

describe.each(testEngines())('own account: password and sessions (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedDemo(database.db);
    api = testApi(database.db, engine, () => TEST_NOW, { trustProxy: true });
  });
  afterAll(async () => database.dispose());

  const loginFrom = async (email: string, password: string, device: { ip: string; agent: string }) => {
    const response = await api.call('POST', '/auth/login', {
      body: { email, password },
      headers: { 'x-forwarded-for': device.ip, 'user-agent': device.agent },
    });
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  };
  const change = (cookie: string | undefined, body: unknown) =>
    api.call('POST', '/account/password', { cookie, body });

  it('answers 401 on every own-account route without a session', async () => {
    for (const [method, path, body] of [
      ['POST', '/account/password', { currentPassword: 'x', newPassword: 'paarse olifant op de fiets' }],
      ['GET', '/account/sessions', undefined],
      ['POST', '/account/sessions/end', { sessionId: 'x' }],
      ['POST', '/account/sessions/end-others', undefined],
      ['GET', '/account/mfa', undefined],
      ['POST', '/account/mfa/totp/setup', undefined],
      ['GET', '/account/invitations', undefined],
    ] as const) {
      expectError(await api.call(method, path, { body }), 401, 'unauthenticated');
    }
  });

  it('refuses a wrong current password, and weak or unchanged new ones, in Dutch with Dutch field names', async () => {
    const cookie = await loginFrom(LOGIN.leerkracht7, DEMO_PASSWORD, {
      ip: '198.51.100.1',
      agent: 'Firefox',
    });
    const wrong = expectInvalidInput(
      await change(cookie, {
        currentPassword: 'niet-het-wachtwoord',
        newPassword: 'paarse olifant op de fiets',
      }),
      'currentPassword',
    );
    expect(wrong.message).toBe('Ongeldige invoer bij "huidig wachtwoord": klopt niet.');
    const short = expectInvalidInput(
      await change(cookie, { currentPassword: DEMO_PASSWORD, newPassword: 'kort' }),
      'newPassword',
    );
    expect(short.message).toBe('Ongeldige invoer bij "nieuw wachtwoord": moet minstens 12 tekens lang zijn.');
    const common = expectInvalidInput(
      await change(cookie, { currentPassword: DEMO_PASSWORD, newPassword: 'qwerty123456' }),
      'newPassword',
    );
    expect(common.message).toContain('veelgebruikte of uitgelekte wachtwoorden');
    expectInvalidInput(
      await change(cookie, { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }),
      'newPassword',
    );
    expectInvalidInput(await change(cookie, { currentPassword: DEMO_PASSWORD }), 'newPassword');
  });

  it('changes the password: other sessions end, this one stays, only the new password works', async () => {
    const laptop = await loginFrom(LOGIN.leerkracht7, DEMO_PASSWORD, { ip: '198.51.100.2', agent: 'Laptop' });
    const phone = await loginFrom(LOGIN.leerkracht7, DEMO_PASSWORD, {
      ip: '198.51.100.3',
      agent: 'Telefoon',
    });
    const next = 'paarse olifant op de fiets';
    expect((await change(laptop, { currentPassword: DEMO_PASSWORD, newPassword: next })).status).toBe(200);
    expect((await api.call('GET', '/auth/me', { cookie: laptop })).status).toBe(200);
    expectError(await api.call('GET', '/auth/me', { cookie: phone }), 401, 'unauthenticated');
    const old = await api.call('POST', '/auth/login', {
      body: { email: LOGIN.leerkracht7, password: DEMO_PASSWORD },
    });
    expectError(old, 401, 'invalid_credentials');
    await loginFrom(LOGIN.leerkracht7, next, { ip: '198.51.100.2', agent: 'Laptop' });
    const audit = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.password_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('lists the own sessions with device and address, and ends one or all others', async () => {
    const a = await loginFrom(LOGIN.schoolleider, DEMO_PASSWORD, { ip: '203.0.113.1', agent: 'Browser A' });
    const b = await loginFrom(LOGIN.schoolleider, DEMO_PASSWORD, { ip: '203.0.113.2', agent: 'Browser B' });
    const c = await loginFrom(LOGIN.schoolleider, DEMO_PASSWORD, { ip: '203.0.113.3', agent: 'Browser C' });
    const list = await api.call<Sessions>('GET', '/account/sessions', { cookie: a });
    expect(list.status).toBe(200);
    const byAgent = new Map(list.body.sessions.map((s) => [s.userAgent, s]));
    expect([...byAgent.keys()].sort()).toEqual(['Browser A', 'Browser B', 'Browser C']);
    expect(byAgent.get('Browser A')).toMatchObject({
      ip: '203.0.113.1',
      current: true,
      createdAt: TEST_NOW.toISOString(),
    });
    expect(byAgent.get('Browser B')).toMatchObject({ ip: '203.0.113.2', current: false });
    // The handle is neither the cookie nor the stored hash.
    const stored = await database.db.selectFrom('session').select('id').execute();
    for (const s of list.body.sessions) {
      expect(stored.map((r) => r.id)).not.toContain(s.id);
      expect([a, b, c].map((x) => x.split('=')[1])).not.toContain(s.id);
    }
    const other = byAgent.get('Browser B')?.id ?? '';
    expect(
      (await api.call('POST', '/account/sessions/end', { cookie: a, body: { sessionId: other } })).status,
    ).toBe(200);
    expectError(await api.call('GET', '/auth/me', { cookie: b }), 401, 'unauthenticated');
    expectError(
      await api.call('POST', '/account/sessions/end', { cookie: a, body: { sessionId: other } }),
      404,
      'not_found',
    );
    expectInvalidInput(await api.call('POST', '/account/sessions/end', { cookie: a, body: {} }), 'sessionId');
    const ended = await api.call<{ ended: number }>('POST', '/account/sessions/end-others', { cookie: a });
    expect(ended.body).toEqual({ ended: 1 });
    expectError(await api.call('GET', '/auth/me', { cookie: c }), 401, 'unauthenticated');
    expect((await api.call('GET', '/auth/me', { cookie: a })).status).toBe(200);
  });

  it('does not let one user end the session of another', async () => {
    const mine = await loginFrom(LOGIN.bestuur, DEMO_PASSWORD, { ip: '203.0.113.9', agent: 'Eigen' });
    const theirs = await loginFrom(LOGIN.ibOtherSchool, DEMO_PASSWORD, { ip: '203.0.113.8', agent: 'Ander' });
    const their = await api.call<Sessions>('GET', '/account/sessions', { cookie: theirs });
    const id = their.body.sessions.find((s) => s.current)?.id ?? '';
    expectError(
      await api.call('POST', '/account/sessions/end', { cookie: mine, body: { sessionId: id } }),
      404,
      'not_found',
    );
    expect((await api.call('GET', '/auth/me', { cookie: theirs })).status).toBe(200);
  });
});
