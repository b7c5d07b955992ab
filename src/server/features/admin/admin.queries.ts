import type { Db } from '../../db/database';

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

export function findAdminSchools(db: Db, schoolIds: string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('school as s')
    .innerJoin('bestuur as b', 'b.id', 's.bestuur_id')
    .select([
      's.id',
      's.name',
      's.brin',
      's.vestiging',
      's.schoolweging',
      'b.id as bestuur_id',
      'b.name as bestuur_name',
    ])
    .where('s.id', 'in', schoolIds)
    .orderBy('s.name')
    .execute();
}
