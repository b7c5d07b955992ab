/**
 * HGW periods of a school year. Until a school configures its own, every schooljaar has two halves:
 * August–January, closed by the M toetsen, and February–July, closed by the E toetsen.
 */
import { schooljaarBounds } from '../../../domain/schooljaar';
import type { Actor, Permission } from '../../auth/permissions';
import { requireGroup } from '../../auth/access';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput } from '../../errors';
import { findPeriodsOf, insertPeriodsIfMissing } from './periods.queries';

export async function periodsOf(db: Db, schoolId: string, schooljaar: string, now: Date) {
  const existing = await findPeriodsOf(db, schoolId, schooljaar);
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
  await insertPeriodsIfMissing(
    db,
    defaults.map((d) => ({
      ...d,
      id: newId(now.getTime()),
      school_id: schoolId,
      schooljaar,
      created_at: now.toISOString(),
    })),
  );
  return findPeriodsOf(db, schoolId, schooljaar);
}

export type Periode = Awaited<ReturnType<typeof periodsOf>>[number];

/** The period that holds today, or the last one of the year when today is outside it. */
export function currentPeriod(periods: Periode[], now: Date): Periode | undefined {
  const today = now.toISOString().slice(0, 10);
  return periods.find((p) => p.start_date <= today && today <= p.end_date) ?? periods.at(-1);
}

/**
 * A group the actor may see, with the periods of its schooljaar and the chosen one (today's when none is
 * named). A period of another schooljaar or school is bad input on `field`, not "not found": the group
 * is visible, the choice is wrong.
 */
export async function requireGroupPeriod(
  db: Db,
  actor: Actor,
  groupId: string,
  periodeId: string | undefined,
  now: Date,
  options: { permission?: Permission; field?: string } = {},
) {
  const group = await requireGroup(db, actor, groupId, options.permission);
  const periods = await periodsOf(db, group.school_id, group.schooljaar, now);
  const periode = periodeId ? periods.find((p) => p.id === periodeId) : currentPeriod(periods, now);
  if (!periode)
    throw invalidInput('Deze periode hoort niet bij het schooljaar van de groep.', [
      { field: options.field ?? 'periode', message: 'onbekende periode' },
    ]);
  return { group, periods, periode, index: periods.indexOf(periode) };
}
