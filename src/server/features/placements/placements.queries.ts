import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

interface Key {
  vak: string;
  schooljaar: string;
  moment: string;
}

/** A placement of the pupil, in this schooljaar, in a group the user teaches. */
export function findTaughtPlacement(db: Db, userId: string, pupilId: string, schooljaar: string) {
  return db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .innerJoin('groep_leerkracht as gl', 'gl.groep_id', 'g.id')
    .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
    .select('p.id')
    .where('p.leerling_id', '=', pupilId)
    .where('sj.name', '=', schooljaar)
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
}

/** A result of the pupil for the vak at the moment: what an instruction group belongs to. */
export function findResultAt(db: Db, pupilId: string, key: Key) {
  return db
    .selectFrom('toetsresultaat as r')
    .innerJoin('toets as t', 't.id', 'r.toets_id')
    .select('r.id')
    .where('r.leerling_id', '=', pupilId)
    .where('t.vak', '=', key.vak)
    .where('r.schooljaar', '=', key.schooljaar)
    .where('r.moment', '=', key.moment)
    .executeTakeFirst();
}

/**
 * A result of any pupil of the school for the vak at the moment: the test was held then, so a pupil
 * who missed it can still be placed (with a reason) instead of dropping off the wall.
 */
export function findTestHeldAt(db: Db, schoolId: string, key: Key) {
  return db
    .selectFrom('toetsresultaat as r')
    .innerJoin('toets as t', 't.id', 'r.toets_id')
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .select('r.id')
    .where('l.school_id', '=', schoolId)
    .where('t.vak', '=', key.vak)
    .where('r.schooljaar', '=', key.schooljaar)
    .where('r.moment', '=', key.moment)
    .limit(1)
    .executeTakeFirst();
}

/** Closes the override in force for the key; the number closed (0 or 1). */
export async function endActiveOverride(
  db: Db,
  pupilId: string,
  key: Key,
  ended: { at: string; by: string },
): Promise<number> {
  const result = await db
    .updateTable('instructie_override')
    .set({ ended_at: ended.at, ended_by: ended.by })
    .where('leerling_id', '=', pupilId)
    .where('vak', '=', key.vak)
    .where('schooljaar', '=', key.schooljaar)
    .where('moment', '=', key.moment)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertOverride(db: Db, row: Insertable<DB['instructie_override']>) {
  await db.insertInto('instructie_override').values(row).execute();
}
