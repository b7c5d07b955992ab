/**
 * A benchmark database per engine, filled by the demo generator at the requested size. SQLite is a
 * file in a temporary folder (as in production, not in memory); PostgreSQL a temporary database on the
 * server of BENCH_DATABASE_URL or TEST_DATABASE_URL, dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { generateDemo, type DemoData } from '../src/demo/generator';
import { loadDemo } from '../src/demo/load';
import { migrateToLatest, openDatabase, type Database } from '../src/server/db/database';
import type { Engine } from '../src/server/db/dialect';

export const BENCH_NOW = new Date('2026-11-28T10:00:00.000Z');

export interface BenchSize {
  schools: number;
  years: number;
  label: string;
}

export interface BenchContext {
  engine: Engine;
  database: Database;
  /** A URL another process (the HTTP server) could use. */
  url: string;
  data: DemoData;
  size: BenchSize;
  dispose(): Promise<void>;
}

export function serverUrl(): string | null {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? null;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createBenchContext(engine: Engine, size: BenchSize): Promise<BenchContext> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'leerwinst-bench-'));
    url = `sqlite:${join(dir, 'bench.sqlite')}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const admin = serverUrl();
    if (!admin) throw new Error('no PostgreSQL server configured');
    const name = `lw_bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(admin, `create database ${name}`);
    const parsed = new URL(admin);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    cleanup = () => adminQuery(admin, `drop database if exists ${name} with (force)`);
  }
  const database = await openDatabase(url);
  await migrateToLatest(database.db);
  const data = generateDemo({ seed: 2026, schools: size.schools, years: size.years, now: BENCH_NOW });
  const started = Date.now();
  await loadDemo(database.db, data, BENCH_NOW);
  // Planner statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE (SQLite) would have them.
  await sql`analyze`.execute(database.db);
  process.stderr.write(
    `  ${engine}: loaded ${data.leerling.length} pupils, ${data.toetsresultaat.length} results in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return {
    engine,
    database,
    url,
    data,
    size,
    dispose: async () => {
      await database.close();
      await cleanup();
    },
  };
}
