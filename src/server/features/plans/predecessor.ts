/**
 * Where a group's plans follow on from. Within a schooljaar: the previous period of the same group.
 * For the first period of a year the previous period is last year's last one, in another group row
 * (a group exists per schooljaar): the group most of this group's pupils came from, so "Groep 6"
 * continues the plans its pupils had in "Groep 5".
 */
import { shiftSchooljaar } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import type { Periode } from '../periods/periods';

export interface Predecessor {
  groepId: string;
  periodeId: string;
  /** Set when the plans come from last year's group, for the screen to name it. */
  groupName: string | null;
}

export async function predecessorOf(
  db: Db,
  group: { id: string; school_id: string; schooljaar: string },
  periods: readonly Periode[],
  index: number,
): Promise<Predecessor | null> {
  const inYear = index > 0 ? periods[index - 1] : undefined;
  if (inYear) return { groepId: group.id, periodeId: inYear.id, groupName: null };
  if (index < 0) return null;
  const lastYear = shiftSchooljaar(group.schooljaar, -1);
  // Last year's periods are only read: none configured means no plans were made in that year.
  const lastPeriod = await db
    .selectFrom('periode')
    .select('id')
    .where('school_id', '=', group.school_id)
    .where('schooljaar', '=', lastYear)
    .orderBy('volgnummer', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!lastPeriod) return null;
  const origin = await db
    .selectFrom('plaatsing as earlier')
    .innerJoin('groep as g', 'g.id', 'earlier.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['g.id', 'g.name', (eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n')])
    .where('sj.school_id', '=', group.school_id)
    .where('sj.name', '=', lastYear)
    .where('earlier.leerling_id', 'in', (eb) =>
      eb.selectFrom('plaatsing as now').select('now.leerling_id').where('now.groep_id', '=', group.id),
    )
    .groupBy(['g.id', 'g.name'])
    .orderBy('n', 'desc')
    .orderBy('g.name')
    .limit(1)
    .executeTakeFirst();
  if (!origin) return null;
  return { groepId: origin.id, periodeId: lastPeriod.id, groupName: origin.name };
}
