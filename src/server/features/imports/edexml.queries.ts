/**
 * The SQL of the EDEXML import: what the database holds for one school and schooljaar, loaded in a few
 * set-based queries so the plan can be made in memory, and the statements that carry a plan out.
 */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type {
  GroepTable,
  LeerlingTable,
  MedewerkerTable,
  SchoolTable,
  SchooljaarTable,
} from '../../db/schema';

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

export function findSchooljaarId(db: Db, schoolId: string, name: string) {
  return db
    .selectFrom('schooljaar')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function insertSchool(trx: Db, row: Insertable<SchoolTable>) {
  await trx.insertInto('school').values(row).execute();
}

export async function insertSchooljaar(trx: Db, row: Insertable<SchooljaarTable>) {
  await trx.insertInto('schooljaar').values(row).execute();
}

export async function updateGroup(trx: Db, id: string, set: Updateable<GroepTable>) {
  await trx.updateTable('groep').set(set).where('id', '=', id).execute();
}

export async function updatePupil(trx: Db, id: string, set: Updateable<LeerlingTable>) {
  await trx.updateTable('leerling').set(set).where('id', '=', id).execute();
}

export async function updateStaff(trx: Db, id: string, set: Updateable<MedewerkerTable>) {
  await trx.updateTable('medewerker').set(set).where('id', '=', id).execute();
}

export async function endPlacement(trx: Db, id: string, endDate: string) {
  await trx.updateTable('plaatsing').set({ end_date: endDate }).where('id', '=', id).execute();
}

export async function setPlacementJaargroep(trx: Db, id: string, jaargroep: string) {
  await trx.updateTable('plaatsing').set({ jaargroep }).where('id', '=', id).execute();
}

/** Unlinks a staff member from every group of the schooljaar, before the file's links are written. */
export async function unlinkStaffFromYear(trx: Db, medewerkerId: string, schooljaarId: string) {
  await trx
    .deleteFrom('groep_leerkracht')
    .where('medewerker_id', '=', medewerkerId)
    .where('groep_id', 'in', trx.selectFrom('groep').select('id').where('schooljaar_id', '=', schooljaarId))
    .execute();
}
