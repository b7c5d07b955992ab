/**
 * The facts behind the HGW cycle, read for a set of groups in one period at once: the school
 * overview asks for every group of the school, a group page for one.
 */
import type { Db } from '../../db/database';

/** The pupils placed in these groups now (no end date), with the group they are in. */
export function findActivePupilsOfGroups(db: Db, groupIds: readonly string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('leerling as l', 'l.id', 'p.leerling_id')
    .select(['p.groep_id', 'l.id', 'l.roepnaam', 'l.voorvoegsel', 'l.achternaam', 'l.groep3_start'])
    .where('p.groep_id', 'in', [...groupIds])
    .where('p.end_date', 'is', null)
    .execute();
}

/** The steps marked done by hand in these groups in one period. */
export function findCycleMarks(db: Db, groupIds: readonly string[], periodeId: string) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cyclus_stap')
    .select(['groep_id', 'stap'])
    .where('groep_id', 'in', [...groupIds])
    .where('periode_id', '=', periodeId)
    .execute();
}

/** The plans of these groups in one period. */
export function findPlansOfGroups(db: Db, groupIds: readonly string[], periodeId: string) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('groepsplan')
    .select(['id', 'groep_id', 'vak', 'vorm', 'status', 'version', 'evaluation', 'content'])
    .where('groep_id', 'in', [...groupIds])
    .where('periode_id', '=', periodeId)
    .execute();
}

/** Takes a hand mark off a step, or puts it on with who and when. */
export async function setCycleMark(
  trx: Db,
  mark: { groepId: string; periodeId: string; stap: number },
  done: { id: string; userId: string; at: string } | null,
) {
  await trx
    .deleteFrom('cyclus_stap')
    .where('groep_id', '=', mark.groepId)
    .where('periode_id', '=', mark.periodeId)
    .where('stap', '=', mark.stap)
    .execute();
  if (done)
    await trx
      .insertInto('cyclus_stap')
      .values({
        id: done.id,
        groep_id: mark.groepId,
        periode_id: mark.periodeId,
        stap: mark.stap,
        done_by: done.userId,
        done_at: done.at,
      })
      .execute();
}

/** The stamgroepen of a school in one schooljaar (not the cross-year clusters). */
export function findStamgroepen(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select(['groep.id', 'groep.name', 'groep.school_id', 'sj.name as schooljaar'])
    .where('groep.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('groep.kind', '=', 'stamgroep')
    .execute();
}

/** The last period of a schooljaar, if the school had periods that year (they are only read here). */
export function findLastPeriod(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('periode')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .orderBy('volgnummer', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Per group, the groups of an earlier schooljaar its pupils were placed in, with how many placements
 * each: most first, then by name, so the caller takes the first row of each group.
 */
export function findOriginGroups(db: Db, schoolId: string, schooljaar: string, groupIds: readonly string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plaatsing as earlier')
    .innerJoin('groep as g', 'g.id', 'earlier.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('plaatsing')
          .select(['groep_id', 'leerling_id'])
          .where('groep_id', 'in', [...groupIds])
          .distinct()
          .as('now'),
      (join) => join.onRef('now.leerling_id', '=', 'earlier.leerling_id'),
    )
    .select([
      'now.groep_id as for_id',
      'g.id',
      'g.name',
      (eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'),
    ])
    .where('sj.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .groupBy(['now.groep_id', 'g.id', 'g.name'])
    .orderBy('now.groep_id')
    .orderBy('n', 'desc')
    .orderBy('g.name')
    .execute();
}
