import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { createKysely, parseDatabaseUrl, redactDatabaseUrl, type Engine } from './dialect';
import { migrations } from './migrations/index';
import type { DB } from './schema';

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  engine: Engine;
  /** Safe to print: no password. */
  displayUrl: string;
  close(): Promise<void>;
}

export const DEFAULT_DATABASE_URL = 'sqlite:./data/leerwinst.sqlite';

export class DatabaseUnreachableError extends Error {
  constructor(readonly displayUrl: string) {
    super(`De database is niet bereikbaar: ${displayUrl}`);
  }
}

export async function openDatabase(url: string = DEFAULT_DATABASE_URL): Promise<Database> {
  const target = parseDatabaseUrl(url);
  const displayUrl = redactDatabaseUrl(url);
  let db: Db;
  try {
    db = createKysely(target);
    await sql`select 1`.execute(db);
  } catch {
    throw new DatabaseUnreachableError(displayUrl);
  }
  return { db, engine: target.engine, displayUrl, close: () => db.destroy() };
}

export interface MigrationState {
  applied: { name: string; at: string }[];
  pending: string[];
  /** Applied by a newer Leerwinst than this one: this version must not touch the database. */
  unknown: string[];
}

/** Which migrations the database has had, which wait, and which this version does not know. */
export async function migrationState(
  db: Db,
  list: Record<string, Migration> = migrations,
): Promise<MigrationState> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const rows = tables.some((t) => t.name === 'kysely_migration')
    ? (
        await sql<{ name: string; timestamp: string }>`select name, timestamp from kysely_migration`.execute(
          db,
        )
      ).rows
    : [];
  const known = Object.keys(list).sort();
  const done = new Set(rows.map((r) => r.name));
  return {
    applied: rows
      .map((r) => ({ name: r.name, at: r.timestamp }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    pending: known.filter((name) => !done.has(name)),
    unknown: rows.map((r) => r.name).filter((name) => !(name in list)),
  };
}

export class NewerDatabaseError extends Error {
  constructor(readonly unknown: string[]) {
    super(
      `De database is bijgewerkt door een nieuwere versie van Leerwinst (migratie ${unknown.join(', ')}); ` +
        'deze versie gebruikt haar niet. Installeer de nieuwere versie.',
    );
  }
}

export class MigrationFailedError extends Error {
  constructor(
    readonly migration: string,
    readonly backupPath: string | undefined,
    reason: string,
  ) {
    super(
      `De upgrade is mislukt bij migratie ${migration}: ${reason}. De database is gebleven zoals ze was ` +
        `(de upgrade liep in één transactie). ${backupPath ? `Back-up van vóór de upgrade: ${backupPath}` : 'Er is geen back-up gemaakt.'}`,
    );
  }
}

export interface MigrateOptions {
  /** Another list than the app's own (a test of a failing upgrade). */
  migrations?: Record<string, Migration>;
  /** Runs once before pending migrations do; returns where it put a backup, if it made one. */
  beforeMigrating?: (pending: string[]) => Promise<string | undefined>;
}

export async function migrateToLatest(db: Db, options: MigrateOptions = {}): Promise<string[]> {
  const list = options.migrations ?? migrations;
  const state = await migrationState(db, list);
  if (state.unknown.length > 0) throw new NewerDatabaseError(state.unknown);
  if (state.pending.length === 0) return [];
  const backupPath = await options.beforeMigrating?.(state.pending);
  const provider: MigrationProvider = { getMigrations: async () => list };
  // Both engines run the whole upgrade in one transaction (see dialect.ts for SQLite).
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? state.pending[0] ?? '?';
    throw new MigrationFailedError(
      failed,
      backupPath,
      error instanceof Error ? error.message : String(error),
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
