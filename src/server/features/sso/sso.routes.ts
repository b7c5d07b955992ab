/**
 * SSO: the login page's list of providers, the start and the callback of the code flow (browser
 * navigations, answered with redirects), and the beheer screen's settings per bestuur.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { audit } from '../../audit';
import { NO_ACCOUNT_SETTINGS } from '../../auth/account-config';
import { isMfaEnrolled } from '../../auth/mfa';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { isHttps } from '../../http/request-info';
import { actorOf, apiRoute } from '../../http/route';
import { OkResponse } from '../auth/auth.schema';
import { recordLogin } from '../auth/auth.service';
import { startSession } from '../auth/session-cookie';
import { publicBase } from '../account/public-url';
import { accountForSso, SsoRefused } from './sso-accounts';
import { removeSsoConfig, saveSsoConfig, ssoConfigOf } from './sso-config.service';
import { beginSsoLogin, completeSsoLogin, SSO_COOKIE, SSO_LOGIN_MS } from './sso-login.service';
import { allProviders } from './sso-providers';
import {
  BestuurParams,
  CallbackQuery,
  SsoConfigBody,
  SsoConfigResponse,
  SsoProviderList,
  StartQuery,
} from './sso.schema';

const redirect = (description: string) => ({ 302: { description } });

const providersRoute = apiRoute({
  method: 'get',
  path: '/auth/sso/providers',
  access: 'public',
  summary: 'De SSO-knoppen voor de inlogpagina',
  responses: { 200: json(SsoProviderList, 'Providers') },
});
const startRoute = apiRoute({
  method: 'get',
  path: '/auth/sso/start',
  access: 'public',
  summary: 'Inloggen via de provider: de browser gaat daarheen (PKCE, state, nonce)',
  request: { query: StartQuery },
  responses: redirect('Naar de provider, of naar /login?sso=provider'),
});
const callbackRoute = apiRoute({
  method: 'get',
  path: '/auth/sso/callback',
  access: 'public',
  summary: 'Terug van de provider: inloggen en door naar de app',
  request: { query: CallbackQuery },
  responses: redirect('Naar / (ingelogd), /login?sso=mfa (code nodig) of /login?sso=REDEN'),
});
const configRoute = apiRoute({
  method: 'get',
  path: '/admin/besturen/{bestuurId}/sso',
  access: 'user.manage',
  summary: 'De SSO-instellingen van een bestuur (zonder het clientgeheim)',
  request: { params: BestuurParams },
  responses: { 200: json(SsoConfigResponse, 'Instellingen') },
});
const saveConfigRoute = apiRoute({
  method: 'put',
  path: '/admin/besturen/{bestuurId}/sso',
  access: 'user.manage',
  summary: 'SSO instellen voor een bestuur (issuer, client-ID, clientgeheim)',
  request: { params: BestuurParams, body: jsonBody(SsoConfigBody) },
  responses: { 200: json(SsoConfigResponse, 'Instellingen') },
});
const removeConfigRoute = apiRoute({
  method: 'delete',
  path: '/admin/besturen/{bestuurId}/sso',
  access: 'user.manage',
  summary: 'De SSO-instelling van een bestuur weghalen',
  request: { params: BestuurParams },
  responses: { 200: json(OkResponse, 'Weggehaald') },
});

function envProviders(c: Context<AppEnv>) {
  return (c.get('deps').accounts ?? NO_ACCOUNT_SETTINGS).ssoProviders;
}

const callbackUri = (c: Context<AppEnv>) => `${publicBase(c)}/api/auth/sso/callback`;
const loginPage = (reason: string) => `/login?sso=${reason}`;

async function configResponse(c: Context<AppEnv>, bestuurId: string) {
  const { db } = c.get('deps');
  const providers = await ssoConfigOf(db, actorOf(c), bestuurId, envProviders(c));
  return { providers, redirectUri: callbackUri(c) };
}

/** Logs the SSO account in: a session, or the second step when the provider does not vouch for MFA. */
async function finishLogin(c: Context<AppEnv>, userId: string, trustMfa: boolean): Promise<string> {
  const { db, clock } = c.get('deps');
  if (!trustMfa && (await isMfaEnrolled(db, userId))) {
    await startSession(c, userId, 'mfa_pending');
    return loginPage('mfa');
  }
  await startSession(c, userId);
  await recordLogin(db, userId, 'sso', clock());
  return '/';
}

export const ssoRoutes = new OpenAPIHono<AppEnv>()
  .openapi(providersRoute, async (c) => {
    const providers = await allProviders(c.get('deps').db, envProviders(c));
    return c.json(
      { providers: providers.map((p) => ({ id: p.id, label: p.label, bestuurName: p.bestuurName })) },
      200,
    );
  })
  .openapi(startRoute, async (c) => {
    const { db, clock, trustProxy } = c.get('deps');
    const provider = (await allProviders(db, envProviders(c))).find(
      (p) => p.id === c.req.valid('query').provider,
    );
    if (!provider) return c.redirect(loginPage('provider'), 302);
    try {
      const { url, state } = await beginSsoLogin(db, provider, callbackUri(c), clock());
      setCookie(c, SSO_COOKIE, state, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isHttps(c, trustProxy),
        path: '/',
        maxAge: SSO_LOGIN_MS / 1000,
      });
      return c.redirect(url, 302);
    } catch (error) {
      if (error instanceof SsoRefused) return c.redirect(loginPage(error.reason), 302);
      throw error;
    }
  })
  .openapi(callbackRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const now = clock();
    const cookieState = getCookie(c, SSO_COOKIE);
    deleteCookie(c, SSO_COOKIE, { path: '/' });
    const query = new URL(c.req.url).searchParams;
    try {
      const providers = await allProviders(db, envProviders(c));
      const { provider, claims } = await completeSsoLogin(db, providers, query, cookieState, now);
      const userId = await accountForSso(db, provider, claims, now);
      return c.redirect(await finishLogin(c, userId, provider.trustMfa), 302);
    } catch (error) {
      if (!(error instanceof SsoRefused)) throw error;
      await audit(db, now, {
        userId: null,
        action: 'auth.sso_failed',
        entity: 'user',
        details: { reason: error.reason },
      });
      return c.redirect(loginPage(error.reason), 302);
    }
  })
  .openapi(configRoute, async (c) => c.json(await configResponse(c, c.req.valid('param').bestuurId), 200))
  .openapi(saveConfigRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { bestuurId } = c.req.valid('param');
    await saveSsoConfig(db, actorOf(c), bestuurId, c.req.valid('json'), clock());
    return c.json(await configResponse(c, bestuurId), 200);
  })
  .openapi(removeConfigRoute, async (c) => {
    const { db, clock } = c.get('deps');
    await removeSsoConfig(db, actorOf(c), c.req.valid('param').bestuurId, clock());
    return c.json({ ok: true as const }, 200);
  });
