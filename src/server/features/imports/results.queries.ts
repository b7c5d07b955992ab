/** The SQL of the results import: who the pupils are, what is stored already, and the writes. */
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { ToetsresultaatTable } from '../../db/schema';

/** The pupils of a school (or, without one, of every school) by their keys in the LAS. */
export function findPupilKeys(db: Db, schoolId: string | null) {
  const query = db.selectFrom('leerling').select(['id', 'las_key', 'eckid']);
  return (schoolId ? query.where('school_id', '=', schoolId) : query).execute();
}

/** Every placement's jaargroep with its schooljaar, oldest schooljaar first. */
export function findPlacementYears(db: Db, schoolId: string | null) {
  const query = db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['p.leerling_id', 'p.jaargroep', 'sj.name as schooljaar']);
  return (schoolId ? query.where('g.school_id', '=', schoolId) : query).orderBy('sj.name').execute();
}

/** The stored values of these pupils for these toetsen in these schooljaren. */
export function findStoredResults(db: Db, pupilIds: string[], toetsIds: string[], schooljaren: string[]) {
  return db
    .selectFrom('toetsresultaat')
    .select([
      'leerling_id',
      'toets_id',
      'schooljaar',
      'moment',
      'afnamedatum',
      'ruwe_score',
      'vaardigheidsscore',
      'niveau',
      'functioneringsniveau',
      'dle',
    ])
    .where('leerling_id', 'in', pupilIds)
    .where('toets_id', 'in', toetsIds)
    .where('schooljaar', 'in', schooljaren)
    .execute();
}

export type StoredResult = Awaited<ReturnType<typeof findStoredResults>>[number];

/**
 * Writes corrected values over the stored ones of the same pupil, toets, schooljaar and moment; the
 * row keeps its id, so its history in the audit log stays linked.
 */
export async function replaceResults(trx: Db, rows: Insertable<ToetsresultaatTable>[]) {
  await trx
    .insertInto('toetsresultaat')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['leerling_id', 'toets_id', 'schooljaar', 'moment']).doUpdateSet({
        afnamedatum: sql`excluded.afnamedatum`,
        ruwe_score: sql`excluded.ruwe_score`,
        vaardigheidsscore: sql`excluded.vaardigheidsscore`,
        niveau: sql`excluded.niveau`,
        functioneringsniveau: sql`excluded.functioneringsniveau`,
        dle: sql`excluded.dle`,
        import_id: sql`excluded.import_id`,
        updated_at: sql`excluded.updated_at`,
      }),
    )
    .execute();
}

export async function findSchoolOfPupil(db: Db, pupilId: string): Promise<string> {
  const row = await db
    .selectFrom('leerling')
    .select('school_id')
    .where('id', '=', pupilId)
    .executeTakeFirstOrThrow();
  return row.school_id;
}
