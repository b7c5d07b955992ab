import type { Db } from '../../db/database';
import { selectResultsWithToets } from '../analysis/analysis.queries';

export function findSchool(db: Db, schoolId: string) {
  return db.selectFrom('school').select(['id', 'name', 'brin']).where('id', '=', schoolId).executeTakeFirst();
}

/**
 * The school's results of one schooljaar with pupil and toets; the caller narrows them to the meetpunt
 * after enrichment, because a continuously normed test's date decides which meetpunt it belongs to.
 */
export function findSchoolResults(db: Db, schoolId: string, schooljaar: string) {
  return selectResultsWithToets(db)
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .select([
      'l.las_key',
      'l.roepnaam',
      'l.voorvoegsel',
      'l.achternaam',
      'l.groep3_start',
      't.version as toets_version',
    ])
    .where('l.school_id', '=', schoolId)
    .where('r.schooljaar', '=', schooljaar)
    .execute();
}

/** Every placement in the school's groups of a schooljaar: which group a result was taken in. */
export function findSchoolPlacements(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['p.leerling_id', 'p.jaargroep', 'p.start_date', 'p.end_date', 'g.name', 'sj.name as schooljaar'])
    .where('g.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .execute();
}

/** A pupil's results with everything the OSO toets record and the engine need. */
export function findPupilToetsResults(db: Db, pupilId: string) {
  return selectResultsWithToets(db)
    .select(['r.ruwe_score', 't.code as toets_code', 't.version as toets_version'])
    .where('r.leerling_id', '=', pupilId)
    .execute();
}
