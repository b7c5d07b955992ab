/**
 * A bestuur of hundreds of schools in minutes, on PostgreSQL only: the demo generator makes and loads a
 * few schools, then every school-owned row is copied `copies` times inside the database with
 * INSERT … SELECT. Through the generator 500 schools take about a minute and 2 GB of memory to generate
 * and some 5 minutes more to load row by row; the copies are set-based and stay in the server.
 *
 * Which tables are copied follows from the foreign keys in the catalog, so a table added later is
 * copied without a change here: a table is school-owned when one of its foreign keys points to a
 * school-owned table, and a row is copied when such a key points to a copied row (a toets or norm row
 * without a school stays shared, as the demo's general toetsen and norms are). Every id of a copied row,
 * and every reference to one, is replaced by the same new id, so copies keep their foreign keys and
 * unique constraints, and are the same from run to run. Copies stay in the same bestuur, so its grid
 * spans every school.
 */
import { sql } from 'kysely';
import type { Db } from '../src/server/db/database';
import { bumpResultsVersion } from '../src/server/results-version';

/**
 * Tables whose rows give a login its reach: a copied school gets no users, so every demo login sees
 * what it saw before the copies. (medewerker.user_id is cleared for the same reason.)
 */
const NOT_COPIED = new Set(['role_assignment', 'account_invitation']);

interface ForeignKey {
  table: string;
  column: string;
  target: string;
}

interface Column {
  table: string;
  column: string;
  type: string;
}

async function readCatalog(db: Db): Promise<{ keys: ForeignKey[]; columns: Column[] }> {
  const keys = await sql<ForeignKey>`
    select c.conrelid::regclass::text as "table", a.attname as "column", c.confrelid::regclass::text as target
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype = 'f' and cardinality(c.conkey) = 1 and c.connamespace = 'public'::regnamespace`.execute(
    db,
  );
  const columns = await sql<Column>`
    select table_name as "table", column_name as "column", data_type as type
    from information_schema.columns
    where table_schema = 'public'
    order by table_name, ordinal_position`.execute(db);
  return { keys: keys.rows, columns: columns.rows };
}

/** School-owned tables, each after every school-owned table it refers to; 'school' first. */
function copyOrder(keys: ForeignKey[]): string[] {
  const owned = new Set(['school']);
  for (let grew = true; grew;) {
    grew = false;
    for (const k of keys) {
      if (owned.has(k.target) && !owned.has(k.table) && !NOT_COPIED.has(k.table)) {
        owned.add(k.table);
        grew = true;
      }
    }
  }
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const k of keys) if (k.table === table && owned.has(k.target)) visit(k.target, path);
    ordered.push(table);
  };
  visit('school', new Set());
  for (const table of [...owned].sort()) visit(table, new Set());
  return ordered;
}

/**
 * A copied row's id: a UUIDv7 whose time is the copy's (c.copy_prefix) and whose random part is
 * md5(id:copy). All ids of one copy share the prefix, as the ids of one import do, so each copy lands
 * at the end of the indexes rather than all over them, which keeps the copy fast on a big table.
 * Written out rather than as a function: PostgreSQL does not inline a pg_temp function.
 */
const newId = (expr: string) =>
  `overlay(overlay(overlay(md5(${expr} || ':' || c.copy_no)::uuid::text ` +
  `placing c.copy_prefix from 1) placing '7' from 15) placing '8' from 20)`;
const mapped = (expr: string) =>
  `case when ${expr} in (select id from scale_copied) then ${newId(expr)} else ${expr} end`;

/** The copies 1…n, each with its time as an id prefix ('xxxxxxxx-xxxx': 48 bits of milliseconds). */
function copiesTable(copies: number, nowMs: number): string {
  return `(select copy_no, substr(x, 1, 8) || '-' || substr(x, 9, 4) as copy_prefix
    from generate_series(1, ${copies}) copy_no, lpad(to_hex(${nowMs}::bigint + copy_no), 12, '0') x) c`;
}

/** The value of one column of a copied row. */
function columnValue(table: string, column: Column, keyColumns: Set<string>): string {
  const ref = `b.${column.column}`;
  if (table === 'medewerker' && column.column === 'user_id') return 'null';
  if (column.column === 'id' || keyColumns.has(column.column)) return mapped(ref);
  // Ids without a foreign key (afspraak.link_id): mapped when they name a copied row.
  if (column.type === 'text' && column.column.endsWith('_id')) return mapped(ref);
  return ref;
}

