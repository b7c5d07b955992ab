/** The SQL of social-emotional scores as the pupil page, the groepsoverzicht and signalering read them. */
import type { Db } from '../../db/database';

const SCORE_COLUMNS = [
  'seo_score.leerling_id',
  'seo_score.instrument',
  'seo_score.versie',
  'seo_score.lijst',
  'seo_score.schaal',
  'seo_score.schooljaar',
  'seo_score.afnamedatum',
  'seo_score.ruwe_score',
  'seo_score.percentiel',
  'seo_score.band',
  'seo_score.signaal',
] as const;

/** Every score of these pupils, oldest first. */
export function findSeoScoresOfPupils(db: Db, pupilIds: readonly string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('seo_score')
    .select(SCORE_COLUMNS)
    .where('seo_score.leerling_id', 'in', [...pupilIds])
    .orderBy('seo_score.afnamedatum')
    .orderBy('seo_score.instrument')
    .orderBy('seo_score.lijst')
    .orderBy('seo_score.schaal')
    .execute();
}

/** The scores of one schooljaar of the pupils placed in a group (any time in its year). */
export function findSeoScoresOfGroup(db: Db, groupId: string, schooljaar: string) {
  return db
    .selectFrom('seo_score')
    .innerJoin('plaatsing as p', 'p.leerling_id', 'seo_score.leerling_id')
    .select(SCORE_COLUMNS)
    .where('p.groep_id', '=', groupId)
    .where('seo_score.schooljaar', '=', schooljaar)
    .orderBy('seo_score.afnamedatum')
    .execute();
}

/** Which instrument, list and scale a school has scores for: what its signal rules can be about. */
export function findSeoScalesOfSchool(db: Db, schoolId: string) {
  return db
    .selectFrom('seo_score')
    .select(['instrument', 'lijst', 'schaal'])
    .distinct()
    .where('school_id', '=', schoolId)
    .execute();
}
