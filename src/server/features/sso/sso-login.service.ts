/**
 * The OpenID Connect authorization code flow with PKCE. The start stores state, nonce and the PKCE
 * verifier for ten minutes (the state also goes into a cookie, binding the flow to this browser); the
 * callback takes that row once, checks the state against the cookie, and lets openid-client exchange
 * the code and verify the ID token (signature, issuer, audience, expiry, nonce).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Db } from '../../db/database';
import { SsoRefused, type SsoClaims } from './sso-accounts';
import { discover, type SsoProvider } from './sso-providers';
import { claimSsoLogin, deleteExpiredSsoLogins, insertSsoLogin } from './sso.queries';

export const SSO_COOKIE = 'lw_sso';
export const SSO_LOGIN_MS = 10 * 60 * 1000;

function stateHash(state: string): string {
  return createHash('sha256').update(state).digest('hex');
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Where to send the browser, and the state for the cookie. */
export async function beginSsoLogin(db: Db, provider: SsoProvider, redirectUri: string, now: Date) {
  let config: oidc.Configuration;
  try {
    config = await discover(provider);
  } catch {
    throw new SsoRefused('provider');
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  await deleteExpiredSsoLogins(db, now.toISOString());
  await insertSsoLogin(db, {
    state_hash: stateHash(state),
    provider_id: provider.id,
    nonce,
    code_verifier: verifier,
    redirect_uri: redirectUri,
    expires_at: new Date(now.getTime() + SSO_LOGIN_MS).toISOString(),
  });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

/** The provider and the verified ID token claims of a callback; throws SsoRefused. */
export async function completeSsoLogin(
  db: Db,
  providers: SsoProvider[],
  query: URLSearchParams,
  cookieState: string | undefined,
  now: Date,
): Promise<{ provider: SsoProvider; claims: SsoClaims }> {
  const state = query.get('state');
  if (!state || !cookieState || !sameText(state, cookieState)) throw new SsoRefused('state');
  const login = await claimSsoLogin(db, stateHash(state));
  if (!login || login.expires_at <= now.toISOString()) throw new SsoRefused('state');
  const provider = providers.find((p) => p.id === login.provider_id);
  if (!provider) throw new SsoRefused('provider');
  let claims: SsoClaims | undefined;
  try {
    const config = await discover(provider);
    // The address the provider sent the browser to, with exactly the parameters it added.
    const current = new URL(login.redirect_uri);
    current.search = query.toString();
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: login.code_verifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch {
    throw new SsoRefused('provider');
  }
  if (!claims) throw new SsoRefused('provider');
  return { provider, claims };
}
