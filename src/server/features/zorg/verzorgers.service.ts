/**
 * Verzorgers (from the LAS or entered by hand) and their consents, such as sharing the dossier with an
 * external expert or the samenwerkingsverband. A consent is never removed: it is withdrawn on a day.
 */
import { audit, type AuditEntry } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict, notFound } from '../../errors';
import { invalidField } from './invalid-field';
import { requirePupilFor, type CarePupil } from './zorg.policy';
import {
  deleteVerzorger,
  findToestemming,
  findVerzorger,
  insertToestemming,
  insertVerzorger,
  updateVerzorger,
  withdrawToestemming,
} from './zorg.queries';
import type { ToestemmingBody, VerzorgerBody } from './zorg.schema';
import { zorgView } from './zorg-view';

/** Writes the change and its audit row in one transaction, and answers with the care page. */
async function write(
  db: Db,
  actor: Actor,
  pupil: CarePupil,
  now: Date,
  entry: Pick<AuditEntry, 'action' | 'entity' | 'entityId' | 'details'>,
  change: (trx: Db) => Promise<void>,
) {
  return db.transaction().execute(async (trx) => {
    await change(trx);
    await audit(trx, now, {
      ...entry,
      userId: actor.userId,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
    });
    return zorgView(trx, actor, pupil, now);
  });
}

const verzorgerValues = (input: VerzorgerBody) => ({
  name: input.name,
  relation: input.relation,
  phone: input.phone ?? null,
  email: input.email ?? null,
  gezag: input.gezag ? (1 as const) : (0 as const),
});

export async function addVerzorger(db: Db, actor: Actor, pupilId: string, input: VerzorgerBody, now: Date) {
  const pupil = await requirePupilFor(db, actor, pupilId, 'zorg.write', 'De leerling');
  const id = newId(now.getTime());
  const iso = now.toISOString();
  return write(
    db,
    actor,
    pupil,
    now,
    { action: 'verzorger.create', entity: 'verzorger', entityId: id },
    (trx) =>
      insertVerzorger(trx, {
        id,
        leerling_id: pupil.id,
        school_id: pupil.school_id,
        ...verzorgerValues(input),
        source: 'hand',
        las_key: null,
        created_at: iso,
        updated_at: iso,
      }),
  );
}

/** The verzorger with its pupil, for a change: out of reach answers as an unknown verzorger. */
async function requireVerzorger(db: Db, actor: Actor, id: string) {
  const row = await findVerzorger(db, id);
  if (!row) throw notFound('De verzorger');
  const pupil = await requirePupilFor(db, actor, row.leerling_id, 'zorg.write', 'De verzorger');
  return { row, pupil };
}

export async function changeVerzorger(db: Db, actor: Actor, id: string, input: VerzorgerBody, now: Date) {
  const { pupil } = await requireVerzorger(db, actor, id);
  const entry = {
    action: 'verzorger.update',
    entity: 'verzorger',
    entityId: id,
    details: { fields: Object.keys(input) },
  };
  return write(db, actor, pupil, now, entry, (trx) =>
    updateVerzorger(trx, id, { ...verzorgerValues(input), updated_at: now.toISOString() }),
  );
}

export async function removeVerzorger(db: Db, actor: Actor, id: string, now: Date) {
  const { pupil } = await requireVerzorger(db, actor, id);
  return write(
    db,
    actor,
    pupil,
    now,
    { action: 'verzorger.delete', entity: 'verzorger', entityId: id },
    (trx) => deleteVerzorger(trx, id),
  );
}

export async function addToestemming(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: ToestemmingBody,
  now: Date,
) {
  const pupil = await requirePupilFor(db, actor, pupilId, 'zorg.write', 'De leerling');
  if (input.verzorgerId) {
    const verzorger = await findVerzorger(db, input.verzorgerId);
    if (verzorger?.leerling_id !== pupil.id)
      throw invalidField('verzorgerId', 'geen verzorger van deze leerling');
  }
  if (input.validUntil && input.validUntil < input.givenOn)
    throw invalidField('validUntil', 'ligt vóór de datum van de toestemming');
  const id = newId(now.getTime());
  const entry = { action: 'toestemming.create', entity: 'toestemming', entityId: id };
  return write(db, actor, pupil, now, entry, (trx) =>
    insertToestemming(trx, {
      id,
      leerling_id: pupil.id,
      school_id: pupil.school_id,
      verzorger_id: input.verzorgerId ?? null,
      scope: input.scope,
      description: input.description,
      given: input.given ? 1 : 0,
      given_on: input.givenOn,
      valid_until: input.validUntil ?? null,
      withdrawn_on: null,
      recorded_by: actor.userId,
      recorded_at: now.toISOString(),
    }),
  );
}

export async function withdrawConsent(db: Db, actor: Actor, id: string, withdrawnOn: string, now: Date) {
  const row = await findToestemming(db, id);
  if (!row) throw notFound('De toestemming');
  const pupil = await requirePupilFor(db, actor, row.leerling_id, 'zorg.write', 'De toestemming');
  if (row.withdrawn_on !== null) throw conflict(`Deze toestemming is al ingetrokken op ${row.withdrawn_on}.`);
  if (withdrawnOn < row.given_on) throw invalidField('withdrawnOn', 'ligt vóór de datum van de toestemming');
  return write(
    db,
    actor,
    pupil,
    now,
    { action: 'toestemming.withdraw', entity: 'toestemming', entityId: id },
    (trx) => withdrawToestemming(trx, id, withdrawnOn),
  );
}
