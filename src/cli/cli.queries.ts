/** The few lookups of the command line by name: a bestuur, the groups of a school's schooljaar. */
import type { Db } from '../server/db/database';

export function findBestuurByName(db: Db, name: string) {
  return db.selectFrom('bestuur').select('id').where('name', '=', name).executeTakeFirst();
}

/** Up to two besturen: enough to tell none, exactly one, or several. */
export function findFirstBesturen(db: Db) {
  return db.selectFrom('bestuur').select('id').limit(2).execute();
}

export async function insertBestuur(db: Db, id: string, name: string, now: Date) {
  await db
    .insertInto('bestuur')
    .values({ id, name, bestuursnummer: null, created_at: now.toISOString() })
    .execute();
}

/** The school's groups of that schooljaar among these names. */
export function findGroupsByName(db: Db, schoolId: string, schooljaar: string, names: string[]) {
  return db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select(['groep.id', 'groep.name'])
    .where('groep.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('groep.name', 'in', names)
    .execute();
}
