/**
 * Groepsplannen: made from the clusters in one action (or copied from the previous period), saved
 * with every version kept, evaluated once the closing results are in, then locked; a new version can
 * be made from a locked plan.
 */
import { audit } from '../../audit';
import { permissionsAtSchool, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, forbidden, forbiddenBecause, invalidInput, notFound } from '../../errors';
import { findGroupInScope, findPupilsOfGroup } from '../groups/groups.queries';
import { periodsOf } from '../periods/periods';
import { predecessorOf } from './predecessor';
import { planInScope } from './plan-access';
import { planDetails } from './plan-details';
import { subgroupsFromClusters } from './plan-start';
import { PlanContent, type PlanEvaluation } from './plans.schema';

function assertWrite(actor: Actor, schoolId: string): void {
  if (!permissionsAtSchool(actor, schoolId).includes('plan.write')) throw forbidden();
}

async function writeVersion(
  trx: Db,
  plan: {
    id: string;
    version: number;
    status: 'concept' | 'geevalueerd';
    content: string;
    evaluation: string | null;
  },
  userId: string,
  iso: string,
) {
  await trx
    .insertInto('groepsplan_versie')
    .values({
      id: newId(),
      plan_id: plan.id,
      version: plan.version,
      status: plan.status,
      content: plan.content,
      evaluation: plan.evaluation,
      saved_by: userId,
      saved_at: iso,
    })
    .execute();
}

export async function createPlan(
  db: Db,
  actor: Actor,
  groupId: string,
  input: {
    periodeId: string;
    vak: string;
    vorm: 'groepsplan' | 'blokplan';
    copyPrevious?: boolean | undefined;
  },
  now: Date,
) {
  const group = await findGroupInScope(db, actor, groupId);
  if (!group) throw notFound('De groep');
  assertWrite(actor, group.school_id);
  const periods = await periodsOf(db, group.school_id, group.schooljaar, now);
  const index = periods.findIndex((p) => p.id === input.periodeId);
  const periode = periods[index];
  if (!periode)
    throw invalidInput('Deze periode hoort niet bij het schooljaar van de groep.', [
      { field: 'periodeId', message: 'onbekende periode' },
    ]);
  const knownVak = await db
    .selectFrom('toets')
    .select('vak')
    .where('vak', '=', input.vak)
    .limit(1)
    .executeTakeFirst();
  if (!knownVak)
    throw invalidInput('Dit vak kent Leerwinst niet.', [{ field: 'vak', message: 'onbekend vak' }]);
  const subgroepen = await subgroupsFromClusters(db, group, periode.id, input.vak, periode.end_date);
  if (subgroepen.length === 0)
    throw invalidInput('Deze groep heeft geen leerlingen.', [
      { field: 'groupId', message: 'geen leerlingen' },
    ]);
  let basisdoel = '';
  const previous = input.copyPrevious ? await predecessorOf(db, group, periods, index) : null;
  if (input.copyPrevious && !previous)
    throw invalidInput('Er is geen vorige periode om een groepsplan van over te nemen.', [
      { field: 'copyPrevious', message: 'geen vorige periode' },
    ]);
  if (input.copyPrevious && previous) {
    const earlier = await db
      .selectFrom('groepsplan')
      .select('content')
      .where('groep_id', '=', previous.groepId)
      .where('periode_id', '=', previous.periodeId)
      .where('vak', '=', input.vak)
      .executeTakeFirst();
    if (!earlier)
      throw invalidInput('Er is geen groepsplan van de vorige periode om over te nemen.', [
        { field: 'copyPrevious', message: 'geen vorig plan' },
      ]);
    const old = PlanContent.parse(JSON.parse(earlier.content));
    basisdoel = old.basisdoel;
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
  }
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
      await trx.insertInto('groepsplan').values(row).execute();
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
  return planDetails(db, actor, await planInScope(db, actor, row.id));
}

type Change =
  | { kind: 'save'; content: PlanContent }
  | { kind: 'evaluate'; evaluation: PlanEvaluation }
  | { kind: 'reopen' };

/** Every change names the version it started from: an older version is refused (409), never overwritten. */
export async function changePlan(
  db: Db,
  actor: Actor,
  planId: string,
  version: number,
  change: Change,
  now: Date,
) {
  const ctx = await planInScope(db, actor, planId);
  if (ctx.overdracht)
    throw forbiddenBecause('Een groepsplan van vorig schooljaar kun je lezen, maar niet wijzigen.');
  assertWrite(actor, ctx.group.school_id);
  const { plan } = ctx;
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
  const iso = now.toISOString();
  const next = {
    id: plan.id,
    version: plan.version + 1,
    status:
      change.kind === 'evaluate'
        ? ('geevalueerd' as const)
        : change.kind === 'reopen'
          ? ('concept' as const)
          : plan.status,
    content: change.kind === 'save' ? JSON.stringify(change.content) : plan.content,
    evaluation:
      change.kind === 'evaluate'
        ? JSON.stringify(change.evaluation)
        : change.kind === 'reopen'
          ? null
          : plan.evaluation,
  };
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('groepsplan')
      .set({
        version: next.version,
        status: next.status,
        content: next.content,
        evaluation: next.evaluation,
        updated_by: actor.userId,
        updated_at: iso,
      })
      .where('id', '=', plan.id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      // Read what is there now: the plan may have changed after it was first read above.
      const current = await trx
        .selectFrom('groepsplan as g')
        .innerJoin('app_user as u', 'u.id', 'g.updated_by')
        .select(['g.version', 'g.status', 'g.content', 'g.updated_at', 'u.name'])
        .where('g.id', '=', plan.id)
        .executeTakeFirstOrThrow();
      throw conflict(
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
  return planDetails(db, actor, await planInScope(db, actor, plan.id));
}

export async function getPlan(db: Db, actor: Actor, planId: string, now: Date) {
  const ctx = await planInScope(db, actor, planId);
  await audit(db, now, {
    userId: actor.userId,
    action: 'plan.read',
    entity: 'groepsplan',
    entityId: planId,
    schoolId: ctx.group.school_id,
  });
  return planDetails(db, actor, ctx);
}
