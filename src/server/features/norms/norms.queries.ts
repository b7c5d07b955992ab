import type { Db } from '../../db/database';

export function findToetsen(db: Db, schoolId: string | null) {
  return db
    .selectFrom('toets')
    .select(['id', 'code', 'name', 'version', 'vak', 'level_system', 'scale_key'])
    .where((eb) =>
      schoolId
        ? eb.or([eb('school_id', 'is', null), eb('school_id', '=', schoolId)])
        : eb('school_id', 'is', null),
    )
    .execute();
}

/** Norm rows visible to a school: its own and the general ones. */
export function findNormRows(db: Db, toetsIds: string[], schoolId: string | null) {
  if (toetsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('norm_row')
    .select(['toets_id', 'school_id', 'moment', 'cuts', 'mean', 'label'])
    .where('toets_id', 'in', toetsIds)
    .where((eb) =>
      schoolId
        ? eb.or([eb('school_id', 'is', null), eb('school_id', '=', schoolId)])
        : eb('school_id', 'is', null),
    )
    .execute();
}

export function findDlePoints(db: Db, toetsIds: string[], schoolId: string | null) {
  if (toetsIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dle_point')
    .select(['toets_id', 'school_id', 'min_score', 'dle'])
    .where('toets_id', 'in', toetsIds)
    .where((eb) =>
      schoolId
        ? eb.or([eb('school_id', 'is', null), eb('school_id', '=', schoolId)])
        : eb('school_id', 'is', null),
    )
    .orderBy('min_score')
    .execute();
}
