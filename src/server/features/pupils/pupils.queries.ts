import type { Db } from '../../db/database';
import { pupilInScope } from '../../auth/scope';
import type { Actor } from '../../auth/permissions';
import type { NewObservatie } from '../../db/schema';

export function findPupilInScope(db: Db, actor: Actor, pupilId: string) {
  return db
    .selectFrom('leerling')
    .innerJoin('school as s', 's.id', 'leerling.school_id')
    .selectAll('leerling')
    .select('s.name as school_name')
    .where('leerling.id', '=', pupilId)
    .where(pupilInScope(actor))
    .executeTakeFirst();
}

export function findPlacementsOfPupil(db: Db, pupilId: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['g.id', 'g.name', 'sj.name as schooljaar', 'p.jaargroep', 'p.start_date', 'p.end_date'])
    .where('p.leerling_id', '=', pupilId)
    .orderBy('sj.name', 'desc')
    .orderBy('p.start_date', 'desc')
    .execute();
}

export function findResultsOfPupil(db: Db, pupilId: string) {
  return db
    .selectFrom('toetsresultaat as r')
    .innerJoin('toets as t', 't.id', 'r.toets_id')
    .select([
      'r.id',
      'r.schooljaar',
      'r.moment',
      'r.afnamedatum',
      'r.ruwe_score',
      'r.vaardigheidsscore',
      'r.niveau',
      'r.functioneringsniveau',
      'r.dle',
      't.id as toets_id',
      't.name as toets_name',
      't.vak',
      't.publisher',
      't.version',
      't.level_system',
    ])
    .where('r.leerling_id', '=', pupilId)
    .execute();
}

export function findObservationsOfPupil(db: Db, pupilId: string) {
  return db
    .selectFrom('observatie as o')
    .innerJoin('app_user as u', 'u.id', 'o.author_user_id')
    .select([
      'o.id',
      'o.schooljaar',
      'o.moment',
      'o.aspect',
      'o.waardering',
      'o.toelichting',
      'o.observed_on',
      'o.created_at',
      'u.name as author',
    ])
    .where('o.leerling_id', '=', pupilId)
    .orderBy('o.observed_on', 'desc')
    .orderBy('o.created_at', 'desc')
    .execute();
}

export async function insertObservation(db: Db, row: NewObservatie) {
  await db.insertInto('observatie').values(row).execute();
}

/** Since when the pupil has an ontwikkelingsperspectief; null removes the mark. */
export async function updateOppSince(db: Db, pupilId: string, since: string | null, at: string) {
  await db
    .updateTable('leerling')
    .set({ opp_since: since, updated_at: at })
    .where('id', '=', pupilId)
    .execute();
}
