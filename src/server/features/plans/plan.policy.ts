/**
 * Who may open a groepsplan. Whoever may see its group reads and (with plan.write) changes it. The
 * teacher who has the same children a year later may read it, never change it: the overdracht, so the
 * first step of the new cycle can start from last year's plan and its evaluation. Of such a plan they
 * see only the pupils they may see anyway; classmates who went to another group stay out of it.
 */
import { shiftSchooljaar } from '../../../domain/schooljaar';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { forbiddenBecause, notFound } from '../../errors';
import { findGroupInScope, findGroupUnscoped } from '../groups/groups.queries';
import { findPeriodById } from '../periods/periods.queries';
import { findPlan, findVisiblePupilIds, hasSuccessorInScope } from './plans.queries';

/** A plan the actor may read, with its group and period; out of reach (or missing): 404. */
export async function requirePlan(db: Db, actor: Actor, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound('Het groepsplan');
  let group = await findGroupInScope(db, actor, plan.groep_id);
  let overdracht = false;
  if (!group) {
    const other = await findGroupUnscoped(db, plan.groep_id);
    if (other && (await hasSuccessorInScope(db, actor, other, shiftSchooljaar(other.schooljaar, 1)))) {
      group = other;
      overdracht = true;
    }
  }
  if (!group) throw notFound('Het groepsplan');
  const periode = await findPeriodById(db, plan.periode_id);
  return { plan, group, periode, overdracht };
}

export type PlanContext = Awaited<ReturnType<typeof requirePlan>>;

/** A plan the actor may change: read as an overdracht it is read only (403), and plan.write is needed. */
export async function requirePlanToChange(db: Db, actor: Actor, planId: string): Promise<PlanContext> {
  const ctx = await requirePlan(db, actor, planId);
  if (ctx.overdracht)
    throw forbiddenBecause('Een groepsplan van vorig schooljaar kun je lezen, maar niet wijzigen.');
  requireAtSchool(actor, ctx.group.school_id, 'plan.write', 'Het groepsplan');
  return ctx;
}

/** Of these pupils, the ones the actor may see. */
export async function visiblePupilIds(db: Db, actor: Actor, ids: readonly string[]): Promise<Set<string>> {
  return new Set(await findVisiblePupilIds(db, actor, ids));
}
