import { resultTimeKey } from '../../../domain/moments';
import { fullName, sortName } from '../../../shared/names';
import { orderVakken } from '../../../shared/vakken';
import { abilitiesAt, requireGroup } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findResultsWithToets } from '../analysis/analysis.queries';
import type { GroupDetailResponse } from './groups.schema';
import { findPupilsOfGroup, findTeachersOfGroup } from './groups.queries';

type LatestByVak = GroupDetailResponse['pupils'][number]['latest'];
type ResultRow = Awaited<ReturnType<typeof findResultsWithToets>>[number];

/** Per pupil, per vak: the latest result (by date, else by moment). */
function latestPerPupil(results: ResultRow[]): Map<string, LatestByVak> {
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
  return latest;
}

export async function getGroup(db: Db, actor: Actor, groupId: string): Promise<GroupDetailResponse> {
  const group = await requireGroup(db, actor, groupId);
  const [teachers, pupils] = await Promise.all([
    findTeachersOfGroup(db, groupId),
    findPupilsOfGroup(db, groupId),
  ]);
  const results = await findResultsWithToets(
    db,
    pupils.map((p) => p.id),
  );
  const latest = latestPerPupil(results);
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
    vakken: orderVakken(results.map((r) => r.vak)),
    pupils: pupils
      .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl'))
      .map((p) => ({
        id: p.id,
        name: fullName(p),
        jaargroep: p.jaargroep,
        leftOn: p.end_date,
        latest: latest.get(p.id) ?? {},
      })),
    abilities: abilitiesAt(actor, group.school_id),
  };
}
