/**
 * One bespreking: read it (audited), save the answers as the user types (with the version, so nobody
 * overwrites another unnoticed), mark it held, vaststellen it (the agenda is frozen into the record and
 * a version is kept; read-only from then on), and correct a vastgesteld one (a new version with the
 * reason, editable again; the frozen one stays in the versions).
 */
import { audit, type AuditEntry } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { DB } from '../../db/schema';
import type { Updateable } from 'kysely';
import { conflict } from '../../errors';
import { liveAgenda } from './agenda';
import { besprekingDetail } from './bespreking-detail';
import { checkSaveFits, refuseWhenVastgesteld, requireBespreking } from './bespreking.policy';
import { deelnemerRows, resolveDeelnemers } from './deelnemers';
import {
  findBespreking,
  insertBesprekingVersie,
  replaceDeelnemers,
  updateBesprekingAtVersion,
  type BesprekingRow,
} from './besprekingen.queries';
import type { SaveBesprekingBody } from './besprekingen.schema';

export async function getBespreking(db: Db, actor: Actor, id: string, now: Date) {
  const row = await requireBespreking(db, actor, id, 'zorg.read');
  // The route layer audits the read (http/audit-reads.ts).
  return db.transaction().execute((trx) => besprekingDetail(trx, actor, row, now));
}

/**
 * Writes `values` at the version the caller read, with the audit row, and answers with the detail; a
 * stale version is refused with the bespreking as it is now, so the user can merge their text.
 */
async function writeAtVersion(
  db: Db,
  actor: Actor,
  row: BesprekingRow,
  version: number,
  now: Date,
  change: { values: Updateable<DB['bespreking']>; audit: Pick<AuditEntry, 'action' | 'details'> },
  more?: (trx: Db) => Promise<void>,
) {
  return db.transaction().execute(async (trx) => {
    const iso = now.toISOString();
    const values = { ...change.values, version: row.version + 1, updated_by: actor.userId, updated_at: iso };
    if (!(await updateBesprekingAtVersion(trx, row.id, version, values))) {
      const current = await findBespreking(trx, row.id);
      throw conflict(
        `${current?.updated_by_name ?? 'Iemand anders'} heeft de bespreking intussen opgeslagen. Je tekst staat nog op je scherm: voeg hem samen met de nieuwe versie.`,
        current ? await besprekingDetail(trx, actor, current, now) : undefined,
      );
    }
    await more?.(trx);
    await audit(trx, now, {
      ...change.audit,
      userId: actor.userId,
      entity: 'bespreking',
      entityId: row.id,
      leerlingId: row.leerling_id,
      schoolId: row.school_id,
    });
    const saved = await findBespreking(trx, row.id);
    if (!saved) throw new Error('the bespreking is gone');
    return besprekingDetail(trx, actor, saved, now);
  });
}

export async function saveBespreking(db: Db, actor: Actor, id: string, input: SaveBesprekingBody, now: Date) {
  const row = await requireBespreking(db, actor, id, 'zorg.write');
  refuseWhenVastgesteld(row);
  checkSaveFits(row, input);
  const people = input.deelnemers
    ? await resolveDeelnemers(db, row.school_id, row.leerling_id, input.deelnemers)
    : null;
  const answers = { ...(JSON.parse(row.answers) as Record<string, string>), ...input.answers };
  const values: Updateable<DB['bespreking']> = { answers: JSON.stringify(answers) };
  if (input.decision !== undefined)
    values.decision = input.decision === null ? null : JSON.stringify(input.decision);
  if (input.plannedOn !== undefined) values.planned_on = input.plannedOn;
  if (input.heldOn !== undefined) values.held_on = input.heldOn;
  const fields = Object.keys(input).filter((k) => k !== 'version');
  return writeAtVersion(
    db,
    actor,
    row,
    input.version,
    now,
    { values, audit: { action: 'bespreking.update', details: { fields } } },
    async (trx) => {
      if (people) await replaceDeelnemers(trx, row.id, deelnemerRows(row.id, people, now));
    },
  );
}

export async function setBesprekingStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; status: 'gehouden' | 'vastgesteld' },
  now: Date,
) {
  const row = await requireBespreking(db, actor, id, 'zorg.write');
  refuseWhenVastgesteld(row);
  const heldOn = row.held_on ?? now.toISOString().slice(0, 10);
  if (input.status === 'gehouden') {
    const values = { status: 'gehouden' as const, held_on: heldOn };
    return writeAtVersion(db, actor, row, input.version, now, {
      values,
      audit: { action: 'bespreking.held' },
    });
  }
  // The figures as they were shown on the day: later imports change the live overview, not this.
  const snapshot = JSON.stringify(await liveAgenda(db, row, now));
  const values = { status: 'vastgesteld' as const, held_on: heldOn, snapshot };
  return writeAtVersion(
    db,
    actor,
    row,
    input.version,
    now,
    { values, audit: { action: 'bespreking.vastgesteld' } },
    (trx) =>
      insertBesprekingVersie(trx, {
        id: newId(now.getTime()),
        bespreking_id: row.id,
        version: row.version + 1,
        status: 'vastgesteld',
        answers: row.answers,
        decision: row.decision,
        snapshot,
        reason: 'vastgesteld',
        changed_by: actor.userId,
        changed_at: now.toISOString(),
      }),
  );
}

export async function correctBespreking(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; reason: string },
  now: Date,
) {
  const row = await requireBespreking(db, actor, id, 'zorg.write');
  if (row.status !== 'vastgesteld')
    throw conflict('Alleen een vastgestelde bespreking krijgt een correctie; deze kun je gewoon aanpassen.');
  const values = { status: 'gehouden' as const, snapshot: null };
  const entry = { action: 'bespreking.correction', details: { fields: ['reason'] } };
  return writeAtVersion(db, actor, row, input.version, now, { values, audit: entry }, (trx) =>
    insertBesprekingVersie(trx, {
      id: newId(now.getTime()),
      bespreking_id: row.id,
      version: row.version + 1,
      status: 'gehouden',
      answers: row.answers,
      decision: row.decision,
      snapshot: row.snapshot,
      reason: input.reason,
      changed_by: actor.userId,
      changed_at: now.toISOString(),
    }),
  );
}
