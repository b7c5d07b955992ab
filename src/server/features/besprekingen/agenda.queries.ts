/** What the agenda of a bespreking and the jaarplanning read: plans, groups, pupils, staff. */
import type { Actor } from '../../auth/permissions';
import { groupInScope } from '../../auth/scope';
import type { Db } from '../../db/database';

export function findSchooljarenOfSchool(db: Db, schoolId: string) {
  return db
    .selectFrom('schooljaar')
    .select('name')
    .where('school_id', '=', schoolId)
    .orderBy('name')
    .execute();
}

/** The groups of a schooljaar the actor sees, in name order. */
export function findGroupsOfSchoolYear(db: Db, actor: Actor, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select(['groep.id', 'groep.name', 'groep.jaargroep'])
    .where('groep.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where(groupInScope(actor))
    .orderBy('groep.name')
    .execute();
}

export function findPeriode(db: Db, periodeId: string) {
  return db.selectFrom('periode').selectAll().where('id', '=', periodeId).executeTakeFirst();
}

export function findPlansOfGroupPeriod(db: Db, groepId: string, periodeId: string) {
  return db
    .selectFrom('groepsplan')
    .select(['id', 'vak', 'vorm', 'status', 'content', 'evaluation'])
    .where('groep_id', '=', groepId)
    .where('periode_id', '=', periodeId)
    .orderBy('vak')
    .execute();
}

/** The pupil's groepsoverzicht rows, the latest period first. */
export function findGroepsoverzichtRowsOfPupil(db: Db, pupilId: string) {
  return db
    .selectFrom('groepsoverzicht_rij as r')
    .innerJoin('periode as p', 'p.id', 'r.periode_id')
    .innerJoin('groep as g', 'g.id', 'r.groep_id')
    .select([
      'r.stimulerend',
      'r.belemmerend',
      'r.behoefte_pedagogisch',
      'r.behoefte_didactisch',
      'p.id as periode_id',
      'p.name as periode_name',
      'g.id as groep_id',
      'g.name as groep_name',
    ])
    .where('r.leerling_id', '=', pupilId)
    .orderBy('p.start_date', 'desc')
    .execute();
}

/** The accounts linked to the teachers of these groups. */
export function findTeacherAccounts(db: Db, groupIds: string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('groep_leerkracht as gl')
    .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
    .innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('gl.groep_id', 'in', groupIds)
    .where('u.active', '=', 1)
    .execute();
}

export function findPupil(db: Db, pupilId: string) {
  return db
    .selectFrom('leerling')
    .select(['id', 'school_id', 'roepnaam', 'voorvoegsel', 'achternaam', 'groep3_start'])
    .where('id', '=', pupilId)
    .executeTakeFirst();
}

/** Whether the pupil is (or was) placed in the group. */
export async function isPlacedInGroup(db: Db, pupilId: string, groepId: string): Promise<boolean> {
  const row = await db
    .selectFrom('plaatsing')
    .select('id')
    .where('leerling_id', '=', pupilId)
    .where('groep_id', '=', groepId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The pupils placed in a group of the schooljaar now, with that group. */
export function findCurrentPupilsOfSchool(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .innerJoin('leerling as l', 'l.id', 'p.leerling_id')
    .select([
      'l.id',
      'l.roepnaam',
      'l.voorvoegsel',
      'l.achternaam',
      'l.groep3_start',
      'g.id as groep_id',
      'g.name as groep_name',
    ])
    .where('g.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('g.kind', '=', 'stamgroep')
    .where('p.end_date', 'is', null)
    .execute();
}

/** Open afspraken about a pupil of the school whose deadline has passed. */
export function findOverdueAfsprakenOfSchool(db: Db, schoolId: string, today: string) {
  return db
    .selectFrom('afspraak')
    .select(['id', 'leerling_id', 'deadline'])
    .where('school_id', '=', schoolId)
    .where('status', '=', 'open')
    .where('leerling_id', 'is not', null)
    .where('deadline', '<', today)
    .orderBy('deadline')
    .execute();
}
