import type { Db } from '../../db/database';

/** A pupil's identity replaced: no name, LAS key, ECK-iD, birth date or sex remain. */
export async function anonymiseLeerling(db: Db, pupilId: string, at: string): Promise<void> {
  await db
    .updateTable('leerling')
    .set({
      roepnaam: 'Leerling',
      voorvoegsel: null,
      // Unique within the school, as the LAS key must be, and says nothing about the child.
      achternaam: `(geanonimiseerd ${pupilId.slice(-6)})`,
      las_key: `anoniem-${pupilId}`,
      las_key_stable: 0,
      eckid: null,
      geboortedatum: null,
      geslacht: null,
      anonymised_at: at,
      updated_at: at,
    })
    .where('id', '=', pupilId)
    .execute();
}

export async function deleteLeerling(db: Db, pupilId: string): Promise<number> {
  const result = await db.deleteFrom('leerling').where('id', '=', pupilId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export function findLeerling(db: Db, pupilId: string) {
  return db.selectFrom('leerling').selectAll().where('id', '=', pupilId).executeTakeFirst();
}

/**
 * The pupils of the school who left: no open placement, and the day the last one ended. A pupil
 * without any placement has no leaving date and is left alone (a manual deletion is still possible).
 */
export async function findLeftPupils(
  db: Db,
  schoolId: string,
): Promise<{ id: string; left_on: string; anonymised_at: string | null }[]> {
  const rows = await db
    .selectFrom('leerling as l')
    .innerJoin('plaatsing as p', 'p.leerling_id', 'l.id')
    .select((eb) => [
      'l.id as id',
      'l.anonymised_at as anonymised_at',
      eb.fn.max('p.end_date').as('left_on'),
      eb.fn.count<number>('p.id').as('placements'),
      eb.fn.count<number>('p.end_date').as('ended'),
    ])
    .where('l.school_id', '=', schoolId)
    .groupBy(['l.id', 'l.anonymised_at'])
    .execute();
  return rows.flatMap((r) =>
    r.left_on !== null && Number(r.placements) === Number(r.ended)
      ? [{ id: r.id, left_on: r.left_on, anonymised_at: r.anonymised_at }]
      : [],
  );
}

export async function findSchoolName(db: Db, schoolId: string): Promise<string | undefined> {
  return (await db.selectFrom('school').select('name').where('id', '=', schoolId).executeTakeFirst())?.name;
}

export function findSchoolIds(db: Db) {
  return db.selectFrom('school').select(['id', 'name']).orderBy('name').execute();
}

export async function deleteAuditBefore(db: Db, schoolId: string, before: string): Promise<number> {
  const result = await db
    .deleteFrom('audit_log')
    .where('school_id', '=', schoolId)
    .where('at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countAuditBefore(db: Db, schoolId: string, before: string): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('school_id', '=', schoolId)
    .where('at', '<', before)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** When the last retention run (of any school) was, from its audit row. */
export async function findLastRetentionRun(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('at').as('at'))
    .where('action', '=', 'retention.run')
    .executeTakeFirst();
  return row?.at ?? null;
}

export function findRetentionPolicy(db: Db, schoolId: string) {
  return db
    .selectFrom('retention_policy')
    .select('settings')
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
}

export async function upsertRetentionPolicy(
  db: Db,
  row: { schoolId: string; settings: string; updatedBy: string; updatedAt: string },
): Promise<void> {
  const values = { settings: row.settings, updated_by: row.updatedBy, updated_at: row.updatedAt };
  await db
    .insertInto('retention_policy')
    .values({ school_id: row.schoolId, ...values })
    .onConflict((oc) => oc.column('school_id').doUpdateSet(values))
    .execute();
}
