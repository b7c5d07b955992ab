/**
 * SQLite database files as files: copies made with the online backup API, checked, and written back.
 * Engine plumbing for backup and restore (server/ops); the app itself opens databases via dialect.ts.
 */
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { openSync, readSync, closeSync } from 'node:fs';
import type { Db } from './database';
import { sqliteHandleOf } from './dialect';
import type { DB } from './schema';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Whether the file starts as every SQLite database does. */
export function looksLikeSqlite(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    return read === 16 && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

export class NotSqliteError extends Error {}

/**
 * Copies the live database into `destination` with SQLite's online backup API: a consistent copy
 * while the app keeps reading and writing. Writes through this same connection during the copy are
 * carried into it; with `pagesPerStep` unset the copy is one step, one snapshot, so writes by another
 * process (a running server) cannot make it start over.
 */
export async function copySqlite(
  db: Db,
  destination: string,
  options: { pagesPerStep?: number; onStep?: (remaining: number, total: number) => void } = {},
): Promise<void> {
  const handle = sqliteHandleOf(db);
  if (!handle) throw new NotSqliteError('Deze database is geen SQLite-database.');
  const pages = options.pagesPerStep ?? 0x7fffffff;
  await handle.backup(destination, {
    progress: ({ totalPages, remainingPages }) => {
      options.onStep?.(remainingPages, totalPages);
      return pages;
    },
  });
}

/** A database file opened as it is (no WAL switch, no pragmas of the app), for checks and restores. */
export function openSqliteFile(path: string): { db: Kysely<DB>; close: () => Promise<void> } {
  const database = new SqliteDatabase(path, { fileMustExist: true });
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
  return { db, close: () => db.destroy() };
}

/** A backup stands on its own: one file, no write-ahead log that it needs beside it. */
export async function makeSelfContained(db: Kysely<DB>): Promise<void> {
  await sql`pragma journal_mode = delete`.execute(db);
}

/** SQLite's own check of every page and index; "ok" or the first problems it found. */
export async function integrityProblems(db: Kysely<DB>, quick = false): Promise<string[]> {
  const result = quick
    ? await sql<Record<string, string>>`pragma quick_check`.execute(db)
    : await sql<Record<string, string>>`pragma integrity_check(20)`.execute(db);
  const lines = result.rows.map((r) => Object.values(r)[0] ?? '');
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines;
}

/**
 * Writes the file at `source` into the database at `destination` with the backup API, page by page
 * under SQLite's own locks, so connections to it (and its write-ahead log) stay consistent.
 */
export async function writeSqliteInto(source: string, destination: string): Promise<void> {
  const database = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
  try {
    await database.backup(destination);
  } finally {
    database.close();
  }
}
