import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { ImportMappingTable } from '../../db/schema';

export function findMappingsOfSchool(db: Db, schoolId: string) {
  return db
    .selectFrom('import_mapping')
    .selectAll()
    .where('school_id', '=', schoolId)
    .orderBy('name')
    .execute();
}

/** A mapping of that name at any school, or at the given one. */
export function findMappingsByName(db: Db, name: string, schoolId: string | null) {
  const query = db.selectFrom('import_mapping').select(['school_id', 'config']).where('name', '=', name);
  return (schoolId ? query.where('school_id', '=', schoolId) : query).execute();
}

/** Saves a mapping under its name, replacing the school's earlier one of that name. */
export async function upsertMapping(trx: Db, row: Insertable<ImportMappingTable>) {
  await trx
    .insertInto('import_mapping')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['school_id', 'name']).doUpdateSet({ config: row.config, updated_at: row.updated_at }),
    )
    .execute();
}

/** Whether a mapping of that name was there to delete. */
export async function deleteMappingRow(db: Db, schoolId: string, name: string): Promise<boolean> {
  const result = await db
    .deleteFrom('import_mapping')
    .where('school_id', '=', schoolId)
    .where('name', '=', name)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
