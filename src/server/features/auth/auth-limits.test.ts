/**
 * The login limit as a guesser meets it: parallel guesses counted one by one, a delay that doubles,
 * a real user at another address not locked out; and a new session for every login.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, LOGIN, seedDemo, TEST_NOW, type DemoLookup } from '../../../testing/fixtures';
import { testApi } from '../../../testing/http';

describe.each(testEngines())('login limit and sessions (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let now = TEST_NOW;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    api = testApi(database.db, engine, () => now, { trustProxy: true });
  });
  afterAll(async () => database.dispose());

  const login = (email: string, password: string, ip: string, cookie?: string) =>
    api.call<{ error?: { code: string; message: string } }>('POST', '/auth/login', {
      body: { email, password },
      headers: { 'x-forwarded-for': ip },
      cookie,
    });
  const failedChecks = async (email: string) =>
    (
      await database.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'auth.login_failed')
        .where('user_id', '=', demo.account(email).id)
        .execute()
    ).length;
  const later = (seconds: number) => {
    now = new Date(now.getTime() + seconds * 1000);
  };

  it('checks exactly five of twenty parallel wrong passwords and refuses the rest with 429', async () => {
    now = TEST_NOW;
    const before = await failedChecks(LOGIN.schoolleider);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login(LOGIN.schoolleider, `fout-wachtwoord-${i}`, '203.0.113.10')),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(15).fill(429)]);
    expect(answers.filter((a) => a.status === 429).every((a) => a.body.error?.code === 'rate_limited')).toBe(
      true,
    );
    expect((await failedChecks(LOGIN.schoolleider)) - before).toBe(5);
  });

  it('does not lock the real user out: from another address the right password works at once', async () => {
    expect((await login(LOGIN.schoolleider, DEMO_PASSWORD, '203.0.113.10')).status).toBe(429);
    expect((await login(LOGIN.schoolleider, DEMO_PASSWORD, '198.51.100.5')).status).toBe(200);
  });

  it('lets a guesser wait one minute after five failures, then two, then lets the right password in', async () => {
    now = new Date(TEST_NOW.getTime() + 60 * 60 * 1000);
    const ip = '203.0.113.20';
    for (let i = 0; i < 5; i++) expect((await login(LOGIN.leerkracht7, `fout-${i}`, ip)).status).toBe(401);
    const waiting = await login(LOGIN.leerkracht7, DEMO_PASSWORD, ip);
    expect(waiting.status).toBe(429);
    expect(waiting.body.error?.message).toContain('over 60 seconden');
    later(59);
    expect((await login(LOGIN.leerkracht7, DEMO_PASSWORD, ip)).status).toBe(429);
    later(2);
    expect((await login(LOGIN.leerkracht7, 'fout-5', ip)).status).toBe(401);
    // The sixth failure doubles the wait.
    later(61);
    expect((await login(LOGIN.leerkracht7, DEMO_PASSWORD, ip)).status).toBe(429);
    later(60);
    expect((await login(LOGIN.leerkracht7, DEMO_PASSWORD, ip)).status).toBe(200);
    // A successful login starts the pair afresh: five free attempts again.
    for (let i = 0; i < 5; i++)
      expect((await login(LOGIN.leerkracht7, `weer-fout-${i}`, ip)).status).toBe(401);
  });

  it('slows guesses at one account from many addresses after twenty, by seconds rather than a lock', async () => {
    now = new Date(TEST_NOW.getTime() + 2 * 60 * 60 * 1000);
    for (let i = 0; i < 20; i++) {
      expect((await login(LOGIN.bestuur, 'fout-wachtwoord', `192.0.2.${i + 1}`)).status).toBe(401);
    }
    expect((await login(LOGIN.bestuur, DEMO_PASSWORD, '192.0.2.100')).status).toBe(429);
    later(6);
    expect((await login(LOGIN.bestuur, DEMO_PASSWORD, '192.0.2.100')).status).toBe(200);
  });

  it('ends the session a browser brought to the login, so a planted cookie never gets logged in', async () => {
    now = new Date(TEST_NOW.getTime() + 3 * 60 * 60 * 1000);
    const first = await login(LOGIN.ib, DEMO_PASSWORD, '198.51.100.7');
    const old = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const second = await login(LOGIN.ib, DEMO_PASSWORD, '198.51.100.7', old);
    const fresh = (second.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(fresh).toMatch(/^lw_session=.+/);
    expect(fresh).not.toBe(old);
    expect((await api.call('GET', '/auth/me', { cookie: old })).status).toBe(401);
    expect((await api.call('GET', '/auth/me', { cookie: fresh })).status).toBe(200);
  });
});
