/** The OPP, its versions, the overleg with the verzorgers and the evaluations. */
import type { Insertable, Updateable } from 'kysely';
import { ACTIVE_OPP_STATUSES } from '../../../domain/opp';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

export function findOpp(db: Db, id: string) {
  return db
    .selectFrom('opp as o')
    .innerJoin('app_user as u', 'u.id', 'o.updated_by')
    .selectAll('o')
    .select('u.name as updated_by_name')
    .where('o.id', '=', id)
    .executeTakeFirst();
}
export type OppRow = NonNullable<Awaited<ReturnType<typeof findOpp>>>;

/** The pupil's OPP that has not ended, if any: a pupil has at most one at a time. */
export function findOpenOppOfPupil(db: Db, pupilId: string) {
  return db
    .selectFrom('opp')
    .select(['id', 'status'])
    .where('leerling_id', '=', pupilId)
    .where('status', '!=', 'beeindigd')
    .executeTakeFirst();
}

export async function insertOpp(trx: Db, row: Insertable<DB['opp']>) {
  await trx.insertInto('opp').values(row).execute();
}

/** Changes the OPP only if it is still at `version`; false when someone else changed it first. */
export async function updateOppAtVersion(
  trx: Db,
  id: string,
  version: number,
  values: Updateable<DB['opp']>,
): Promise<boolean> {
  const result = await trx
    .updateTable('opp')
    .set(values)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertOppVersie(trx: Db, row: Insertable<DB['opp_versie']>) {
  await trx.insertInto('opp_versie').values(row).execute();
}

export function findOppVersies(db: Db, oppId: string) {
  return db
    .selectFrom('opp_versie as v')
    .innerJoin('app_user as u', 'u.id', 'v.changed_by')
    .select(['v.version', 'v.status', 'v.reason', 'v.changed_at', 'u.name as changed_by_name'])
    .where('v.opp_id', '=', oppId)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function insertOverleg(trx: Db, row: Insertable<DB['opp_overleg']>) {
  await trx.insertInto('opp_overleg').values(row).execute();
}

export function findOverleggen(db: Db, oppId: string) {
  return db
    .selectFrom('opp_overleg as o')
    .innerJoin('app_user as u', 'u.id', 'o.recorded_by')
    .selectAll('o')
    .select('u.name as recorded_by_name')
    .where('o.opp_id', '=', oppId)
    .orderBy('o.held_on', 'desc')
    .orderBy('o.recorded_at', 'desc')
    .execute();
}

export async function insertEvaluatie(trx: Db, row: Insertable<DB['opp_evaluatie']>) {
  await trx.insertInto('opp_evaluatie').values(row).execute();
}

export function findEvaluaties(db: Db, oppId: string) {
  return db
    .selectFrom('opp_evaluatie as e')
    .innerJoin('app_user as u', 'u.id', 'e.recorded_by')
    .selectAll('e')
    .select('u.name as recorded_by_name')
    .where('e.opp_id', '=', oppId)
    .orderBy('e.evaluated_on', 'desc')
    .orderBy('e.recorded_at', 'desc')
    .execute();
}

/** The pupil's groepsoverzicht row of the latest period that has one: the factors the OPP starts from. */
export function findLatestGroepsoverzichtRow(db: Db, pupilId: string) {
  return db
    .selectFrom('groepsoverzicht_rij as r')
    .innerJoin('periode as p', 'p.id', 'r.periode_id')
    .select(['r.stimulerend', 'r.belemmerend'])
    .where('r.leerling_id', '=', pupilId)
    .orderBy('p.start_date', 'desc')
    .orderBy('r.updated_at', 'desc')
    .executeTakeFirst();
}

/**
 * The content of the OPPs in force (vastgesteld, geëvalueerd or bijgesteld) of a set of pupils, in one
 * query: what the analysis holds the pupils' results against.
 */
export function findActiveOppContents(db: Db, pupilIds: readonly string[]) {
  if (pupilIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('opp')
    .select(['leerling_id', 'content'])
    .where('leerling_id', 'in', [...pupilIds])
    .where('status', 'in', [...ACTIVE_OPP_STATUSES])
    .execute();
}

/** The pupil's latest OPP that was ever vastgesteld: the one that travels in the OSO transfer. */
export function findLatestVastgesteldOpp(db: Db, pupilId: string) {
  return db
    .selectFrom('opp')
    .selectAll()
    .where('leerling_id', '=', pupilId)
    .where('vastgesteld_on', 'is not', null)
    .orderBy('vastgesteld_on', 'desc')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}
