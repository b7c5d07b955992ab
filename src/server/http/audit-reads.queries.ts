import type { Db } from '../db/database';
import { MAX_BIND_PARAMETERS } from '../db/dialect';

const CHUNK = Math.min(1000, MAX_BIND_PARAMETERS - 10);

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** The school of each of these pupils that exists. */
export async function findSchoolsOfPupils(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; school_id: string }[]> {
  const rows: { id: string; school_id: string }[] = [];
  for (const part of chunks(ids)) {
    rows.push(
      ...(await db.selectFrom('leerling').select(['id', 'school_id']).where('id', 'in', part).execute()),
    );
  }
  return rows;
}

/** Pupils of these schools with one of these LAS keys (or ECK-iDs). */
export async function findPupilsByKeys(
  db: Db,
  schoolIds: readonly string[],
  keys: readonly string[],
): Promise<{ id: string; school_id: string }[]> {
  if (schoolIds.length === 0) return [];
  const rows: { id: string; school_id: string }[] = [];
  for (const part of chunks(keys)) {
    rows.push(
      ...(await db
        .selectFrom('leerling')
        .select(['id', 'school_id'])
        .where('school_id', 'in', [...schoolIds])
        .where((eb) => eb.or([eb('las_key', 'in', part), eb('eckid', 'in', part)]))
        .execute()),
    );
  }
  return rows;
}
