/**
 * Who may open a groepsplan. Whoever may see its group reads and (with plan.write) changes it. The
 * teacher who has the same children a year later may read it, never change it: the overdracht, so the
 * first step of the new cycle can start from last year's plan and its evaluation. Of such a plan they
 * see only the pupils they may see anyway; classmates who went to another group stay out of it.
 */
import { shiftSchooljaar } from '../../../domain/schooljaar';
import type { Actor } from '../../auth/permissions';
import { groupInScope, pupilInScope } from '../../auth/scope';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { findGroupInScope, findGroupUnscoped } from '../groups/groups.queries';

/** A group of the next schooljaar in the actor's scope that holds at least one of this group's pupils. */
async function hasSuccessorInScope(
  db: Db,
  actor: Actor,
  group: { id: string; school_id: string; schooljaar: string },
) {
  const next = await db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select('groep.id')
    .where('groep.school_id', '=', group.school_id)
    .where('sj.name', '=', shiftSchooljaar(group.schooljaar, 1))
    .where(groupInScope(actor))
    .where('groep.id', 'in', (eb) =>
      eb
        .selectFrom('plaatsing as now')
        .select('now.groep_id')
        .where('now.leerling_id', 'in', (inner) =>
          inner
            .selectFrom('plaatsing as before')
            .select('before.leerling_id')
            .where('before.groep_id', '=', group.id),
        ),
    )
    .limit(1)
    .executeTakeFirst();
  return next !== undefined;
}

export async function planInScope(db: Db, actor: Actor, planId: string) {
  const plan = await db.selectFrom('groepsplan').selectAll().where('id', '=', planId).executeTakeFirst();
  if (!plan) throw notFound('Het groepsplan');
  let group = await findGroupInScope(db, actor, plan.groep_id);
  let overdracht = false;
  if (!group) {
    const other = await findGroupUnscoped(db, plan.groep_id);
    if (other && (await hasSuccessorInScope(db, actor, other))) {
      group = other;
      overdracht = true;
    }
  }
  if (!group) throw notFound('Het groepsplan');
  const periode = await db
    .selectFrom('periode')
    .selectAll()
    .where('id', '=', plan.periode_id)
    .executeTakeFirstOrThrow();
  return { plan, group, periode, overdracht };
}

export type PlanContext = Awaited<ReturnType<typeof planInScope>>;

/** Of these pupils, the ones the actor may see. */
export async function visiblePupilIds(db: Db, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('leerling')
    .select('leerling.id')
    .where('leerling.id', 'in', [...ids])
    .where(pupilInScope(actor))
    .execute();
  return new Set(rows.map((r) => r.id));
}
