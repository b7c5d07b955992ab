/**
 * Moving the whole bench bestuur to the other engine (SQLite → PostgreSQL, and back from PostgreSQL),
 * as `leerwinst transfer` does it: one snapshot of the source, one transaction on the target, every
 * batch read back and checksummed. Each run starts from an empty target; a run whose checksums
 * differ throws, so every time here is of a transfer that was verified.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/database';
import type { Engine } from '../../src/server/db/dialect';
import { transfer } from '../../src/server/ops/transfer';
import { percentile, type BenchResult } from '../harness';
import { serverUrl, type BenchContext } from '../setup';

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** An empty database of the engine, and how to remove it again. */
async function emptyTarget(engine: Engine): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'leerwinst-bench-transfer-'));
    const database = await openDatabase(`sqlite:${join(dir, 'doel.sqlite')}`);
    return {
      database,
      drop: async () => (await database.close(), rmSync(dir, { recursive: true, force: true })),
    };
  }
  const server = serverUrl();
  if (!server) throw new Error('no PostgreSQL server configured');
  const name = `lw_bench_transfer_${randomBytes(5).toString('hex')}`;
  await admin(server, `create database ${name}`);
  const parsed = new URL(server);
  parsed.pathname = `/${name}`;
  const database = await openDatabase(parsed.toString());
  return {
    database,
    drop: async () => {
      await database.close();
      await admin(server, `drop database if exists ${name} with (force)`);
    },
  };
}

export async function transferSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const other: Engine = ctx.engine === 'sqlite' ? (serverUrl() ? 'postgres' : 'sqlite') : 'sqlite';
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const target = await emptyTarget(other);
    try {
      const started = process.hrtime.bigint();
      const report = await transfer(ctx.database, target.database, {
        anchors: null,
        merge: false,
        dryRun: false,
        now: new Date(),
      });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      const written = (table: string) => report.tables.find((t) => t.table === table)?.written;
      if (
        written('leerling') !== ctx.data.leerling.length ||
        written('toetsresultaat') !== ctx.data.toetsresultaat.length
      ) {
        throw new Error('transfer: row counts differ from the generated demo');
      }
      rows = report.tables.reduce((sum, t) => sum + t.written, 0);
    } finally {
      await target.drop();
    }
  }
  times.sort((a, b) => a - b);
  return [
    {
      name: `transfer-${ctx.size.label}`,
      engine: `${ctx.engine}→${other}`,
      size: `${rows} rows`,
      p50_ms: Math.round(percentile(times, 50)),
      p95_ms: Math.round(percentile(times, 95)),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      runs: times.length,
    },
  ];
}
