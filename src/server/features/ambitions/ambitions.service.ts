/**
 * The school's ambitions per schooljaar: set, changed with a reason (the old value stays), dropped,
 * copied from last year in one action. An ambition in words gets the team's evaluation in words.
 */
import { ambitionProblems } from '../../../domain/ambitions-check';
import type { AmbitionTarget } from '../../../domain/ambitions';
import { schooljaarOf } from '../../../domain/schooljaar';
import { isVak } from '../../../shared/vakken';
import { audit } from '../../audit';
import { permissionsAtSchool, schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict, forbidden, invalidInput, notFound, type FieldIssue } from '../../errors';
import { loadAmbitions, schoolSignaleringswaarden } from './ambitions.queries';
import {
  AmbitionTargetSchema,
  type AmbitionListResponse,
  type AmbitionTargetInput,
} from './ambitions.schema';

interface Cell {
  vak: string | null;
  jaargroep: number | null;
  moment: 'B' | 'M' | 'E' | null;
}

/** Reading is for whoever sees the school's figures; "no access" looks like "no such school". */
export function assertReadable(actor: Actor, schoolId: string): void {
  if (!schoolsWhere(actor, 'statistics.read').includes(schoolId)) throw notFound('De school');
}

function assertManage(actor: Actor, schoolId: string): void {
  assertReadable(actor, schoolId);
  if (!permissionsAtSchool(actor, schoolId).includes('ambition.manage')) throw forbidden();
}

export async function schooljarenOf(db: Db, schoolId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('schooljaar')
    .select('name')
    .where('school_id', '=', schoolId)
    .orderBy('name', 'desc')
    .execute();
  return rows.map((r) => r.name);
}

/** Everything wrong with a new or changed ambition, per field, in Dutch. */
function problemsOf(schooljaar: string, cell: Cell, target: AmbitionTargetInput): FieldIssue[] {
  if (target.kind === 'woorden') return [];
  const issues: FieldIssue[] = [];
  if (cell.vak === null || !isVak(cell.vak)) issues.push({ field: 'vak', message: 'kies een vak' });
  if (cell.jaargroep === null) issues.push({ field: 'jaargroep', message: 'kies een jaargroep' });
  if (cell.moment === null) issues.push({ field: 'moment', message: 'kies een toetsmoment (B, M of E)' });
  if (issues.length > 0 || cell.vak === null || !isVak(cell.vak) || cell.jaargroep === null || !cell.moment)
    return issues;
  return ambitionProblems({
    schoolId: '',
    schooljaar,
    vak: cell.vak,
    jaargroep: cell.jaargroep,
    moment: cell.moment,
    target: target as AmbitionTarget,
  }).map((message) => ({ field: 'target', message }));
}

export async function listAmbitions(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: { schooljaar?: string | undefined },
  now: Date,
): Promise<AmbitionListResponse> {
  assertReadable(actor, schoolId);
  const schooljaren = await schooljarenOf(db, schoolId);
  const today = schooljaarOf(now);
  const schooljaar = query.schooljaar ?? (schooljaren.includes(today) ? today : (schooljaren[0] ?? today));
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
    abilities: permissionsAtSchool(actor, schoolId),
  };
}

async function record(
  trx: Db,
  row: { id: string; version: number; target: string; evaluation: string | null },
  action: 'aangemaakt' | 'gewijzigd' | 'vervallen' | 'geevalueerd',
  change: { reason: string; decidedBy: string; userId: string; at: string },
) {
  await trx
    .insertInto('ambitie_wijziging')
    .values({
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
    })
    .execute();
}

