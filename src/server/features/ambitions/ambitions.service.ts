/**
 * The school's ambitions per schooljaar: listed, changed with a reason (the old value stays), dropped.
 * An ambition in words gets the team's evaluation in words. Setting one and copying last year's are in
 * ambitions-save.service.ts.
 */
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { AmbitionTarget } from '../../../domain/ambitions';
import { measureOf } from '../../../domain/ambitions-reference';
import { currentSchooljaar } from '../../../domain/schooljaar';
import { audit } from '../../audit';
import { abilitiesAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { DB } from '../../db/schema';
import { conflict, notFound } from '../../errors';
import { findSchooljaarNames } from '../schools/schools.queries';
import {
  findAmbition,
  insertAmbitionChange,
  loadAmbitions,
  schoolSignaleringswaarden,
  updateAmbitionAtVersion,
} from './ambitions.queries';
import { actionOf, refuseChange, type Action, type Cell } from './ambitions.rules';
import {
  AmbitionTargetSchema,
  type AmbitionListQuery,
  type AmbitionListResponse,
  type AmbitionResponse,
  type AmbitionTargetInput,
  type ChangeAmbitionBody,
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
export function newAmbitionRow(
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
    measure: measureOf(fields.target as AmbitionTarget),
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
export async function record(
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

export async function ambitionAsNow(
  db: Db,
  row: { id: string; school_id: string; schooljaar: string },
): Promise<AmbitionResponse | undefined> {
  return (await loadAmbitions(db, row.school_id, row.schooljaar)).find((a) => a.id === row.id);
}

type AmbitionRow = Selectable<DB['ambitie']>;

/** What a change makes of the ambition: its next target (as JSON), evaluation and status. */
export interface NextVersion {
  target: string;
  evaluation: string | null;
  status: 'actief' | 'vervallen';
}

/**
 * The ambition at its next version, with a history line and an audit row in one transaction. Only at
 * the version the caller read: when someone else was first, a conflict that carries their version.
 */
export async function applyChange(
  db: Db,
  actor: Actor,
  current: AmbitionRow,
  read: number,
  next: NextVersion & { action: Action; reason: string; decidedBy?: string },
  now: Date,
): Promise<AmbitionResponse | undefined> {
  const iso = now.toISOString();
  const version = current.version + 1;
  const measure = measureOf(AmbitionTargetSchema.parse(JSON.parse(next.target)) as AmbitionTarget);
  await db.transaction().execute(async (trx) => {
    const saved = await updateAmbitionAtVersion(trx, current.id, read, {
      target: next.target,
      evaluation: next.evaluation,
      status: next.status,
      measure,
      version,
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
    await record(
      trx,
      { id: current.id, version, target: next.target, evaluation: next.evaluation },
      next.action,
      {
        reason: next.reason,
        decidedBy: next.decidedBy?.trim() || actor.name,
        userId: actor.userId,
        at: iso,
      },
    );
    await audit(trx, now, {
      userId: actor.userId,
      action: `ambition.${next.action}`,
      entity: 'ambitie',
      entityId: current.id,
      schoolId: current.school_id,
      details: { version },
    });
  });
  return ambitionAsNow(db, current);
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
  const next: NextVersion = {
    target: input.target ? JSON.stringify(input.target) : current.target,
    evaluation: input.evaluation !== undefined ? input.evaluation : current.evaluation,
    status: input.status ?? current.status,
  };
  const action = actionOf(input, current.status, next.status);
  return applyChange(
    db,
    actor,
    current,
    input.version,
    { ...next, action, reason: input.reason, decidedBy: input.decidedBy },
    now,
  );
}
