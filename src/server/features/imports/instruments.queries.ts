import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { ToetsTable } from '../../db/schema';

/** The school's own toetsen (its method tests, a local reading test), by name. */
export function findOwnToetsen(db: Db, schoolId: string) {
  return db.selectFrom('toets').selectAll().where('school_id', '=', schoolId).orderBy('name').execute();
}

export async function insertToets(trx: Db, row: Insertable<ToetsTable>) {
  await trx.insertInto('toets').values(row).execute();
}
