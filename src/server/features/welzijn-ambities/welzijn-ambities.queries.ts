import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

export function findWelzijnAmbitions(db: Db, schoolId: string, schooljaar: string) {
  return (
    db
      .selectFrom('welzijn_ambitie')
      .selectAll()
      .where('school_id', '=', schoolId)
      .where('schooljaar', '=', schooljaar)
      .execute()
      // Sorted here, not by the engine's collation: the same order on both.
      .then((rows) => rows.sort((a, b) => (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0)))
  );
}

export function findWelzijnAmbition(db: Db, id: string) {
  return db.selectFrom('welzijn_ambitie').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findWelzijnAmbitionOfKey(db: Db, schoolId: string, schooljaar: string, measure: string) {
  return db
    .selectFrom('welzijn_ambitie')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .where('measure', '=', measure)
    .executeTakeFirst();
}

export async function insertWelzijnAmbition(trx: Db, row: Insertable<DB['welzijn_ambitie']>) {
  await trx.insertInto('welzijn_ambitie').values(row).execute();
}

export async function updateWelzijnAmbition(
  trx: Db,
  id: string,
  values: {
    label: string | null;
    min_percent: number;
    version: number;
    updated_by: string;
    updated_at: string;
  },
) {
  await trx.updateTable('welzijn_ambitie').set(values).where('id', '=', id).execute();
}

export async function deleteWelzijnAmbition(trx: Db, id: string) {
  await trx.deleteFrom('welzijn_ambitie').where('id', '=', id).execute();
}
