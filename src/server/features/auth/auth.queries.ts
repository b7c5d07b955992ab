import type { Db } from '../../db/database';

export function findLoginUser(db: Db, email: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'password_hash', 'active'])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function setLastLogin(db: Db, userId: string, at: string): Promise<void> {
  await db.updateTable('app_user').set({ last_login_at: at }).where('id', '=', userId).execute();
}

export function findSchoolNames(db: Db, schoolIds: string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('school').select(['id', 'name']).where('id', 'in', schoolIds).execute();
}

export function findBestuurNames(db: Db, bestuurIds: string[]) {
  if (bestuurIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('bestuur').select(['id', 'name']).where('id', 'in', bestuurIds).execute();
}
