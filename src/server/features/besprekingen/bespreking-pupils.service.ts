/**
 * A groepsbespreking sends pupils on to a leerlingbespreking, with the reason; with a date, that
 * leerlingbespreking is planned at once (the pupil's teachers and the IB as participants). Until the
 * pupil has been discussed, they stay on the IB's list of pupils to discuss.
 */
import { schooljaarOfDate } from '../../../domain/schooljaar';
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict, invalidInput, notFound } from '../../errors';
import { periodsOf } from '../periods/periods';
import { invalidField } from '../zorg/invalid-field';
import { isPlacedInGroup } from './agenda.queries';
import { besprekingDetail } from './bespreking-detail';
import { refuseWhenVastgesteld, requireBespreking } from './bespreking.policy';
import { periodOfDay } from './besprekingen.service';
import { insertPlannedBespreking } from './bespreking-insert';
import {
  deleteRaisedPupil,
  findBespreking,
  findRaisedPupils,
  insertRaisedPupil,
  type BesprekingRow,
} from './besprekingen.queries';
import type { RaiseBody } from './besprekingen.schema';

async function checkRaise(db: Db, row: BesprekingRow, leerlingId: string) {
  if (row.kind !== 'groepsbespreking' || !row.groep_id)
    throw invalidInput('Alleen een groepsbespreking stuurt leerlingen door naar een leerlingbespreking.');
  refuseWhenVastgesteld(row);
  if (!(await isPlacedInGroup(db, leerlingId, row.groep_id)))
    throw invalidField('leerlingId', 'zit niet in deze groep');
  const raised = await findRaisedPupils(db, row.id);
  if (raised.some((r) => r.leerling_id === leerlingId))
    throw conflict('Deze leerling is vanuit deze bespreking al doorgestuurd naar een leerlingbespreking.');
}

/** Plans the leerlingbespreking for a raised pupil. */
async function planLeerlingbespreking(
  trx: Db,
  actor: Actor,
  row: BesprekingRow,
  leerlingId: string,
  plannedOn: string,
  now: Date,
) {
  const schooljaar = schooljaarOfDate(plannedOn);
  const periode = periodOfDay(await periodsOf(trx, row.school_id, schooljaar, now), plannedOn);
  const id = newId(now.getTime());
  await insertPlannedBespreking(trx, actor, now, {
    id,
    schoolId: row.school_id,
    kind: 'leerlingbespreking',
    schooljaar,
    periodeId: periode?.id ?? null,
    groepId: null,
    leerlingId,
    plannedOn,
  });
}

export async function raisePupil(db: Db, actor: Actor, id: string, input: RaiseBody, now: Date) {
  const row = await requireBespreking(db, actor, id, 'zorg.write');
  await checkRaise(db, row, input.leerlingId);
  return db.transaction().execute(async (trx) => {
    await insertRaisedPupil(trx, {
      id: newId(now.getTime()),
      bespreking_id: row.id,
      leerling_id: input.leerlingId,
      reason: input.reason,
      created_at: now.toISOString(),
    });
    if (input.plannedOn)
      await planLeerlingbespreking(trx, actor, row, input.leerlingId, input.plannedOn, now);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'bespreking.raise',
      entity: 'bespreking',
      entityId: row.id,
      leerlingId: input.leerlingId,
      schoolId: row.school_id,
      details: { planned: input.plannedOn !== undefined },
    });
    return besprekingDetail(trx, actor, row, now);
  });
}

export async function dropRaisedPupil(db: Db, actor: Actor, id: string, leerlingId: string, now: Date) {
  const row = await requireBespreking(db, actor, id, 'zorg.write');
  refuseWhenVastgesteld(row);
  return db.transaction().execute(async (trx) => {
    if (!(await deleteRaisedPupil(trx, row.id, leerlingId))) throw notFound('De doorgestuurde leerling');
    await audit(trx, now, {
      userId: actor.userId,
      action: 'bespreking.raise.remove',
      entity: 'bespreking',
      entityId: row.id,
      leerlingId,
      schoolId: row.school_id,
    });
    const current = await findBespreking(trx, row.id);
    if (!current) throw new Error('the bespreking is gone');
    return besprekingDetail(trx, actor, current, now);
  });
}
