/**
 * A new bespreking as every way of planning one makes it (the IB's dialog, the planning of a period, a
 * pupil raised in a groepsbespreking): planned, unanswered, version 1, with its deelnemers.
 */
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { BesprekingKind } from '../../db/schema';
import { defaultDeelnemers, deelnemerRows, type DeelnemerRow } from './deelnemers';
import { insertBespreking, replaceDeelnemers } from './besprekingen.queries';

export interface PlannedBespreking {
  id: string;
  schoolId: string;
  kind: BesprekingKind;
  schooljaar: string;
  periodeId: string | null;
  groepId: string | null;
  leerlingId: string | null;
  plannedOn: string;
}

/** Inserts it with the given deelnemers, or the default ones for its kind. */
export async function insertPlannedBespreking(
  trx: Db,
  actor: Actor,
  now: Date,
  b: PlannedBespreking,
  people?: readonly DeelnemerRow[],
): Promise<void> {
  const iso = now.toISOString();
  await insertBespreking(trx, {
    id: b.id,
    school_id: b.schoolId,
    kind: b.kind,
    schooljaar: b.schooljaar,
    periode_id: b.periodeId,
    groep_id: b.groepId,
    leerling_id: b.leerlingId,
    planned_on: b.plannedOn,
    held_on: null,
    status: 'gepland',
    answers: '{}',
    decision: null,
    snapshot: null,
    version: 1,
    created_by: actor.userId,
    created_at: iso,
    updated_by: actor.userId,
    updated_at: iso,
  });
  const deelnemers = people ?? (await defaultDeelnemers(trx, actor, b));
  await replaceDeelnemers(trx, b.id, deelnemerRows(b.id, deelnemers, now));
}
