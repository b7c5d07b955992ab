import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import {
  deleteSessionById,
  deleteSessionsOfUser,
  findSession,
  insertSession,
  touchSession,
} from './auth.queries';

export const SESSION_COOKIE = 'lw_session';
/** A school day with breaks; after that a new login. */
export const SESSION_IDLE_MS = 4 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Writing last_seen_at on every request would turn every read into a write. */
const TOUCH_INTERVAL_MS = 60 * 1000;

/** Only the hash is stored: a copy of the sessions table does not let anyone log in. */
function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: Db, userId: string, now: Date): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const iso = now.toISOString();
  await insertSession(db, {
    id: sessionIdOf(token),
    user_id: userId,
    created_at: iso,
    last_seen_at: iso,
    expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
  });
  return token;
}

/** The user id of a live session, or null. Expired sessions are removed on sight. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<string | null> {
  const id = sessionIdOf(token);
  const row = await findSession(db, id);
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.last_seen_at);
  if (Date.parse(row.expires_at) <= now.getTime() || idleSince > SESSION_IDLE_MS) {
    await deleteSessionById(db, id);
    return null;
  }
  if (idleSince > TOUCH_INTERVAL_MS) await touchSession(db, id, now.toISOString());
  return row.user_id;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await deleteSessionById(db, sessionIdOf(token));
}

/** Ends every open session of the user, say after a new password or when the account is disabled. */
export async function endSessionsOfUser(db: Db, userId: string): Promise<void> {
  await deleteSessionsOfUser(db, userId);
}
