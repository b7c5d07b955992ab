/** Besprekingen with their participants, versions and raised pupils: rows in, rows out. */
import type { ExpressionBuilder, Insertable, Updateable } from 'kysely';
import type { Actor } from '../../auth/permissions';
import { groupInScope, pupilInScope } from '../../auth/scope';
import type { Db } from '../../db/database';
import type { BesprekingKind, BesprekingStatus, DB } from '../../db/schema';

function besprekingRows(db: Db) {
  return db
    .selectFrom('bespreking as b')
    .innerJoin('app_user as u', 'u.id', 'b.updated_by')
    .leftJoin('periode as p', 'p.id', 'b.periode_id')
    .leftJoin('groep as g', 'g.id', 'b.groep_id')
    .leftJoin('leerling as l', 'l.id', 'b.leerling_id')
    .selectAll('b')
    .select([
      'u.name as updated_by_name',
      'p.name as periode_name',
      'g.name as groep_name',
      'l.roepnaam',
      'l.voorvoegsel',
      'l.achternaam',
    ]);
}

export type BesprekingRow = NonNullable<Awaited<ReturnType<typeof findBespreking>>>;

/** A bespreking the actor may see: of a group or a pupil in their scope (the whole school for the IB). */
function inScope(actor: Actor) {
  return (eb: ExpressionBuilder<DB & { b: DB['bespreking'] }, 'b'>) =>
    eb.or([
      eb('b.groep_id', 'in', eb.selectFrom('groep').select('groep.id').where(groupInScope(actor))),
      eb('b.leerling_id', 'in', eb.selectFrom('leerling').select('leerling.id').where(pupilInScope(actor))),
    ]);
}

export function findBespreking(db: Db, id: string) {
  return besprekingRows(db).where('b.id', '=', id).executeTakeFirst();
}

export function findBesprekingInScope(db: Db, actor: Actor, id: string) {
  return besprekingRows(db).where('b.id', '=', id).where(inScope(actor)).executeTakeFirst();
}

export function findBesprekingenOfSchool(
  db: Db,
  actor: Actor,
  schoolId: string,
  filter: { schooljaar: string; kind?: BesprekingKind | undefined; status?: BesprekingStatus | undefined },
) {
  let query = besprekingRows(db)
    .where('b.school_id', '=', schoolId)
    .where('b.schooljaar', '=', filter.schooljaar)
    .where(inScope(actor));
  if (filter.kind) query = query.where('b.kind', '=', filter.kind);
  if (filter.status) query = query.where('b.status', '=', filter.status);
  return query.orderBy('b.planned_on').orderBy('b.created_at').execute();
}

export function findBesprekingenOfPupil(db: Db, pupilId: string) {
  return besprekingRows(db)
    .where('b.leerling_id', '=', pupilId)
    .orderBy('b.planned_on', 'desc')
    .orderBy('b.created_at', 'desc')
    .execute();
}

/** Planned besprekingen from today on, in the actor's scope, that they take part in or (IB) run. */
export function findUpcomingBesprekingen(db: Db, actor: Actor, today: string, wholeSchools: string[]) {
  return besprekingRows(db)
    .where('b.status', '=', 'gepland')
    .where('b.planned_on', '>=', today)
    .where(inScope(actor))
    .where((eb) =>
      eb.or([
        eb(
          'b.id',
          'in',
          eb
            .selectFrom('bespreking_deelnemer as d')
            .select('d.bespreking_id')
            .where('d.user_id', '=', actor.userId),
        ),
        ...(wholeSchools.length > 0 ? [eb('b.school_id', 'in', wholeSchools)] : []),
      ]),
    )
    .orderBy('b.planned_on')
    .limit(50)
    .execute();
}

/** The groepsbespreking of a group in a period, if one is planned: the jaarplanning moves it. */
export function findGroepsbespreking(db: Db, groepId: string, periodeId: string) {
  return db
    .selectFrom('bespreking')
    .select(['id', 'status', 'version'])
    .where('kind', '=', 'groepsbespreking')
    .where('groep_id', '=', groepId)
    .where('periode_id', '=', periodeId)
    .orderBy('created_at')
    .executeTakeFirst();
}

