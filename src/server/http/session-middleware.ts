import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { loadActor } from '../auth/actor';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions';
import type { AppEnv } from './env';

/** Puts the logged-in actor (or null) on the context; routes decide whether they need one. */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db, clock } = c.get('deps');
  const token = getCookie(c, SESSION_COOKIE);
  let actor = null;
  if (token) {
    const userId = await resolveSession(db, token, clock());
    if (userId) actor = await loadActor(db, userId);
  }
  c.set('actor', actor);
  await next();
};
