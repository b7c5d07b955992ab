import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

export function findStoredProviders(db: Db) {
  return db
    .selectFrom('sso_provider as p')
    .innerJoin('bestuur as b', 'b.id', 'p.bestuur_id')
    .selectAll('p')
    .select('b.name as bestuur_name')
    .execute();
}

export function findBesturenByNummer(db: Db, nummers: string[]) {
  if (nummers.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('bestuur')
    .select(['id', 'name', 'bestuursnummer'])
    .where('bestuursnummer', 'in', nummers)
    .execute();
}

export async function upsertProvider(db: Db, row: Insertable<DB['sso_provider']>): Promise<void> {
  const { id: _id, bestuur_id: _bestuur, ...update } = row;
  await db
    .insertInto('sso_provider')
    .values(row)
    .onConflict((oc) => oc.column('bestuur_id').doUpdateSet(update))
    .execute();
}

export async function deleteProviderOf(db: Db, bestuurId: string): Promise<number> {
  const result = await db.deleteFrom('sso_provider').where('bestuur_id', '=', bestuurId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function insertSsoLogin(db: Db, row: Insertable<DB['sso_login']>): Promise<void> {
  await db.insertInto('sso_login').values(row).execute();
}

export async function deleteExpiredSsoLogins(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sso_login').where('expires_at', '<=', now).execute();
}

/** Takes the login in progress for this state, once: a second callback with the same state finds nothing. */
export function claimSsoLogin(db: Db, stateHash: string) {
  return db.deleteFrom('sso_login').where('state_hash', '=', stateHash).returningAll().executeTakeFirst();
}

export function findIdentity(db: Db, issuer: string, subject: string) {
  return db
    .selectFrom('sso_identity')
    .select('user_id')
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function insertIdentity(db: Db, row: Insertable<DB['sso_identity']>): Promise<void> {
  await db.insertInto('sso_identity').values(row).execute();
}

export function findUserForSso(db: Db, where: { id?: string; email?: string }) {
  let query = db.selectFrom('app_user').select(['id', 'name', 'email', 'active']);
  if (where.id !== undefined) query = query.where('id', '=', where.id);
  if (where.email !== undefined) query = query.where('email', '=', where.email);
  return query.executeTakeFirst();
}

/** The bestuur of every role of the user: the role's own, or its school's. */
export async function findRoleBesturen(db: Db, userId: string): Promise<(string | null)[]> {
  const rows = await db
    .selectFrom('role_assignment as ra')
    .leftJoin('school as s', 's.id', 'ra.school_id')
    .select(['ra.bestuur_id', 's.bestuur_id as school_bestuur_id'])
    .where('ra.user_id', '=', userId)
    .execute();
  return rows.map((r) => r.bestuur_id ?? r.school_bestuur_id);
}

/** Staff records from the LAS (EDEXML) at the bestuur's schools with this address and no account yet. */
export function findUnlinkedStaff(db: Db, bestuurId: string, email: string) {
  return db
    .selectFrom('medewerker as m')
    .innerJoin('school as s', 's.id', 'm.school_id')
    .select(['m.id', 'm.school_id', 'm.roepnaam', 'm.voorvoegsel', 'm.achternaam'])
    .where('s.bestuur_id', '=', bestuurId)
    .where('m.user_id', 'is', null)
    .where('m.las_key', 'is not', null)
    .where((eb) => eb(eb.fn('lower', ['m.email']), '=', email))
    .orderBy('m.created_at')
    .execute();
}

export async function insertSsoUser(db: Db, row: Insertable<DB['app_user']>): Promise<void> {
  await db.insertInto('app_user').values(row).execute();
}

export async function insertSsoRole(db: Db, row: Insertable<DB['role_assignment']>): Promise<void> {
  await db.insertInto('role_assignment').values(row).execute();
}

export async function linkStaff(db: Db, medewerkerIds: string[], userId: string, now: string): Promise<void> {
  await db
    .updateTable('medewerker')
    .set({ user_id: userId, updated_at: now })
    .where('id', 'in', medewerkerIds)
    .where('user_id', 'is', null)
    .execute();
}
