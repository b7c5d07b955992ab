/**
 * The school's ambitions per schooljaar: set, changed with a reason (the old value stays), dropped,
 * copied from last year in one action. An ambition in words gets the team's evaluation in words.
 */
import type { z } from 'zod';
import { currentSchooljaar } from '../../../domain/schooljaar';
import { audit } from '../../audit';
import { abilitiesAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict, invalidInput, notFound } from '../../errors';
import { findSchooljaarNames } from '../schools/schools.queries';
import {
  findAmbition,
  insertAmbition,
  insertAmbitionChange,
  loadAmbitions,
  schoolSignaleringswaarden,
  updateAmbitionAtVersion,
} from './ambitions.queries';
import { actionOf, cellKey, refuseChange, refuseProblems, type Action, type Cell } from './ambitions.rules';
import {
  AmbitionTargetSchema,
  type AmbitionListQuery,
  type AmbitionListResponse,
  type AmbitionTargetInput,
  type ChangeAmbitionBody,
  type CopyAmbitionsBody,
  type NewAmbitionBody,
} from './ambitions.schema';

/** The school's schooljaren, newest first. */
export async function schooljarenOf(db: Db, schoolId: string): Promise<string[]> {
  return (await findSchooljaarNames(db, schoolId)).map((r) => r.name);
}

export async function listAmbitions(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof AmbitionListQuery>,
  now: Date,
): Promise<AmbitionListResponse> {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const schooljaren = await schooljarenOf(db, schoolId);
  const schooljaar = query.schooljaar ?? currentSchooljaar(schooljaren, now);
  const [ambitions, signaleringswaarden] = await Promise.all([
    loadAmbitions(db, schoolId, schooljaar),
    schoolSignaleringswaarden(db, schoolId),
  ]);
  return {
    schoolId,
    schooljaar,
    schooljaren,
    ambitions,
    signaleringswaarden,
    abilities: abilitiesAt(actor, schoolId),
  };
}

/** A new, active ambition at version 1, made by the actor now. */
function newAmbitionRow(
  actor: Actor,
  now: Date,
  fields: Cell & { schoolId: string; schooljaar: string; target: AmbitionTargetInput },
) {
  const iso = now.toISOString();
  return {
    id: newId(now.getTime()),
    school_id: fields.schoolId,
    schooljaar: fields.schooljaar,
    vak: fields.vak,
    jaargroep: fields.jaargroep,
    moment: fields.moment,
    kind: fields.target.kind,
    target: JSON.stringify(fields.target),
    evaluation: null,
    status: 'actief' as const,
    version: 1,
    created_by: actor.userId,
    created_at: iso,
    updated_by: actor.userId,
    updated_at: iso,
  };
}

/** A line in the ambition's history: the version as it now stands, and why. */
async function record(
  trx: Db,
  row: { id: string; version: number; target: string; evaluation: string | null },
  action: Action,
  change: { reason: string; decidedBy: string; userId: string; at: string },
) {
  await insertAmbitionChange(trx, {
    id: newId(),
    ambitie_id: row.id,
    version: row.version,
    action,
    target: row.target,
    evaluation: row.evaluation,
    reason: change.reason,
    decided_by: change.decidedBy,
    changed_by: change.userId,
    changed_at: change.at,
  });
}

async function ambitionAsNow(db: Db, row: { id: string; school_id: string; schooljaar: string }) {
  return (await loadAmbitions(db, row.school_id, row.schooljaar)).find((a) => a.id === row.id);
}

export async function createAmbition(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: z.infer<typeof NewAmbitionBody>,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'ambition.manage');
  refuseProblems(input.schooljaar, input, input.target);
  const row = newAmbitionRow(actor, now, { ...input, schoolId });
  await db.transaction().execute(async (trx) => {
    await insertAmbition(trx, row);
    await record(trx, row, 'aangemaakt', {
      reason: input.reason?.trim() || 'Nieuwe ambitie',
      decidedBy: input.decidedBy?.trim() || actor.name,
      userId: actor.userId,
      at: row.created_at,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'ambition.create',
      entity: 'ambitie',
      entityId: row.id,
      schoolId,
      details: { schooljaar: row.schooljaar, kind: row.kind },
    });
  });
  return ambitionAsNow(db, row);
}

export async function changeAmbition(
  db: Db,
  actor: Actor,
  ambitionId: string,
  input: z.infer<typeof ChangeAmbitionBody>,
  now: Date,
) {
  const current = await findAmbition(db, ambitionId);
  if (!current) throw notFound('De ambitie');
  requireAtSchool(actor, current.school_id, 'ambition.manage', 'De ambitie');
  refuseChange(current, AmbitionTargetSchema.parse(JSON.parse(current.target)), input);
  const iso = now.toISOString();
  const next = {
    id: current.id,
    version: current.version + 1,
    target: input.target ? JSON.stringify(input.target) : current.target,
    evaluation: input.evaluation !== undefined ? input.evaluation : current.evaluation,
    status: input.status ?? current.status,
  };
  const action = actionOf(input, current.status, next.status);
  await db.transaction().execute(async (trx) => {
    const { id: _id, ...values } = next;
    const saved = await updateAmbitionAtVersion(trx, current.id, input.version, {
      ...values,
      updated_by: actor.userId,
      updated_at: iso,
    });
    if (!saved) {
      const latest = await ambitionAsNow(trx, current);
      throw conflict(
        `${latest?.updatedBy ?? 'Iemand anders'} heeft deze ambitie intussen gewijzigd. Bekijk de nieuwe waarde en probeer het opnieuw.`,
        latest,
      );
    }
    await record(trx, next, action, {
      reason: input.reason,
      decidedBy: input.decidedBy?.trim() || actor.name,
      userId: actor.userId,
      at: iso,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: `ambition.${action}`,
      entity: 'ambitie',
      entityId: current.id,
      schoolId: current.school_id,
      details: { version: next.version },
    });
  });
  return ambitionAsNow(db, current);
}

/** Last year's ambitions into this year, in one action; a cell that already has one of that kind keeps it. */
export async function copyAmbitions(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: z.infer<typeof CopyAmbitionsBody>,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'ambition.manage');
  if (input.from === input.to)
    throw invalidInput('Kies twee verschillende schooljaren.', [
      { field: 'to', message: 'zelfde schooljaar' },
    ]);
  const [source, existing] = await Promise.all([
    loadAmbitions(db, schoolId, input.from),
    loadAmbitions(db, schoolId, input.to),
  ]);
  const taken = new Set(existing.filter((a) => a.status === 'actief').map(cellKey));
  const active = source.filter((a) => a.status === 'actief');
  const toCopy = active.filter((a) => !taken.has(cellKey(a)));
  await db.transaction().execute(async (trx) => {
    for (const a of toCopy) {
      const row = newAmbitionRow(actor, now, { ...a, schoolId, schooljaar: input.to });
      await insertAmbition(trx, row);
      await record(trx, row, 'aangemaakt', {
        reason: `Overgenomen uit ${input.from}`,
        decidedBy: actor.name,
        userId: actor.userId,
        at: row.created_at,
      });
    }
    await audit(trx, now, {
      userId: actor.userId,
      action: 'ambition.copy',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { from: input.from, to: input.to, copied: toCopy.length },
    });
  });
  return { copied: toCopy.length, skipped: active.length - toCopy.length };
}
