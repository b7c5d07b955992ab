import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { NO_ACCOUNT_SETTINGS } from '../auth/account-config';
import { loadActor } from '../auth/actor';
import { isMfaEnrolled, mfaIsRequired } from '../auth/mfa';
import type { Actor } from '../auth/permissions';
import { resolveSession, SESSION_COOKIE } from '../auth/sessions';
import type { Db } from '../db/database';
import { mfaRequired } from '../errors';
import type { AppEnv, Deps } from './env';

/**
 * What a user who must enrol an authenticator app may still reach: logging in and out, who they are,
 * and the enrolment itself. Everything else answers 403 `mfa_required`.
 */
const OPEN_BEFORE_ENROLMENT = /^(?:\/api)?\/(?:auth\/|account\/mfa\/totp\/|openapi\.json$)/;

async function mustEnrolFirst(db: Db, actor: Actor, deps: Deps): Promise<boolean> {
  const enforcement = (deps.accounts ?? NO_ACCOUNT_SETTINGS).mfa;
  if (!(await mfaIsRequired(db, actor, enforcement))) return false;
  return !(await isMfaEnrolled(db, actor.userId));
}

/**
 * Puts the logged-in actor (or null) on the context; routes decide whether they need one. A session
 * still waiting for its second step is no login yet. A user whose role needs MFA but who has not
 * enrolled reaches only the enrolment (the check runs per request, so a role granted later counts).
 */
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const deps = c.get('deps');
  const { db, clock } = deps;
  const token = getCookie(c, SESSION_COOKIE);
  let actor = null;
  if (token) {
    const session = await resolveSession(db, token, clock());
    if (session?.stage === 'active') actor = await loadActor(db, session.userId);
  }
  c.set('actor', actor);
  if (actor && !OPEN_BEFORE_ENROLMENT.test(c.req.path) && (await mustEnrolFirst(db, actor, deps))) {
    throw mfaRequired();
  }
  await next();
};
