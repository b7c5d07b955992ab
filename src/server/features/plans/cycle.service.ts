/**
 * The HGW cycle of a group in a period, as six steps with what is done and what is missing, computed
 * from the data; the two steps that are a judgement (signalering looked at, clusters settled) are
 * marked done by the teacher.
 */
import type { z } from 'zod';
import { audit } from '../../audit';
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput } from '../../errors';
import { requireGroupPeriod } from '../periods/periods';
import { cyclesOf } from './cycle-facts';
import { setCycleMark } from './cycle.queries';
import type { StepBody } from './plans.schema';

export async function getGroupCycle(
  db: Db,
  actor: Actor,
  groupId: string,
  periodeId: string | undefined,
  now: Date,
) {
  const { group, periods, periode } = await requireGroupPeriod(db, actor, groupId, periodeId, now, {
    permission: 'group.read',
    field: 'periode',
  });
  const [cycle] = await cyclesOf(db, [group], periods, periode);
  if (!cycle) throw new Error(`no cycle for group ${group.id}`);
  return {
    ...cycle,
    periods: periods.map((p) => ({ id: p.id, name: p.name })),
    abilities: abilitiesAt(actor, group.school_id),
  };
}

export async function markStep(
  db: Db,
  actor: Actor,
  groupId: string,
  stap: number,
  input: z.infer<typeof StepBody>,
  now: Date,
) {
  const { group, periode } = await requireGroupPeriod(db, actor, groupId, input.periodeId, now, {
    permission: 'plan.write',
    field: 'periodeId',
  });
  if (stap !== 2 && stap !== 4)
    throw invalidInput('Alleen stap 2 (signaleren) en stap 4 (clusteren) worden met de hand afgevinkt.', [
      { field: 'stap', message: 'kies 2 of 4' },
    ]);
  await db.transaction().execute(async (trx) => {
    await setCycleMark(
      trx,
      { groepId: group.id, periodeId: periode.id, stap },
      input.done ? { id: newId(now.getTime()), userId: actor.userId, at: now.toISOString() } : null,
    );
    await audit(trx, now, {
      userId: actor.userId,
      action: 'cycle.step',
      entity: 'groep',
      entityId: group.id,
      schoolId: group.school_id,
      details: { stap, done: input.done },
    });
  });
  return getGroupCycle(db, actor, groupId, periode.id, now);
}
