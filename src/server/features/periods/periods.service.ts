import type { z } from 'zod';
import { validatePeriods } from '../../../domain/periods';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput } from '../../errors';
import { periodsOf, type Periode } from './periods';
import {
  deletePeriod,
  findSchooljaarOfSchool,
  insertPeriod,
  periodHoldsWork,
  updatePeriod,
} from './periods.queries';
import type { PeriodsBody } from './periods.schema';

type PeriodsInput = z.infer<typeof PeriodsBody>['periods'];

function present(p: Periode) {
  return {
    id: p.id,
    volgnummer: p.volgnummer,
    name: p.name,
    startDate: p.start_date,
    endDate: p.end_date,
    closingKind: p.closing_kind,
  };
}

async function requireSchooljaar(db: Db, schoolId: string, schooljaar: string): Promise<void> {
  if (!(await findSchooljaarOfSchool(db, schoolId, schooljaar)))
    throw invalidInput(`De school heeft geen schooljaar ${schooljaar}.`, [
      { field: 'schooljaar', message: 'onbekend schooljaar' },
    ]);
}

export async function listPeriods(db: Db, actor: Actor, schoolId: string, schooljaar: string, now: Date) {
  requireAtSchool(actor, schoolId, 'school.read');
  await requireSchooljaar(db, schoolId, schooljaar);
  return { schooljaar, periods: (await periodsOf(db, schoolId, schooljaar, now)).map(present) };
}

/** The sent periods that already exist: their ids must be this school's and year's, each named once. */
function keptIds(existing: Periode[], periods: PeriodsInput): Set<string> {
  const sent = periods.map((p) => p.id).filter((id): id is string => Boolean(id));
  const keep = new Set(sent);
  // The same period twice would be numbered twice and leave a gap: refuse it.
  if (keep.size < sent.length)
    throw invalidInput('Een periode staat twee keer in de lijst.', [
      { field: 'periods', message: 'dubbele periode' },
    ]);
  if ([...keep].some((id) => !existing.some((e) => e.id === id)))
    throw invalidInput('Een periode hoort niet bij deze school en dit schooljaar.', [
      { field: 'periods', message: 'onbekende periode' },
    ]);
  return keep;
}

/** A period that holds a teacher's work cannot be removed. */
async function refuseRemovingWork(db: Db, removed: Periode[]): Promise<void> {
  const used = new Set<string>();
  // A teacher's own clustering is work too: a period holding any of it stays.
  for (const r of removed) if (await periodHoldsWork(db, r.id)) used.add(r.name);
  if (used.size > 0) {
    throw invalidInput(
      `${[...used].join(', ')} bevat al een groepsoverzicht, clusterindeling, groepsplan of bespreking en kan niet weg; pas de data aan in plaats van de periode te verwijderen.`,
      [{ field: 'periods', message: 'periode in gebruik' }],
    );
  }
}

async function writePeriods(
  trx: Db,
  school: { schoolId: string; schooljaar: string },
  removed: Periode[],
  periods: PeriodsInput,
  now: Date,
) {
  for (const r of removed) await deletePeriod(trx, r.id);
  // Volgnummers are unique: park the kept ones out of the way before numbering them anew.
  for (const [i, p] of periods.entries()) if (p.id) await updatePeriod(trx, p.id, { volgnummer: 100 + i });
  for (const [i, p] of periods.entries()) {
    const values = {
      volgnummer: i + 1,
      name: p.name.trim(),
      start_date: p.startDate,
      end_date: p.endDate,
      closing_kind: p.closingKind,
    };
    if (p.id) await updatePeriod(trx, p.id, values);
    else
      await insertPeriod(trx, {
        id: newId(now.getTime()),
        school_id: school.schoolId,
        schooljaar: school.schooljaar,
        created_at: now.toISOString(),
        ...values,
      });
  }
}

/**
 * Replaces the school's periods of one schooljaar. A period that already holds a groepsoverzicht or a
 * groepsplan keeps its id (its dates and name may change) and cannot be removed: nothing is lost.
 */
export async function savePeriods(
  db: Db,
  actor: Actor,
  schoolId: string,
  schooljaar: string,
  periods: PeriodsInput,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'period.manage');
  await requireSchooljaar(db, schoolId, schooljaar);
  const issues = validatePeriods(schooljaar, periods);
  if (issues.length > 0) {
    throw invalidInput(
      issues[0]?.message ?? 'Ongeldige periodes.',
      issues.map((i) => ({ field: `periods.${i.index}.${i.field}`, message: i.message })),
    );
  }
  const existing = await periodsOf(db, schoolId, schooljaar, now);
  const keep = keptIds(existing, periods);
  const removed = existing.filter((e) => !keep.has(e.id));
  await refuseRemovingWork(db, removed);
  await db.transaction().execute(async (trx) => {
    await writePeriods(trx, { schoolId, schooljaar }, removed, periods, now);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'periods.update',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { schooljaar, periods: periods.length },
    });
  });
  return { schooljaar, periods: (await periodsOf(db, schoolId, schooljaar, now)).map(present) };
}
