import type { Db } from '../../db/database';
import { selectResultsWithToets } from '../analysis/analysis.queries';

/** The distinct (schooljaar, moment) pairs of the school's results: cheap, from the index. */
export function findSchoolMeetpuntPairs(db: Db, schoolId: string) {
  return db
    .selectFrom('toetsresultaat as r')
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .select(['r.schooljaar', 'r.moment'])
    .distinct()
    .where('l.school_id', '=', schoolId)
    .execute();
}

/** The schooljaren in which pupils of these schools have results at one of these moments (M5, E6 …). */
export function findSchooljarenWithResults(db: Db, schoolIds: string[], moments: string[]) {
  if (schoolIds.length === 0 || moments.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('toetsresultaat as r')
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .select('r.schooljaar')
    .distinct()
    .where('l.school_id', 'in', schoolIds)
    .where('r.moment', 'in', moments)
    .execute();
}

/** Which results of the school: every one, or those of some schooljaren and moments (and vakken). */
export interface ResultSelection {
  schooljaren?: string[];
  moments?: string[];
  vakken?: string[];
  /** Only these pupils (all their results): a group's view needs no other pupil's rows. */
  pupilIds?: string[];
}

/** The school's results with the toets facts the engine needs and the pupil's start in groep 3. */
export function findSchoolResultsWithToets(db: Db, schoolId: string, only?: ResultSelection) {
  return selectResultsOfSchools(db, [schoolId], only).execute();
}

/**
 * The results of several schools at once (a bestuur's view), each row with its pupil's school: one
 * query for every school rather than one per school.
 */
export function findResultsOfSchoolsWithToets(db: Db, schoolIds: string[], only?: ResultSelection) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return selectResultsOfSchools(db, schoolIds, only).select('l.school_id').execute();
}

function selectResultsOfSchools(db: Db, schoolIds: string[], only?: ResultSelection) {
  const [first] = schoolIds;
  let query = selectResultsWithToets(db)
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .select('l.groep3_start')
    // One school keeps the plain equality its own screens have always asked with.
    .where((eb) =>
      schoolIds.length === 1 && first !== undefined
        ? eb('l.school_id', '=', first)
        : eb('l.school_id', 'in', schoolIds),
    );
  if (only?.schooljaren) query = query.where('r.schooljaar', 'in', only.schooljaren);
  if (only?.moments) query = query.where('r.moment', 'in', only.moments);
  if (only?.vakken && only.vakken.length > 0) query = query.where('t.vak', 'in', only.vakken);
  if (only?.pupilIds) query = query.where('r.leerling_id', 'in', only.pupilIds);
  return query;
}
