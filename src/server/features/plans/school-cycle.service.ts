/** The IB's page: where the cycle of every group of the school stands in one period. */
import type { z } from 'zod';
import { currentSchooljaar } from '../../../domain/schooljaar';
import { requireWholeSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { currentPeriod, periodsOf } from '../periods/periods';
import { findSchooljaarNames } from '../schools/schools.queries';
import { cyclesOf } from './cycle-facts';
import { findStamgroepen } from './cycle.queries';
import type { SchoolCycleQuery } from './plans.schema';

/**
 * Every stamgroep of the school in one period, read for all groups at once. A leerkracht knows their
 * own school exists (403); the overview of all its groups is not theirs to see.
 */
export async function getSchoolCycle(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof SchoolCycleQuery>,
  now: Date,
) {
  requireWholeSchool(actor, schoolId, 'pupil.read');
  const years = (await findSchooljaarNames(db, schoolId)).map((y) => y.name);
  const schooljaar = query.schooljaar ?? currentSchooljaar(years, now);
  if (!years.includes(schooljaar))
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
  const groups = await findStamgroepen(db, schoolId, schooljaar);
  groups.sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }));
  return {
    schooljaar,
    periode: { id: periode.id, name: periode.name, volgnummer: periode.volgnummer },
    periods: periods.map((p) => ({ id: p.id, name: p.name, volgnummer: p.volgnummer })),
    groups: await cyclesOf(db, groups, periods, periode),
  };
}
