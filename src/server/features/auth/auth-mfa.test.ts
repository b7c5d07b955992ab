/**
 * MFA as a school meets it: roles that see care data must enrol an authenticator app before anything
 * else, the login has a second step with a TOTP code or a recovery code (each accepted once), wrong
 * codes are limited, and a school can ask MFA of everyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, LOGIN, seedDemo, TEST_NOW, type DemoLookup } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, testApi } from '../../../testing/http';
import { appCode, sessionCookie } from './mfa-test-support';

const ENFORCED = { accounts: { mfa: 'roles' as const, publicUrl: null, ssoProviders: [] } };

describe.each(testEngines())('MFA (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let now = TEST_NOW;
  let api: ReturnType<typeof testApi>;
  let secret = '';
  let recoveryCodes: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    api = testApi(database.db, engine, () => now, ENFORCED);
  });
  afterAll(async () => database.dispose());

  const at = (seconds: number) => new Date(TEST_NOW.getTime() + seconds * 1000);
  const password = (email: string) =>
    api.call<Record<string, unknown>>('POST', '/auth/login', { body: { email, password: DEMO_PASSWORD } });
  const code = (cookie: string, value: string) =>
    api.call<{ user?: { email: string } }>('POST', '/auth/mfa', { cookie, body: { code: value } });
  const schools = (cookie: string) => api.call('GET', '/schools', { cookie });

  it('lets an IB without an app do nothing but enrol: every other route answers 403 mfa_required', async () => {
    now = at(0);
    const login = await password(LOGIN.ib);
    expect(login.status).toBe(200);
    expect(login.body.mfa).toEqual({ enrolled: false, required: true });
    const cookie = sessionCookie(login);
    expectError(await schools(cookie), 403, 'mfa_required');
    expectError(await api.call('GET', `/schools/${demo.schoolA}/groups`, { cookie }), 403, 'mfa_required');
    expect((await api.call('GET', '/auth/me', { cookie })).status).toBe(200);
  });

  it('enrols: a secret and otpauth URI, a wrong first code refused, the right one gives ten recovery codes', async () => {
    const cookie = sessionCookie(await password(LOGIN.ib));
    const setup = await api.call<{ secret: string; otpauthUri: string }>('POST', '/account/mfa/totp/setup', {
      cookie,
    });
    expect(setup.status).toBe(200);
    secret = setup.body.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toBe(
      `otpauth://totp/Leerwinst:${encodeURIComponent(LOGIN.ib)}?secret=${secret}&issuer=Leerwinst&algorithm=SHA1&digits=6&period=30`,
    );
    const wrong = String((Number(appCode(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    expectInvalidInput(
      await api.call('POST', '/account/mfa/totp/confirm', { cookie, body: { code: wrong } }),
      'code',
    );
    const confirmed = await api.call<{ recoveryCodes: string[] }>('POST', '/account/mfa/totp/confirm', {
      cookie,
      body: { code: appCode(secret, now) },
    });
    expect(confirmed.status).toBe(200);
    recoveryCodes = confirmed.body.recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    const stored = await database.db.selectFrom('mfa_recovery_code').select('code_hash').execute();
    expect(stored.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    expect((await schools(cookie)).status).toBe(200);
    expect(await api.call('GET', '/account/mfa', { cookie })).toMatchObject({
      status: 200,
      body: { enrolled: true, required: true, recoveryCodesLeft: 10 },
    });
    expectError(await api.call('POST', '/account/mfa/totp/setup', { cookie }), 409, 'conflict');
  });

  it('asks for the code after the password; the pending session is no login', async () => {
    now = at(60);
    const login = await password(LOGIN.ib);
    expect(login.body).toEqual({ mfa: 'required' });
    const pending = sessionCookie(login);
    expectError(await api.call('GET', '/auth/me', { cookie: pending }), 401, 'unauthenticated');
    const wrong = await code(pending, '000000');
    expectError(wrong, 401, 'invalid_credentials');
    const right = await code(pending, appCode(secret, now));
    expect(right.status).toBe(200);
    expect(right.body.user?.email).toBe(LOGIN.ib);
    const full = sessionCookie(right);
    expect(full).not.toBe(pending);
    expect((await schools(full)).status).toBe(200);
    expectError(await code(pending, appCode(secret, now)), 401, 'unauthenticated');
  });

  it('never accepts the same TOTP code twice', async () => {
    const pending = sessionCookie(await password(LOGIN.ib));
    expectError(await code(pending, appCode(secret, now)), 401, 'invalid_credentials');
    now = at(90);
    expect((await code(pending, appCode(secret, now))).status).toBe(200);
  });

  it('accepts a recovery code once, with or without its dash and in any case', async () => {
    now = at(400);
    const first = recoveryCodes[0] ?? '';
    expect(
      (await code(sessionCookie(await password(LOGIN.ib)), first.toUpperCase().replace('-', ' '))).status,
    ).toBe(200);
    expectError(await code(sessionCookie(await password(LOGIN.ib)), first), 401, 'invalid_credentials');
    const actions = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'auth.login')
      .where('user_id', '=', demo.account(LOGIN.ib).id)
      .execute();
    expect(actions.map((a) => JSON.parse(a.details ?? '{}').method)).toEqual(
      expect.arrayContaining(['password', 'totp', 'recovery']),
    );
  });

  it('renews the recovery codes after a code from the app: the old ones stop working', async () => {
    now = at(500);
    const cookie = sessionCookie(await code(sessionCookie(await password(LOGIN.ib)), appCode(secret, now)));
    now = at(530);
    expectInvalidInput(
      await api.call('POST', '/account/mfa/recovery-codes', { cookie, body: { code: '000000' } }),
      'code',
    );
    expectInvalidInput(
      await api.call('POST', '/account/mfa/recovery-codes', { cookie, body: { code: 'x' } }),
      'code',
    );
    const renewed = await api.call<{ recoveryCodes: string[] }>('POST', '/account/mfa/recovery-codes', {
      cookie,
      body: { code: appCode(secret, now) },
    });
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    expect(renewed.body.recoveryCodes).not.toContain(recoveryCodes[1]);
    expectError(
      await code(sessionCookie(await password(LOGIN.ib)), recoveryCodes[1] ?? ''),
      401,
      'invalid_credentials',
    );
    recoveryCodes = renewed.body.recoveryCodes;
    expect((await code(sessionCookie(await password(LOGIN.ib)), recoveryCodes[0] ?? '')).status).toBe(200);
    expectInvalidInput(await code(sessionCookie(await password(LOGIN.ib)), '123'), 'code');
  });

  it('limits wrong codes: after five, even the right code waits', async () => {
    now = at(800);
    // A right code first: the count starts from nothing.
    expect((await code(sessionCookie(await password(LOGIN.ib)), appCode(secret, now))).status).toBe(200);
    now = at(830);
    const pending = sessionCookie(await password(LOGIN.ib));
    for (let i = 0; i < 5; i++) expectError(await code(pending, `12345${i}`), 401, 'invalid_credentials');
    expectError(await code(pending, appCode(secret, now)), 429, 'rate_limited');
    now = at(830 + 31);
    expect((await code(pending, appCode(secret, now))).status).toBe(200);
  });

  it('lets the pending step expire after five minutes', async () => {
    now = at(2000);
    const pending = sessionCookie(await password(LOGIN.ib));
    now = at(2000 + 5 * 60 + 1);
    expectError(await code(pending, appCode(secret, now)), 401, 'unauthenticated');
  });

  it('keeps MFA on for a role that needs it, and lets a beheerder reset a lost app', async () => {
    now = at(3000);
    const ib = sessionCookie(await code(sessionCookie(await password(LOGIN.ib)), appCode(secret, now)));
    now = at(3030);
    expectError(
      await api.call('POST', '/account/mfa/disable', { cookie: ib, body: { code: appCode(secret, now) } }),
      403,
      'forbidden',
    );
    const beheerder = await testApi(database.db, engine, () => now).login(LOGIN.beheerder);
    const ibId = demo.account(LOGIN.ib).id;
    expectError(await api.call('DELETE', `/admin/users/${ibId}/mfa`), 401, 'unauthenticated');
    expectError(await api.call('DELETE', `/admin/users/${ibId}/mfa`, { cookie: ib }), 403, 'forbidden');
    const beheerderId = demo.account(LOGIN.beheerder).id;
    const plain = testApi(database.db, engine, () => now);
    expectError(
      await plain.call('DELETE', `/admin/users/${beheerderId}/mfa`, { cookie: beheerder }),
      403,
      'forbidden',
    );
    expect((await plain.call('DELETE', `/admin/users/${ibId}/mfa`, { cookie: beheerder })).status).toBe(200);
    expectError(await schools(ib), 401, 'unauthenticated');
    const again = await password(LOGIN.ib);
    expect(again.body.mfa).toEqual({ enrolled: false, required: true });
    expectError(await schools(sessionCookie(again)), 403, 'mfa_required');
  });

  it('lets a leerkracht work without MFA, enrol of their own accord and switch it off with a code', async () => {
    now = at(5000);
    const cookie = sessionCookie(await password(LOGIN.leerkracht));
    expect((await schools(cookie)).status).toBe(200);
    const setup = await api.call<{ secret: string }>('POST', '/account/mfa/totp/setup', { cookie });
    await api.call('POST', '/account/mfa/totp/confirm', {
      cookie,
      body: { code: appCode(setup.body.secret, now) },
    });
    now = at(5030);
    expectInvalidInput(
      await api.call('POST', '/account/mfa/disable', { cookie, body: { code: '000000' } }),
      'code',
    );
    const off = await api.call('POST', '/account/mfa/disable', {
      cookie,
      body: { code: appCode(setup.body.secret, now) },
    });
    expect(off.status).toBe(200);
    expect((await password(LOGIN.leerkracht)).body.mfa).toEqual({ enrolled: false, required: false });
  });

  it('asks MFA of everyone at a school that says so, set by its IB or schoolleider', async () => {
    now = at(7000);
    const path = `/admin/schools/${demo.schoolA}/security`;
    const leider = sessionCookie(await password(LOGIN.schoolleider));
    // The schoolleider must enrol first too; an IB of another school is not told the school exists.
    expectError(
      await api.call('PUT', path, { cookie: leider, body: { mfaForEveryone: true } }),
      403,
      'mfa_required',
    );
    const plain = testApi(database.db, engine, () => now);
    const ibElsewhere = await plain.login(LOGIN.ibOtherSchool);
    expectError(await plain.call('GET', path), 401, 'unauthenticated');
    expectError(
      await plain.call('GET', path, { cookie: await plain.login(LOGIN.leerkracht) }),
      403,
      'forbidden',
    );
    expectError(await plain.call('GET', path, { cookie: ibElsewhere }), 404, 'not_found');
    const schoolleider = await plain.login(LOGIN.schoolleider);
    expectInvalidInput(
      await plain.call('PUT', path, { cookie: schoolleider, body: { mfaForEveryone: 'ja' } }),
      'mfaForEveryone',
    );
    expect(
      (await plain.call('PUT', path, { cookie: schoolleider, body: { mfaForEveryone: true } })).body,
    ).toEqual({
      mfaForEveryone: true,
    });
    const teacher = await password(LOGIN.leerkracht);
    expect(teacher.body.mfa).toEqual({ enrolled: false, required: true });
    expectError(await schools(sessionCookie(teacher)), 403, 'mfa_required');
    // The other school did not ask it.
    expect((await schools(sessionCookie(await password(LOGIN.leerkrachtOtherSchool)))).status).toBe(200);
    await plain.call('PUT', path, { cookie: schoolleider, body: { mfaForEveryone: false } });
    expect((await schools(sessionCookie(await password(LOGIN.leerkracht)))).status).toBe(200);
  });

  it('enforces nothing where the deployment says MFA_REQUIRED=off (the demo)', async () => {
    const off = testApi(database.db, engine, () => now, { accounts: { ...ENFORCED.accounts, mfa: 'off' } });
    const cookie = await off.login(LOGIN.schoolleider);
    expect((await off.call('GET', '/schools', { cookie })).status).toBe(200);
  });
});
