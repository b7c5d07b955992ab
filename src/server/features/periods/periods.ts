/**
 * HGW periods of a school year. Until a school configures its own, every schooljaar has two halves:
 * August–January, closed by the M toetsen, and February–July, closed by the E toetsen.
 */
import { schooljaarBounds } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';

export async function periodsOf(db: Db, schoolId: string, schooljaar: string, now: Date) {
  const existing = await db
    .selectFrom('periode')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .orderBy('volgnummer')
    .execute();
  if (existing.length > 0) return existing;
  const { start, end } = schooljaarBounds(schooljaar);
  const endYear = Number(schooljaar.slice(5));
  const defaults = [
    {
      volgnummer: 1,
      name: 'Periode 1 (augustus–januari)',
      start_date: start,
      end_date: `${endYear}-01-31`,
      closing_kind: 'M' as const,
    },
    {
      volgnummer: 2,
      name: 'Periode 2 (februari–juli)',
      start_date: `${endYear}-02-01`,
      end_date: end,
      closing_kind: 'E' as const,
    },
  ];
  await db
    .insertInto('periode')
    .values(
      defaults.map((d) => ({
        ...d,
        id: newId(now.getTime()),
        school_id: schoolId,
        schooljaar,
        created_at: now.toISOString(),
      })),
    )
    // Two requests at once may both create the defaults: the second one simply finds them.
    .onConflict((oc) => oc.columns(['school_id', 'schooljaar', 'volgnummer']).doNothing())
    .execute();
  return db
    .selectFrom('periode')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .orderBy('volgnummer')
    .execute();
}

export type Periode = Awaited<ReturnType<typeof periodsOf>>[number];

/** The period that holds today, or the last one of the year when today is outside it. */
export function currentPeriod(periods: Periode[], now: Date): Periode | undefined {
  const today = now.toISOString().slice(0, 10);
  return periods.find((p) => p.start_date <= today && today <= p.end_date) ?? periods.at(-1);
}
