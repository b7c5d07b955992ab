import type { Db } from '../../db/database';

/**
 * Results with the toets facts the engine needs (enrichResult's ResultInput and ToetsInput): the one
 * column list for every reader of results. A caller narrows it with `where` and may join more, such as
 * `leerling as l` for a school's results or an export's names.
 */
export function selectResultsWithToets(db: Db) {
  return db
    .selectFrom('toetsresultaat as r')
    .innerJoin('toets as t', 't.id', 'r.toets_id')
    .select([
      'r.id',
      'r.leerling_id',
      'r.toets_id',
      'r.schooljaar',
      'r.moment',
      'r.afnamedatum',
      'r.vaardigheidsscore',
      'r.niveau',
      'r.functioneringsniveau',
      'r.dle',
      't.name as toets_name',
      't.vak',
      't.scale_key',
      't.level_system',
    ]);
}

/** Every result of these pupils (of one vak, when given) with the toets facts the engine needs. */
export function findResultsWithToets(db: Db, pupilIds: string[], vak?: string) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  const query = selectResultsWithToets(db).where('r.leerling_id', 'in', pupilIds);
  return (vak ? query.where('t.vak', '=', vak) : query).execute();
}

/** The overrides in force (not ended) for these pupils, with the author's name. */
export function findActiveOverrides(db: Db, pupilIds: string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('instructie_override as o')
    .innerJoin('app_user as u', 'u.id', 'o.author_user_id')
    .select([
      'o.id',
      'o.leerling_id',
      'o.vak',
      'o.schooljaar',
      'o.moment',
      'o.instructie',
      'o.reason',
      'o.created_at',
      'u.name as author',
    ])
    .where('o.leerling_id', 'in', pupilIds)
    .where('o.ended_at', 'is', null)
    .execute();
}

export function findObservationRatings(db: Db, pupilIds: string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('observatie')
    .select(['leerling_id', 'aspect', 'waardering', 'observed_on'])
    .where('leerling_id', 'in', pupilIds)
    .execute();
}

export function findBestuurOfSchool(db: Db, schoolId: string) {
  return db.selectFrom('school').select('bestuur_id').where('id', '=', schoolId).executeTakeFirstOrThrow();
}

/**
 * Pairs of results of one pupil of the bestuur on a scale at two moments (the starters' growth), with
 * the start level as the LVS gave it. Written to start from the test and moment (index on toets_id,
 * moment), not from every pupil of the bestuur: the subqueries keep both engines' planners on that path.
 */
export function findStarterPairs(
  db: Db,
  bestuurId: string,
  key: { scaleKey: string; fromMoment: string; toMoment: string },
) {
  const scaleToetsen = db.selectFrom('toets').select('id').where('scale_key', '=', key.scaleKey);
  const bestuurSchools = db.selectFrom('school').select('id').where('bestuur_id', '=', bestuurId);
  return db
    .selectFrom('toetsresultaat as a')
    .innerJoin('toetsresultaat as b', 'b.leerling_id', 'a.leerling_id')
    .innerJoin('leerling as l', 'l.id', 'a.leerling_id')
    .select([
      'a.leerling_id',
      'a.toets_id',
      'a.niveau',
      'a.schooljaar as from_year',
      'b.schooljaar as to_year',
      'a.vaardigheidsscore as from_score',
      'b.vaardigheidsscore as to_score',
    ])
    .where('a.toets_id', 'in', scaleToetsen)
    .where('a.moment', '=', key.fromMoment)
    .where('b.toets_id', 'in', scaleToetsen)
    .where('b.moment', '=', key.toMoment)
    .where('l.school_id', 'in', bestuurSchools)
    .where('a.vaardigheidsscore', 'is not', null)
    .where('b.vaardigheidsscore', 'is not', null)
    .execute();
}
