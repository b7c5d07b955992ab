import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import type { SessionTable } from '../db/schema';
import {
  deleteExpiredSessions,
  deleteSessionById,
  deleteSessionsOfUser,
  findSession,
  findSessionsOfUser,
  insertSession,
  touchSession,
} from './auth.queries';

export const SESSION_COOKIE = 'lw_session';
/** A school day with breaks; after that a new login. */
export const SESSION_IDLE_MS = 4 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Between the password and the second step: five minutes to open the authenticator app. */
export const MFA_PENDING_MS = 5 * 60 * 1000;
/** Writing last_seen_at on every request would turn every read into a write. */
const TOUCH_INTERVAL_MS = 60 * 1000;
const USER_AGENT_MAX = 300;

export type SessionStage = SessionTable['stage'];

/** Only the hash is stored: a copy of the sessions table does not let anyone log in. */
function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The handle a user sees for one of their sessions, to end it by: derived from the stored id, so it
 * is stable, and one-way, so it is no use to anyone else.
 */
export function sessionRefOf(sessionId: string): string {
  return createHash('sha256').update(`ref:${sessionId}`).digest('base64url').slice(0, 22);
}

export interface SessionDevice {
  userAgent: string | null;
  ip: string | null;
}

export async function createSession(
  db: Db,
  userId: string,
  now: Date,
  device: SessionDevice = { userAgent: null, ip: null },
  stage: SessionStage = 'active',
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const iso = now.toISOString();
  const lifetime = stage === 'active' ? SESSION_ABSOLUTE_MS : MFA_PENDING_MS;
  await insertSession(db, {
    id: sessionIdOf(token),
    user_id: userId,
    created_at: iso,
    last_seen_at: iso,
    expires_at: new Date(now.getTime() + lifetime).toISOString(),
    stage,
    user_agent: device.userAgent?.slice(0, USER_AGENT_MAX) ?? null,
    ip: device.ip,
  });
  return token;
}

export interface LiveSession {
  id: string;
  userId: string;
  stage: SessionStage;
}

/** The live session of a token, or null. Expired sessions are removed on sight. */
export async function resolveSession(db: Db, token: string, now: Date): Promise<LiveSession | null> {
  const id = sessionIdOf(token);
  const row = await findSession(db, id);
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.last_seen_at);
  if (Date.parse(row.expires_at) <= now.getTime() || idleSince > SESSION_IDLE_MS) {
    await deleteSessionById(db, id);
    return null;
  }
  if (idleSince > TOUCH_INTERVAL_MS) await touchSession(db, id, now.toISOString());
  return { id, userId: row.user_id, stage: row.stage };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await deleteSessionById(db, sessionIdOf(token));
}

/** The stored id of a token, to compare with the rows of a user's sessions. */
export const sessionIdOfToken = sessionIdOf;

/** Ends every open session of the user (but `exceptToken`'s), say after a new password. */
export async function endSessionsOfUser(db: Db, userId: string, exceptToken?: string): Promise<number> {
  return deleteSessionsOfUser(db, userId, exceptToken === undefined ? undefined : sessionIdOf(exceptToken));
}

/** The user's logged-in sessions that are still alive, newest first. */
export async function sessionsOfUser(db: Db, userId: string, now: Date) {
  await deleteExpiredSessions(db, now.toISOString());
  const rows = await findSessionsOfUser(db, userId);
  return rows.filter((row) => now.getTime() - Date.parse(row.last_seen_at) <= SESSION_IDLE_MS);
}
