/**
 * What the database already holds for one school and schooljaar, loaded in a few set-based queries so
 * the plan for an EDEXML file can be made in memory.
 */
import type { Db } from '../../db/database';

export async function loadSchoolState(db: Db, schoolId: string, schooljaarId: string | null) {
  const [pupils, staff, teacherUsers] = await Promise.all([
    db.selectFrom('leerling').selectAll().where('school_id', '=', schoolId).execute(),
    db.selectFrom('medewerker').selectAll().where('school_id', '=', schoolId).execute(),
    db
      .selectFrom('app_user as u')
      .innerJoin('role_assignment as ra', 'ra.user_id', 'u.id')
      .select(['u.id', 'u.email'])
      .where('ra.school_id', '=', schoolId)
      .where('ra.role', '=', 'leerkracht')
      .where('u.active', '=', 1)
      .execute(),
  ]);
  const groups = schooljaarId
    ? await db.selectFrom('groep').selectAll().where('schooljaar_id', '=', schooljaarId).execute()
    : [];
  const groupIds = groups.map((g) => g.id);
  const [placements, teacherLinks] =
    groupIds.length === 0
      ? [[], []]
      : await Promise.all([
          db.selectFrom('plaatsing').selectAll().where('groep_id', 'in', groupIds).execute(),
          db.selectFrom('groep_leerkracht').selectAll().where('groep_id', 'in', groupIds).execute(),
        ]);
  return { pupils, staff, teacherUsers, groups, placements, teacherLinks };
}

export type SchoolState = Awaited<ReturnType<typeof loadSchoolState>>;
