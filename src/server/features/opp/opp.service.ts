/**
 * The OPP: started by the IB (pre-filled from the pupil's results and groepsoverzicht), read by whoever
 * may see the pupil (every read audited), and written while it is a concept or bijgesteld, with the
 * version it started from so two people never overwrite each other unseen. Every change of the content
 * or the status keeps a version in opp_versie, and leerling.opp_since follows the OPP so the datamuur
 * and the groepsoverzicht keep showing which pupils have one.
 */
import { allowedSteps } from '../../../domain/opp';
import { audit } from '../../audit';
import { requirePupil } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict } from '../../errors';
import { updateOppSince } from '../pupils/pupils.queries';
import { prefilledContent } from './opp-prefill';
import type { OppResponse } from './opp-response.schema';
import { oppView, pupilFigures } from './opp-view';
import { OPP_NOT_FOUND, requireOpp, type OppAccess } from './opp.policy';
import {
  findLatestGroepsoverzichtRow,
  findOpenOppOfPupil,
  findOpp,
  insertOpp,
  insertOppVersie,
  updateOppAtVersion,
} from './opp.queries';
import type { NewOppBody, SaveOppBody } from './opp.schema';

/** The OPP as it stands now, read with the connection at hand (inside a transaction: its own). */
export async function reloadView(db: Db, actor: Actor, access: OppAccess, now: Date): Promise<OppResponse> {
  const opp = await findOpp(db, access.opp.id);
  return oppView(db, actor, { opp: opp ?? access.opp, pupil: access.pupil }, now);
}

/** 409 with the OPP as it is now, so the browser can show what the other person changed. */
export async function staleConflict(db: Db, actor: Actor, access: OppAccess, now: Date) {
  const current = await reloadView(db, actor, access, now);
  return conflict(
    `${current.updatedBy} heeft het OPP intussen gewijzigd. Je tekst staat nog op je scherm: voeg hem samen met de nieuwe versie.`,
    current,
  );
}

export async function createOpp(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: NewOppBody,
  now: Date,
): Promise<OppResponse> {
  const pupil = await requirePupil(db, actor, pupilId, 'opp.write');
  const [{ results }, factors] = await Promise.all([
    pupilFigures(db, pupil),
    findLatestGroepsoverzichtRow(db, pupil.id),
  ]);
  const content = prefilledContent({ reden: input.reden, results, factors });
  const id = newId(now.getTime());
  const iso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (await findOpenOppOfPupil(trx, pupil.id))
      throw conflict('Deze leerling heeft al een OPP dat niet is beëindigd. Werk in dat OPP verder.');
    const stamp = { created_by: actor.userId, created_at: iso, updated_by: actor.userId, updated_at: iso };
    const text = JSON.stringify(content);
    await insertOpp(trx, {
      id,
      leerling_id: pupil.id,
      school_id: pupil.school_id,
      status: 'concept',
      decided_on: input.decidedOn,
      vastgesteld_on: null,
      ended_on: null,
      content: text,
      version: 1,
      ...stamp,
    });
    await insertOppVersie(trx, {
      id: newId(now.getTime()),
      opp_id: id,
      version: 1,
      status: 'concept',
      content: text,
      reason: 'aangemaakt',
      changed_by: actor.userId,
      changed_at: iso,
    });
    await updateOppSince(trx, pupil.id, input.decidedOn, iso);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'opp.create',
      entity: 'opp',
      entityId: id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { vakken: content.vakken.length },
    });
    const opp = await findOpp(trx, id);
    if (!opp) throw conflict(`${OPP_NOT_FOUND} is intussen verdwenen.`);
    return oppView(trx, actor, { opp, pupil }, now);
  });
}

export async function getOpp(db: Db, actor: Actor, oppId: string, now: Date): Promise<OppResponse> {
  const access = await requireOpp(db, actor, oppId, 'zorg.read');
  // The route layer audits the read (http/audit-reads.ts).
  return db.transaction().execute((trx) => oppView(trx, actor, access, now));
}

/** Autosave of the content: only while it is a concept or bijgesteld; vastgesteld content is locked. */
export async function saveOpp(
  db: Db,
  actor: Actor,
  oppId: string,
  input: SaveOppBody,
  now: Date,
): Promise<OppResponse> {
  const access = await requireOpp(db, actor, oppId, 'opp.write');
  const { opp, pupil } = access;
  const iso = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (!allowedSteps(opp.status).includes('wijzigen'))
      throw conflict(
        'Dit OPP is vastgesteld: de inhoud ligt vast. Stel het OPP bij om iets te veranderen.',
        await reloadView(trx, actor, access, now),
      );
    const version = input.version + 1;
    const text = JSON.stringify(input.content);
    const saved = await updateOppAtVersion(trx, opp.id, input.version, {
      content: text,
      version,
      updated_by: actor.userId,
      updated_at: iso,
    });
    if (!saved) throw await staleConflict(trx, actor, access, now);
    await insertOppVersie(trx, {
      id: newId(now.getTime()),
      opp_id: opp.id,
      version,
      status: opp.status,
      content: text,
      reason: 'gewijzigd',
      changed_by: actor.userId,
      changed_at: iso,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'opp.update',
      entity: 'opp',
      entityId: opp.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { version },
    });
    return reloadView(trx, actor, access, now);
  });
}
