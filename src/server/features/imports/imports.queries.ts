import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { ImportBatchTable } from '../../db/schema';

/** A school by BRIN and vestiging; without a vestiging, the school that has none. */
export function findSchoolByBrin(db: Db, brin: string, vestiging: string | null) {
  const query = db.selectFrom('school').select(['id', 'name', 'bestuur_id']).where('brin', '=', brin);
  return (
    vestiging ? query.where('vestiging', '=', vestiging) : query.where('vestiging', 'is', null)
  ).executeTakeFirst();
}

export function findSchoolBrin(db: Db, schoolId: string) {
  return db.selectFrom('school').select(['brin', 'vestiging']).where('id', '=', schoolId).executeTakeFirst();
}

export async function insertImportBatch(trx: Db, row: Insertable<ImportBatchTable>) {
  await trx.insertInto('import_batch').values(row).execute();
}
