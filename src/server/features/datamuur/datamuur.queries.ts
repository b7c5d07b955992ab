import type { Db } from '../../db/database';
import { selectPlacedPupils } from '../groups/groups.queries';

/** The vakken of the toetsen these pupils have results on. */
export async function findVakkenOfPupils(db: Db, pupilIds: string[]): Promise<string[]> {
  if (pupilIds.length === 0) return [];
  // The pupils' toets ids come from the (leerling_id, toets_id, …) index alone, without reading rows;
  // one statement, so one round trip.
  const rows = await db
    .selectFrom('toets')
    .select('vak')
    .distinct()
    .where('id', 'in', (eb) =>
      eb.selectFrom('toetsresultaat').select('toets_id').where('leerling_id', 'in', pupilIds),
    )
    .execute();
  return rows.map((r) => r.vak);
}

/** The names of the school's schooljaren, newest first. */
export async function findSchooljaarNames(db: Db, schoolId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('schooljaar')
    .select('name')
    .where('school_id', '=', schoolId)
    .orderBy('name', 'desc')
    .execute();
  return rows.map((r) => r.name);
}

/** Every placement in a stamgroep of the school in that schooljaar and jaargroep, with the pupil. */
export function findJaargroepPlacements(db: Db, schoolId: string, schooljaar: string, jaargroep: string) {
  return selectPlacedPupils(db)
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select('g.name as group_name')
    .where('g.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('g.kind', '=', 'stamgroep')
    .where('p.jaargroep', '=', jaargroep)
    .execute();
}
