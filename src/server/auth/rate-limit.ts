import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import { newId } from '../db/ids';
import {
  countLoginAttempts,
  deleteLoginAttemptsBefore,
  deleteLoginAttemptsOf,
  insertLoginAttempts,
} from './auth.queries';

/**
 * Failed logins are counted in the database, so several app instances share one limit. Keys are
 * hashed: the table holds no e-mail addresses.
 */
const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_ACCOUNT = 5;
const MAX_FAILURES_PER_ADDRESS = 30;

function keyOf(kind: 'account' | 'ip', value: string): string {
  return `${kind}:${createHash('sha256').update(value.toLowerCase()).digest('hex').slice(0, 32)}`;
}

export async function isLoginBlocked(db: Db, email: string, ip: string, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const rows = await countLoginAttempts(db, [keyOf('account', email), keyOf('ip', ip)], since);
  return rows.some((r) =>
    r.key.startsWith('account:') ? r.n >= MAX_FAILURES_PER_ACCOUNT : r.n >= MAX_FAILURES_PER_ADDRESS,
  );
}

export async function recordLoginFailure(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await insertLoginAttempts(db, [
    { id: newId(), key: keyOf('account', email), at },
    { id: newId(), key: keyOf('ip', ip), at },
  ]);
  // Old attempts are useless; removing them here keeps the table small without a scheduler.
  await deleteLoginAttemptsBefore(db, new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString());
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await deleteLoginAttemptsOf(db, keyOf('account', email));
}
