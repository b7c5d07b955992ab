/**
 * The row traffic of a transfer, over any table the catalog reports: counted, read in primary-key
 * order a batch at a time, written as multi-row inserts, and looked up again by key.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/database';

export type Row = Record<string, unknown>;

function ref(alias: string, name: string) {
  return sql.ref(`${alias}.${name}`);
}

function keyTuple(alias: string, pk: readonly string[]) {
  return sql`(${sql.join(pk.map((c) => ref(alias, c)))})`;
}

export async function countWhere(db: Db, table: string, condition: RawBuilder<unknown>): Promise<number> {
  const result = await sql<{ n: number | string }>`
    select cast(count(*) as integer) as n from ${sql.table(table)} as t0 where ${condition}
  `.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/** The next `limit` rows after the key `after` (none: from the start), in primary-key order. */
export async function readBatch(
  db: Db,
  table: string,
  columns: readonly string[],
  pk: readonly string[],
  condition: RawBuilder<unknown>,
  after: readonly unknown[] | null,
  limit: number,
): Promise<Row[]> {
  const from = after ? sql`${keyTuple('t0', pk)} > (${sql.join([...after])})` : sql`1 = 1`;
  const result = await sql<Row>`
    select ${sql.join(columns.map((c) => ref('t0', c)))} from ${sql.table(table)} as t0
    where ${condition} and ${from}
    order by ${sql.join(pk.map((c) => ref('t0', c)))}
    limit ${limit}
  `.execute(db);
  return result.rows;
}

export async function insertRows(db: Db, table: string, columns: readonly string[], rows: readonly Row[]) {
  if (rows.length === 0) return;
  const values = rows.map((row) => sql`(${sql.join(columns.map((c) => row[c] ?? null))})`);
  await sql`
    insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}
  `.execute(db);
}

function keyCondition(pk: readonly string[], keys: readonly (readonly unknown[])[]) {
  if (pk.length === 1) return sql`${ref('t0', pk[0] ?? 'id')} in (${sql.join(keys.map((k) => k[0]))})`;
  // SQLite takes a list of row values on the right of IN only as a subquery: VALUES is one.
  const tuples = keys.map((k) => sql`(${sql.join([...k])})`);
  return sql`${keyTuple('t0', pk)} in (values ${sql.join(tuples)})`;
}

/** The rows with these primary keys (in no particular order). */
export async function readByKeys(
  db: Db,
  table: string,
  columns: readonly string[],
  pk: readonly string[],
  keys: readonly (readonly unknown[])[],
): Promise<Row[]> {
  if (keys.length === 0) return [];
  const result = await sql<Row>`
    select ${sql.join(columns.map((c) => ref('t0', c)))} from ${sql.table(table)} as t0
    where ${keyCondition(pk, keys)}
  `.execute(db);
  return result.rows;
}

/** Whether the table holds any row at all. */
export async function hasRows(db: Db, table: string): Promise<boolean> {
  const result = await sql<{ one: number }>`select 1 as one from ${sql.table(table)} limit 1`.execute(db);
  return result.rows.length > 0;
}

/** Fresh planner statistics after a bulk load, as the engine would gather them by itself later. */
export async function analyze(db: Db): Promise<void> {
  await sql`analyze`.execute(db);
}
