/**
 * Groepsplannen: made from the clusters in one action (or copied from the previous period), kept as
 * a version at the meaningful steps (plan-change.ts), evaluated once the closing results are in, then
 * locked; a new version can be made from a locked plan.
 */
import type { z } from 'zod';
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, invalidInput } from '../../errors';
import { requireGroupPeriod, type Periode } from '../periods/periods';
import { isPlanDomein } from '../../../shared/plan-domeinen';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { requireVakWithToets } from '../vakken/vakken';
import { requirePlan } from './plan.policy';
import { planDetails } from './plan-details';
import { domeinSubgroups } from './plan-domein';
import { subgroupsFromClusters } from './plan-start';
import { writeVersion } from './plan-change';
import { findPlanContent, insertPlan } from './plans.queries';
import { PlanContent, type GoalSpec, type NewPlanBody, type Subgroep } from './plans.schema';
import { predecessorOf } from './predecessor';

/**
 * Takes the basisdoel, and per subgroup the goals and approach, from the previous period's plan of
 * the vak into `subgroepen`; returns the basisdoel and its goals (pupils' own goals stay behind).
 */
async function copyPrevious(
  db: Db,
  group: { id: string; school_id: string; schooljaar: string },
  at: { periods: Periode[]; index: number; vak: string },
  subgroepen: Subgroep[],
): Promise<{ basisdoel: string; basisdoelen: GoalSpec[] }> {
  const previous = await predecessorOf(db, group, at.periods, at.index);
  if (!previous)
    throw invalidInput('Er is geen vorige periode om een groepsplan van over te nemen.', [
      { field: 'copyPrevious', message: 'geen vorige periode' },
    ]);
  const earlier = await findPlanContent(db, previous.groepId, previous.periodeId, at.vak);
  if (!earlier)
    throw invalidInput('Er is geen groepsplan van de vorige periode om over te nemen.', [
      { field: 'copyPrevious', message: 'geen vorig plan' },
    ]);
  const old = PlanContent.parse(JSON.parse(earlier.content));
  for (const sub of subgroepen) {
    const match = old.subgroepen.find((s) => s.key === sub.key);
    if (!match) continue;
    // The pupils come from this period's clusters; the approach is what carries over.
    Object.assign(sub, {
      doelen: match.doelen.map((d) => ({ ...d, id: newId().slice(-12) })),
      aanbod: match.aanbod,
      aanpak: match.aanpak,
      organisatie: match.organisatie,
      minutenPerWeek: match.minutenPerWeek,
    });
  }
  return {
    basisdoel: old.basisdoel,
    basisdoelen: old.basisdoelen.map((d) => ({ ...d, id: newId().slice(-12) })),
  };
}

/**
 * A domein (werkhouding, gedrag, sociaal-emotioneel) has no toets: its plan starts with the whole group.
 * Any other vak needs a toets, and starts from the clusters. Empty when the group has no pupils.
 */
async function startingSubgroups(
  db: Db,
  group: { id: string; school_id: string },
  periode: Periode,
  vak: string,
): Promise<Subgroep[]> {
  if (isPlanDomein(vak)) {
    const pupils = (await findPupilsOfGroup(db, group.id)).filter((p) => p.end_date === null);
    return pupils.length === 0 ? [] : domeinSubgroups(pupils.map((p) => p.id));
  }
  await requireVakWithToets(db, vak);
  return subgroupsFromClusters(db, group, periode.id, vak, periode.end_date);
}

export async function createPlan(
  db: Db,
  actor: Actor,
  groupId: string,
  input: z.infer<typeof NewPlanBody>,
  now: Date,
) {
  const { group, periods, periode, index } = await requireGroupPeriod(
    db,
    actor,
    groupId,
    input.periodeId,
    now,
    { permission: 'plan.write', field: 'periodeId' },
  );
  const subgroepen = await startingSubgroups(db, group, periode, input.vak);
  if (subgroepen.length === 0)
    throw invalidInput('Deze groep heeft geen leerlingen.', [
      { field: 'groupId', message: 'geen leerlingen' },
    ]);
  const basis = input.copyPrevious
    ? await copyPrevious(db, group, { periods, index, vak: input.vak }, subgroepen)
    : { basisdoel: '', basisdoelen: [] };
  const iso = now.toISOString();
  const row = {
    id: newId(now.getTime()),
    groep_id: group.id,
    periode_id: periode.id,
    vak: input.vak,
    vorm: input.vorm,
    status: 'concept' as const,
    version: 1,
    content: JSON.stringify({ ...basis, subgroepen, leerlingdoelen: {} } satisfies PlanContent),
    evaluation: null,
    created_by: actor.userId,
    created_at: iso,
    updated_by: actor.userId,
    updated_at: iso,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await insertPlan(trx, row);
      await writeVersion(trx, row, { userId: actor.userId, at: iso, reason: 'aangemaakt' });
      await audit(trx, now, {
        userId: actor.userId,
        action: 'plan.create',
        entity: 'groepsplan',
        entityId: row.id,
        schoolId: group.school_id,
        details: { vak: input.vak, vorm: input.vorm },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('Er is al een groepsplan voor deze groep, dit vak en deze periode.');
    throw error;
  }
  return planDetails(db, actor, await requirePlan(db, actor, row.id));
}

/** The plan; the route layer audits the read (http/audit-reads.ts). */
export async function getPlan(db: Db, actor: Actor, planId: string) {
  return planDetails(db, actor, await requirePlan(db, actor, planId));
}

export { changePlan } from './plan-change';
