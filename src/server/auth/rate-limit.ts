import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import { newId } from '../db/ids';

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
  const rows = await db
    .selectFrom('login_attempt')
    .select(['key', (eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n')])
    .where('key', 'in', [keyOf('account', email), keyOf('ip', ip)])
    .where('at', '>', since)
    .groupBy('key')
    .execute();
  return rows.some((r) =>
    r.key.startsWith('account:') ? r.n >= MAX_FAILURES_PER_ACCOUNT : r.n >= MAX_FAILURES_PER_ADDRESS,
  );
}

export async function recordLoginFailure(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('login_attempt')
    .values([
      { id: newId(), key: keyOf('account', email), at },
      { id: newId(), key: keyOf('ip', ip), at },
    ])
    .execute();
  // Old attempts are useless; removing them here keeps the table small without a scheduler.
  await db
    .deleteFrom('login_attempt')
    .where('at', '<', new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString())
    .execute();
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('key', '=', keyOf('account', email)).execute();
}
