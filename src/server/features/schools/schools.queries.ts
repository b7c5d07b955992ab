import type { Db } from '../../db/database';
import { groupInScope } from '../../auth/scope';
import type { Actor } from '../../auth/permissions';
import { fullName } from '../../../shared/names';

export function findSchools(db: Db, schoolIds: string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('school as s')
    .innerJoin('bestuur as b', 'b.id', 's.bestuur_id')
    .select(['s.id', 's.name', 's.brin', 's.vestiging', 's.schoolweging', 'b.name as bestuur_name'])
    .where('s.id', 'in', schoolIds)
    .orderBy('s.name')
    .execute();
}

export function findSchooljaarNames(db: Db, schoolId: string) {
  return db
    .selectFrom('schooljaar')
    .select(['name', 'start_date', 'end_date'])
    .where('school_id', '=', schoolId)
    .orderBy('name', 'desc')
    .execute();
}

export async function findGroupsInScope(db: Db, actor: Actor, schoolId: string, schooljaar: string) {
  const groups = await db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select([
      'groep.id',
      'groep.name',
      'groep.jaargroep',
      'groep.kind',
      'sj.name as schooljaar',
      (eb) =>
        eb
          .selectFrom('plaatsing as p')
          .select((e) => e.cast<number>(e.fn.countAll(), 'integer').as('n'))
          .whereRef('p.groep_id', '=', 'groep.id')
          .where('p.end_date', 'is', null)
          .as('pupil_count'),
    ])
    .where('groep.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where(groupInScope(actor))
    .execute();
  const ids = groups.map((g) => g.id);
  const teachers =
    ids.length === 0
      ? []
      : await db
          .selectFrom('groep_leerkracht as gl')
          .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
          .select(['gl.groep_id', 'm.roepnaam', 'm.voorvoegsel', 'm.achternaam'])
          .where('gl.groep_id', 'in', ids)
          .orderBy('m.achternaam')
          .execute();
  return groups
    .map((g) => ({
      ...g,
      pupil_count: g.pupil_count ?? 0,
      teachers: teachers.filter((t) => t.groep_id === g.id).map((t) => fullName(t)),
    }))
    .sort(compareGroups);
}

/** "Groep 1/2" before "Groep 3" before "Groep 10": the order a school lists its groups. */
function compareGroups(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'nl', { numeric: true });
}
