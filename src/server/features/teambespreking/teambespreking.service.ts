/**
 * The teambespreking: the team's answers to the questions of the 1-zorgroute, kept beside the
 * schooloverzicht as it stood on the day (a snapshot that later imports leave alone).
 */
import type { MomentKind } from '../../../domain/moments';
import { audit } from '../../audit';
import { permissionsAtSchool, wholeSchoolIds, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { conflict, forbidden, notFound } from '../../errors';
import { getSchooloverzicht } from '../schooloverzicht/schooloverzicht.service';
import { AnswersSchema, TeambesprekingResponse } from './teambespreking.schema';

const EMPTY = { behaald: '', maatregelen: '', ambities: '' };

/** The school's own whole-school staff; others see no such school or bespreking. */
function assertSchool(actor: Actor, schoolId: string, what: string): void {
  if (!wholeSchoolIds(actor).includes(schoolId)) throw notFound(what);
}

async function load(db: Db, actor: Actor, id: string) {
  const row = await db
    .selectFrom('teambespreking as t')
    .innerJoin('app_user as u', 'u.id', 't.updated_by')
    .selectAll('t')
    .select('u.name as updated_by_name')
    .where('t.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('De teambespreking');
  assertSchool(actor, row.school_id, 'De teambespreking');
  return row;
}

function present(actor: Actor, row: Awaited<ReturnType<typeof load>>) {
  return TeambesprekingResponse.parse({
    id: row.id,
    schoolId: row.school_id,
    schooljaar: row.schooljaar,
    moment: row.moment,
    heldOn: row.held_on,
    version: row.version,
    answers: AnswersSchema.parse(JSON.parse(row.answers)),
    snapshot: JSON.parse(row.snapshot) as unknown,
    snapshotAt: row.created_at,
    updatedBy: row.updated_by_name,
    updatedAt: row.updated_at,
    abilities: permissionsAtSchool(actor, row.school_id),
  });
}

export async function listTeambesprekingen(db: Db, actor: Actor, schoolId: string) {
  assertSchool(actor, schoolId, 'De school');
  const rows = await db
    .selectFrom('teambespreking as t')
    .innerJoin('app_user as u', 'u.id', 't.updated_by')
    .select(['t.id', 't.schooljaar', 't.moment', 't.held_on', 't.updated_at', 'u.name'])
    .where('t.school_id', '=', schoolId)
    .orderBy('t.held_on', 'desc')
    .execute();
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
  input: { schooljaar: string; moment: MomentKind; heldOn: string },
  now: Date,
) {
  assertSchool(actor, schoolId, 'De school');
  if (!permissionsAtSchool(actor, schoolId).includes('teambespreking.write')) throw forbidden();
  const overview = await getSchooloverzicht(db, actor, schoolId, input, now);
  const { abilities: _abilities, groups: _groups, ...snapshot } = overview;
  const iso = now.toISOString();
  const id = newId(now.getTime());
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('teambespreking')
      .values({
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
      })
      .execute();
    await audit(trx, now, {
      userId: actor.userId,
      action: 'teambespreking.create',
      entity: 'teambespreking',
      entityId: id,
      schoolId,
      details: { schooljaar: overview.schooljaar, moment: overview.moment },
    });
  });
  return present(actor, await load(db, actor, id));
}

export async function getTeambespreking(db: Db, actor: Actor, id: string) {
  return present(actor, await load(db, actor, id));
}

export async function saveTeambespreking(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; answers: { behaald: string; maatregelen: string; ambities: string } },
  now: Date,
) {
  const row = await load(db, actor, id);
  if (!permissionsAtSchool(actor, row.school_id).includes('teambespreking.write')) throw forbidden();
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('teambespreking')
      .set({
        answers: JSON.stringify(input.answers),
        version: row.version + 1,
        updated_by: actor.userId,
        updated_at: iso,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const current = await load(trx, actor, id);
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
  return present(actor, await load(db, actor, id));
}
