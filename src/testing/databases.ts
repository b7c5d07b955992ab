/**
 * Test databases on both engines. SQLite always runs (in memory); PostgreSQL runs when
 * TEST_DATABASE_URL points at a server, where each test file creates its own randomly named database
 * and drops it afterwards, so no test depends on leftover state.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Database } from '../server/db/database';
import type { Engine } from '../server/db/dialect';

export function testEngines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** PostgreSQL errors that say "not now" rather than "never": a busy template, a full server. */
const TRANSIENT = new Set(['55006', '53300', '57P03']);

async function adminQuery(sqlText: string, attempt = 1): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  try {
    await client.connect();
    await client.query(sqlText);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (!TRANSIENT.has(code) || attempt >= 5) throw error;
    await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    return adminQuery(sqlText, attempt + 1);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface TestDatabase extends Database {
  /** The DATABASE_URL another process would use to reach this database. */
  url: string;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/** An empty, migrated database of the given engine. */
export async function createTestDatabase(
  engine: Engine,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (engine === 'sqlite') {
    const database = await openDatabase('sqlite::memory:');
    if (migrate) await migrateToLatest(database.db);
    return { ...database, url: 'sqlite::memory:', dispose: () => database.close() };
  }
  const name = `lw_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = withDatabaseName(adminUrl(), name);
  const database = await openDatabase(url);
  if (migrate) await migrateToLatest(database.db);
  return {
    ...database,
    url,
    dispose: async () => {
      await database.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
