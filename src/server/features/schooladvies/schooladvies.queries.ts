import type { Insertable, Updateable } from 'kysely';
import type { Actor } from '../../auth/permissions';
import { groupInScope } from '../../auth/scope';
import { insertChunked } from '../../db/bulk';
import type { Db } from '../../db/database';
import type { SchooladviesTable, VoTerugkoppelingTable } from '../../db/schema';

/**
 * The pupils placed in groep 8 of the school in this schooljaar, in groups the actor may see (a
 * leerkracht: own groups; IB and schoolleider: all). A pupil placed in two groep-8 groups that year
 * comes twice; the service keeps the latest placement.
 */
export function findGroep8Pupils(db: Db, actor: Actor, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('groep', 'groep.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .innerJoin('leerling as l', 'l.id', 'p.leerling_id')
    .select([
      'l.id',
      'l.roepnaam',
      'l.voorvoegsel',
      'l.achternaam',
      'groep.name as group_name',
      'p.start_date',
      'p.end_date',
      'sj.end_date as year_end',
    ])
    .where('groep.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('p.jaargroep', '=', '8')
    .where(groupInScope(actor))
    .execute();
}

/** Whether the pupil was placed in groep 8 at the school in this schooljaar. */
export async function wasInGroep8(db: Db, pupilId: string, schoolId: string, schooljaar: string) {
  const row = await db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select('p.id')
    .where('p.leerling_id', '=', pupilId)
    .where('g.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('p.jaargroep', '=', '8')
    .executeTakeFirst();
  return row !== undefined;
}

export function findAdviezen(db: Db, schoolId: string, schooljaar: string, pupilIds: readonly string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('schooladvies')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .where('leerling_id', 'in', [...pupilIds])
    .execute();
}

export function findAdvies(db: Db, pupilId: string, schooljaar: string) {
  return db
    .selectFrom('schooladvies')
    .selectAll()
    .where('leerling_id', '=', pupilId)
    .where('schooljaar', '=', schooljaar)
    .executeTakeFirst();
}

export async function insertAdvies(trx: Db, row: Insertable<SchooladviesTable>) {
  await trx.insertInto('schooladvies').values(row).execute();
}

/** Updates the record if it still has the version the user saw; false when someone else was first. */
export async function updateAdvies(
  trx: Db,
  id: string,
  version: number,
  changes: Updateable<SchooladviesTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('schooladvies')
    .set(changes)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findVoPositions(db: Db, schoolId: string, pupilIds: readonly string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('vo_terugkoppeling')
    .select(['leerling_id', 'cohort', 'leerjaar', 'niveau', 'vo_school'])
    .where('school_id', '=', schoolId)
    .where('leerling_id', 'in', [...pupilIds])
    .execute();
}

/** Every advice record of these schools: the material of the cohort figures. */
export function findAdviezenOfSchools(db: Db, schoolIds: readonly string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('schooladvies')
    .select([
      'school_id',
      'leerling_id',
      'schooljaar',
      'definitief_advies',
      'toets_advies',
      'heroverweging',
      'heroverwogen_advies',
      'uitstroom_niveau',
    ])
    .where('school_id', 'in', [...schoolIds])
    .execute();
}

/** Every VO position reported back to these schools. */
export function findVoPositionsOfSchools(db: Db, schoolIds: readonly string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('vo_terugkoppeling')
    .select(['school_id', 'leerling_id', 'cohort', 'leerjaar', 'niveau'])
    .where('school_id', 'in', [...schoolIds])
    .execute();
}

/** The school's pupils as a VO file names them: by LAS number or ECK-iD, with their advice years. */
export function findPupilsForMatching(db: Db, schoolId: string) {
  return db
    .selectFrom('leerling')
    .select(['id', 'las_key', 'eckid', 'geboortedatum'])
    .where('school_id', '=', schoolId)
    .where('anonymised_at', 'is', null)
    .execute();
}

export function findAdviceYears(db: Db, schoolId: string) {
  return db
    .selectFrom('schooladvies')
    .select(['leerling_id', 'schooljaar'])
    .where('school_id', '=', schoolId)
    .execute();
}

/** Replaces the positions of these pupils and leerjaren with the new ones. */
export async function replaceVoPositions(trx: Db, rows: Insertable<VoTerugkoppelingTable>[]) {
  for (const row of rows) {
    await trx
      .deleteFrom('vo_terugkoppeling')
      .where('leerling_id', '=', row.leerling_id)
      .where('leerjaar', '=', row.leerjaar)
      .execute();
  }
  await insertChunked(trx, 'vo_terugkoppeling', rows);
}
