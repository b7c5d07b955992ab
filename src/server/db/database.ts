import { Migrator, sql, type Kysely, type MigrationProvider } from 'kysely';
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

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
