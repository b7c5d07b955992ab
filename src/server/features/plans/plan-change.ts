/**
 * Changing a groepsplan. Every change names the version counter it started from: an older one is
 * refused (409), never overwritten. The history keeps versions that mean something, not every
 * autosave: the plan as created, as "vastgelegd" by the teacher, at evaluation, when reopened, and the
 * last state of one person's work when someone else goes on with the plan.
 */
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { PlanVersionReason } from '../../db/schema';
import { newId } from '../../db/ids';
import { conflict, invalidInput } from '../../errors';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { requirePlan, requirePlanToChange, type PlanContext } from './plan.policy';
import { planDetails } from './plan-details';
import { allGoals, goalsPerPupil, hasGoals } from './plan-history';
import {
  findPlanWithAuthor,
  findVersionReasonAt,
  insertPlanVersion,
  insertPlanVersionIfMissing,
  updatePlanAtVersion,
} from './plans.queries';
import { PlanContent, type PlanEvaluation } from './plans.schema';

export type Change =
  | { kind: 'save'; content: PlanContent }
  | { kind: 'record' }
  | { kind: 'evaluate'; evaluation: PlanEvaluation }
  | { kind: 'reopen' };

type Plan = PlanContext['plan'];

export interface VersionRow {
  id: string;
  version: number;
  status: 'concept' | 'geevalueerd';
  content: string;
  evaluation: string | null;
}

export async function writeVersion(
  trx: Db,
  plan: VersionRow,
  by: { userId: string; at: string; reason: PlanVersionReason },
) {
  await insertPlanVersion(trx, {
    id: newId(),
    plan_id: plan.id,
    version: plan.version,
    status: plan.status,
    content: plan.content,
    evaluation: plan.evaluation,
    saved_by: by.userId,
    saved_at: by.at,
    reden: by.reason,
  });
}

const REASON: Record<Exclude<Change['kind'], 'save'>, PlanVersionReason> = {
  record: 'vastgelegd',
  evaluate: 'geevalueerd',
  reopen: 'heropend',
};

function refuseStray(content: PlanContent, known: ReadonlySet<string>) {
  const pupils = [...content.subgroepen.flatMap((s) => s.leerlingen), ...Object.keys(content.leerlingdoelen)];
  if (pupils.some((id) => !known.has(id))) {
    throw invalidInput('Een subgroep bevat een leerling die niet in deze groep zit.', [
      { field: 'content.subgroepen', message: 'onbekende leerling' },
    ]);
  }
}

/** Only the plan's own pupils and goals are evaluated; anything else is a mistake, not data to keep. */
function refuseStrayEvaluation(plan: Plan, evaluation: PlanEvaluation) {
  const content = PlanContent.parse(JSON.parse(plan.content));
  const goalsOf = goalsPerPupil(content);
  const anyGoal = new Set(allGoals(content).map((g) => g.id));
  if (Object.keys(evaluation.doelen ?? {}).some((g) => !anyGoal.has(g)))
    throw invalidInput('De evaluatie noemt een doel dat niet in dit groepsplan staat.', [
      { field: 'evaluation.doelen', message: 'onbekend doel' },
    ]);
  const stray = Object.entries(evaluation.confirmed).some(
    ([pupil, goals]) => !goalsOf.has(pupil) || Object.keys(goals).some((g) => !goalsOf.get(pupil)?.has(g)),
  );
  if (stray)
    throw invalidInput('De evaluatie noemt een leerling of doel dat niet in dit groepsplan staat.', [
      { field: 'evaluation.confirmed', message: 'onbekende leerling of doel' },
    ]);
}

/** A plan without goals stays concept: it cannot be vastgelegd or evaluated (nothing to judge). */
function refuseConcept(plan: Plan, action: 'vastleggen' | 'evalueren') {
  if (!hasGoals(plan.content))
    throw invalidInput(
      `Een groepsplan zonder doelen blijft een concept: geef eerst de doelen op, dan kun je het ${action}.`,
      [{ field: 'content', message: 'geen doelen' }],
    );
}

/** A plan already kept as it is needs no new version. */
async function refuseEmptyRecord(db: Db, plan: Plan) {
  refuseConcept(plan, 'vastleggen');
  if ((await findVersionReasonAt(db, plan.id, plan.version)) === 'vastgelegd')
    throw conflict('Dit groepsplan is al zo vastgelegd; er is niets veranderd sinds de vorige versie.');
}

/** A change that fits the plan's state and names only its own pupils and goals; else 409 or 400. */
async function checkChange(db: Db, plan: Plan, change: Change): Promise<void> {
  if (change.kind !== 'reopen' && plan.status === 'geevalueerd') {
    throw conflict(
      'Dit groepsplan is geëvalueerd en daarmee vastgezet. Maak een nieuwe versie om verder te werken.',
    );
  }
  if (change.kind === 'reopen' && plan.status !== 'geevalueerd')
    throw conflict('Alleen een geëvalueerd groepsplan krijgt een nieuwe versie.');
  if (change.kind === 'save')
    refuseStray(change.content, new Set((await findPupilsOfGroup(db, plan.groep_id)).map((p) => p.id)));
  if (change.kind === 'evaluate') {
    refuseConcept(plan, 'evalueren');
    refuseStrayEvaluation(plan, change.evaluation);
  }
  if (change.kind === 'record') await refuseEmptyRecord(db, plan);
}

/** The plan after the change: evaluating locks it, reopening unlocks it and drops the evaluation. */
function nextVersion(plan: Plan, change: Change): VersionRow {
  const base = { id: plan.id, version: plan.version + 1 };
  if (change.kind === 'save')
    return {
      ...base,
      status: plan.status,
      content: JSON.stringify(change.content),
      evaluation: plan.evaluation,
    };
  if (change.kind === 'record')
    return { ...base, status: plan.status, content: plan.content, evaluation: plan.evaluation };
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

/**
 * Someone else goes on with the plan: the last state of the other person's work is kept as a version
 * (once), so what they wrote can always be found back.
 */
async function keepOtherAuthorsWork(trx: Db, plan: Plan, actor: Actor, version: number) {
  if (plan.updated_by === actor.userId || plan.version !== version) return;
  await insertPlanVersionIfMissing(trx, {
    id: newId(),
    plan_id: plan.id,
    version: plan.version,
    status: plan.status,
    content: plan.content,
    evaluation: plan.evaluation,
    saved_by: plan.updated_by,
    saved_at: plan.updated_at,
    reden: 'voor_ander',
  });
}

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
    if (change.kind === 'save') await keepOtherAuthorsWork(trx, plan, actor, version);
    else await writeVersion(trx, next, { userId: actor.userId, at: iso, reason: REASON[change.kind] });
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
