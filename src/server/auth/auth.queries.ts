/** The SQL behind sessions, the login rate limit and loading the actor. */
import type { Insertable } from 'kysely';
import type { Db } from '../db/database';
import type { DB } from '../db/schema';

export async function insertSession(db: Db, row: Insertable<DB['session']>): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

export function findSession(db: Db, id: string) {
  return db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Db, id: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
}

export async function deleteSessionById(db: Db, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('session').where('user_id', '=', userId).execute();
}

/** Failed attempts per key since the given instant. */
export function countLoginAttempts(db: Db, keys: string[], since: string) {
  return db
    .selectFrom('login_attempt')
    .select(['key', (eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n')])
    .where('key', 'in', keys)
    .where('at', '>', since)
    .groupBy('key')
    .execute();
}

export async function insertLoginAttempts(db: Db, rows: Insertable<DB['login_attempt']>[]): Promise<void> {
  await db.insertInto('login_attempt').values(rows).execute();
}

export async function deleteLoginAttemptsBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('at', '<', before).execute();
}

export async function deleteLoginAttemptsOf(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_attempt').where('key', '=', key).execute();
}

export function findActiveUser(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'email'])
    .where('id', '=', userId)
    .where('active', '=', 1)
    .executeTakeFirst();
}

/** A user's roles; a bestuur-wide role comes once per school of the bestuur (bestuur_school_id). */
export function findRoleRows(db: Db, userId: string) {
  return db
    .selectFrom('role_assignment as ra')
    .leftJoin('school as s', 's.bestuur_id', 'ra.bestuur_id')
    .select(['ra.role', 'ra.school_id', 'ra.bestuur_id', 's.id as bestuur_school_id'])
    .where('ra.user_id', '=', userId)
    .execute();
}
