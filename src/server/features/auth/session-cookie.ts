/** Starting and ending the session cookie: the one place that knows its flags. */
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  createSession,
  deleteSession,
  MFA_PENDING_MS,
  SESSION_ABSOLUTE_MS,
  SESSION_COOKIE,
  type SessionStage,
} from '../../auth/sessions';
import type { AppEnv } from '../../http/env';
import { clientIp, isHttps } from '../../http/request-info';

/** The device a session was started from, as the user's list of sessions shows it. */
export function deviceOf(c: Context<AppEnv>) {
  const ip = clientIp(c, c.get('deps').trustProxy);
  return { userAgent: c.req.header('user-agent') ?? null, ip: ip === 'onbekend' ? null : ip };
}

/**
 * Starts a new session with a new token. A session the browser still carried is ended first: a token
 * planted before the login (session fixation) is never the one that ends up logged in.
 */
export async function startSession(c: Context<AppEnv>, userId: string, stage: SessionStage = 'active') {
  const { db, clock, trustProxy } = c.get('deps');
  const old = getCookie(c, SESSION_COOKIE);
  if (old) await deleteSession(db, old);
  const token = await createSession(db, userId, clock(), deviceOf(c), stage);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, trustProxy),
    path: '/',
    maxAge: (stage === 'active' ? SESSION_ABSOLUTE_MS : MFA_PENDING_MS) / 1000,
  });
}

export function endSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
