import type { Insertable } from 'kysely';
import type { Db } from '../../db/database';
import type { DlePointTable, NormRowTable } from '../../db/schema';

/** The toetsen a school uses: the general ones (the catalog's) and its own; null: only the general ones. */
export function findToetsen(db: Db, schoolId: string | null) {
  return db
    .selectFrom('toets')
    .select(['id', 'school_id', 'code', 'name', 'version', 'vak', 'level_system', 'scale_key'])
    .where((eb) =>
      schoolId
        ? eb.or([eb('school_id', 'is', null), eb('school_id', '=', schoolId)])
        : eb('school_id', 'is', null),
    )
    .execute();
}

/** Norm rows visible to these schools: the general ones and their own (none given: only the general). */
export function findNormRows(db: Db, toetsIds: string[], schoolIds: readonly string[]) {
  if (toetsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('norm_row')
    .select(['toets_id', 'school_id', 'moment', 'cuts', 'mean', 'label'])
    .where('toets_id', 'in', toetsIds)
    .where((eb) =>
      schoolIds.length > 0
        ? eb.or([eb('school_id', 'is', null), eb('school_id', 'in', [...schoolIds])])
        : eb('school_id', 'is', null),
    )
    .execute();
}

/** DLE points visible to these schools, in score order (a DLE table is read in that order). */
export function findDlePoints(db: Db, toetsIds: string[], schoolIds: readonly string[]) {
  if (toetsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dle_point')
    .select(['toets_id', 'school_id', 'min_score', 'dle'])
    .where('toets_id', 'in', toetsIds)
    .where((eb) =>
      schoolIds.length > 0
        ? eb.or([eb('school_id', 'is', null), eb('school_id', 'in', [...schoolIds])])
        : eb('school_id', 'is', null),
    )
    .orderBy('min_score')
    .execute();
}

/** Removes the norm rows of one toets and moment: the school's own, or (schoolId null) the general ones. */
export async function deleteNormRows(trx: Db, toetsId: string, moment: string, schoolId: string | null) {
  const query = trx.deleteFrom('norm_row').where('toets_id', '=', toetsId).where('moment', '=', moment);
  await (schoolId ? query.where('school_id', '=', schoolId) : query.where('school_id', 'is', null)).execute();
}

export async function insertNormRows(trx: Db, rows: Insertable<NormRowTable>[]) {
  if (rows.length > 0) await trx.insertInto('norm_row').values(rows).execute();
}

/** Removes the DLE points of one toets: the school's own, or (schoolId null) the general ones. */
export async function deleteDlePoints(trx: Db, toetsId: string, schoolId: string | null) {
  const query = trx.deleteFrom('dle_point').where('toets_id', '=', toetsId);
  await (schoolId ? query.where('school_id', '=', schoolId) : query.where('school_id', 'is', null)).execute();
}

export async function insertDlePoints(trx: Db, points: Insertable<DlePointTable>[]) {
  if (points.length > 0) await trx.insertInto('dle_point').values(points).execute();
}
