/**
 * The teambespreking: the team's answers to the questions of the 1-zorgroute, kept beside the
 * schooloverzicht as it stood on the day (a snapshot that later imports leave alone). It is the talk of
 * the school's own whole-school staff (IB, schoolleider): the bestuur, which reads the figures, does not
 * read the team's talk.
 */
import type { z } from 'zod';
import { audit } from '../../audit';
import { abilitiesAt, requireWholeSchool } from '../../auth/access';
import type { Actor, Permission } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict, notFound } from '../../errors';
import { withCurrentVerdicts } from '../ambitions/legacy-verdicts';
import { getSchooloverzicht } from '../schooloverzicht/schooloverzicht.service';
import { snapshotWithGoals } from './snapshot';
import {
  findTeambespreking,
  findTeambesprekingenOfSchool,
  insertTeambespreking,
  updateTeambesprekingAtVersion,
} from './teambespreking.queries';
import {
  AnswersSchema,
  TeambesprekingResponse,
  type NewTeambesprekingBody,
  type SaveTeambesprekingBody,
} from './teambespreking.schema';

const EMPTY = { behaald: '', maatregelen: '', ambities: '' };

/** The bespreking, for whole-school staff of its school with the permission; others find none. */
async function load(db: Db, actor: Actor, id: string, permission: Permission) {
  const row = await findTeambespreking(db, id);
  if (!row) throw notFound('De teambespreking');
  requireWholeSchool(actor, row.school_id, permission, 'De teambespreking');
  return row;
}

type Row = Awaited<ReturnType<typeof load>>;

function present(actor: Actor, row: Row) {
  return TeambesprekingResponse.parse({
    id: row.id,
    schoolId: row.school_id,
    schooljaar: row.schooljaar,
    moment: row.moment,
    heldOn: row.held_on,
    version: row.version,
    answers: AnswersSchema.parse(JSON.parse(row.answers)),
    snapshot: withCurrentVerdicts(snapshotWithGoals(JSON.parse(row.snapshot))),
    snapshotAt: row.created_at,
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
    abilities: abilitiesAt(actor, row.school_id),
  });
}

export async function listTeambesprekingen(db: Db, actor: Actor, schoolId: string) {
  requireWholeSchool(actor, schoolId, 'statistics.read');
  const rows = await findTeambesprekingenOfSchool(db, schoolId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      schooljaar: r.schooljaar,
      moment: r.moment,
      heldOn: r.held_on,
      updatedBy: r.name,
      updatedAt: r.updated_at,
    })),
  };
}

export async function createTeambespreking(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: z.infer<typeof NewTeambesprekingBody>,
  now: Date,
) {
  requireWholeSchool(actor, schoolId, 'teambespreking.write');
  const overview = await getSchooloverzicht(db, actor, schoolId, input, now);
  const { abilities: _abilities, groups: _groups, ...snapshot } = overview;
  const iso = now.toISOString();
  const id = newId(now.getTime());
  await db.transaction().execute(async (trx) => {
    await insertTeambespreking(trx, {
      id,
      school_id: schoolId,
      schooljaar: overview.schooljaar,
      moment: overview.moment,
      held_on: input.heldOn,
      answers: JSON.stringify(EMPTY),
      snapshot: JSON.stringify(snapshot),
      version: 1,
      created_by: actor.userId,
      created_at: iso,
      updated_by: actor.userId,
      updated_at: iso,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'teambespreking.create',
      entity: 'teambespreking',
      entityId: id,
      schoolId,
      details: { schooljaar: overview.schooljaar, moment: overview.moment },
    });
  });
  return present(actor, await load(db, actor, id, 'teambespreking.write'));
}

export async function getTeambespreking(db: Db, actor: Actor, id: string) {
  return present(actor, await load(db, actor, id, 'statistics.read'));
}

export async function saveTeambespreking(
  db: Db,
  actor: Actor,
  id: string,
  input: z.infer<typeof SaveTeambesprekingBody>,
  now: Date,
) {
  const row = await load(db, actor, id, 'teambespreking.write');
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const saved = await updateTeambesprekingAtVersion(trx, id, input.version, {
      answers: JSON.stringify(input.answers),
      version: row.version + 1,
      updated_by: actor.userId,
      updated_at: iso,
    });
    if (!saved) {
      const current = await load(trx, actor, id, 'statistics.read');
      throw conflict(
        `${current.updated_by_name} heeft de antwoorden intussen opgeslagen. Je tekst staat nog op je scherm: voeg hem samen met de nieuwe versie.`,
        present(actor, current),
      );
    }
    await audit(trx, now, {
      userId: actor.userId,
      action: 'teambespreking.update',
      entity: 'teambespreking',
      entityId: id,
      schoolId: row.school_id,
      details: { version: row.version + 1 },
    });
  });
  return present(actor, await load(db, actor, id, 'statistics.read'));
}
