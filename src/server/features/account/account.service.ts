/** The own account: changing the password and seeing and ending the own sessions. */
import type { z } from 'zod';
import { audit } from '../../audit';
import { hashPassword, verifyPassword } from '../../auth/passwords';
import { passwordProblem } from '../../auth/password-policy';
import type { Actor } from '../../auth/permissions';
import { attemptSucceeded, loginKeys, takeAttempt } from '../../auth/rate-limit';
import { endSessionsOfUser, sessionIdOfToken, sessionRefOf, sessionsOfUser } from '../../auth/sessions';
import type { Db } from '../../db/database';
import { notFound, rateLimited } from '../../errors';
import { deleteSessionById } from '../../auth/auth.queries';
import { findAccount, setPasswordHash } from './account.queries';
import type { ChangePasswordBody } from './account.schema';
import { refusedPassword } from './password-links.service';

// Own-account services need no access line beyond being logged in: they only touch the actor's rows.

/**
 * A new password after the current one. The current password is checked under the login limit (the
 * form must not become a way around it). Other sessions end; this one stays.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ChangePasswordBody> & { ip: string; token: string | undefined },
  now: Date,
): Promise<void> {
  const account = await findAccount(db, actor.userId);
  if (!account) throw notFound('Het account');
  const keys = loginKeys(account.email, input.ip);
  const wait = await takeAttempt(db, keys, now);
  if (wait !== null) throw rateLimited(wait);
  if (!(await verifyPassword(account.password_hash, input.currentPassword))) {
    await audit(db, now, {
      userId: actor.userId,
      action: 'auth.password_change_failed',
      entity: 'user',
      entityId: actor.userId,
    });
    throw refusedPassword('currentPassword', 'klopt niet');
  }
  await attemptSucceeded(db, keys);
  if (input.newPassword === input.currentPassword) {
    throw refusedPassword('newPassword', 'moet anders zijn dan je huidige wachtwoord');
  }
  const problem = passwordProblem(input.newPassword, { email: account.email });
  if (problem) throw refusedPassword('newPassword', problem);
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, actor.userId, hash);
    await endSessionsOfUser(trx, actor.userId, input.token);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'auth.password_changed',
      entity: 'user',
      entityId: actor.userId,
    });
  });
}

export async function listOwnSessions(db: Db, actor: Actor, token: string | undefined, now: Date) {
  const current = token ? sessionIdOfToken(token) : null;
  const rows = await sessionsOfUser(db, actor.userId, now);
  return {
    sessions: rows.map((row) => ({
      id: sessionRefOf(row.id),
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      userAgent: row.user_agent,
      ip: row.ip,
      current: row.id === current,
    })),
  };
}

/** Ends one of the own sessions; returns whether it was the one of this request. */
export async function endOwnSession(
  db: Db,
  actor: Actor,
  ref: string,
  token: string | undefined,
  now: Date,
): Promise<boolean> {
  const rows = await sessionsOfUser(db, actor.userId, now);
  const row = rows.find((r) => sessionRefOf(r.id) === ref);
  if (!row) throw notFound('De sessie');
  await deleteSessionById(db, row.id);
  await audit(db, now, {
    userId: actor.userId,
    action: 'auth.session_ended',
    entity: 'user',
    entityId: actor.userId,
  });
  return token !== undefined && sessionIdOfToken(token) === row.id;
}

export async function endOtherSessions(db: Db, actor: Actor, token: string | undefined, now: Date) {
  const ended = await endSessionsOfUser(db, actor.userId, token);
  await audit(db, now, {
    userId: actor.userId,
    action: 'auth.sessions_ended',
    entity: 'user',
    entityId: actor.userId,
    details: { ended },
  });
  return { ended };
}
