/**
 * The IB's to-dos from leerlingzorg: besprekingen due, the pupils to discuss (the count of the IB's
 * list, by that list's own rules), and OPP terms that are past or come within two weeks.
 */
import { oppTerms } from '../../../domain/opp';
import { fullName, sortByName } from '../../../shared/names';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findCurrentPupilsOfSchool } from '../besprekingen/agenda.queries';
import { presentSummary } from '../besprekingen/bespreking-present';
import { findBesprekingenOfSchool } from '../besprekingen/besprekingen.queries';
import { pupilsToDiscuss } from '../besprekingen/pupils-to-discuss.service';
import { findEvaluaties } from '../opp/opp.queries';
import { loadZorgSettings } from '../zorg/zorg-settings';
import { findOppsOfPupils } from '../zorg/zorg.queries';
import type { TodoItem } from './todos.schema';

/** A planned bespreking is on the list from this many days before its day. */
const BESPREKING_WITHIN_DAYS = 14;

const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function besprekingItems(
  db: Db,
  actor: Actor,
  ctx: { schoolId: string; schooljaar: string; today: string },
): Promise<TodoItem[]> {
  const planned = await findBesprekingenOfSchool(db, actor, ctx.schoolId, {
    schooljaar: ctx.schooljaar,
    status: 'gepland',
  });
  const until = plusDays(ctx.today, BESPREKING_WITHIN_DAYS);
  return planned
    .map(presentSummary)
    .filter((b) => b.plannedOn <= until)
    .map((b) => ({
      code: 'besprekingDue',
      role: 'ib',
      bespreking: { id: b.id, kind: b.kind, plannedOn: b.plannedOn, group: b.group, pupil: b.pupil },
      overdue: b.plannedOn < ctx.today,
    }));
}

/**
 * Every active OPP of the school's current pupils with its two terms. The evaluations are read per OPP:
 * a school has a handful of OPPs, and the OPP feature's own query keeps the rule in one place.
 */
async function oppItems(
  db: Db,
  ctx: { schoolId: string; schooljaar: string; today: string },
): Promise<TodoItem[]> {
  const pupils = sortByName(await findCurrentPupilsOfSchool(db, ctx.schoolId, ctx.schooljaar));
  const [opps, settings] = await Promise.all([
    findOppsOfPupils(
      db,
      pupils.map((p) => p.id),
    ),
    loadZorgSettings(db, ctx.schoolId),
  ]);
  const items: TodoItem[] = [];
  for (const pupil of pupils) {
    for (const opp of opps.filter((o) => o.leerling_id === pupil.id && o.status !== 'beeindigd')) {
      const evaluaties = await findEvaluaties(db, opp.id);
      const withParents = evaluaties.find((e) => e.kind === 'evaluatie' && e.with_parents === 1);
      const terms = oppTerms(
        {
          status: opp.status,
          decidedOn: opp.decided_on,
          vastgesteldOn: opp.vastgesteld_on,
          lastEvaluationWithParentsOn: withParents?.evaluated_on ?? null,
          termWeeks: settings.oppTermWeeks,
        },
        ctx.today,
      );
      for (const term of ['vaststelling', 'evaluatie'] as const) {
        const t = terms[term];
        if (!t || (!t.overdue && !t.soon)) continue;
        items.push({
          code: 'oppTerm',
          role: 'ib',
          opp: { id: opp.id },
          pupil: { id: pupil.id, name: fullName(pupil) },
          term,
          due: t.due,
          overdue: t.overdue,
        });
      }
    }
  }
  return items.sort((a, b) =>
    a.code === 'oppTerm' && b.code === 'oppTerm' ? a.due.localeCompare(b.due) : 0,
  );
}

export async function careTodos(
  db: Db,
  actor: Actor,
  ctx: { schoolId: string; schooljaar: string; today: string },
  now: Date,
): Promise<TodoItem[]> {
  const [besprekingen, toDiscuss, opps] = await Promise.all([
    besprekingItems(db, actor, ctx),
    pupilsToDiscuss(db, actor, ctx.schoolId, now),
    oppItems(db, ctx),
  ]);
  const discuss: TodoItem[] =
    toDiscuss.pupils.length > 0
      ? [{ code: 'pupilsToDiscuss', role: 'ib', count: toDiscuss.pupils.length }]
      : [];
  return [...besprekingen, ...discuss, ...opps];
}
