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

/**
 * Per toets the earliest and latest schooljaar of its results: each a seek in the (toets, schooljaar)
 * index, so this costs the same however many results there are.
 */
export function findResultYearBoundsPerToets(db: Db) {
  return db
    .selectFrom('toets as t')
    .select((eb) => [
      eb
        .selectFrom('toetsresultaat as r')
        .select((e) => e.fn.min('r.schooljaar').as('y'))
        .whereRef('r.toets_id', '=', 't.id')
        .as('first'),
      eb
        .selectFrom('toetsresultaat as r')
        .select((e) => e.fn.max('r.schooljaar').as('y'))
        .whereRef('r.toets_id', '=', 't.id')
        .as('last'),
    ])
    .execute();
}

/** A list of values as a table of one column, for a join (`select ? union all select ?`). */
function valuesTable(db: Db, values: readonly string[]) {
  const rows = values.map((v) => db.selectNoFrom((eb) => eb.cast<string>(eb.val(v), 'text').as('v')));
  const [first, ...rest] = rows;
  if (!first) throw new Error('valuesTable needs at least one value');
  return rest.reduce((all, row) => all.unionAll(row), first);
}

/**
 * Which of these schooljaren hold a result of these schools at one of these moments (M5, E6 …). One
 * probe of at most one row per (schooljaar, toets, moment) in the (toets, schooljaar, moment) index,
 * in a scalar subquery so neither engine turns it into a join over every result of the bestuur: the
 * cost follows the catalog, not the number of results.
 */
export function findSchooljaarProbes(db: Db, schoolIds: string[], moments: string[], candidates: string[]) {
  if (schoolIds.length === 0 || moments.length === 0 || candidates.length === 0) return Promise.resolve([]);
  return db
    .selectFrom(valuesTable(db, candidates).as('y'))
    .innerJoin(valuesTable(db, moments).as('m'), (join) => join.onTrue())
    .innerJoin('toets as t', (join) => join.onTrue())
    .select((eb) => [
      'y.v as schooljaar',
      eb
        .selectFrom('toetsresultaat as r')
        .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
        .select('r.id')
        .whereRef('r.toets_id', '=', 't.id')
        .whereRef('r.schooljaar', '=', 'y.v')
        .whereRef('r.moment', '=', 'm.v')
        .where('l.school_id', 'in', schoolIds)
        .limit(1)
        .as('hit'),
    ])
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
