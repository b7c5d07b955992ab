import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { createOtherBestuur, insertUser, TEST_NOW } from '../testing/fixtures';
import { createApi } from './app';
import { readConfig } from './config';

/** The limit the login promises: 30 failed attempts from one address within a quarter of an hour. */
const FAILURES_PER_ADDRESS = 30;
const EMAIL = 'proxy@school.example';

describe('TRUST_PROXY in the environment', () => {
  it('is on for 1 and true, and off when unset, empty or anything else', () => {
    const trust = (value: string | undefined) =>
      readConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy;
    expect([trust('1'), trust('true')]).toEqual([true, true]);
    expect([trust(undefined), trust(''), trust('0'), trust('false')]).toEqual([false, false, false, false]);
  });
});

describe.each(testEngines())('TRUST_PROXY (%s)', (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const { bestuurId } = await createOtherBestuur(database.db);
    await insertUser(database.db, { name: 'Achter de proxy', email: EMAIL, role: 'beheerder', bestuurId });
  });
  afterAll(async () => database.dispose());
  // Every test starts with no failed logins counted.
  beforeEach(async () => {
    await database.db.deleteFrom('login_throttle').execute();
  });

  /** The API as `serve` builds it from the environment, at a fixed time. */
  function apiWith(trustProxy: string | undefined) {
    const config = readConfig(trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy });
    const api = createApi({ db: database.db, clock: () => TEST_NOW, trustProxy: config.trustProxy });
    return (email: string, password: string, headers: Record<string, string>) =>
      api.request('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email, password }),
      });
  }

  /** Failed logins from one address, each for another (unknown) account so no account limit is reached. */
  async function failFrom(login: ReturnType<typeof apiWith>, ip: string): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < FAILURES_PER_ADDRESS; i++) {
      const response = await login(`onbekend-${i}@school.example`, 'fout-wachtwoord', {
        'x-forwarded-for': `${ip}, 10.0.0.1`,
      });
      statuses.push(response.status);
    }
    return statuses;
  }

  it('on: a request forwarded as https gets a Secure session cookie, a plain one does not', async () => {
    const login = apiWith('1');
    const viaHttps = await login(EMAIL, DEMO_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(viaHttps.status).toBe(200);
    expect(viaHttps.headers.get('set-cookie')).toMatch(/^lw_session=.*;\s*Secure/i);
    const viaHttp = await login(EMAIL, DEMO_PASSWORD, { 'x-forwarded-proto': 'http' });
    expect(viaHttp.status).toBe(200);
    expect(viaHttp.headers.get('set-cookie')).toMatch(/^lw_session=/);
    expect(viaHttp.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });

  it('off: X-Forwarded-Proto is ignored, so plain http gets no Secure cookie', async () => {
    const login = apiWith(undefined);
    const response = await login(EMAIL, DEMO_PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^lw_session=/);
    expect(response.headers.get('set-cookie')).not.toMatch(/Secure/i);
  });

  it('on: the login limit counts per client address from X-Forwarded-For', async () => {
    const login = apiWith('true');
    expect(await failFrom(login, '203.0.113.7')).toEqual(Array(FAILURES_PER_ADDRESS).fill(401));
    const blocked = await login(EMAIL, DEMO_PASSWORD, { 'x-forwarded-for': '203.0.113.7' });
    expect(blocked.status).toBe(429);
    // Another client behind the same proxy has its own limit.
    const other = await login(EMAIL, DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.23' });
    expect(other.status).toBe(200);
  });

  it('off: X-Forwarded-For is ignored, so every client shares one limit', async () => {
    const login = apiWith('0');
    expect(await failFrom(login, '203.0.113.7')).toEqual(Array(FAILURES_PER_ADDRESS).fill(401));
    const other = await login(EMAIL, DEMO_PASSWORD, { 'x-forwarded-for': '198.51.100.23' });
    expect(other.status).toBe(429);
  });
});
