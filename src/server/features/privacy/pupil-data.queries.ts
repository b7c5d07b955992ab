/**
 * Queries over tables named at run time (the tables that hold a pupil's data are derived from the
 * catalog, see pupil-tables.ts), so they are written with `sql` and checked identifiers.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database';
import { MAX_BIND_PARAMETERS } from '../../db/dialect';

const CHUNK = Math.min(1000, MAX_BIND_PARAMETERS - 10);

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export type Row = Record<string, unknown>;

/** The rows of `table` whose `column` is one of `values`: their id, and the value they name. */
export async function idsWhere(
  db: Db,
  table: string,
  column: string,
  values: readonly string[],
): Promise<{ id: string; ref: string }[]> {
  const rows: { id: string; ref: string }[] = [];
  for (const part of chunks(values)) {
    const result = await sql<{ id: string; ref: string }>`
      select id, ${sql.ref(column)} as ref from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(part)})
    `.execute(db);
    rows.push(...result.rows);
  }
  return rows;
}

/** Whole rows of `table` by id, in id order. */
export async function rowsByIds(db: Db, table: string, ids: readonly string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const part of chunks(ids)) {
    const result = await sql<Row>`
      select * from ${sql.table(table)} where id in (${sql.join(part)}) order by id
    `.execute(db);
    rows.push(...result.rows);
  }
  return rows;
}

export async function deleteByIds(db: Db, table: string, ids: readonly string[]): Promise<number> {
  let deleted = 0;
  for (const part of chunks(ids)) {
    const result = await sql`delete from ${sql.table(table)} where id in (${sql.join(part)})`.execute(db);
    deleted += Number(result.numAffectedRows ?? 0);
  }
  return deleted;
}

/** Rows of `table` whose text `column` holds the value somewhere (a pupil's id inside a JSON document). */
export async function rowsMentioning(
  db: Db,
  table: string,
  column: string,
  value: string,
): Promise<{ id: string; text: string }[]> {
  const result = await sql<{ id: string; text: string }>`
    select id, ${sql.ref(column)} as text from ${sql.table(table)}
    where ${sql.ref(column)} like ${`%${value}%`}
  `.execute(db);
  return result.rows;
}

export async function updateText(
  db: Db,
  table: string,
  column: string,
  id: string,
  text: string,
): Promise<void> {
  await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${text} where id = ${id}`.execute(db);
}
