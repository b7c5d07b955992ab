/**
 * The jaarplanning: the IB fills in a date per group and period once. Each cell becomes a planned
 * groepsbespreking, or moves the one already planned for that group and period; one that was already
 * held keeps its date. All or nothing, in one transaction.
 */
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { periodsOf } from '../periods/periods';
import { invalidField } from '../zorg/invalid-field';
import { findGroupsOfSchoolYear } from './agenda.queries';
import { besprekingList, schooljaarChoice } from './besprekingen.service';
import { insertPlannedBespreking } from './bespreking-insert';
import { findGroepsbespreking, updateBesprekingAtVersion } from './besprekingen.queries';
import type { PlanningBody } from './besprekingen.schema';

async function checkItems(db: Db, actor: Actor, schoolId: string, input: PlanningBody, now: Date) {
  const [periods, groups] = await Promise.all([
    periodsOf(db, schoolId, input.schooljaar, now),
    findGroupsOfSchoolYear(db, actor, schoolId, input.schooljaar),
  ]);
  const seen = new Set<string>();
  input.items.forEach((item, i) => {
    if (!groups.some((g) => g.id === item.groepId))
      throw invalidField(`items.${i}.groepId`, 'onbekende groep');
    if (!periods.some((p) => p.id === item.periodeId))
      throw invalidField(`items.${i}.periodeId`, 'hoort niet bij dit schooljaar');
    const key = `${item.groepId}|${item.periodeId}`;
    if (seen.has(key)) throw invalidField(`items.${i}`, 'staat al eerder in de lijst');
    seen.add(key);
  });
}

type Item = PlanningBody['items'][number];

/** One cell: a new groepsbespreking, a planned one moved, or one already held left as it is. */
async function planItem(trx: Db, actor: Actor, schoolId: string, schooljaar: string, item: Item, now: Date) {
  const iso = now.toISOString();
  const existing = await findGroepsbespreking(trx, item.groepId, item.periodeId);
  if (existing) {
    if (existing.status !== 'gepland') return 'kept';
    await updateBesprekingAtVersion(trx, existing.id, existing.version, {
      planned_on: item.plannedOn,
      version: existing.version + 1,
      updated_by: actor.userId,
      updated_at: iso,
    });
    return 'moved';
  }
  const id = newId(now.getTime());
  await insertPlannedBespreking(trx, actor, now, {
    id,
    schoolId,
    kind: 'groepsbespreking',
    schooljaar,
    periodeId: item.periodeId,
    groepId: item.groepId,
    leerlingId: null,
    plannedOn: item.plannedOn,
  });
  return 'created';
}

export async function planBesprekingen(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: PlanningBody,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'zorg.write');
  const { schooljaren } = await schooljaarChoice(db, schoolId, input.schooljaar, now);
  await checkItems(db, actor, schoolId, input, now);
  return db.transaction().execute(async (trx) => {
    const counts = { created: 0, moved: 0, kept: 0 };
    for (const item of input.items)
      counts[await planItem(trx, actor, schoolId, input.schooljaar, item, now)] += 1;
    await audit(trx, now, {
      userId: actor.userId,
      action: 'bespreking.plan',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { schooljaar: input.schooljaar, ...counts },
    });
    const list = await besprekingList(
      trx,
      actor,
      schoolId,
      { schooljaar: input.schooljaar, schooljaren },
      now,
    );
    return { ...list, ...counts };
  });
}
