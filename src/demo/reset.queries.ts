/** The SQL of `leerwinst demo --reset`: what the database holds besides the demo, and emptying it. */
import { sql } from 'kysely';
import type { Db } from '../server/db/database';

export function findDemoMeta(db: Db) {
  return db.selectFrom('app_meta').select('value').where('key', '=', 'demo').executeTakeFirst();
}

export function findBesturen(db: Db) {
  return db.selectFrom('bestuur').select(['id', 'name', 'bestuursnummer']).execute();
}

/** Schools that hang under none of these besturen (cannot happen with the foreign key, but cheap). */
export function findSchoolsOutside(db: Db, bestuurIds: readonly string[]) {
  const query = db.selectFrom('school').select(['id', 'name']);
  return (bestuurIds.length > 0 ? query.where('bestuur_id', 'not in', [...bestuurIds]) : query).execute();
}

export function findAccountEmails(db: Db) {
  return db.selectFrom('app_user').select('email').execute();
}

/** Every row of a table. */
export async function deleteAllRows(db: Db, table: string): Promise<void> {
  await sql`delete from ${sql.table(table)}`.execute(db);
}

/** The mark of a loaded demo; the other app_meta rows (the results version) stay. */
export async function deleteDemoMeta(db: Db): Promise<void> {
  await db.deleteFrom('app_meta').where('key', '=', 'demo').execute();
}
