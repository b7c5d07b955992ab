import type { z } from 'zod';
import { currentSchooljaar } from '../../../domain/schooljaar';
import { abilitiesAt, requireAtSchool, schoolsWith } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { findGroupsInScope, findSchooljaarNames, findSchools } from './schools.queries';
import type { GroupsQuery } from './schools.schema';

function present(actor: Actor, s: Awaited<ReturnType<typeof findSchools>>[number]) {
  return {
    id: s.id,
    name: s.name,
    brin: s.brin,
    vestiging: s.vestiging,
    bestuurName: s.bestuur_name,
    abilities: abilitiesAt(actor, s.id),
  };
}

export async function listSchools(db: Db, actor: Actor) {
  const schools = await findSchools(db, schoolsWith(actor, 'school.read'));
  return { schools: schools.map((s) => present(actor, s)) };
}

async function loadSchool(db: Db, schoolId: string) {
  const [school] = await findSchools(db, [schoolId]);
  if (!school) throw notFound('De school');
  return school;
}

export async function getSchool(db: Db, actor: Actor, schoolId: string, now: Date) {
  requireAtSchool(actor, schoolId, 'school.read');
  const school = await loadSchool(db, schoolId);
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
  query: z.infer<typeof GroupsQuery>,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'group.read');
  await loadSchool(db, schoolId);
  const year =
    query.schooljaar ??
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
