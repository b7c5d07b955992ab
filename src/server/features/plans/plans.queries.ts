/** Groepsplannen, their versions and who may reach them: rows in, rows out. */
import type { Insertable } from 'kysely';
import type { Actor } from '../../auth/permissions';
import { groupInScope, pupilInScope } from '../../auth/scope';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

export function findPlan(db: Db, planId: string) {
  return db.selectFrom('groepsplan').selectAll().where('id', '=', planId).executeTakeFirst();
}

/** The plan of one vak in one group and period: what "copy the previous period" starts from. */
export function findPlanContent(db: Db, groepId: string, periodeId: string, vak: string) {
  return db
    .selectFrom('groepsplan')
    .select('content')
    .where('groep_id', '=', groepId)
    .where('periode_id', '=', periodeId)
    .where('vak', '=', vak)
    .executeTakeFirst();
}

/** A group of the next schooljaar in the actor's scope that holds at least one of this group's pupils. */
export async function hasSuccessorInScope(
  db: Db,
  actor: Actor,
  group: { id: string; school_id: string },
  nextSchooljaar: string,
) {
  const next = await db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select('groep.id')
    .where('groep.school_id', '=', group.school_id)
    .where('sj.name', '=', nextSchooljaar)
    .where(groupInScope(actor))
    .where('groep.id', 'in', (eb) =>
      eb
        .selectFrom('plaatsing as now')
        .select('now.groep_id')
        .where('now.leerling_id', 'in', (inner) =>
          inner
            .selectFrom('plaatsing as before')
            .select('before.leerling_id')
            .where('before.groep_id', '=', group.id),
        ),
    )
    .limit(1)
    .executeTakeFirst();
  return next !== undefined;
}

/** Of these pupils, the ids the actor may see. */
export async function findVisiblePupilIds(db: Db, actor: Actor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('leerling')
    .select('leerling.id')
    .where('leerling.id', 'in', [...ids])
    .where(pupilInScope(actor))
    .execute();
  return rows.map((r) => r.id);
}

export async function insertPlan(trx: Db, row: Insertable<DB['groepsplan']>) {
  await trx.insertInto('groepsplan').values(row).execute();
}

export async function insertPlanVersion(trx: Db, row: Insertable<DB['groepsplan_versie']>) {
  await trx.insertInto('groepsplan_versie').values(row).execute();
}

/** Keeps a version unless one is already kept at that version counter. */
export async function insertPlanVersionIfMissing(trx: Db, row: Insertable<DB['groepsplan_versie']>) {
  await trx
    .insertInto('groepsplan_versie')
    .values(row)
    .onConflict((oc) => oc.columns(['plan_id', 'version']).doNothing())
    .execute();
}

/** Why the version at this counter was kept, if one was. */
export async function findVersionReasonAt(db: Db, planId: string, version: number) {
  const row = await db
    .selectFrom('groepsplan_versie')
    .select('reden')
    .where('plan_id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row?.reden;
}

/** Writes the change only if the plan is still at `version`; false when someone saved in between. */
export async function updatePlanAtVersion(
  trx: Db,
  planId: string,
  version: number,
  values: Pick<
    DB['groepsplan'],
    'version' | 'status' | 'content' | 'evaluation' | 'updated_by' | 'updated_at'
  >,
): Promise<boolean> {
  const result = await trx
    .updateTable('groepsplan')
    .set(values)
    .where('id', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The plan as it is now, with the name of whoever saved it last. */
export function findPlanWithAuthor(db: Db, planId: string) {
  return db
    .selectFrom('groepsplan as g')
    .innerJoin('app_user as u', 'u.id', 'g.updated_by')
    .select(['g.version', 'g.status', 'g.content', 'g.updated_at', 'u.name'])
    .where('g.id', '=', planId)
    .executeTakeFirstOrThrow();
}

export function findUserName(db: Db, userId: string) {
  return db.selectFrom('app_user').select('name').where('id', '=', userId).executeTakeFirst();
}

/** Every saved version of a plan, oldest first, with the name of who saved it. */
export function findPlanVersions(db: Db, planId: string) {
  return db
    .selectFrom('groepsplan_versie as v')
    .innerJoin('app_user as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.status', 'v.content', 'v.saved_at', 'v.reden', 'u.name'])
    .where('v.plan_id', '=', planId)
    .orderBy('v.version', 'asc')
    .execute();
}

/** The clusters a teacher set for one vak in a group and period. */
export function findClusters(db: Db, groupId: string, periodeId: string, vak: string) {
  return db
    .selectFrom('cluster_indeling')
    .select(['leerling_id', 'cluster'])
    .where('groep_id', '=', groupId)
    .where('periode_id', '=', periodeId)
    .where('vak', '=', vak)
    .execute();
}

/** The groepsoverzicht rows of these groups in one period: the onderwijsbehoeften per pupil. */
export function findNeedsOfGroups(db: Db, groupIds: readonly string[], periodeId: string) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('groepsoverzicht_rij')
    .select(['groep_id', 'leerling_id', 'behoefte_pedagogisch', 'behoefte_didactisch'])
    .where('groep_id', 'in', [...groupIds])
    .where('periode_id', '=', periodeId)
    .execute();
}
