import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

/** The saved rows of a group in a period, with the name of who saved each last. */
export function findRows(db: Db, groupId: string, periodeId: string) {
  return db
    .selectFrom('groepsoverzicht_rij as r')
    .innerJoin('app_user as u', 'u.id', 'r.updated_by')
    .selectAll('r')
    .select('u.name as author')
    .where('r.groep_id', '=', groupId)
    .where('r.periode_id', '=', periodeId)
    .execute();
}

export async function insertRow(db: Db, row: Insertable<DB['groepsoverzicht_rij']>) {
  await db.insertInto('groepsoverzicht_rij').values(row).execute();
}

/** Saves over the row only if it is still at `version`; the number of rows changed (0 or 1). */
export async function updateRowAtVersion(
  db: Db,
  key: { groupId: string; periodeId: string; pupilId: string; version: number },
  values: Updateable<DB['groepsoverzicht_rij']>,
): Promise<number> {
  const result = await db
    .updateTable('groepsoverzicht_rij')
    .set(values)
    .where('groep_id', '=', key.groupId)
    .where('periode_id', '=', key.periodeId)
    .where('leerling_id', '=', key.pupilId)
    .where('version', '=', key.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function findClusterRows(db: Db, groupId: string, periodeId: string) {
  return db
    .selectFrom('cluster_indeling')
    .selectAll()
    .where('groep_id', '=', groupId)
    .where('periode_id', '=', periodeId)
    .execute();
}

/** One pupil's cluster for a vak in a period: the saved one is replaced. */
export async function upsertCluster(db: Db, row: Insertable<DB['cluster_indeling']>) {
  await db
    .insertInto('cluster_indeling')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['groep_id', 'periode_id', 'vak', 'leerling_id'])
        .doUpdateSet({ cluster: row.cluster, updated_by: row.updated_by, updated_at: row.updated_at }),
    )
    .execute();
}

/** The observations of these pupils with their explanation, newest first. */
export function findObservationsOfPupils(db: Db, pupilIds: string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('observatie')
    .select(['leerling_id', 'aspect', 'waardering', 'toelichting', 'observed_on'])
    .where('leerling_id', 'in', pupilIds)
    .orderBy('observed_on', 'desc')
    .execute();
}

/** The last period of a schooljaar of the school: where the first period of the next year follows on from. */
export function findLastPeriodOf(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('periode')
    .select(['id', 'name', 'schooljaar'])
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .orderBy('volgnummer', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * These pupils' rows of one period, in whatever group they were then (a pupil who moved up a year or
 * changed group keeps their needs), with who saved each; the latest saved first.
 */
export function findRowsOfPupilsInPeriod(db: Db, pupilIds: readonly string[], periodeId: string) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('groepsoverzicht_rij as r')
    .innerJoin('app_user as u', 'u.id', 'r.updated_by')
    .select([
      'r.leerling_id',
      'r.stimulerend',
      'r.belemmerend',
      'r.behoefte_pedagogisch',
      'r.behoefte_didactisch',
      'r.updated_at',
      'u.name as author',
    ])
    .where('r.leerling_id', 'in', [...pupilIds])
    .where('r.periode_id', '=', periodeId)
    .orderBy('r.updated_at', 'desc')
    .execute();
}
