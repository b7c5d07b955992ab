import { resultTimeKey } from '../../../domain/moments';
import { fullName, sortName } from '../../../shared/names';
import { VAKKEN } from '../../../shared/vakken';
import { audit } from '../../audit';
import { permissionsAtSchool, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import type { GroupDetailResponse } from './groups.schema';
import {
  findGroupInScope,
  findPupilsOfGroup,
  findResultsOfPupils,
  findTeachersOfGroup,
} from './groups.queries';

type LatestByVak = GroupDetailResponse['pupils'][number]['latest'];

export async function getGroup(
  db: Db,
  actor: Actor,
  groupId: string,
  now: Date,
): Promise<GroupDetailResponse> {
  const group = await findGroupInScope(db, actor, groupId);
  if (!group) throw notFound('De groep');
  const [teachers, pupils] = await Promise.all([
    findTeachersOfGroup(db, groupId),
    findPupilsOfGroup(db, groupId),
  ]);
  const results = await findResultsOfPupils(
    db,
    pupils.map((p) => p.id),
  );

  const latest = new Map<string, LatestByVak>();
  const latestKey = new Map<string, string>();
  for (const r of results) {
    const key = `${r.leerling_id}|${r.vak}`;
    const time = resultTimeKey(r);
    if ((latestKey.get(key) ?? '') >= time) continue;
    latestKey.set(key, time);
    const byVak = latest.get(r.leerling_id) ?? {};
    byVak[r.vak] = {
      toets: r.toets_name,
      schooljaar: r.schooljaar,
      moment: r.moment,
      niveau: r.niveau,
      vaardigheidsscore: r.vaardigheidsscore,
    };
    latest.set(r.leerling_id, byVak);
  }

  const seenVakken = new Set(results.map((r) => r.vak));
  await audit(db, now, {
    userId: actor.userId,
    action: 'group.read',
    entity: 'groep',
    entityId: group.id,
    schoolId: group.school_id,
    details: { pupils: pupils.length },
  });
  return {
    group: {
      id: group.id,
      name: group.name,
      jaargroep: group.jaargroep,
      kind: group.kind,
      schooljaar: group.schooljaar,
      school: { id: group.school_id, name: group.school_name },
      teachers: teachers.map((t) => fullName(t)),
    },
    vakken: [
      ...VAKKEN.filter((v) => seenVakken.has(v)),
      ...[...seenVakken].filter((v) => !VAKKEN.includes(v as never)).sort(),
    ],
    pupils: pupils
      .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl'))
      .map((p) => ({
        id: p.id,
        name: fullName(p),
        jaargroep: p.jaargroep,
        leftOn: p.end_date,
        latest: latest.get(p.id) ?? {},
      })),
    abilities: permissionsAtSchool(actor, group.school_id),
  };
}
