/**
 * The life of an OPP after its first draft: the overleg with the verzorgers, the steps vaststellen,
 * bijstellen and beëindigen, the evaluation per vak with figures the server computes and freezes, and
 * a teacher's note. A step that changes the status keeps a version; a refusal writes nothing.
 */
import { allowedSteps, type OppStatusValue } from '../../../domain/opp';
import { summarizeIssues } from '../../../shared/zod-nl';
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { OppTable } from '../../db/schema';
import { conflict, invalidInput, type FieldIssue } from '../../errors';
import { updateOppSince } from '../pupils/pupils.queries';
import { evaluationFigures } from './opp-figures';
import type { OppResponse } from './opp-response.schema';
import { contentOf, todayOf, vakViews } from './opp-view';
import { requireOpp, vaststellenBlockers, type OppAccess } from './opp.policy';
import {
  findOverleggen,
  insertEvaluatie,
  insertOppVersie,
  insertOverleg,
  updateOppAtVersion,
} from './opp.queries';
import type { EvaluatieBody, NoteBody, OverlegBody, StepBody } from './opp.schema';
import { reloadView, staleConflict } from './opp.service';

const STATUS_WORD: Record<OppStatusValue, string> = {
  concept: 'een concept',
  vastgesteld: 'vastgesteld',
  geevalueerd: 'geëvalueerd',
  bijgesteld: 'bijgesteld',
  beeindigd: 'beëindigd',
};

const STEP_WORD = { vaststellen: 'vastgesteld', bijstellen: 'bijgesteld', beeindigen: 'beëindigd' } as const;

function wrongStatus(status: OppStatusValue, what: string) {
  return conflict(`Dit OPP is ${STATUS_WORD[status]}: het kan nu niet ${what} worden.`);
}

/** The verzorgers' instemming on this version and an uitstroomprofiel, or a 400 that says what is missing. */
async function checkVaststellen(trx: Db, opp: OppAccess['opp']) {
  const blockers = vaststellenBlockers(opp, contentOf(opp), await findOverleggen(trx, opp.id));
  const issues: FieldIssue[] = [];
  if (blockers.includes('no_uitstroomprofiel'))
    issues.push({ field: 'content.uitstroomprofiel', message: 'kies eerst een uitstroomprofiel' });
  if (blockers.includes('no_instemming'))
    issues.push({
      field: 'overleg',
      message: 'leg eerst vast dat de ouders instemmen met deze versie van het OPP',
    });
  if (issues.length > 0)
    throw invalidInput(
      `Het OPP kan nog niet worden vastgesteld: ${issues.map((i) => i.message).join('; ')}.`,
      issues,
    );
}

/** What a step changes on the OPP, and the reason its version row keeps. */
function stepChange(opp: OppAccess['opp'], input: StepBody, today: string) {
  switch (input.step) {
    case 'vaststellen':
      return {
        values: { status: 'vastgesteld' as const, vastgesteld_on: opp.vastgesteld_on ?? today },
        reason: 'vastgesteld',
        // The first vaststelling is when the OPP took effect (OSO's opp_ingangdatum).
        oppSince: opp.vastgesteld_on ?? today,
      };
    case 'bijstellen':
      return { values: { status: 'bijgesteld' as const }, reason: input.reason ?? '', oppSince: undefined };
    case 'beeindigen': {
      const endedOn = input.endedOn ?? today;
      if (endedOn < opp.decided_on) {
        const issues = [{ field: 'endedOn', message: 'ligt voor de datum van het besluit over het OPP' }];
        throw invalidInput(summarizeIssues(issues), issues);
      }
      return {
        values: { status: 'beeindigd' as const, ended_on: endedOn },
        reason: input.reason || 'beeindigd',
        oppSince: null,
      };
    }
  }
}

export async function takeStep(
  db: Db,
  actor: Actor,
  oppId: string,
  input: StepBody,
  now: Date,
): Promise<OppResponse> {
  const access = await requireOpp(db, actor, oppId, 'opp.write');
  const { opp, pupil } = access;
  const iso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (opp.version !== input.version) throw await staleConflict(trx, actor, access, now);
    if (!allowedSteps(opp.status).includes(input.step)) throw wrongStatus(opp.status, STEP_WORD[input.step]);
    if (input.step === 'vaststellen') await checkVaststellen(trx, opp);
    const change = stepChange(opp, input, todayOf(now));
    const version = opp.version + 1;
    const saved = await updateOppAtVersion(trx, opp.id, opp.version, {
      ...change.values,
      version,
      updated_by: actor.userId,
      updated_at: iso,
    });
    if (!saved) throw await staleConflict(trx, actor, access, now);
    await insertOppVersie(trx, {
      id: newId(now.getTime()),
      opp_id: opp.id,
      version,
      status: change.values.status,
      content: opp.content,
      reason: change.reason,
      changed_by: actor.userId,
      changed_at: iso,
    });
    if (change.oppSince !== undefined) await updateOppSince(trx, pupil.id, change.oppSince, iso);
    await audit(trx, now, {
      userId: actor.userId,
      action: `opp.${input.step}`,
      entity: 'opp',
      entityId: opp.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { version, status: change.values.status },
    });
    return reloadView(trx, actor, access, now);
  });
}

