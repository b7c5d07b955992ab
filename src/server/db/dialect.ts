/**
 * The only place that knows SQLite from PostgreSQL. Everything else writes portable SQL.
 */
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDatabase as KyselySqliteDatabase,
  type SqliteStatement,
} from 'kysely';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DB } from './schema';

export type Engine = 'sqlite' | 'postgres';

export type DatabaseTarget =
  { engine: 'sqlite'; path: string } | { engine: 'postgres'; connectionString: string };

export class DatabaseUrlError extends Error {}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new DatabaseUrlError('DATABASE_URL "sqlite:" mist een bestandspad.');
    return { engine: 'sqlite', path };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { engine: 'postgres', connectionString: url };
  }
  throw new DatabaseUrlError(
    'DATABASE_URL moet beginnen met "sqlite:" of "postgres://" (bijvoorbeeld sqlite:./data/leerwinst.sqlite).',
  );
}

/** The URL as it may appear in logs and error messages: never with a password. */
export function redactDatabaseUrl(url: string): string {
  if (!url.startsWith('postgres')) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(onleesbare URL)';
  }
}

export function createKysely(target: DatabaseTarget): Kysely<DB> {
  if (target.engine === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    const database = new SqliteDatabase(target.path);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    database.pragma('synchronous = NORMAL');
    const kysely = new Kysely<DB>({
      dialect: new TransactionalSqliteDialect({ database: withStatementCache(database) }),
    });
    sqliteHandles.set(kysely, database);
    return kysely;
  }
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: 10,
    connectionTimeoutMillis: 10_000,
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * SQLite runs DDL inside a transaction perfectly well; Kysely's adapter only does not claim it, and
 * then its Migrator runs an upgrade statement by statement, so a failing migration would leave half a
 * schema behind. Claiming it makes every upgrade one transaction, as on PostgreSQL.
 */
class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): SqliteAdapter {
    return new TransactionalSqliteAdapter();
  }
}

const sqliteHandles = new WeakMap<Kysely<DB>, SqliteDatabase.Database>();

/** The better-sqlite3 connection under a SQLite Kysely (for its online backup API); undefined otherwise. */
export function sqliteHandleOf(db: Kysely<DB>): SqliteDatabase.Database | undefined {
  return sqliteHandles.get(db);
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every SQLite statement anew, and preparing costs more than running most of our
 * queries. The app asks the same few hundred queries over and over, so prepared statements are kept
 * (least recently used go first). Safe because Kysely runs one statement at a time on the connection.
 */
function withStatementCache(database: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sqlText: string): SqliteStatement {
      const cached = cache.get(sqlText);
      if (cached) {
        cache.delete(sqlText);
        cache.set(sqlText, cached);
        return cached;
      }
      const statement = database.prepare(sqlText);
      cache.set(sqlText, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
      return statement;
    },
  };
}

/** Both engines report a unique violation differently; callers only need to know that it was one. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** PostgreSQL takes at most 65535 bind parameters per statement; SQLite 32766. Stay below both. */
export const MAX_BIND_PARAMETERS = 30000;
