import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

export function findAdminSchools(db: Db, schoolIds: string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('school as s')
    .innerJoin('bestuur as b', 'b.id', 's.bestuur_id')
    .select([
      's.id',
      's.name',
      's.brin',
      's.vestiging',
      's.schoolweging',
      'b.id as bestuur_id',
      'b.name as bestuur_name',
    ])
    .where('s.id', 'in', schoolIds)
    .orderBy('s.name')
    .execute();
}

export function findBesturen(db: Db, bestuurIds: string[]) {
  if (bestuurIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('bestuur')
    .select(['id', 'name'])
    .where('id', 'in', bestuurIds)
    .orderBy('name')
    .execute();
}

export async function insertSchool(db: Db, row: Insertable<DB['school']>): Promise<void> {
  await db.insertInto('school').values(row).execute();
}

export async function insertSchooljaar(db: Db, row: Insertable<DB['schooljaar']>): Promise<void> {
  await db.insertInto('schooljaar').values(row).execute();
}

export async function updateSchoolRow(
  db: Db,
  schoolId: string,
  set: Updateable<DB['school']>,
): Promise<void> {
  await db.updateTable('school').set(set).where('id', '=', schoolId).execute();
}

/** A school's groups in every schooljaar, without pupils. */
export function findGroupsOfSchool(db: Db, schoolId: string) {
  return db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select(['groep.id', 'groep.name', 'groep.jaargroep', 'sj.name as schooljaar'])
    .where('groep.school_id', '=', schoolId)
    .orderBy('sj.name', 'desc')
    .execute();
}