export async function recordOverleg(
  db: Db,
  actor: Actor,
  oppId: string,
  input: OverlegBody,
  now: Date,
): Promise<OppResponse> {
  const access = await requireOpp(db, actor, oppId, 'opp.write');
  const { opp, pupil } = access;
  if (opp.status === 'beeindigd') throw wrongStatus(opp.status, 'met de ouders besproken');
  return db.transaction().execute(async (trx) => {
    await insertOverleg(trx, {
      id: newId(now.getTime()),
      opp_id: opp.id,
      opp_version: opp.version,
      held_on: input.heldOn,
      participants: input.participants,
      parents_view: input.parentsView,
      outcome: input.outcome,
      note: input.note,
      recorded_by: actor.userId,
      recorded_at: now.toISOString(),
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'opp.overleg',
      entity: 'opp',
      entityId: opp.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { outcome: input.outcome, version: opp.version },
    });
    return reloadView(trx, actor, access, now);
  });
}

export async function evaluateOpp(
  db: Db,
  actor: Actor,
  oppId: string,
  input: EvaluatieBody,
  now: Date,
): Promise<OppResponse> {
  const access = await requireOpp(db, actor, oppId, 'opp.write');
  const { opp, pupil } = access;
  if (!allowedSteps(opp.status).includes('evalueren')) throw wrongStatus(opp.status, 'geëvalueerd');
  const content = contentOf(opp);
  const unknown = input.vakken.flatMap((v, i) =>
    content.vakken.some((c) => c.vak === v.vak)
      ? []
      : [{ field: `vakken.${i}.vak`, message: 'staat niet in het OPP' }],
  );
  if (unknown.length > 0) throw invalidInput(summarizeIssues(unknown), unknown);
  const iso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const views = await vakViews(trx, pupil, content);
    const vakken = input.vakken.flatMap((v) => {
      const view = views.find((w) => w.vak === v.vak);
      return view ? [evaluationFigures(view, v)] : [];
    });
    const version = opp.version + 1;
    const update: Partial<OppTable> = {
      status: 'geevalueerd',
      version,
      updated_by: actor.userId,
      updated_at: iso,
    };
    if (!(await updateOppAtVersion(trx, opp.id, opp.version, update)))
      throw await staleConflict(trx, actor, access, now);
    await insertEvaluatie(trx, {
      id: newId(now.getTime()),
      opp_id: opp.id,
      kind: 'evaluatie',
      evaluated_on: input.evaluatedOn,
      content: JSON.stringify({ vakken }),
      note: input.note,
      with_parents: input.withParents ? 1 : 0,
      recorded_by: actor.userId,
      recorded_at: iso,
    });
    await insertOppVersie(trx, {
      id: newId(now.getTime()),
      opp_id: opp.id,
      version,
      status: 'geevalueerd',
      content: opp.content,
      reason: 'geevalueerd',
      changed_by: actor.userId,
      changed_at: iso,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'opp.evaluatie',
      entity: 'opp',
      entityId: opp.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { vakken: vakken.length, withParents: input.withParents, version },
    });
    return reloadView(trx, actor, access, now);
  });
}

/** A teacher's note on the OPP, for the next evaluation: no change of content or status. */
export async function addNote(db: Db, actor: Actor, oppId: string, input: NoteBody, now: Date) {
  const access = await requireOpp(db, actor, oppId, 'opp.note');
  const { opp, pupil } = access;
  if (opp.status === 'beeindigd') throw wrongStatus(opp.status, 'aangevuld');
  return db.transaction().execute(async (trx) => {
    await insertEvaluatie(trx, {
      id: newId(now.getTime()),
      opp_id: opp.id,
      kind: 'notitie',
      evaluated_on: todayOf(now),
      content: JSON.stringify({ vakken: [] }),
      note: input.note,
      with_parents: 0,
      recorded_by: actor.userId,
      recorded_at: now.toISOString(),
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'opp.note',
      entity: 'opp',
      entityId: opp.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
    });
    return reloadView(trx, actor, access, now);
  });
}
