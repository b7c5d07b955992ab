import type { Db } from '../../db/database';
import { groupInScope } from '../../auth/scope';
import type { Actor } from '../../auth/permissions';

function groupWithSchool(db: Db, groupId: string) {
  return db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .innerJoin('school as s', 's.id', 'groep.school_id')
    .select([
      'groep.id',
      'groep.name',
      'groep.jaargroep',
      'groep.kind',
      'groep.school_id',
      'sj.name as schooljaar',
      's.name as school_name',
    ])
    .where('groep.id', '=', groupId);
}

export function findGroupInScope(db: Db, actor: Actor, groupId: string) {
  return groupWithSchool(db, groupId).where(groupInScope(actor)).executeTakeFirst();
}

/** Without a scope check: only for a caller that decides access itself (the groepsplan's overdracht). */
export function findGroupUnscoped(db: Db, groupId: string) {
  return groupWithSchool(db, groupId).executeTakeFirst();
}

export function findTeachersOfGroup(db: Db, groupId: string) {
  return db
    .selectFrom('groep_leerkracht as gl')
    .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
    .select(['m.roepnaam', 'm.voorvoegsel', 'm.achternaam'])
    .where('gl.groep_id', '=', groupId)
    .orderBy('m.achternaam')
    .execute();
}

export function findPupilsOfGroup(db: Db, groupId: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('leerling as l', 'l.id', 'p.leerling_id')
    .select([
      'l.id',
      'l.roepnaam',
      'l.voorvoegsel',
      'l.achternaam',
      'l.groep3_start',
      'l.opp_since',
      'p.jaargroep',
      'p.end_date',
    ])
    .where('p.groep_id', '=', groupId)
    .execute();
}

/** Every result of these pupils with its toets; the caller picks the latest per vak. */
export function findResultsOfPupils(db: Db, pupilIds: string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('toetsresultaat as r')
    .innerJoin('toets as t', 't.id', 'r.toets_id')
    .select([
      'r.leerling_id',
      'r.schooljaar',
      'r.moment',
      'r.afnamedatum',
      'r.niveau',
      'r.vaardigheidsscore',
      't.vak',
      't.name as toets_name',
    ])
    .where('r.leerling_id', 'in', pupilIds)
    .execute();
}
