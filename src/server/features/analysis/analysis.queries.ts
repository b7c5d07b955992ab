import type { Db } from '../../db/database';

/** Every result of these pupils (of one vak, when given) with the toets facts the engine needs. */
export function findResultsWithToets(db: Db, pupilIds: string[], vak?: string) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  const query = db
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
    ])
    .where('r.leerling_id', 'in', pupilIds);
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
