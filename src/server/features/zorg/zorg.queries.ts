/** Zorgniveau, verzorgers, toestemmingen and the pupil's OPPs as the care page lists them. */
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

/** Every zorgniveau the pupil had, newest first, with who set it. */
export function findZorgniveaus(db: Db, pupilIds: string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('zorgniveau as z')
    .innerJoin('app_user as u', 'u.id', 'z.set_by')
    .select(['z.id', 'z.leerling_id', 'z.niveau', 'z.reason', 'z.set_at', 'u.name as set_by_name'])
    .where('z.leerling_id', 'in', pupilIds)
    .orderBy('z.set_at', 'desc')
    .orderBy('z.id', 'desc')
    .execute();
}

export async function insertZorgniveau(trx: Db, row: Insertable<DB['zorgniveau']>) {
  await trx.insertInto('zorgniveau').values(row).execute();
}

export function findVerzorgers(db: Db, pupilId: string) {
  return db
    .selectFrom('verzorger')
    .selectAll()
    .where('leerling_id', '=', pupilId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findVerzorger(db: Db, id: string) {
  return db.selectFrom('verzorger').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertVerzorger(trx: Db, row: Insertable<DB['verzorger']>) {
  await trx.insertInto('verzorger').values(row).execute();
}

export async function updateVerzorger(trx: Db, id: string, values: Updateable<DB['verzorger']>) {
  await trx.updateTable('verzorger').set(values).where('id', '=', id).execute();
}

/**
 * Removes a verzorger. Consents they gave and besprekingen they sat in stay, without the link: the
 * consent keeps its description, the participant keeps the name as it was.
 */
export async function deleteVerzorger(trx: Db, id: string) {
  await trx.updateTable('toestemming').set({ verzorger_id: null }).where('verzorger_id', '=', id).execute();
  await trx
    .updateTable('bespreking_deelnemer')
    .set({ verzorger_id: null })
    .where('verzorger_id', '=', id)
    .execute();
  await trx.deleteFrom('verzorger').where('id', '=', id).execute();
}

export function findToestemmingen(db: Db, pupilId: string) {
  return db
    .selectFrom('toestemming as t')
    .innerJoin('app_user as u', 'u.id', 't.recorded_by')
    .leftJoin('verzorger as v', 'v.id', 't.verzorger_id')
    .selectAll('t')
    .select(['u.name as recorded_by_name', 'v.name as verzorger_name'])
    .where('t.leerling_id', '=', pupilId)
    .orderBy('t.given_on', 'desc')
    .orderBy('t.recorded_at', 'desc')
    .execute();
}

export function findToestemming(db: Db, id: string) {
  return db.selectFrom('toestemming').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertToestemming(trx: Db, row: Insertable<DB['toestemming']>) {
  await trx.insertInto('toestemming').values(row).execute();
}

export async function withdrawToestemming(trx: Db, id: string, withdrawnOn: string) {
  await trx.updateTable('toestemming').set({ withdrawn_on: withdrawnOn }).where('id', '=', id).execute();
}

/** The OPPs of these pupils (all states), newest decision first; the content is parsed by the reader. */
export function findOppsOfPupils(db: Db, pupilIds: string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('opp')
    .select(['id', 'leerling_id', 'status', 'decided_on', 'vastgesteld_on', 'ended_on', 'content', 'version'])
    .where('leerling_id', 'in', pupilIds)
    .orderBy('decided_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}
