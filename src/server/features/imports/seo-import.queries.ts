/** The SQL of the SEO import: the school's own lists, what is stored already, the writes. */
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { SeoEigenLijstTable, SeoScoreTable } from '../../db/schema';

export function findEigenLijsten(db: Db, schoolId: string) {
  return db
    .selectFrom('seo_eigen_lijst')
    .select(['code', 'name', 'scales'])
    .where('school_id', '=', schoolId)
    .orderBy('name')
    .execute();
}

/** The stored scores of these pupils for these instruments. */
export function findStoredSeo(db: Db, pupilIds: string[], instruments: string[]) {
  return db
    .selectFrom('seo_score')
    .select([
      'leerling_id',
      'instrument',
      'lijst',
      'schaal',
      'afnamedatum',
      'versie',
      'ruwe_score',
      'percentiel',
      'band',
      'signaal',
    ])
    .where('leerling_id', 'in', pupilIds)
    .where('instrument', 'in', instruments)
    .execute();
}
export type StoredSeo = Awaited<ReturnType<typeof findStoredSeo>>[number];

/**
 * Corrected values over the stored ones of the same pupil, instrument, list, scale and date; the row
 * keeps its id (and its school: the school that took the list), so its history stays linked.
 */
export async function replaceSeo(trx: Db, rows: Insertable<SeoScoreTable>[]) {
  await trx
    .insertInto('seo_score')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['leerling_id', 'instrument', 'lijst', 'schaal', 'afnamedatum']).doUpdateSet({
        versie: sql`excluded.versie`,
        ruwe_score: sql`excluded.ruwe_score`,
        percentiel: sql`excluded.percentiel`,
        band: sql`excluded.band`,
        signaal: sql`excluded.signaal`,
        import_id: sql`excluded.import_id`,
        updated_at: sql`excluded.updated_at`,
      }),
    )
    .execute();
}

export function findPupilNames(db: Db, ids: string[]) {
  return db
    .selectFrom('leerling')
    .select(['id', 'las_key', 'roepnaam', 'voorvoegsel', 'achternaam'])
    .where('id', 'in', ids)
    .execute();
}

export async function insertEigenLijst(trx: Db, row: Insertable<SeoEigenLijstTable>) {
  await trx.insertInto('seo_eigen_lijst').values(row).execute();
}
