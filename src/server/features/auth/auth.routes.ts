import { OpenAPIHono } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { NO_ACCOUNT_SETTINGS } from '../../auth/account-config';
import { loadActor } from '../../auth/actor';
import { isMfaEnrolled } from '../../auth/mfa';
import { resolveSession, SESSION_COOKIE } from '../../auth/sessions';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { clientIp } from '../../http/request-info';
import { actorOf, apiRoute } from '../../http/route';
import { unauthenticated } from '../../errors';
import { invalidLink, passwordLinkStatus, usePasswordLink } from '../account/password-links.service';
import { acceptWithPassword, invitationOfToken } from '../account/invitations.service';
import {
  LinkStatusResponse,
  LinkTokenBody,
  LoginBody,
  LoginResponse,
  MeResponse,
  MfaCodeBody,
  OkResponse,
  UseLinkBody,
} from './auth.schema';
import { checkLoginCode, checkPassword, describeActor, logout, recordLogin } from './auth.service';
import { endSessionCookie, startSession } from './session-cookie';

const loginRoute = apiRoute({
  method: 'post',
  path: '/auth/login',
  access: 'public',
  summary: 'Inloggen met e-mailadres en wachtwoord; met MFA volgt POST /auth/mfa',
  request: { body: jsonBody(LoginBody) },
  responses: { 200: json(LoginResponse, 'Ingelogd, of { mfa: "required" }: de code volgt') },
});

const mfaRoute = apiRoute({
  method: 'post',
  path: '/auth/mfa',
  access: 'public',
  summary: 'De tweede stap van het inloggen: een code uit de app of een herstelcode',
  request: { body: jsonBody(MfaCodeBody) },
  responses: { 200: json(MeResponse, 'Ingelogd') },
});

const logoutRoute = apiRoute({
  method: 'post',
  path: '/auth/logout',
  access: 'authenticated',
  summary: 'Uitloggen',
  responses: { 200: json(OkResponse, 'Uitgelogd') },
});

const meRoute = apiRoute({
  method: 'get',
  path: '/auth/me',
  access: 'authenticated',
  summary: 'De ingelogde gebruiker met rollen, rechten en de stand van de tweestapsverificatie',
  responses: { 200: json(MeResponse, 'De gebruiker') },
});

const linkStatusRoute = apiRoute({
  method: 'post',
  path: '/auth/password-link/status',
  access: 'public',
  summary: 'Voor welk account een eenmalige link is, zolang die geldig is',
  request: { body: jsonBody(LinkTokenBody) },
  responses: { 200: json(LinkStatusResponse, 'De link is geldig') },
});

const linkUseRoute = apiRoute({
  method: 'post',
  path: '/auth/password-link/use',
  access: 'public',
  summary: 'Met een eenmalige link een wachtwoord instellen (of een uitnodiging aannemen)',
  request: { body: jsonBody(UseLinkBody) },
  responses: { 200: json(OkResponse, 'Gelukt: log in met het wachtwoord') },
});

function enforcement(c: { get(key: 'deps'): AppEnv['Variables']['deps'] }) {
  return (c.get('deps').accounts ?? NO_ACCOUNT_SETTINGS).mfa;
}

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(loginRoute, async (c) => {
    const { db, clock, trustProxy } = c.get('deps');
    const now = clock();
    const userId = await checkPassword(db, { ...c.req.valid('json'), ip: clientIp(c, trustProxy) }, now);
    if (await isMfaEnrolled(db, userId)) {
      await startSession(c, userId, 'mfa_pending');
      return c.json({ mfa: 'required' as const }, 200);
    }
    await startSession(c, userId);
    await recordLogin(db, userId, 'password', now);
    const actor = await loadActor(db, userId);
    if (!actor) throw unauthenticated();
    return c.json(await describeActor(db, actor, enforcement(c)), 200);
  })
  .openapi(mfaRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const now = clock();
    const token = getCookie(c, SESSION_COOKIE);
    const pending = token ? await resolveSession(db, token, now) : null;
    if (pending?.stage !== 'mfa_pending') throw unauthenticated();
    const factor = await checkLoginCode(db, pending.userId, c.req.valid('json').code, now);
    await startSession(c, pending.userId);
    await recordLogin(db, pending.userId, factor, now);
    const actor = await loadActor(db, pending.userId);
    if (!actor) throw unauthenticated();
    return c.json(await describeActor(db, actor, enforcement(c)), 200);
  })
  .openapi(logoutRoute, async (c) => {
    const { db, clock } = c.get('deps');
    await logout(db, actorOf(c), getCookie(c, SESSION_COOKIE), clock());
    endSessionCookie(c);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(meRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(await describeActor(db, actorOf(c), enforcement(c)), 200);
  })
  .openapi(linkStatusRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const { token } = c.req.valid('json');
    const status = await passwordLinkStatus(db, token, clock());
    if (status) return c.json(status, 200);
    const invitation = await invitationOfToken(db, token, clock());
    if (!invitation) throw invalidLink();
    return c.json({ email: invitation.email, expiresAt: invitation.expires_at }, 200);
  })
  .openapi(linkUseRoute, async (c) => {
    const { db, clock, trustProxy } = c.get('deps');
    const { token, password } = c.req.valid('json');
    const invitation = await invitationOfToken(db, token, clock());
    if (invitation) await acceptWithPassword(db, invitation, password, clientIp(c, trustProxy), clock());
    else await usePasswordLink(db, token, password, clock());
    return c.json({ ok: true as const }, 200);
  });