/** Earlier besprekingen of this group or pupil: the history the agenda lists. */
export function findEarlierBesprekingen(
  db: Db,
  about: { leerlingId: string },
  before: { id: string; plannedOn: string },
) {
  return besprekingRows(db)
    .where('b.leerling_id', '=', about.leerlingId)
    .where('b.id', '!=', before.id)
    .where('b.planned_on', '<=', before.plannedOn)
    .orderBy('b.planned_on', 'desc')
    .execute();
}

export async function insertBespreking(trx: Db, row: Insertable<DB['bespreking']>) {
  await trx.insertInto('bespreking').values(row).execute();
}

/** Saves only at the version the caller read; false when someone else saved first. */
export async function updateBesprekingAtVersion(
  trx: Db,
  id: string,
  version: number,
  values: Updateable<DB['bespreking']>,
): Promise<boolean> {
  const result = await trx
    .updateTable('bespreking')
    .set(values)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export function findDeelnemers(db: Db, besprekingIds: string[]) {
  if (besprekingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('bespreking_deelnemer')
    .selectAll()
    .where('bespreking_id', 'in', besprekingIds)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export async function replaceDeelnemers(
  trx: Db,
  besprekingId: string,
  rows: Insertable<DB['bespreking_deelnemer']>[],
) {
  await trx.deleteFrom('bespreking_deelnemer').where('bespreking_id', '=', besprekingId).execute();
  if (rows.length > 0) await trx.insertInto('bespreking_deelnemer').values(rows).execute();
}

export async function insertBesprekingVersie(trx: Db, row: Insertable<DB['bespreking_versie']>) {
  await trx.insertInto('bespreking_versie').values(row).execute();
}

export function findBesprekingVersies(db: Db, besprekingId: string) {
  return db
    .selectFrom('bespreking_versie as v')
    .innerJoin('app_user as u', 'u.id', 'v.changed_by')
    .selectAll('v')
    .select('u.name as changed_by_name')
    .where('v.bespreking_id', '=', besprekingId)
    .orderBy('v.version')
    .execute();
}

/** The pupils a groepsbespreking sent on, each with the first leerling- or zorgteambespreking since. */
export function findRaisedPupils(db: Db, besprekingId: string) {
  return db
    .selectFrom('bespreking_leerling as r')
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .select(['r.leerling_id', 'r.reason', 'r.created_at', 'l.roepnaam', 'l.voorvoegsel', 'l.achternaam'])
    .where('r.bespreking_id', '=', besprekingId)
    .orderBy('l.achternaam')
    .execute();
}

/** Leerling- and zorgteambesprekingen of these pupils, oldest first. */
export function findPupilBesprekingen(db: Db, pupilIds: string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('bespreking')
    .select(['id', 'leerling_id', 'kind', 'status', 'planned_on', 'held_on', 'created_at'])
    .where('leerling_id', 'in', pupilIds)
    .where('kind', 'in', ['leerlingbespreking', 'zorgteam'])
    .orderBy('planned_on')
    .execute();
}

export async function insertRaisedPupil(trx: Db, row: Insertable<DB['bespreking_leerling']>) {
  await trx.insertInto('bespreking_leerling').values(row).execute();
}

export async function deleteRaisedPupil(trx: Db, besprekingId: string, leerlingId: string) {
  const result = await trx
    .deleteFrom('bespreking_leerling')
    .where('bespreking_id', '=', besprekingId)
    .where('leerling_id', '=', leerlingId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every raised pupil of a school with the day they were raised: for the list of pupils to discuss. */
export function findRaisedPupilsOfSchool(db: Db, schoolId: string) {
  return db
    .selectFrom('bespreking_leerling as r')
    .innerJoin('bespreking as b', 'b.id', 'r.bespreking_id')
    .select(['r.leerling_id', 'r.reason', 'r.created_at', 'b.id as bespreking_id', 'b.groep_id'])
    .where('b.school_id', '=', schoolId)
    .execute();
}
