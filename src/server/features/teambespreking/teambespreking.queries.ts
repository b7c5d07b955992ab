import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

/** One teambespreking with the name of who saved it last. */
export function findTeambespreking(db: Db, id: string) {
  return db
    .selectFrom('teambespreking as t')
    .innerJoin('app_user as u', 'u.id', 't.updated_by')
    .selectAll('t')
    .select('u.name as updated_by_name')
    .where('t.id', '=', id)
    .executeTakeFirst();
}

/** The school's teambesprekingen, newest first, without their snapshots. */
export function findTeambesprekingenOfSchool(db: Db, schoolId: string) {
  return db
    .selectFrom('teambespreking as t')
    .innerJoin('app_user as u', 'u.id', 't.updated_by')
    .select(['t.id', 't.schooljaar', 't.moment', 't.held_on', 't.updated_at', 'u.name'])
    .where('t.school_id', '=', schoolId)
    .orderBy('t.held_on', 'desc')
    .execute();
}

export async function insertTeambespreking(trx: Db, row: Insertable<DB['teambespreking']>) {
  await trx.insertInto('teambespreking').values(row).execute();
}

/** Saves only at the version the caller read; false when someone else saved first. */
export async function updateTeambesprekingAtVersion(
  trx: Db,
  id: string,
  version: number,
  values: Updateable<DB['teambespreking']>,
): Promise<boolean> {
  const result = await trx
    .updateTable('teambespreking')
    .set(values)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
