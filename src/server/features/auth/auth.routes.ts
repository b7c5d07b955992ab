import { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { loadActor } from '../../auth/actor';
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../auth/sessions';
import type { AppEnv } from '../../http/env';
import { clientIp, isHttps } from '../../http/request-info';
import { actorOf, apiRoute } from '../../http/route';
import { json, jsonBody } from '../../http/openapi';
import { unauthenticated } from '../../errors';
import { LoginBody, MeResponse, OkResponse } from './auth.schema';
import { describeActor, login, logout } from './auth.service';

const loginRoute = apiRoute({
  method: 'post',
  path: '/auth/login',
  access: 'public',
  summary: 'Inloggen met e-mailadres en wachtwoord',
  request: { body: jsonBody(LoginBody) },
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
  summary: 'De ingelogde gebruiker met rollen en rechten',
  responses: { 200: json(MeResponse, 'De gebruiker') },
});

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(loginRoute, async (c) => {
    const { db, clock, trustProxy } = c.get('deps');
    const body = c.req.valid('json');
    const { token, userId } = await login(db, { ...body, ip: clientIp(c, trustProxy) }, clock());
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c, trustProxy),
      path: '/',
      maxAge: SESSION_ABSOLUTE_MS / 1000,
    });
    const actor = await loadActor(db, userId);
    if (!actor) throw unauthenticated();
    return c.json(await describeActor(db, actor), 200);
  })
  .openapi(logoutRoute, async (c) => {
    const { db, clock } = c.get('deps');
    const actor = actorOf(c);
    await logout(db, actor, getCookie(c, SESSION_COOKIE), clock());
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  })
  .openapi(meRoute, async (c) => {
    const { db } = c.get('deps');
    return c.json(await describeActor(db, actorOf(c)), 200);
  });
