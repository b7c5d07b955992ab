/**
 * Where a group's plans follow on from. Within a schooljaar: the previous period of the same group.
 * For the first period of a year the previous period is last year's last one, in another group row
 * (a group exists per schooljaar): the group most of this group's pupils came from, so "Groep 6"
 * continues the plans its pupils had in "Groep 5".
 */
import { shiftSchooljaar } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import type { Periode } from '../periods/periods';
import { findLastPeriod, findOriginGroups } from './cycle.queries';

export interface Predecessor {
  groepId: string;
  periodeId: string;
  /** Set when the plans come from last year's group, for the screen to name it. */
  groupName: string | null;
}

/**
 * The predecessor of each of these groups of one school and schooljaar, for the period at `index` of
 * `periods`; a group without one is absent from the map.
 */
export async function predecessorsOf(
  db: Db,
  school: { schoolId: string; schooljaar: string },
  groupIds: readonly string[],
  periods: readonly Periode[],
  index: number,
): Promise<Map<string, Predecessor>> {
  const inYear = index > 0 ? periods[index - 1] : undefined;
  if (inYear)
    return new Map(groupIds.map((id) => [id, { groepId: id, periodeId: inYear.id, groupName: null }]));
  if (index < 0) return new Map();
  const lastYear = shiftSchooljaar(school.schooljaar, -1);
  // Last year's periods are only read: none configured means no plans were made in that year.
  const lastPeriod = await findLastPeriod(db, school.schoolId, lastYear);
  if (!lastPeriod) return new Map();
  const result = new Map<string, Predecessor>();
  for (const origin of await findOriginGroups(db, school.schoolId, lastYear, groupIds)) {
    if (!result.has(origin.for_id))
      result.set(origin.for_id, { groepId: origin.id, periodeId: lastPeriod.id, groupName: origin.name });
  }
  return result;
}

export async function predecessorOf(
  db: Db,
  group: { id: string; school_id: string; schooljaar: string },
  periods: readonly Periode[],
  index: number,
): Promise<Predecessor | null> {
  const found = await predecessorsOf(
    db,
    { schoolId: group.school_id, schooljaar: group.schooljaar },
    [group.id],
    periods,
    index,
  );
  return found.get(group.id) ?? null;
}
