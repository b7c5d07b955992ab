import { validatePeriods, type PeriodInput } from '../../../domain/periods';
import { audit } from '../../audit';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput, notFound } from '../../errors';
import { periodsOf } from './periods';

function present(p: Awaited<ReturnType<typeof periodsOf>>[number]) {
  return {
    id: p.id,
    volgnummer: p.volgnummer,
    name: p.name,
    startDate: p.start_date,
    endDate: p.end_date,
    closingKind: p.closing_kind,
  };
}

async function schooljaarOfSchool(db: Db, schoolId: string, schooljaar: string): Promise<void> {
  const found = await db
    .selectFrom('schooljaar')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('name', '=', schooljaar)
    .executeTakeFirst();
  if (!found)
    throw invalidInput(`De school heeft geen schooljaar ${schooljaar}.`, [
      { field: 'schooljaar', message: 'onbekend schooljaar' },
    ]);
}

export async function listPeriods(db: Db, actor: Actor, schoolId: string, schooljaar: string, now: Date) {
  if (!schoolsWhere(actor, 'school.read').includes(schoolId)) throw notFound('De school');
  await schooljaarOfSchool(db, schoolId, schooljaar);
  return { schooljaar, periods: (await periodsOf(db, schoolId, schooljaar, now)).map(present) };
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
  periods: (PeriodInput & { id?: string | null | undefined })[],
  now: Date,
) {
  if (!schoolsWhere(actor, 'period.manage').includes(schoolId)) throw notFound('De school');
  await schooljaarOfSchool(db, schoolId, schooljaar);
  const issues = validatePeriods(schooljaar, periods);
  if (issues.length > 0) {
    throw invalidInput(
      issues[0]?.message ?? 'Ongeldige periodes.',
      issues.map((i) => ({ field: `periods.${i.index}.${i.field}`, message: i.message })),
    );
  }
  const existing = await periodsOf(db, schoolId, schooljaar, now);
  const sent = periods.map((p) => p.id).filter((id): id is string => Boolean(id));
  const keep = new Set(sent);
  // The same period twice would be numbered twice and leave a gap: refuse it.
  if (keep.size < sent.length)
    throw invalidInput('Een periode staat twee keer in de lijst.', [
      { field: 'periods', message: 'dubbele periode' },
    ]);
  const unknown = [...keep].filter((id) => !existing.some((e) => e.id === id));
  if (unknown.length > 0)
    throw invalidInput('Een periode hoort niet bij deze school en dit schooljaar.', [
      { field: 'periods', message: 'onbekende periode' },
    ]);
  const removed = existing.filter((e) => !keep.has(e.id));
  const used = new Set<string>();
  for (const r of removed) {
    // A teacher's own clustering is work too: a period holding any of it stays.
    const found = await Promise.all(
      (['groepsoverzicht_rij', 'cluster_indeling', 'groepsplan'] as const).map((table) =>
        db.selectFrom(table).select('id').where('periode_id', '=', r.id).limit(1).executeTakeFirst(),
      ),
    );
    if (found.some((f) => f !== undefined)) used.add(r.name);
  }
  if (used.size > 0) {
    throw invalidInput(
      `${[...used].join(', ')} bevat al een groepsoverzicht, clusterindeling of groepsplan en kan niet weg; pas de data aan in plaats van de periode te verwijderen.`,
      [{ field: 'periods', message: 'periode in gebruik' }],
    );
  }
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (const r of removed) {
      await trx.deleteFrom('cyclus_stap').where('periode_id', '=', r.id).execute();
      await trx.deleteFrom('periode').where('id', '=', r.id).execute();
    }
    // Volgnummers are unique: park the kept ones out of the way before numbering them anew.
    for (const [i, p] of periods.entries()) {
      if (p.id)
        await trx
          .updateTable('periode')
          .set({ volgnummer: 100 + i })
          .where('id', '=', p.id)
          .execute();
    }
    for (const [i, p] of periods.entries()) {
      const values = {
        volgnummer: i + 1,
        name: p.name.trim(),
        start_date: p.startDate,
        end_date: p.endDate,
        closing_kind: p.closingKind,
      };
      if (p.id) await trx.updateTable('periode').set(values).where('id', '=', p.id).execute();
      else
        await trx
          .insertInto('periode')
          .values({ id: newId(now.getTime()), school_id: schoolId, schooljaar, created_at: iso, ...values })
          .execute();
    }
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
