/** The IB's page: where the cycle of every group of the school stands in one period. */
import { schooljaarOf } from '../../../domain/schooljaar';
import { wholeSchoolIds, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { forbidden, invalidInput, notFound } from '../../errors';
import { currentPeriod, periodsOf } from '../periods/periods';
import { groupCycle } from './cycle.service';

/** Every group of the school in one period: the IB's view of where each cycle stands. */
export async function getSchoolCycle(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: { schooljaar?: string | undefined; volgnummer?: number | undefined },
  now: Date,
) {
  if (!wholeSchoolIds(actor).includes(schoolId))
    // A leerkracht knows their own school exists; the overview of all its groups is not theirs to see.
    throw actor.rolesBySchool.has(schoolId) ? forbidden() : notFound('De school');
  const years = await db
    .selectFrom('schooljaar')
    .select('name')
    .where('school_id', '=', schoolId)
    .orderBy('name', 'desc')
    .execute();
  const today = schooljaarOf(now);
  const schooljaar = query.schooljaar ?? (years.some((y) => y.name === today) ? today : years[0]?.name);
  if (!schooljaar || !years.some((y) => y.name === schooljaar))
    throw invalidInput('Deze school heeft dat schooljaar niet.', [
      { field: 'schooljaar', message: 'onbekend schooljaar' },
    ]);
  const periods = await periodsOf(db, schoolId, schooljaar, now);
  const periode = query.volgnummer
    ? periods.find((p) => p.volgnummer === query.volgnummer)
    : currentPeriod(periods, now);
  if (!periode)
    throw invalidInput('Deze periode bestaat niet in dat schooljaar.', [
      { field: 'volgnummer', message: 'onbekende periode' },
    ]);
  const groups = await db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select(['groep.id', 'groep.name', 'groep.school_id', 'sj.name as schooljaar'])
    .where('groep.school_id', '=', schoolId)
    .where('sj.name', '=', schooljaar)
    .where('groep.kind', '=', 'stamgroep')
    .execute();
  groups.sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }));
  const cycles = [];
  for (const g of groups) cycles.push(await groupCycle(db, g, periods, periode));
  return {
    schooljaar,
    periode: { id: periode.id, name: periode.name, volgnummer: periode.volgnummer },
    periods: periods.map((p) => ({ id: p.id, name: p.name, volgnummer: p.volgnummer })),
    groups: cycles,
  };
}
