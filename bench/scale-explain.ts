/**
 * The query plans behind a read, as PostgreSQL runs them on a large database: the app is served with a
 * Kysely instance that logs every statement, the read is asked for once with cold caches (so the
 * statements that fill a cache are in it too), and each SELECT is run again under
 * EXPLAIN (ANALYZE, BUFFERS) with the same parameters. Writes (the audit row, the session's last use)
 * are listed but not explained, since EXPLAIN ANALYZE would perform them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from '../src/server/db/schema';
import { startBenchServer } from './http';
import type { BenchContext } from './setup';

export interface ScaleRead {
  screen: string;
  login: string;
  path: string;
}

interface Logged {
  sql: string;
  parameters: readonly unknown[];
  ms: number;
}

/** Tables that grow with the number of schools: a sequential scan over one is what to look for. */
const BIG_TABLES = ['toetsresultaat', 'leerling', 'plaatsing', 'groep', 'audit_log', 'schooljaar'];

function seqScans(plan: string): string[] {
  return BIG_TABLES.filter((t) => new RegExp(`Seq Scan on ${t}\\b`).test(plan));
}

async function explain(client: pg.Client, q: Logged): Promise<string> {
  const result = await client.query<{ 'QUERY PLAN': string }>(
    `explain (analyze, buffers) ${q.sql}`,
    q.parameters as unknown[],
  );
  return result.rows.map((r) => r['QUERY PLAN']).join('\n');
}

/**
 * Writes bench/out/scale-explain-<label>.txt: per read, its statements slowest first with their plans;
 * returns one line per read naming the statements that scan a big table from start to end.
 */
export async function explainReads(ctx: BenchContext, reads: ScaleRead[], label: string): Promise<string[]> {
  const logged: Logged[] = [];
  const pool = new pg.Pool({ connectionString: ctx.url, max: 10 });
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') {
        const { sql, parameters } = event.query;
        logged.push({ sql, parameters, ms: event.queryDurationMillis });
      }
    },
  });
  const client = new pg.Client({ connectionString: ctx.url });
  await client.connect();
  const server = await startBenchServer({ ...ctx, database: { ...ctx.database, db } }, [
    ...new Set(reads.map((r) => r.login)),
  ]);
  const report: string[] = [];
  const summary: string[] = [];
  try {
    for (const read of reads) {
      logged.length = 0;
      await server.getJson(read.login, read.path);
      const statements = [...logged].sort((a, b) => b.ms - a.ms);
      report.push(`\n######## ${read.screen}: GET ${read.path} (${statements.length} statements)\n`);
      const scans: string[] = [];
      for (const q of statements) {
        const reading = /^\s*(select|with)\b/i.test(q.sql);
        const plan = reading ? await explain(client, q) : '(a write: not explained)';
        for (const table of seqScans(plan)) scans.push(`${table} (${q.ms.toFixed(1)} ms)`);
        report.push(`---- ${q.ms.toFixed(1)} ms\n${q.sql}\n${JSON.stringify(q.parameters)}\n${plan}\n`);
      }
      summary.push(
        `${read.screen}: ${scans.length === 0 ? 'no sequential scan of a big table' : scans.join(', ')}`,
      );
    }
  } finally {
    server.close();
    await client.end();
    await db.destroy();
  }
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `scale-explain-${label}.txt`), report.join('\n'));
  return summary;
}
