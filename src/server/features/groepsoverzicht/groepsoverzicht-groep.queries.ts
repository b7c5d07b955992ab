import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

/** The group section of a group in a period, with the name of who saved it last. */
export function findGroupSection(db: Db, groupId: string, periodeId: string) {
  return db
    .selectFrom('groepsoverzicht_groep as g')
    .innerJoin('app_user as u', 'u.id', 'g.updated_by')
    .selectAll('g')
    .select('u.name as author')
    .where('g.groep_id', '=', groupId)
    .where('g.periode_id', '=', periodeId)
    .executeTakeFirst();
}

export async function insertGroupSection(db: Db, row: Insertable<DB['groepsoverzicht_groep']>) {
  await db.insertInto('groepsoverzicht_groep').values(row).execute();
}

/** Saves over the section only if it is still at `version`; the number of rows changed (0 or 1). */
export async function updateGroupSectionAtVersion(
  db: Db,
  key: { groupId: string; periodeId: string; version: number },
  values: Updateable<DB['groepsoverzicht_groep']>,
): Promise<number> {
  const result = await db
    .updateTable('groepsoverzicht_groep')
    .set(values)
    .where('groep_id', '=', key.groupId)
    .where('periode_id', '=', key.periodeId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The name of a group (last year's, to say where a carried section comes from). */
export function findPeriodName(db: Db, periodeId: string) {
  return db.selectFrom('periode').select('name').where('id', '=', periodeId).executeTakeFirst();
}
