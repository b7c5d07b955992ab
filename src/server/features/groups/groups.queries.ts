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

/** Placements (`p`) with the pupil (`l`): what a list of a group's pupils shows. Narrow it with where. */
export function selectPlacedPupils(db: Db) {
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
    ]);
}

export function findPupilsOfGroup(db: Db, groupId: string) {
  return selectPlacedPupils(db).where('p.groep_id', '=', groupId).execute();
}
