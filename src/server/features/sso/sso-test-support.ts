/** For the SSO tests: a demo database, a real local OpenID provider, and the browser's part of the flow. */
import type { AccountSettings } from '../../auth/account-config';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { TestResponse } from '../../../testing/http';
import { followProviderLogin, type TestOidcAccount } from '../../../testing/oidc-provider';
import { TEST_NOW } from '../../../testing/fixtures';

/** What our app is reached at in the tests: createApi answers on http://localhost, mounted at /api. */
export const CALLBACK = 'http://localhost/api/auth/sso/callback';

export const SETTINGS: AccountSettings = { mfa: 'off', publicUrl: null, ssoProviders: [] };

export function idpAccounts(emails: { ib: string; leerkracht: string; outsider: string }): TestOidcAccount[] {
  return [
    { sub: 'sub-ib', email: emails.ib, emailVerified: true, name: 'Ida IB' },
    { sub: 'sub-unverified', email: emails.leerkracht, emailVerified: false, name: 'Onbevestigd' },
    { sub: 'sub-new', email: 'nieuw.sso@school.example', emailVerified: true, name: 'Nina Nieuw' },
    { sub: 'sub-outsider', email: emails.outsider, emailVerified: true, name: 'Otto Overkant' },
    { sub: 'sub-nobody', email: 'niemand.sso@school.example', emailVerified: true, name: 'Niemand' },
  ];
}

/** A staff member as an EDEXML import leaves it: from the LAS (a las_key), with an address, no account. */
export async function insertLasStaff(db: Db, schoolId: string, email: string): Promise<string> {
  const id = newId(TEST_NOW.getTime());
  await db
    .insertInto('medewerker')
    .values({
      id,
      school_id: schoolId,
      user_id: null,
      las_key: `MW-${id.slice(-6)}`,
      roepnaam: 'Nina',
      voorvoegsel: 'van',
      achternaam: 'Nieuw',
      email: email.toUpperCase(),
      created_at: TEST_NOW.toISOString(),
      updated_at: TEST_NOW.toISOString(),
    })
    .execute();
  return id;
}

export interface SsoCall {
  call<T = unknown>(method: string, path: string, options?: { cookie?: string }): Promise<TestResponse<T>>;
}

function cookieOf(response: TestResponse, name: string): string | undefined {
  const line = response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`));
  return line?.split(';')[0];
}

/**
 * The whole browser round trip: our start, the provider's login as `loginHint`, back to our callback.
 * Returns the authorization URL our start produced, the callback's answer and its session cookie.
 */
export async function ssoLogin(api: SsoCall, providerId: string, loginHint: string) {
  const start = await api.call('GET', `/auth/sso/start?provider=${encodeURIComponent(providerId)}`);
  const location = start.headers.get('location') ?? '';
  const stateCookie = cookieOf(start, 'lw_sso');
  const authorization = new URL(location);
  authorization.searchParams.set('login_hint', loginHint);
  const back = await followProviderLogin(authorization.href, CALLBACK);
  const callbackPath = back.slice('http://localhost/api'.length);
  const callback = await api.call('GET', callbackPath, { cookie: stateCookie });
  return {
    start,
    authorizationUrl: new URL(location),
    stateCookie,
    callbackPath,
    callback,
    location: callback.headers.get('location'),
    session: cookieOf(callback, 'lw_session'),
  };
}
