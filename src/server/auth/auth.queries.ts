/** The SQL behind sessions, the login limit, MFA facts and loading the actor. */
import type { Insertable } from 'kysely';
import type { Db } from '../db/database';
import type { DB } from '../db/schema';

export async function insertSession(db: Db, row: Insertable<DB['session']>): Promise<void> {
  await db.insertInto('session').values(row).execute();
}

export function findSession(db: Db, id: string) {
  return db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findSessionsOfUser(db: Db, userId: string) {
  return db
    .selectFrom('session')
    .selectAll()
    .where('user_id', '=', userId)
    .where('stage', '=', 'active')
    .orderBy('created_at', 'desc')
    .execute();
}

export async function touchSession(db: Db, id: string, lastSeenAt: string): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
}

export async function deleteSessionById(db: Db, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

/** Ends the user's sessions, all of them or all but one. */
export async function deleteSessionsOfUser(db: Db, userId: string, except?: string): Promise<number> {
  let query = db.deleteFrom('session').where('user_id', '=', userId);
  if (except !== undefined) query = query.where('id', '!=', except);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('session').where('expires_at', '<=', now).execute();
}

/**
 * Takes one attempt from the key in one atomic statement: the row is created at one failure, or
 * counted up while the key is allowed (fewer failures than `free`, or the last failure at or before
 * the cutoff for that count; `cutoffAfter` past the last listed count). Parallel requests queue on
 * the row, so each sees the count the one before left: no attempt slips through. Returns whether the
 * attempt was granted.
 */
export async function takeThrottleAttempt(
  db: Db,
  key: string,
  now: string,
  free: number,
  cutoffs: readonly { failures: number; cutoff: string }[],
  cutoffAfter: string,
): Promise<boolean> {
  const row = await db
    .insertInto('login_throttle')
    .values({ key, failures: 1, last_at: now })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ failures: (eb) => eb('login_throttle.failures', '+', 1), last_at: now })
        .where((eb) => {
          const last = cutoffs.at(-1)?.failures ?? free;
          return eb.or([
            eb('login_throttle.failures', '<', free),
            ...cutoffs.map((c) =>
              eb.and([
                eb('login_throttle.failures', '=', c.failures),
                eb('login_throttle.last_at', '<=', c.cutoff),
              ]),
            ),
            eb.and([
              eb('login_throttle.failures', '>', last),
              eb('login_throttle.last_at', '<=', cutoffAfter),
            ]),
          ]);
        }),
    )
    .returning('failures')
    .executeTakeFirst();
  return row !== undefined;
}

export function findThrottle(db: Db, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

/** Gives back an attempt that turned out not to be a failure. */
export async function forgiveThrottleAttempt(db: Db, key: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute();
}

export async function deleteThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

export async function deleteThrottlesBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('last_at', '<', before).execute();
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

export function findMfaOfUser(db: Db, userId: string) {
  return db.selectFrom('user_mfa').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Whether any of these schools asks MFA of everyone. */
export async function anySchoolRequiresMfa(db: Db, schoolIds: string[]): Promise<boolean> {
  if (schoolIds.length === 0) return false;
  const row = await db
    .selectFrom('school_security')
    .select('school_id')
    .where('school_id', 'in', schoolIds)
    .where('mfa_everyone', '=', 1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Accepts a TOTP step once: only when it is later than the last accepted one. */
export async function claimTotpStep(db: Db, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('user_mfa')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is not', null)
    .where('last_step', '<', step)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Uses a recovery code once: the update only succeeds for an unused code. */
export async function claimRecoveryCode(db: Db, userId: string, codeHash: string, at: string) {
  const result = await db
    .updateTable('mfa_recovery_code')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