export async function createAmbition(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: Cell & {
    schooljaar: string;
    target: AmbitionTargetInput;
    reason?: string | undefined;
    decidedBy?: string | undefined;
  },
  now: Date,
) {
  assertManage(actor, schoolId);
  const issues = problemsOf(input.schooljaar, input, input.target);
  if (issues.length > 0) throw invalidInput(`Deze ambitie klopt niet: ${issues[0]?.message ?? ''}`, issues);
  const iso = now.toISOString();
  const row = {
    id: newId(now.getTime()),
    school_id: schoolId,
    schooljaar: input.schooljaar,
    vak: input.vak,
    jaargroep: input.jaargroep,
    moment: input.moment,
    kind: input.target.kind,
    target: JSON.stringify(input.target),
    evaluation: null,
    status: 'actief' as const,
    version: 1,
    created_by: actor.userId,
    created_at: iso,
    updated_by: actor.userId,
    updated_at: iso,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('ambitie').values(row).execute();
    await record(trx, row, 'aangemaakt', {
      reason: input.reason?.trim() || 'Nieuwe ambitie',
      decidedBy: input.decidedBy?.trim() || actor.name,
      userId: actor.userId,
      at: iso,
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
  return (await loadAmbitions(db, schoolId, row.schooljaar)).find((a) => a.id === row.id);
}

export async function changeAmbition(
  db: Db,
  actor: Actor,
  ambitionId: string,
  input: {
    version: number;
    target?: AmbitionTargetInput | undefined;
    evaluation?: string | null | undefined;
    status?: 'actief' | 'vervallen' | undefined;
    reason: string;
    decidedBy?: string | undefined;
  },
  now: Date,
) {
  const current = await db.selectFrom('ambitie').selectAll().where('id', '=', ambitionId).executeTakeFirst();
  if (!current || !schoolsWhere(actor, 'statistics.read').includes(current.school_id))
    throw notFound('De ambitie');
  assertManage(actor, current.school_id);
  const oldTarget = AmbitionTargetSchema.parse(JSON.parse(current.target));
  if (input.target && input.target.kind !== oldTarget.kind)
    throw invalidInput('Een ambitie houdt haar soort; maak een nieuwe ambitie voor een andere soort.', [
      { field: 'target.kind', message: 'andere soort dan de ambitie' },
    ]);
  if (input.target) {
    const issues = problemsOf(current.schooljaar, current, input.target);
    if (issues.length > 0) throw invalidInput(`Deze ambitie klopt niet: ${issues[0]?.message ?? ''}`, issues);
  }
  if (input.evaluation !== undefined && oldTarget.kind !== 'woorden')
    throw invalidInput('Alleen een ambitie in woorden krijgt een evaluatie in woorden.', [
      { field: 'evaluation', message: 'niet bij deze soort ambitie' },
    ]);
  const iso = now.toISOString();
  const next = {
    id: current.id,
    version: current.version + 1,
    target: input.target ? JSON.stringify(input.target) : current.target,
    evaluation: input.evaluation !== undefined ? input.evaluation : current.evaluation,
    status: input.status ?? current.status,
  };
  const action =
    next.status !== current.status
      ? next.status === 'vervallen'
        ? ('vervallen' as const)
        : ('gewijzigd' as const)
      : !input.target && input.evaluation !== undefined
        ? ('geevalueerd' as const)
        : ('gewijzigd' as const);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('ambitie')
      .set({
        version: next.version,
        target: next.target,
        evaluation: next.evaluation,
        status: next.status,
        updated_by: actor.userId,
        updated_at: iso,
      })
      .where('id', '=', current.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const latest = (await loadAmbitions(trx, current.school_id, current.schooljaar)).find(
        (a) => a.id === current.id,
      );
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
  return (await loadAmbitions(db, current.school_id, current.schooljaar)).find((a) => a.id === current.id);
}

/** Last year's ambitions into this year, in one action; a cell that already has one of that kind keeps it. */
export async function copyAmbitions(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: { from: string; to: string },
  now: Date,
) {
  assertManage(actor, schoolId);
  if (input.from === input.to)
    throw invalidInput('Kies twee verschillende schooljaren.', [
      { field: 'to', message: 'zelfde schooljaar' },
    ]);
  const [source, existing] = await Promise.all([
    loadAmbitions(db, schoolId, input.from),
    loadAmbitions(db, schoolId, input.to),
  ]);
  const key = (a: {
    vak: string | null;
    jaargroep: number | null;
    moment: string | null;
    target: { kind: string };
  }) =>
    JSON.stringify([
      a.vak,
      a.jaargroep,
      a.moment,
      a.target.kind,
      a.target.kind === 'woorden' ? a.target : null,
    ]);
  const taken = new Set(existing.filter((a) => a.status === 'actief').map(key));
  const toCopy = source.filter((a) => a.status === 'actief' && !taken.has(key(a)));
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    for (const a of toCopy) {
      const row = {
        id: newId(now.getTime()),
        school_id: schoolId,
        schooljaar: input.to,
        vak: a.vak,
        jaargroep: a.jaargroep,
        moment: a.moment,
        kind: a.target.kind,
        target: JSON.stringify(a.target),
        evaluation: null,
        status: 'actief' as const,
        version: 1,
        created_by: actor.userId,
        created_at: iso,
        updated_by: actor.userId,
        updated_at: iso,
      };
      await trx.insertInto('ambitie').values(row).execute();
      await record(trx, row, 'aangemaakt', {
        reason: `Overgenomen uit ${input.from}`,
        decidedBy: actor.name,
        userId: actor.userId,
        at: iso,
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
  return {
    copied: toCopy.length,
    skipped: source.filter((a) => a.status === 'actief').length - toCopy.length,
  };
}
