import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

/** Users holding at least one role within the given schools or besturen. */
export async function findUserIdsInScope(
  db: Db,
  schoolIds: string[],
  bestuurIds: string[],
): Promise<string[]> {
  if (schoolIds.length === 0 && bestuurIds.length === 0) return [];
  const rows = await db
    .selectFrom('role_assignment as ra')
    .leftJoin('school as s', 's.id', 'ra.school_id')
    .select('ra.user_id')
    .distinct()
    .where((eb) =>
      eb.or([
        ...(schoolIds.length > 0 ? [eb('ra.school_id', 'in', schoolIds)] : []),
        ...(bestuurIds.length > 0
          ? [eb('ra.bestuur_id', 'in', bestuurIds), eb('s.bestuur_id', 'in', bestuurIds)]
          : []),
      ]),
    )
    .execute();
  return rows.map((r) => r.user_id);
}

export function findUsers(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('app_user')
    .select(['id', 'name', 'email', 'active', 'last_login_at'])
    .where('id', 'in', userIds)
    .orderBy('name')
    .execute();
}

export function findAssignments(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_assignment as ra')
    .leftJoin('school as s', 's.id', 'ra.school_id')
    .leftJoin('bestuur as b', 'b.id', 'ra.bestuur_id')
    .select([
      'ra.id',
      'ra.user_id',
      'ra.role',
      'ra.school_id',
      'ra.bestuur_id',
      's.name as school_name',
      'b.name as bestuur_name',
    ])
    .where('ra.user_id', 'in', userIds)
    .orderBy('ra.created_at')
    .orderBy('ra.id')
    .execute();
}

export function findTeacherGroups(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('medewerker as m')
    .innerJoin('groep_leerkracht as gl', 'gl.medewerker_id', 'm.id')
    .innerJoin('groep as g', 'g.id', 'gl.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['m.user_id', 'g.id', 'g.name', 'g.school_id', 'sj.name as schooljaar'])
    .where('m.user_id', 'in', userIds)
    .orderBy('sj.name', 'desc')
    .orderBy('g.name')
    .execute();
}

/** Where each of the user's roles holds: a school, or a bestuur as a whole. */
export function findRoleScopesOfUser(db: Db, userId: string) {
  return db
    .selectFrom('role_assignment')
    .select(['school_id', 'bestuur_id'])
    .where('user_id', '=', userId)
    .execute();
}

export function findRoleOfUser(db: Db, userId: string, assignmentId: string) {
  return db
    .selectFrom('role_assignment')
    .select(['id', 'role', 'school_id', 'bestuur_id'])
    .where('id', '=', assignmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function schoolExists(db: Db, schoolId: string): Promise<boolean> {
  const row = await db.selectFrom('school').select('id').where('id', '=', schoolId).executeTakeFirst();
  return row !== undefined;
}

export async function bestuurExists(db: Db, bestuurId: string): Promise<boolean> {
  const row = await db.selectFrom('bestuur').select('id').where('id', '=', bestuurId).executeTakeFirst();
  return row !== undefined;
}

export function findUserName(db: Db, userId: string) {
  return db.selectFrom('app_user').select(['id', 'name']).where('id', '=', userId).executeTakeFirst();
}

export async function insertUser(db: Db, row: Insertable<DB['app_user']>): Promise<void> {
  await db.insertInto('app_user').values(row).execute();
}

export async function updateUserRow(db: Db, userId: string, set: Updateable<DB['app_user']>): Promise<void> {
  // An empty PATCH changes nothing; an UPDATE without SET is a syntax error on both engines.
  if (Object.keys(set).length === 0) return;
  await db.updateTable('app_user').set(set).where('id', '=', userId).execute();
}

export async function insertRoleAssignment(db: Db, row: Insertable<DB['role_assignment']>): Promise<void> {
  await db.insertInto('role_assignment').values(row).execute();
}

export async function deleteRoleAssignment(db: Db, assignmentId: string): Promise<void> {
  await db.deleteFrom('role_assignment').where('id', '=', assignmentId).execute();
}

/** The ids of a school's groups in one schooljaar. */
export async function findGroupIdsOfYear(db: Db, schoolId: string, schooljaar: string): Promise<string[]> {
  const rows = await db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select('groep.id')
    .where('groep.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .execute();
  return rows.map((r) => r.id);
}

export function findMedewerkerOfUser(db: Db, userId: string, schoolId: string) {
  return db
    .selectFrom('medewerker')
    .select('id')
    .where('user_id', '=', userId)
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
}

export async function insertMedewerker(db: Db, row: Insertable<DB['medewerker']>): Promise<void> {
  await db.insertInto('medewerker').values(row).execute();
}

/** Replaces the staff member's links among `yearGroupIds` (one schooljaar) by links to `groupIds`. */
export async function replaceGroupsOfMedewerker(
  db: Db,
  medewerkerId: string,
  yearGroupIds: string[],
  groupIds: string[],
): Promise<void> {
  if (yearGroupIds.length > 0) {
    await db
      .deleteFrom('groep_leerkracht')
      .where('medewerker_id', '=', medewerkerId)
      .where('groep_id', 'in', yearGroupIds)
      .execute();
  }
  if (groupIds.length > 0) {
    await db
      .insertInto('groep_leerkracht')
      .values(groupIds.map((groep_id) => ({ groep_id, medewerker_id: medewerkerId })))
      .execute();
  }
}