/**
 * Runs `work` with the table's plain indexes dropped and builds them again after it: one sort per
 * index instead of a million inserts into indexes larger than the server's buffers. Indexes behind a
 * constraint stay; a unique index that is not a constraint is checked again when it is rebuilt.
 */
async function withoutPlainIndexes(trx: Db, table: string, work: () => Promise<void>): Promise<void> {
  const { rows } = await sql<{ name: string; def: string }>`
    select indexname as name, indexdef as def from pg_indexes i
    where schemaname = 'public' and tablename = ${table}
      and not exists (select 1 from pg_constraint c where c.conindid = format('%I', i.indexname)::regclass)`.execute(
    trx,
  );
  for (const index of rows) await sql`drop index ${sql.id(index.name)}`.execute(trx);
  await work();
  for (const index of rows) await sql.raw(index.def).execute(trx);
}

async function copyTable(trx: Db, table: string, keyColumns: Set<string>, columns: Column[], copies: string) {
  const own = columns.filter((c) => c.table === table);
  const where = [...keyColumns].map((c) => `b.${c} in (select id from scale_copied)`).join(' or ');
  // The rows to copy are marked before the copies exist, so the tables after it find their originals.
  if (own.some((c) => c.column === 'id')) {
    await sql.raw(`insert into scale_copied select b.id from ${table} b where ${where}`).execute(trx);
  }
  const list = own.map((c) => c.column).join(', ');
  const values = own.map((c) => columnValue(table, c, keyColumns)).join(', ');
  const insert = sql.raw(
    `insert into ${table} (${list}) select ${values}
     from (select * from ${table} b where ${where}) b cross join ${copies}
     order by c.copy_no`,
  );
  await withoutPlainIndexes(trx, table, async () => {
    await insert.execute(trx);
  });
}

/**
 * The school rows: BRIN and vestiging as the generator gives its school number `copy × base + i`, so
 * the BRIN stays unique (the generator's scheme holds to 2,340 schools), and a numbered name.
 */
async function copySchools(trx: Db, columns: Column[], copies: string): Promise<void> {
  const own = columns.filter((c) => c.table === 'school').map((c) => c.column);
  const value = (column: string) => {
    if (column === 'id') return newId('b.id');
    if (column === 'brin') return `lpad((10 + s % 90)::text, 2, '0') || chr(65 + (s / 90) % 26) || 'Z'`;
    if (column === 'name') return `b.name || ' (' || (c.copy_no + 1) || ')'`;
    return `b.${column}`;
  };
  await sql.raw(`insert into scale_copied select id from school`).execute(trx);
  await sql
    .raw(
      `insert into school (${own.join(', ')})
       select ${own.map(value).join(', ')}
       from (select *, row_number() over (order by brin, id) - 1 as i, count(*) over () as base from school) b
       cross join ${copies}
       cross join lateral (select (c.copy_no * b.base + b.i)::int as s) x
       order by c.copy_no`,
    )
    .execute(trx);
}

/**
 * Copies every school of the database (and all it owns) `copies` times, in one transaction, then
 * raises the results version so caches of figures across the bestuur are computed again.
 */
export async function copySchoolsInDatabase(db: Db, copies: number, now: Date): Promise<void> {
  const { keys, columns } = await readCatalog(db);
  const order = copyOrder(keys);
  const copiesSql = copiesTable(copies, now.getTime());
  await db.transaction().execute(async (trx) => {
    // Rows go in copy by copy (order by copy_no), as schools that joined one after another would.
    await sql.raw(`set local work_mem = '256MB'`).execute(trx);
    await sql.raw(`create temp table scale_copied (id text primary key) on commit drop`).execute(trx);
    await copySchools(trx, columns, copiesSql);
    for (const table of order.filter((t) => t !== 'school')) {
      // The keys that point to a school-owned table decide which rows are copied, and are mapped.
      const keyColumns = new Set(
        keys.filter((k) => k.table === table && order.includes(k.target)).map((k) => k.column),
      );
      await copyTable(trx, table, keyColumns, columns, copiesSql);
    }
    await bumpResultsVersion(trx, now);
  });
  await sql`analyze`.execute(db);
}
