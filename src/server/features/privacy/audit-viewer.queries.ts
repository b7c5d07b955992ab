import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database';
import type { DB } from '../../db/schema';

export interface AuditFilter {
  leerlingId?: string | undefined;
  userId?: string | undefined;
  action?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** A row names the pupil as its one pupil, or among the ids in its details (a list or a group read). */
function namesPupil(eb: ExpressionBuilder<DB, 'audit_log'>, pupilId: string) {
  return eb.or([
    eb('audit_log.leerling_id', '=', pupilId),
    eb('audit_log.details', 'like', `%"${pupilId}"%`),
  ]);
}

const COLUMNS = [
  'audit_log.id as id',
  'audit_log.at as at',
  'audit_log.user_id as user_id',
  'app_user.name as user_name',
  'audit_log.action as action',
  'audit_log.entity as entity',
  'audit_log.entity_id as entity_id',
  'audit_log.leerling_id as leerling_id',
  'audit_log.school_id as school_id',
  'audit_log.details as details',
] as const;

/**
 * A page of the school's audit log, newest first, after the cursor (`at|id` of the last row shown).
 * The day filters compare the ISO timestamps as text: `to` includes that whole day.
 */
export function findAuditEntries(
  db: Db,
  schoolId: string,
  filter: AuditFilter,
  page: { limit: number; before?: { at: string; id: string } | undefined },
) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('app_user', 'app_user.id', 'audit_log.user_id')
    .select(COLUMNS)
    .where('audit_log.school_id', '=', schoolId);
  const { leerlingId, userId, action, from, to } = filter;
  if (leerlingId) query = query.where((eb) => namesPupil(eb, leerlingId));
  if (userId) query = query.where('audit_log.user_id', '=', userId);
  if (action) query = query.where('audit_log.action', '=', action);
  if (from) query = query.where('audit_log.at', '>=', from);
  if (to) query = query.where('audit_log.at', '<', `${to}T99`);
  const before = page.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('audit_log.at', '<', before.at),
        eb.and([eb('audit_log.at', '=', before.at), eb('audit_log.id', '<', before.id)]),
      ]),
    );
  }
  return query.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(page.limit).execute();
}

export type AuditRow = Awaited<ReturnType<typeof findAuditEntries>>[number];

/** Every row that names the pupil, at any school, oldest first: who read and changed what, for an inzage. */
export function findAuditOfPupil(db: Db, pupilId: string) {
  return db
    .selectFrom('audit_log')
    .leftJoin('app_user', 'app_user.id', 'audit_log.user_id')
    .select(COLUMNS)
    .where((eb) => namesPupil(eb, pupilId))
    .orderBy('audit_log.at')
    .orderBy('audit_log.id')
    .execute();
}

export async function findAuditActions(db: Db, schoolId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .distinct()
    .where('school_id', '=', schoolId)
    .orderBy('action')
    .execute();
  return rows.map((r) => r.action);
}

export function findAuditUsers(db: Db, schoolId: string) {
  return db
    .selectFrom('app_user')
    .select(['app_user.id as id', 'app_user.name as name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('audit_log')
          .select('audit_log.id')
          .whereRef('audit_log.user_id', '=', 'app_user.id')
          .where('audit_log.school_id', '=', schoolId),
      ),
    )
    .orderBy('app_user.name')
    .execute();
}

/** The names of those of these pupils who are (still) of the school. */
export function findPupilNames(db: Db, schoolId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('leerling')
    .select(['id', 'roepnaam', 'voorvoegsel', 'achternaam'])
    .where('school_id', '=', schoolId)
    .where('id', 'in', [...ids])
    .execute();
}
