/** The own account: password, sessions, authenticator app, invitations. Every route: 'authenticated'. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { NO_ACCOUNT_SETTINGS } from '../../auth/account-config';
import { SESSION_COOKIE } from '../../auth/sessions';
import type { AppEnv } from '../../http/env';
import { json, jsonBody } from '../../http/openapi';
import { clientIp } from '../../http/request-info';
import { actorOf, apiRoute } from '../../http/route';
import { OkResponse } from '../auth/auth.schema';
import { endSessionCookie } from '../auth/session-cookie';
import {
  ChangePasswordBody,
  CodeBody,
  EndedResponse,
  EndSessionBody,
  InvitationBody,
  InvitationListResponse,
  MfaOverviewResponse,
  RecoveryCodesResponse,
  SessionListResponse,
  TotpSetupResponse,
} from './account.schema';
import { changeOwnPassword, endOtherSessions, endOwnSession, listOwnSessions } from './account.service';
import {
  confirmTotpSetup,
  disableOwnMfa,
  mfaOverview,
  renewRecoveryCodes,
  startTotpSetup,
} from './account-mfa.service';
import { answerOwnInvitation, listOwnInvitations } from './invitations.service';

const passwordRoute = apiRoute({
  method: 'post',
  path: '/account/password',
  access: 'authenticated',
  summary: 'Het eigen wachtwoord wijzigen (andere sessies eindigen)',
  request: { body: jsonBody(ChangePasswordBody) },
  responses: { 200: json(OkResponse, 'Het eigen wachtwoord wijzigen (andere sessies eindigen)') },
});

const sessionsRoute = apiRoute({
  method: 'get',
  path: '/account/sessions',
  access: 'authenticated',
  summary: 'De eigen actieve sessies',
  responses: { 200: json(SessionListResponse, 'De eigen actieve sessies') },
});

const endSessionRoute = apiRoute({
  method: 'post',
  path: '/account/sessions/end',
  access: 'authenticated',
  summary: 'Eén eigen sessie beëindigen',
  request: { body: jsonBody(EndSessionBody) },
  responses: { 200: json(OkResponse, 'Eén eigen sessie beëindigen') },
});

const endOthersRoute = apiRoute({
  method: 'post',
  path: '/account/sessions/end-others',
  access: 'authenticated',
  summary: 'Alle andere eigen sessies beëindigen',
  responses: { 200: json(EndedResponse, 'Alle andere eigen sessies beëindigen') },
});

const mfaRoute = apiRoute({
  method: 'get',
  path: '/account/mfa',
  access: 'authenticated',
  summary: 'De stand van de tweestapsverificatie',
  responses: { 200: json(MfaOverviewResponse, 'De stand van de tweestapsverificatie') },
});

const setupRoute = apiRoute({
  method: 'post',
  path: '/account/mfa/totp/setup',
  access: 'authenticated',
  summary: 'Een authenticator-app gaan instellen: geheim en otpauth-URI',
  responses: { 200: json(TotpSetupResponse, 'Een authenticator-app gaan instellen: geheim en otpauth-URI') },
});

const confirmRoute = apiRoute({
  method: 'post',
  path: '/account/mfa/totp/confirm',
  access: 'authenticated',
  summary: 'De app bevestigen met de eerste code; geeft de herstelcodes',
  request: { body: jsonBody(CodeBody) },
  responses: {
    200: json(RecoveryCodesResponse, 'De app bevestigen met de eerste code; geeft de herstelcodes'),
  },
});

const renewRoute = apiRoute({
  method: 'post',
  path: '/account/mfa/recovery-codes',
  access: 'authenticated',
  summary: 'Nieuwe herstelcodes, met een code uit de app',
  request: { body: jsonBody(CodeBody) },
  responses: { 200: json(RecoveryCodesResponse, 'Nieuwe herstelcodes, met een code uit de app') },
});

const disableRoute = apiRoute({
  method: 'post',
  path: '/account/mfa/disable',
  access: 'authenticated',
  summary: 'De tweestapsverificatie uitzetten (waar de rol dat toelaat)',
  request: { body: jsonBody(CodeBody) },
  responses: { 200: json(OkResponse, 'De tweestapsverificatie uitzetten (waar de rol dat toelaat)') },
});

const invitationsRoute = apiRoute({
  method: 'get',
  path: '/account/invitations',
  access: 'authenticated',
  summary: 'Openstaande uitnodigingen voor een rol',
  responses: { 200: json(InvitationListResponse, 'Openstaande uitnodigingen voor een rol') },
});

const acceptRoute = apiRoute({
  method: 'post',
  path: '/account/invitations/accept',
  access: 'authenticated',
  summary: 'Een uitnodiging aannemen',
  request: { body: jsonBody(InvitationBody) },
  responses: { 200: json(OkResponse, 'Een uitnodiging aannemen') },
});

const declineRoute = apiRoute({
  method: 'post',
  path: '/account/invitations/decline',
  access: 'authenticated',
  summary: 'Een uitnodiging afslaan',
  request: { body: jsonBody(InvitationBody) },
  responses: { 200: json(OkResponse, 'Een uitnodiging afslaan') },
});

const ok = { ok: true as const };

export const accountRoutes = new OpenAPIHono<AppEnv>()
  .openapi(passwordRoute, async (c) => {
    const { db, clock, trustProxy } = c.get('deps');
    const input = {
      ...c.req.valid('json'),
      ip: clientIp(c, trustProxy),
      token: getCookie(c, SESSION_COOKIE),
    };
    await changeOwnPassword(db, actorOf(c), input, clock());
    return c.json(ok, 200);
  })
  .openapi(sessionsRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await listOwnSessions(db, actorOf(c), getCookie(c, SESSION_COOKIE), clock()), 200);
  })
  .openapi(endSessionRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const token = getCookie(c, SESSION_COOKIE);
    const wasCurrent = await endOwnSession(db, actorOf(c), c.req.valid('json').sessionId, token, clock());
    if (wasCurrent) endSessionCookie(c);
    return c.json(ok, 200);
  })
  .openapi(endOthersRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await endOtherSessions(db, actorOf(c), getCookie(c, SESSION_COOKIE), clock()), 200);
  })
  .openapi(mfaRoute, async (c) => {
    const { db, accounts } = c.get('deps');
    return c.json(await mfaOverview(db, actorOf(c), (accounts ?? NO_ACCOUNT_SETTINGS).mfa), 200);
  })
  .openapi(setupRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await startTotpSetup(db, actorOf(c), clock()), 200);
  })
  .openapi(confirmRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const token = getCookie(c, SESSION_COOKIE);
    return c.json(await confirmTotpSetup(db, actorOf(c), c.req.valid('json').code, token, clock()), 200);
  })
  .openapi(renewRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await renewRecoveryCodes(db, actorOf(c), c.req.valid('json').code, clock()), 200);
  })
  .openapi(disableRoute, async (c) => {
    const { db, clock, accounts } = c.get('deps');
    const enforcement = (accounts ?? NO_ACCOUNT_SETTINGS).mfa;
    await disableOwnMfa(db, actorOf(c), c.req.valid('json').code, enforcement, clock());
    return c.json(ok, 200);
  })
  .openapi(invitationsRoute, async (c) => {
    const { db, clock } = c.get('deps');
    return c.json(await listOwnInvitations(db, actorOf(c), clock()), 200);
  })
  .openapi(acceptRoute, async (c) => {
    const { db, clock } = c.get('deps');
    await answerOwnInvitation(db, actorOf(c), c.req.valid('json').invitationId, 'accepted', clock());
    return c.json(ok, 200);
  })
  .openapi(declineRoute, async (c) => {
    const { db, clock } = c.get('deps');
    await answerOwnInvitation(db, actorOf(c), c.req.valid('json').invitationId, 'declined', clock());
    return c.json(ok, 200);
  });
