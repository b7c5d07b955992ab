import { schooljaarOf } from '../../../domain/schooljaar';
import { permissionsAtSchool, schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { findGroupsInScope, findSchooljaarNames, findSchools } from './schools.queries';

function present(actor: Actor, s: Awaited<ReturnType<typeof findSchools>>[number]) {
  return {
    id: s.id,
    name: s.name,
    brin: s.brin,
    vestiging: s.vestiging,
    bestuurName: s.bestuur_name,
    abilities: permissionsAtSchool(actor, s.id),
  };
}

export async function listSchools(db: Db, actor: Actor) {
  const schools = await findSchools(db, schoolsWhere(actor, 'school.read'));
  return { schools: schools.map((s) => present(actor, s)) };
}

/** The school if the actor may read it; otherwise the same "not found" as for a school that does not exist. */
async function schoolInScope(db: Db, actor: Actor, schoolId: string) {
  if (!schoolsWhere(actor, 'school.read').includes(schoolId)) throw notFound('De school');
  const [school] = await findSchools(db, [schoolId]);
  if (!school) throw notFound('De school');
  return school;
}

/** The schooljaar that holds today, else the latest one the school has. */
export function currentSchooljaar(names: string[], now: Date): string {
  const today = schooljaarOf(now);
  if (names.includes(today) || names.length === 0) return today;
  return [...names].sort().at(-1) ?? today;
}

export async function getSchool(db: Db, actor: Actor, schoolId: string, now: Date) {
  const school = await schoolInScope(db, actor, schoolId);
  const jaren = await findSchooljaarNames(db, schoolId);
  const current = currentSchooljaar(
    jaren.map((j) => j.name),
    now,
  );
  return {
    school: { ...present(actor, school), schoolweging: school.schoolweging },
    schooljaren: jaren.map((j) => ({ name: j.name, current: j.name === current })),
  };
}

export async function listGroups(
  db: Db,
  actor: Actor,
  schoolId: string,
  schooljaar: string | undefined,
  now: Date,
) {
  await schoolInScope(db, actor, schoolId);
  const year =
    schooljaar ??
    currentSchooljaar(
      (await findSchooljaarNames(db, schoolId)).map((j) => j.name),
      now,
    );
  const groups = await findGroupsInScope(db, actor, schoolId, year);
  return {
    schooljaar: year,
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      jaargroep: g.jaargroep,
      kind: g.kind,
      schooljaar: g.schooljaar,
      pupilCount: g.pupil_count,
      teachers: g.teachers,
    })),
  };
}
