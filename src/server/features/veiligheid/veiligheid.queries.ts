import type { Db } from '../../db/database';

/**
 * The pupils' lists of these instruments at these schools, in one schooljaar or all of them. Reads by
 * school_id so one query serves one school or every school of a bestuur.
 */
export function findPupilLists(
  db: Db,
  schoolIds: readonly string[],
  instruments: readonly string[],
  schooljaar: string | null,
) {
  if (schoolIds.length === 0 || instruments.length === 0) return Promise.resolve([]);
  let query = db
    .selectFrom('seo_score')
    .select([
      'school_id',
      'leerling_id',
      'instrument',
      'schaal',
      'schooljaar',
      'afnamedatum',
      'band',
      'percentiel',
    ])
    .where('school_id', 'in', [...schoolIds])
    .where('lijst', '=', 'leerling')
    .where('instrument', 'in', [...instruments]);
  if (schooljaar !== null) query = query.where('schooljaar', '=', schooljaar);
  return query.orderBy('afnamedatum').execute();
}

/**
 * Every placement in a group of these schools in these schooljaren: who was in which jaargroep when.
 * One query for one year or for every year of a trend.
 */
export function findYearPlacements(db: Db, schoolIds: readonly string[], schooljaren: readonly string[]) {
  if (schoolIds.length === 0 || schooljaren.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select([
      'g.school_id',
      'sj.name as schooljaar',
      'p.leerling_id',
      'p.jaargroep',
      'p.start_date',
      'p.end_date',
    ])
    .where('g.school_id', 'in', [...schoolIds])
    .where('sj.name', 'in', [...schooljaren])
    .execute();
}

/** The schooljaren in which pupils of these schools filled in a list of these instruments, oldest first. */
export async function findListYears(db: Db, schoolIds: readonly string[], instruments: readonly string[]) {
  if (schoolIds.length === 0 || instruments.length === 0) return [];
  const rows = await db
    .selectFrom('seo_score')
    .select('schooljaar')
    .distinct()
    .where('school_id', 'in', [...schoolIds])
    .where('lijst', '=', 'leerling')
    .where('instrument', 'in', [...instruments])
    .execute();
  return rows.map((r) => r.schooljaar).sort();
}

/** The schooljaren a school has, and those in which its pupils filled in a list. */
export async function findMonitoringYears(db: Db, schoolId: string): Promise<string[]> {
  const own = await db.selectFrom('schooljaar').select('name').where('school_id', '=', schoolId).execute();
  const listed = await db
    .selectFrom('seo_score')
    .select('schooljaar')
    .distinct()
    .where('school_id', '=', schoolId)
    .where('lijst', '=', 'leerling')
    .execute();
  return [...new Set([...own.map((r) => r.name), ...listed.map((r) => r.schooljaar)])].sort();
}

export function findSchoolName(db: Db, schoolId: string) {
  return db.selectFrom('school').select('name').where('id', '=', schoolId).executeTakeFirst();
}
