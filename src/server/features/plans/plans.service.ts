/**
 * Groepsplannen: made from the clusters in one action (or copied from the previous period), saved
 * with every version kept, evaluated once the closing results are in, then locked; a new version can
 * be made from a locked plan.
 */
import type { z } from 'zod';
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, invalidInput } from '../../errors';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { requireGroupPeriod, type Periode } from '../periods/periods';
import { requireVakWithToets } from '../vakken/vakken';
import { requirePlan, requirePlanToChange, type PlanContext } from './plan.policy';
import { planDetails } from './plan-details';
import { subgroupsFromClusters } from './plan-start';
import {
  findPlanContent,
  findPlanWithAuthor,
  insertPlan,
  insertPlanVersion,
  updatePlanAtVersion,
} from './plans.queries';
import { PlanContent, type NewPlanBody, type PlanEvaluation, type Subgroep } from './plans.schema';
import { predecessorOf } from './predecessor';

interface VersionRow {
  id: string;
  version: number;
  status: 'concept' | 'geevalueerd';
  content: string;
  evaluation: string | null;
}

async function writeVersion(trx: Db, plan: VersionRow, userId: string, iso: string) {
  await insertPlanVersion(trx, {
    id: newId(),
    plan_id: plan.id,
    version: plan.version,
    status: plan.status,
    content: plan.content,
    evaluation: plan.evaluation,
    saved_by: userId,
    saved_at: iso,
  });
}

/**
 * Takes the basisdoel, and per subgroup the goals and approach, from the previous period's plan of
 * the vak into `subgroepen`; returns the basisdoel.
 */
