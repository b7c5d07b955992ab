import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  createOtherBestuur,
  demoLookup,
  insertUser,
  LOGIN,
  seedDemo,
  TEST_NOW,
  unknownId,
  type DemoLookup,
} from '../../../testing/fixtures';
import { expectError, expectInvalidInput, testApi } from '../../../testing/http';
import { startTestOidcProvider, type TestOidcProvider } from '../../../testing/oidc-provider';
import { appCode } from '../auth/mfa-test-support';
import { CALLBACK, idpAccounts, insertLasStaff, SETTINGS, ssoLogin } from './sso-test-support';

interface Config {
  providers: { id: string; label: string; issuer: string; clientId: string; source: string }[];
  redirectUri: string;
}

describe.each(testEngines())('SSO with OpenID Connect against a real provider (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let bestuurId: string;
  let idp: TestOidcProvider;
  let api: ReturnType<typeof testApi>;
  let beheerder: string;
  let providerId: string;
  let staffId: string;
  const otto = 'otto.sso@elders.example';

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const data = await seedDemo(database.db);
    demo = demoLookup(data);
    bestuurId = data.summary.bestuurId;
    const other = await createOtherBestuur(database.db);
    await insertUser(database.db, {
      name: 'Otto',
      email: otto,
      role: 'leerkracht',
      schoolId: other.schoolId,
    });
    staffId = await insertLasStaff(database.db, demo.schoolA, 'nieuw.sso@school.example');
    idp = await startTestOidcProvider({
      redirectUris: [CALLBACK],
      accounts: idpAccounts({ ib: LOGIN.ib, leerkracht: LOGIN.leerkracht, outsider: otto }),
    });
    api = testApi(database.db, engine, undefined, { accounts: SETTINGS });
    beheerder = await api.login(LOGIN.beheerder);
    const saved = await api.call<Config>('PUT', `/admin/besturen/${bestuurId}/sso`, {
      cookie: beheerder,
      body: {
        label: 'Test-IdP',
        issuer: idp.issuer,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        createAccounts: true,
        trustMfa: false,
      },
    });
    expect(saved.status).toBe(200);
    providerId = saved.body.providers[0]?.id ?? '';
  });
  afterAll(async () => {
    await idp.close();
    await database.dispose();
  });

  const auditCount = async (action: string) =>
    (await database.db.selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;

  it('stores the settings without ever sending the client secret back', async () => {
    const config = await api.call<Config>('GET', `/admin/besturen/${bestuurId}/sso`, { cookie: beheerder });
    expect(config.status).toBe(200);
    expect(config.body.providers).toMatchObject([
      { label: 'Test-IdP', issuer: idp.issuer, clientId: idp.clientId, source: 'beheer' },
    ]);
    expect(config.body.redirectUri).toBe(CALLBACK);
    expect(JSON.stringify(config.body)).not.toContain(idp.clientSecret);
    const list = await api.call<{ providers: { id: string; label: string }[] }>('GET', '/auth/sso/providers');
    expect(list.body.providers).toEqual([
      { id: providerId, label: 'Test-IdP', bestuurName: expect.any(String) },
    ]);
    expect(JSON.stringify(list.body)).not.toContain(idp.clientSecret);
  });

  it('answers 401, 403, 404 and 400 on the settings as for any beheer route', async () => {
    const body = { label: 'X', issuer: idp.issuer, clientId: 'c', createAccounts: false, trustMfa: false };
    expectError(await api.call('GET', `/admin/besturen/${bestuurId}/sso`), 401, 'unauthenticated');
    const ib = await api.login(LOGIN.ib);
    expectError(
      await api.call('PUT', `/admin/besturen/${bestuurId}/sso`, { cookie: ib, body }),
      403,
      'forbidden',
    );
    expectError(
      await api.call('GET', `/admin/besturen/${unknownId()}/sso`, { cookie: beheerder }),
      404,
      'not_found',
    );
    const plainHttp = { ...body, issuer: 'http://idp.example.org' };
    expectInvalidInput(
      await api.call('PUT', `/admin/besturen/${bestuurId}/sso`, { cookie: beheerder, body: plainHttp }),
      'issuer',
    );
    expectInvalidInput(
      await api.call('PUT', `/admin/besturen/${bestuurId}/sso`, {
        cookie: beheerder,
        body: { ...body, label: '' },
      }),
      'label',
    );
  });

  it('logs an existing account in by its verified address: code flow with PKCE, state and nonce', async () => {
    const before = await auditCount('auth.sso_linked');
    const flow = await ssoLogin(api, providerId, 'sub-ib');
    expect(flow.start.status).toBe(302);
    const params = flow.authorizationUrl.searchParams;
    expect(flow.authorizationUrl.origin).toBe(idp.issuer);
    expect(params.get('response_type')).toBe('code');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')?.length).toBeGreaterThanOrEqual(43);
    expect(params.get('nonce')).toBeTruthy();
    expect(flow.stateCookie).toBe(`lw_sso=${params.get('state')}`);
    expect({ status: flow.callback.status, location: flow.location }).toEqual({ status: 302, location: '/' });
    const me = await api.call<{ user: { email: string } }>('GET', '/auth/me', { cookie: flow.session });
    expect(me.body.user.email).toBe(LOGIN.ib);
    expect(await auditCount('auth.sso_linked')).toBe(before + 1);
    const identity = await database.db
      .selectFrom('sso_identity')
      .selectAll()
      .where('subject', '=', 'sub-ib')
      .execute();
    expect(identity).toMatchObject([{ issuer: idp.issuer, user_id: demo.account(LOGIN.ib).id }]);
    // The second time the account is found by the provider's subject: no new link.
    const again = await ssoLogin(api, providerId, 'sub-ib');
    expect(again.location).toBe('/');
    expect(await auditCount('auth.sso_linked')).toBe(before + 1);
  });

  it('refuses a callback whose state is not the one this browser started with, and a replayed one', async () => {
    const flow = await ssoLogin(api, providerId, 'sub-ib');
    expect(flow.location).toBe('/');
    const replay = await api.call('GET', flow.callbackPath, { cookie: flow.stateCookie });
    expect(replay.headers.get('location')).toBe('/login?sso=state');
    expect(replay.headers.get('set-cookie') ?? '').not.toMatch(/lw_session=[^;]/);

    const start = await api.call('GET', `/auth/sso/start?provider=${providerId}`);
    const other = new URL(start.headers.get('location') ?? '');
    other.searchParams.set('login_hint', 'sub-ib');
    const { followProviderLogin } = await import('../../../testing/oidc-provider');
    const back = await followProviderLogin(other.href, CALLBACK);
    const path = back.slice('http://localhost/api'.length);
    for (const cookie of [undefined, 'lw_sso=een-andere-state']) {
      const refused = await api.call('GET', path, { cookie });
      expect(refused.headers.get('location')).toBe('/login?sso=state');
      expect(refused.headers.get('set-cookie') ?? '').not.toMatch(/lw_session=[^;]/);
    }
  });

  it('refuses an address the provider has not verified', async () => {
    const before = await auditCount('auth.sso_failed');
    const flow = await ssoLogin(api, providerId, 'sub-unverified');
    expect(flow.location).toBe('/login?sso=email');
    expect(flow.session).toBeUndefined();
    expect(await auditCount('auth.sso_failed')).toBe(before + 1);
  });

  it('refuses an account of another bestuur, whatever address the provider asserts', async () => {
    const flow = await ssoLogin(api, providerId, 'sub-outsider');
    expect(flow.location).toBe('/login?sso=elsewhere');
    expect(flow.session).toBeUndefined();
  });

  it('creates an account for a staff member from the LAS, as leerkracht at their school', async () => {
    const flow = await ssoLogin(api, providerId, 'sub-new');
    expect(flow.location).toBe('/');
    const me = await api.call<{
      user: { name: string; email: string };
      roles: { role: string; schoolId: string }[];
    }>('GET', '/auth/me', { cookie: flow.session });
    expect(me.body.user).toMatchObject({ name: 'Nina van Nieuw', email: 'nieuw.sso@school.example' });
    expect(me.body.roles).toMatchObject([{ role: 'leerkracht', schoolId: demo.schoolA }]);
    const staff = await database.db
      .selectFrom('medewerker')
      .select('user_id')
      .where('id', '=', staffId)
      .executeTakeFirst();
    expect(staff?.user_id).toBeTruthy();
  });

  it('refuses an address with no account and no staff record', async () => {
    const flow = await ssoLogin(api, providerId, 'sub-nobody');
    expect(flow.location).toBe('/login?sso=account');
    const users = await database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', 'niemand.sso@school.example')
      .execute();
    expect(users).toEqual([]);
  });

  it('asks for the app code after SSO when the account has MFA and the provider is not trusted for it', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const userId = demo.account(LOGIN.ib).id;
    await database.db
      .insertInto('user_mfa')
      .values({
        user_id: userId,
        secret,
        created_at: TEST_NOW.toISOString(),
        confirmed_at: TEST_NOW.toISOString(),
        last_step: 0,
      })
      .execute();
    const flow = await ssoLogin(api, providerId, 'sub-ib');
    expect(flow.location).toBe('/login?sso=mfa');
    expectError(await api.call('GET', '/auth/me', { cookie: flow.session }), 401, 'unauthenticated');
    const done = await api.call('POST', '/auth/mfa', {
      cookie: flow.session,
      body: { code: appCode(secret, TEST_NOW) },
    });
    expect(done.status).toBe(200);
    // A provider the bestuur trusts to enforce MFA itself counts as the second factor.
    await api.call('PUT', `/admin/besturen/${bestuurId}/sso`, {
      cookie: await api.login(LOGIN.beheerder),
      body: {
        label: 'Test-IdP',
        issuer: idp.issuer,
        clientId: idp.clientId,
        createAccounts: true,
        trustMfa: true,
      },
    });
    expect((await ssoLogin(api, providerId, 'sub-ib')).location).toBe('/');
    await database.db.deleteFrom('user_mfa').where('user_id', '=', userId).execute();
  });

  it('shows a provider from SSO_PROVIDERS beside the stored one, read-only, by bestuursnummer', async () => {
    const fromEnv = testApi(database.db, engine, undefined, {
      accounts: {
        ...SETTINGS,
        ssoProviders: [
          {
            bestuursnummer: '99999',
            label: 'Google Workspace',
            issuer: idp.issuer,
            clientId: idp.clientId,
            clientSecret: idp.clientSecret,
            createAccounts: false,
            trustMfa: false,
          },
        ],
      },
    });
    const config = await fromEnv.call<Config>('GET', `/admin/besturen/${bestuurId}/sso`, {
      cookie: await fromEnv.login(LOGIN.beheerder),
    });
    expect(config.body.providers.map((p) => [p.label, p.source])).toEqual([
      ['Test-IdP', 'beheer'],
      ['Google Workspace', 'omgeving'],
    ]);
    expect((await ssoLogin(fromEnv, 'env-99999', 'sub-ib')).location).toBe('/');
  });

  it('removes the stored settings; the login page then has no button', async () => {
    const cookie = await api.login(LOGIN.beheerder);
    expectError(
      await api.call('DELETE', `/admin/besturen/${bestuurId}/sso`, { cookie: await api.login(LOGIN.ib) }),
      403,
      'forbidden',
    );
    expect((await api.call('DELETE', `/admin/besturen/${bestuurId}/sso`, { cookie })).status).toBe(200);
    expect((await api.call('GET', '/auth/sso/providers')).body).toEqual({ providers: [] });
    const start = await api.call('GET', `/auth/sso/start?provider=${providerId}`);
    expect(start.headers.get('location')).toBe('/login?sso=provider');
  });

  it('sends an unknown provider back to the login page', async () => {
    const start = await api.call('GET', '/auth/sso/start?provider=bestaat-niet');
    expect({ status: start.status, location: start.headers.get('location') }).toEqual({
      status: 302,
      location: '/login?sso=provider',
    });
  });
});
