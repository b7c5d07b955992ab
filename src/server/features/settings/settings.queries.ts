import type { Db } from '../../db/database';

export function findSchoolSettings(db: Db, schoolId: string) {
  return db
    .selectFrom('school_setting')
    .select('settings')
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
}

export async function upsertSchoolSettings(
  db: Db,
  row: { schoolId: string; settings: string; updatedBy: string; updatedAt: string },
): Promise<void> {
  const values = { settings: row.settings, updated_by: row.updatedBy, updated_at: row.updatedAt };
  await db
    .insertInto('school_setting')
    .values({ school_id: row.schoolId, ...values })
    .onConflict((oc) => oc.column('school_id').doUpdateSet(values))
    .execute();
}

/** The stored engine settings of these schools (a school without a row has the defaults). */
export function findSettingsOfSchools(db: Db, schoolIds: string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('school_setting')
    .select(['school_id', 'settings'])
    .where('school_id', 'in', schoolIds)
    .execute();
}
