/**
 * Setting an ambition and copying last year's. A school has one ambition per schooljaar, vak, jaargroep,
 * moment and measure: setting one for a key that already has one edits that one (a new version with its
 * reason, the old value kept in the history) instead of adding a second that contradicts it. Ambitions
 * in words have no measure; each is its own.
 */
import type { z } from 'zod';
import type { AmbitionTarget } from '../../../domain/ambitions';
import { measureOf } from '../../../domain/ambitions-reference';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { invalidInput } from '../../errors';
import { findAmbitionsOfCell, insertAmbition, loadAmbitions } from './ambitions.queries';
import { cellKey, refuseProblems } from './ambitions.rules';
import {
  AmbitionTargetSchema,
  type AmbitionResponse,
  type CopyAmbitionsBody,
  type NewAmbitionBody,
} from './ambitions.schema';
import { ambitionAsNow, applyChange, newAmbitionRow, record } from './ambitions.service';

type NewAmbition = z.infer<typeof NewAmbitionBody>;

/** Why a second save of one key is a new version of the first, when the team gives no reason. */
const SAVED_AGAIN = 'Opnieuw vastgelegd voor dezelfde jaargroep, hetzelfde vak, moment en dezelfde maat';

const sameTarget = (stored: string, target: NewAmbition['target']) =>
  JSON.stringify(AmbitionTargetSchema.parse(JSON.parse(stored))) ===
  JSON.stringify(AmbitionTargetSchema.parse(target));

/** The ambition the school already has for this key (the latest, should there be more), if any. */
async function ambitionOfKey(db: Db, schoolId: string, input: NewAmbition) {
  const measure = measureOf(input.target as AmbitionTarget);
  const { vak, jaargroep, moment } = input;
  if (measure === null || vak === null || jaargroep === null || moment === null) return undefined;
  const rows = await findAmbitionsOfCell(db, {
    schoolId,
    schooljaar: input.schooljaar,
    vak,
    jaargroep,
    moment,
  });
  // The measure is computed from the target, so rows written before it was stored are found too.
  return rows.find(
    (r) => measureOf(AmbitionTargetSchema.parse(JSON.parse(r.target)) as AmbitionTarget) === measure,
  );
}

async function insertNew(db: Db, actor: Actor, schoolId: string, input: NewAmbition, now: Date) {
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

async function saveOnce(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: NewAmbition,
  now: Date,
): Promise<{ ambition: AmbitionResponse | undefined; created: boolean }> {
  const existing = await ambitionOfKey(db, schoolId, input);
  if (!existing) return { ambition: await insertNew(db, actor, schoolId, input, now), created: true };
  // Saving what is already there changes nothing: no version without a change.
  if (existing.status === 'actief' && sameTarget(existing.target, input.target))
    return { ambition: await ambitionAsNow(db, existing), created: false };
  const target = JSON.stringify(input.target);
  const reason = input.reason?.trim() || SAVED_AGAIN;
  const next = { target, evaluation: existing.evaluation, status: 'actief' as const };
  const ambition = await applyChange(
    db,
    actor,
    existing,
    existing.version,
    { ...next, action: 'gewijzigd', reason, decidedBy: input.decidedBy },
    now,
  );
  return { ambition, created: false };
}

/** A new ambition, or, when the key has one, that one at its next version. `created` says which. */
export async function saveAmbition(db: Db, actor: Actor, schoolId: string, input: NewAmbition, now: Date) {
  requireAtSchool(actor, schoolId, 'ambition.manage');
  refuseProblems(input.schooljaar, input, input.target);
  try {
    return await saveOnce(db, actor, schoolId, input, now);
  } catch (error) {
    // Someone saved the same key at the same moment and the unique index refused ours: edit theirs.
    if (!isUniqueViolation(error)) throw error;
    return saveOnce(db, actor, schoolId, input, now);
  }
}

/**
 * Last year's ambitions into this year, in one action. A key that already has an ambition this year
 * keeps it, also a dropped one: the team decided on that key this year.
 */
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
  const taken = new Set(existing.map(cellKey));
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