async function copyPrevious(
  db: Db,
  group: { id: string; school_id: string; schooljaar: string },
  at: { periods: Periode[]; index: number; vak: string },
  subgroepen: Subgroep[],
): Promise<string> {
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
  return old.basisdoel;
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
  await requireVakWithToets(db, input.vak);
  const subgroepen = await subgroupsFromClusters(db, group, periode.id, input.vak, periode.end_date);
  if (subgroepen.length === 0)
    throw invalidInput('Deze groep heeft geen leerlingen.', [
      { field: 'groupId', message: 'geen leerlingen' },
    ]);
  const basisdoel = input.copyPrevious
    ? await copyPrevious(db, group, { periods, index, vak: input.vak }, subgroepen)
    : '';
  const iso = now.toISOString();
  const row = {
    id: newId(now.getTime()),
    groep_id: group.id,
    periode_id: periode.id,
    vak: input.vak,
    vorm: input.vorm,
    status: 'concept' as const,
    version: 1,
    content: JSON.stringify({ basisdoel, subgroepen }),
    evaluation: null,
    created_by: actor.userId,
    created_at: iso,
    updated_by: actor.userId,
    updated_at: iso,
  };
  try {
    await db.transaction().execute(async (trx) => {
      await insertPlan(trx, row);
      await writeVersion(trx, row, actor.userId, iso);
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

type Change =
  | { kind: 'save'; content: PlanContent }
  | { kind: 'evaluate'; evaluation: PlanEvaluation }
  | { kind: 'reopen' };

/** A change that fits the plan's state and names only its own pupils and goals; else 409 or 400. */
async function checkChange(db: Db, plan: PlanContext['plan'], change: Change): Promise<void> {
  if (change.kind !== 'reopen' && plan.status === 'geevalueerd') {
    throw conflict(
      'Dit groepsplan is geëvalueerd en daarmee vastgezet. Maak een nieuwe versie om verder te werken.',
    );
  }
  if (change.kind === 'reopen' && plan.status !== 'geevalueerd')
    throw conflict('Alleen een geëvalueerd groepsplan krijgt een nieuwe versie.');
  if (change.kind === 'save') {
    const known = new Set((await findPupilsOfGroup(db, plan.groep_id)).map((p) => p.id));
    if (change.content.subgroepen.some((s) => s.leerlingen.some((id) => !known.has(id)))) {
      throw invalidInput('Een subgroep bevat een leerling die niet in deze groep zit.', [
        { field: 'content.subgroepen', message: 'onbekende leerling' },
      ]);
    }
  }
  if (change.kind === 'evaluate') {
    // Only the plan's own pupils and goals are evaluated; anything else is a mistake, not data to keep.
    const content = PlanContent.parse(JSON.parse(plan.content));
    const goalsOf = new Map<string, Set<string>>();
    for (const sub of content.subgroepen)
      for (const id of sub.leerlingen)
        goalsOf.set(id, new Set([...(goalsOf.get(id) ?? []), ...sub.doelen.map((d) => d.id)]));
    const stray = Object.entries(change.evaluation.confirmed).some(
      ([pupil, goals]) => !goalsOf.has(pupil) || Object.keys(goals).some((g) => !goalsOf.get(pupil)?.has(g)),
    );
    if (stray)
      throw invalidInput('De evaluatie noemt een leerling of doel dat niet in dit groepsplan staat.', [
        { field: 'evaluation.confirmed', message: 'onbekende leerling of doel' },
      ]);
  }
}

/** The plan after the change: evaluating locks it, reopening unlocks it and drops the evaluation. */
function nextVersion(plan: PlanContext['plan'], change: Change): VersionRow {
  const base = { id: plan.id, version: plan.version + 1 };
  if (change.kind === 'save')
    return {
      ...base,
      status: plan.status,
      content: JSON.stringify(change.content),
      evaluation: plan.evaluation,
    };
  if (change.kind === 'evaluate')
    return {
      ...base,
      status: 'geevalueerd',
      content: plan.content,
      evaluation: JSON.stringify(change.evaluation),
    };
  return { ...base, status: 'concept', content: plan.content, evaluation: null };
}

/** 409 with what is there now: the plan may have changed after it was first read. */
async function conflictWithCurrent(trx: Db, planId: string) {
  const current = await findPlanWithAuthor(trx, planId);
  return conflict(
    `${current.name} heeft dit groepsplan intussen opgeslagen (versie ${current.version}). Je wijzigingen zijn niet weg: bekijk de nieuwe versie en voeg ze samen.`,
    {
      version: current.version,
      status: current.status,
      content: PlanContent.parse(JSON.parse(current.content)),
      updatedBy: current.name,
      updatedAt: current.updated_at,
    },
  );
}

/** Every change names the version it started from: an older version is refused (409), never overwritten. */
export async function changePlan(
  db: Db,
  actor: Actor,
  planId: string,
  version: number,
  change: Change,
  now: Date,
) {
  const ctx = await requirePlanToChange(db, actor, planId);
  const { plan } = ctx;
  await checkChange(db, plan, change);
  const iso = now.toISOString();
  const next = nextVersion(plan, change);
  await db.transaction().execute(async (trx) => {
    const written = await updatePlanAtVersion(trx, plan.id, version, {
      version: next.version,
      status: next.status,
      content: next.content,
      evaluation: next.evaluation,
      updated_by: actor.userId,
      updated_at: iso,
    });
    if (!written) throw await conflictWithCurrent(trx, plan.id);
    await writeVersion(trx, next, actor.userId, iso);
    await audit(trx, now, {
      userId: actor.userId,
      action: `plan.${change.kind}`,
      entity: 'groepsplan',
      entityId: plan.id,
      schoolId: ctx.group.school_id,
      details: { version: next.version },
    });
  });
  return planDetails(db, actor, await requirePlan(db, actor, plan.id));
}

export async function getPlan(db: Db, actor: Actor, planId: string, now: Date) {
  const ctx = await requirePlan(db, actor, planId);
  await audit(db, now, {
    userId: actor.userId,
    action: 'plan.read',
    entity: 'groepsplan',
    entityId: planId,
    schoolId: ctx.group.school_id,
  });
  return planDetails(db, actor, ctx);
}
