import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB, Role } from '../../db/schema';

export function findAccount(db: Db, userId: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'email', 'password_hash', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

export function findAccountByEmail(db: Db, email: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'email', 'password_hash', 'active'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function setPasswordHash(db: Db, userId: string, hash: string): Promise<void> {
  await db.updateTable('app_user').set({ password_hash: hash }).where('id', '=', userId).execute();
}

// ---- one-time password links

/** A new link replaces the user's earlier unused ones. */
export async function replacePasswordLink(db: Db, row: Insertable<DB['password_link']>): Promise<void> {
  await db
    .deleteFrom('password_link')
    .where('user_id', '=', row.user_id)
    .where('used_at', 'is', null)
    .execute();
  await db.insertInto('password_link').values(row).execute();
}

export function findLiveLink(db: Db, tokenHash: string, now: string) {
  return db
    .selectFrom('password_link as l')
    .innerJoin('app_user as u', 'u.id', 'l.user_id')
    .select(['l.id', 'l.user_id', 'l.expires_at', 'u.email', 'u.active'])
    .where('l.token_hash', '=', tokenHash)
    .where('l.used_at', 'is', null)
    .where('l.expires_at', '>', now)
    .executeTakeFirst();
}

/** Marks the link used, once: of two parallel uses only one gets the row. */
export async function claimLink(db: Db, tokenHash: string, now: string) {
  return db
    .updateTable('password_link')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
}

// ---- MFA enrolment

export function findMfa(db: Db, userId: string) {
  return db.selectFrom('user_mfa').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** A new, unconfirmed secret; an earlier unconfirmed one is replaced. */
export async function upsertPendingMfa(db: Db, userId: string, secret: string, now: string) {
  await db
    .insertInto('user_mfa')
    .values({ user_id: userId, secret, created_at: now, confirmed_at: null, last_step: 0 })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret, created_at: now, confirmed_at: null, last_step: 0 })
        .where('user_mfa.confirmed_at', 'is', null),
    )
    .execute();
}

/** Confirms the pending secret with the step of the first code, once. */
export async function confirmMfa(db: Db, userId: string, step: number, now: string): Promise<boolean> {
  const result = await db
    .updateTable('user_mfa')
    .set({ confirmed_at: now, last_step: step })
    .where('user_id', '=', userId)
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMfa(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('mfa_recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_mfa').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(
  db: Db,
  userId: string,
  rows: Insertable<DB['mfa_recovery_code']>[],
): Promise<void> {
  await db.deleteFrom('mfa_recovery_code').where('user_id', '=', userId).execute();
  await db.insertInto('mfa_recovery_code').values(rows).execute();
}

export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const row = await db
    .selectFrom('mfa_recovery_code')
    .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return row?.n ?? 0;
}

// ---- invitations

export async function insertInvitation(db: Db, row: Insertable<DB['account_invitation']>): Promise<void> {
  await db.insertInto('account_invitation').values(row).execute();
}

export function findOpenInvitationsOf(db: Db, userId: string, now: string) {
  return db
    .selectFrom('account_invitation as i')
    .leftJoin('school as s', 's.id', 'i.school_id')
    .leftJoin('bestuur as b', 'b.id', 'i.bestuur_id')
    .select(['i.id', 'i.role', 'i.school_id', 'i.bestuur_id', 'i.created_at', 's.name as school_name'])
    .select('b.name as bestuur_name')
    .where('i.user_id', '=', userId)
    .where('i.status', '=', 'open')
    .where('i.expires_at', '>', now)
    .orderBy('i.created_at')
    .execute();
}

export function findOpenInvitation(db: Db, where: { id?: string; tokenHash?: string }, now: string) {
  let query = db
    .selectFrom('account_invitation as i')
    .innerJoin('app_user as u', 'u.id', 'i.user_id')
    .select(['i.id', 'i.user_id', 'i.role', 'i.school_id', 'i.bestuur_id', 'i.invited_by', 'i.expires_at'])
    .select(['u.email', 'u.active', 'u.password_hash'])
    .where('i.status', '=', 'open')
    .where('i.expires_at', '>', now);
  if (where.id !== undefined) query = query.where('i.id', '=', where.id);
  if (where.tokenHash !== undefined) query = query.where('i.token_hash', '=', where.tokenHash);
  return query.executeTakeFirst();
}

/** Closes an open invitation, once. */
export async function decideInvitation(
  db: Db,
  id: string,
  status: 'accepted' | 'declined',
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('account_invitation')
    .set({ status, decided_at: now, token_hash: null })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function roleExists(
  db: Db,
  row: { userId: string; role: Role; schoolId: string | null; bestuurId: string | null },
) {
  let query = db
    .selectFrom('role_assignment')
    .select('id')
    .where('user_id', '=', row.userId)
    .where('role', '=', row.role);
  query =
    row.schoolId === null
      ? query.where('school_id', 'is', null)
      : query.where('school_id', '=', row.schoolId);
  query =
    row.bestuurId === null
      ? query.where('bestuur_id', 'is', null)
      : query.where('bestuur_id', '=', row.bestuurId);
  return query.executeTakeFirst();
}

export async function insertRole(db: Db, row: Insertable<DB['role_assignment']>): Promise<void> {
  await db.insertInto('role_assignment').values(row).execute();
}
