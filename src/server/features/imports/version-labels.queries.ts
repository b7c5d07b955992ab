/** The version labels a school has told Leerwinst how to read. */
import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { ImportVersieKeuzeTable } from '../../db/schema';

export function findVersionChoices(db: Db, schoolId: string) {
  return db
    .selectFrom('import_versie_keuze')
    .select(['toets_label', 'versie_label', 'instrument_code'])
    .where('school_id', '=', schoolId)
    .orderBy('updated_at')
    .execute();
}

/** Saves the choices, each replacing the school's earlier choice for the same label. */
export async function upsertVersionChoices(trx: Db, rows: Insertable<ImportVersieKeuzeTable>[]) {
  for (const row of rows) {
    await trx
      .insertInto('import_versie_keuze')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['school_id', 'toets_label', 'versie_label']).doUpdateSet({
          instrument_code: row.instrument_code,
          created_by: row.created_by,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }
}
