/**
 * The database as it is, read from the engine's own catalog: tables, columns, primary keys and foreign
 * keys. Operations that must keep working when a migration adds a table (transfer, checksums, "does
 * this database hold data") derive what they need from here rather than from a list in code.
 */
import { sql } from 'kysely';
import type { Db } from './database';
import type { Engine } from './dialect';

export interface ColumnInfo {
  name: string;
  notNull: boolean;
}

export interface ForeignKeyInfo {
  column: string;
  table: string;
  refColumn: string;
}

export interface TableInfo {
  name: string;
  /** In the table's own order. */
  columns: ColumnInfo[];
  primaryKey: string[];
  foreignKeys: ForeignKeyInfo[];
}

/** Every application table (not Kysely's bookkeeping), by name. */
export async function describeTables(db: Db, engine: Engine): Promise<TableInfo[]> {
  const tables = engine === 'sqlite' ? await describeSqlite(db) : await describePostgres(db);
  return tables.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function describeSqlite(db: Db): Promise<TableInfo[]> {
  const names = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'table' and name not like 'sqlite\\_%' escape '\\' and name not like 'kysely\\_%' escape '\\'
  `.execute(db);
  const out: TableInfo[] = [];
  for (const { name } of names.rows) {
    const columns = await sql<{ name: string; notnull: number; pk: number }>`
      select name, "notnull", pk from pragma_table_info(${name}) order by cid
    `.execute(db);
    const keys = await sql<{ from: string; table: string; to: string | null }>`
      select "from", "table", "to" from pragma_foreign_key_list(${name}) order by id, seq
    `.execute(db);
    out.push({
      name,
      // SQLite lets a primary key column be null unless it says otherwise; ours never are.
      columns: columns.rows.map((c) => ({ name: c.name, notNull: c.notnull === 1 || c.pk > 0 })),
      primaryKey: columns.rows
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name),
      foreignKeys: keys.rows.map((k) => ({ column: k.from, table: k.table, refColumn: k.to ?? 'id' })),
    });
  }
  return out;
}

async function describePostgres(db: Db): Promise<TableInfo[]> {
  const columns = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
    select table_name, column_name, is_nullable from information_schema.columns
    where table_schema = current_schema() and table_name not like 'kysely\\_%'
    order by table_name, ordinal_position
  `.execute(db);
  const primaryKeys = await sql<{ table_name: string; column_name: string }>`
    select c.relname as table_name, a.attname as column_name
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    cross join lateral unnest(k.conkey) with ordinality as u(attnum, ord)
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
    where k.contype = 'p' and c.relnamespace = current_schema()::regnamespace
    order by c.relname, u.ord
  `.execute(db);
  const foreignKeys = await sql<{
    table_name: string;
    column_name: string;
    ref_table: string;
    ref_column: string;
  }>`
    select c.relname as table_name, a.attname as column_name, rc.relname as ref_table, ra.attname as ref_column
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_class rc on rc.oid = k.confrelid
    cross join lateral unnest(k.conkey, k.confkey) with ordinality as u(attnum, refnum, ord)
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum
    join pg_attribute ra on ra.attrelid = k.confrelid and ra.attnum = u.refnum
    where k.contype = 'f' and c.relnamespace = current_schema()::regnamespace
    order by c.relname, k.conname, u.ord
  `.execute(db);
  const byName = new Map<string, TableInfo>();
  for (const c of columns.rows) {
    const table = byName.get(c.table_name) ?? {
      name: c.table_name,
      columns: [],
      primaryKey: [],
      foreignKeys: [],
    };
    table.columns.push({ name: c.column_name, notNull: c.is_nullable === 'NO' });
    byName.set(c.table_name, table);
  }
  for (const p of primaryKeys.rows) byName.get(p.table_name)?.primaryKey.push(p.column_name);
  for (const f of foreignKeys.rows) {
    byName
      .get(f.table_name)
      ?.foreignKeys.push({ column: f.column_name, table: f.ref_table, refColumn: f.ref_column });
  }
  return [...byName.values()];
}

/** True when any application table holds a row: an upgrade of such a database gets a backup first. */
export async function holdsData(db: Db, engine: Engine): Promise<boolean> {
  for (const table of await describeTables(db, engine)) {
    const row = await sql<{ one: number }>`select 1 as one from ${sql.table(table.name)} limit 1`.execute(db);
    if (row.rows.length > 0) return true;
  }
  return false;
}
