import type { Db } from '../../db/database';
import type { Insertable } from 'kysely';
import type { DB } from '../../db/schema';

export function findPeriodsOf(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('periode')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .orderBy('volgnummer')
    .execute();
}

/** Two requests at once may both create the defaults: the second one simply finds them. */
export async function insertPeriodsIfMissing(db: Db, rows: Insertable<DB['periode']>[]) {
  await db
    .insertInto('periode')
    .values(rows)
    .onConflict((oc) => oc.columns(['school_id', 'schooljaar', 'volgnummer']).doNothing())
    .execute();
}
