/** What a backup holds, read from a SQLite copy of it: the besturen, the schools, how many pupils. */
import type { Db } from '../db/database';

export function listBesturen(db: Db) {
  return db.selectFrom('bestuur').select('name').orderBy('name').execute();
}

export function listSchools(db: Db) {
  return db
    .selectFrom('school')
    .select(['brin', 'vestiging', 'name'])
    .orderBy('brin')
    .orderBy('vestiging')
    .execute();
}

export async function countPupils(db: Db): Promise<number> {
  const row = await db
    .selectFrom('leerling')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
