/**
 * Afspraken (actiepunten) from besprekingen or on their own: text, owner, deadline, status, and what
 * they change (a groepsplan, an OPP, an ambitie). Open ones show on the owner's home page and on the
 * next bespreking of their group or pupil until someone closes them.
 */
import { audit } from '../../audit';
import { abilitiesAt, requireAtSchool, schoolsWith, wholeSchoolsOf } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict } from '../../errors';
import { presentSummary } from '../besprekingen/bespreking-present';
import { findUpcomingBesprekingen } from '../besprekingen/besprekingen.queries';
import { presentAfspraak, todayOf } from './afspraak-present';
import { resolveAfspraakAbout, requireStaffOwner } from './afspraak-about';
import {
  findAfspraak,
  findAfsprakenOfSchool,
  findOpenAfsprakenOfOwner,
  insertAfspraak,
  updateAfspraakAtVersion,
  type AfspraakRow,
} from './afspraken.queries';
import { checkOwnerChoice, checkPatch, requireAfspraak } from './afspraken.policy';
import type { NewAfspraakBody, PatchAfspraakBody } from './afspraken.schema';

export async function listAfspraken(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: { status?: 'open' | 'gedaan' | 'vervallen' | undefined },
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'zorg.read');
  const onlyFor = wholeSchoolsOf(actor).includes(schoolId) ? undefined : actor;
  // The route layer audits the read (http/audit-reads.ts).
  return db.transaction().execute(async (trx) => {
    const rows = await findAfsprakenOfSchool(trx, schoolId, { status: query.status, onlyFor });
    return {
      afspraken: rows.map((r) => presentAfspraak(actor, r, todayOf(now))),
      abilities: abilitiesAt(actor, schoolId),
    };
  });
}

/** The home page: own open afspraken and the coming besprekingen, at every school with care data. */
export async function myAfspraken(db: Db, actor: Actor, now: Date) {
  const schools = schoolsWith(actor, 'zorg.read');
  const today = todayOf(now);
  const wholeSchools = wholeSchoolsOf(actor).filter((s) => schools.includes(s));
  return db.transaction().execute(async (trx) => {
    const [rows, besprekingen] = await Promise.all([
      findOpenAfsprakenOfOwner(trx, actor.userId, schools),
      findUpcomingBesprekingen(trx, actor, today, wholeSchools),
    ]);
    return {
      afspraken: rows.map((r) => presentAfspraak(actor, r, today)),
      besprekingen: besprekingen.map(presentSummary),
    };
  });
}

export async function createAfspraak(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: NewAfspraakBody,
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'afspraak.write');
  checkOwnerChoice(actor, schoolId, input.ownerUserId);
  const about = await resolveAfspraakAbout(db, actor, schoolId, input);
  await requireStaffOwner(db, schoolId, input.ownerUserId);
  const id = newId(now.getTime());
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertAfspraak(trx, {
      id,
      school_id: schoolId,
      bespreking_id: about.besprekingId,
      groep_id: about.groepId,
      leerling_id: about.leerlingId,
      text: input.text,
      owner_user_id: input.ownerUserId,
      deadline: input.deadline ?? null,
      status: 'open',
      link_kind: input.link?.kind ?? null,
      link_id: input.link?.id ?? null,
      version: 1,
      created_by: actor.userId,
      created_at: iso,
      updated_by: actor.userId,
      updated_at: iso,
      closed_at: null,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'afspraak.create',
      entity: 'afspraak',
      entityId: id,
      leerlingId: about.leerlingId,
      schoolId,
      details: { bespreking: about.besprekingId !== null, deadline: input.deadline != null },
    });
  });
  return presentOne(db, actor, id, now);
}

async function presentOne(db: Db, actor: Actor, id: string, now: Date) {
  const row = await requireAfspraak(db, actor, id, 'zorg.read');
  return { ...presentAfspraak(actor, row, todayOf(now)), abilities: abilitiesAt(actor, row.school_id) };
}

function changesOf(row: AfspraakRow, input: PatchAfspraakBody, actor: Actor, iso: string) {
  const status = input.status ?? row.status;
  const closing = status !== 'open';
  return {
    status,
    text: input.text ?? row.text,
    deadline: input.deadline === undefined ? row.deadline : input.deadline,
    owner_user_id: input.ownerUserId ?? row.owner_user_id,
    closed_at: closing ? (row.status === 'open' ? iso : row.closed_at) : null,
    version: row.version + 1,
    updated_by: actor.userId,
    updated_at: iso,
  };
}

export async function patchAfspraak(db: Db, actor: Actor, id: string, input: PatchAfspraakBody, now: Date) {
  const row = await requireAfspraak(db, actor, id, 'afspraak.write');
  checkPatch(actor, row, input);
  if (input.ownerUserId !== undefined) await requireStaffOwner(db, row.school_id, input.ownerUserId);
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const saved = await updateAfspraakAtVersion(trx, id, input.version, changesOf(row, input, actor, iso));
    if (!saved) {
      const current = await findAfspraak(trx, id);
      throw conflict(
        `${current?.updated_by_name ?? 'Iemand anders'} heeft de afspraak intussen gewijzigd. Bekijk de nieuwe versie en probeer het opnieuw.`,
        current ? presentAfspraak(actor, current, todayOf(now)) : undefined,
      );
    }
    await audit(trx, now, {
      userId: actor.userId,
      action: 'afspraak.update',
      entity: 'afspraak',
      entityId: id,
      leerlingId: row.leerling_id,
      schoolId: row.school_id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return presentOne(db, actor, id, now);
}
