/**
 * The server under uploads (issue 13), over HTTP on a free port:
 * - how long an anonymous, chunked 100 MB upload waits for its 401 (it is answered before its body
 *   is read), sent in 1 MB chunks 5 ms apart;
 * - how fast other users are answered while the server imports 100,000 results: a leerkracht's
 *   GET /api/auth/me and her group's datamuur, each asked over and over, without an import and
 *   during one. The import runs in the server's process as the command line's bestuur-wide file
 *   does (the browser's route takes one school's file; 100,000 rows are a bestuur's).
 * p99, max and the number of reads are in the `size` column; p50/p95 in their own.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { slowUpload } from '../../src/server/features/imports/http-test-support';
import { importResults } from '../../src/server/features/imports/results-import.service';
import { createWebApp } from '../../src/server/web-app';
import { percentile, type BenchResult } from '../harness';
import { BENCH_NOW, type BenchContext } from '../setup';

const MB = 1024 * 1024;
const TEACHER = 'leerkracht@leerwinst.example';
const ROWS = 100_000;

function summary(name: string, ctx: BenchContext, times: number[], size?: string): BenchResult {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name,
    engine: ctx.engine,
    size:
      size ??
      `${sorted.length} reads, p99 ${round(percentile(sorted, 99))} ms, max ${round(sorted.at(-1) ?? 0)} ms`,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    runs: sorted.length,
  };
}

/**
 * 100,000 distinct results of the bench bestuur's pupils: three Cito 3.0 toetsen, twelve moments,
 * three schooljaren, as many pupils as that takes (some replace results the demo already has).
 */
function resultsFile(ctx: BenchContext): Buffer {
  const lines = ['Leerlingnummer;Toets;Toetsmoment;Afnamedatum;Vaardigheidsscore;Niveau'];
  const toetsen = ['Rekenen-Wiskunde 3.0', 'Spelling 3.0', 'Begrijpend lezen 3.0'];
  const levels = ['I', 'II', 'III', 'IV', 'V'];
  for (const year of [2026, 2025, 2024]) {
    for (const toets of toetsen) {
      for (let g = 3; g <= 8; g += 1) {
        for (const [moment, date] of [
          [`M${g}`, `20-01-${year}`],
          [`E${g}`, `10-06-${year}`],
        ] as const) {
          for (const p of ctx.data.leerling) {
            if (lines.length > ROWS) return Buffer.from(lines.join('\r\n'));
            const n = lines.length;
            lines.push(`${p.las_key};${toets};${moment};${date};${150 + (n % 97)},5;${levels[n % 5]}`);
          }
        }
      }
    }
  }
  throw new Error(`the bench data has too few pupils for ${ROWS} results`);
}

async function startServer(ctx: BenchContext) {
  const app = createWebApp({ db: ctx.database.db, clock: () => BENCH_NOW, trustProxy: false });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}/api`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: TEACHER, password: 'demo-leerwinst' }),
  });
  if (login.status !== 200) throw new Error(`login ${TEACHER}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  /** One read as the browser asks it; its time in ms. */
  const read = async (path: string) => {
    const start = process.hrtime.bigint();
    const response = await fetch(`${base}${path}`, { headers: { cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  return { port, read, close: () => server.close() };
}

/** Both reads in turn until `busy()` is false: their times per path. */
async function readWhile(busy: () => boolean, read: (path: string) => Promise<number>, paths: string[]) {
  const times = paths.map(() => [] as number[]);
  for (let i = 0; busy(); i += 1) times[i % paths.length]?.push(await read(paths[i % paths.length] ?? ''));
  return times;
}

async function unauthorizedUploads(ctx: BenchContext, port: number, runs: number): Promise<BenchResult> {
  const answered: number[] = [];
  let sentAtAnswer = 0;
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const upload = await slowUpload(port, '/api/imports/results/inspect?schoolId=x', {
      total: 100 * MB,
      chunk: MB,
      pauseMs: 5,
    });
    if (upload.status !== 401) throw new Error(`anonymous upload: ${upload.status}`);
    answered.push(Number(process.hrtime.bigint() - start) / 1e6);
    sentAtAnswer = Math.max(sentAtAnswer, upload.sentAtAnswer);
  }
  const size = `100 MB chunked, answered after ≤ ${sentAtAnswer / MB} MB sent`;
  return summary('upload-401-anonymous', ctx, answered, size);
}

export async function uploadsSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const server = await startServer(ctx);
  const results: BenchResult[] = [];
  try {
    results.push(await unauthorizedUploads(ctx, server.port, quick ? 20 : 30));

    const schoolA = ctx.data.summary.schoolIds[0] ?? '';
    const year = ctx.data.summary.schooljaren.at(-1);
    const sj = ctx.data.schooljaar.find((s) => s.school_id === schoolA && s.name === year)?.id;
    const group = ctx.data.groep.find((g) => g.schooljaar_id === sj && g.name === 'Groep 5');
    const paths = ['/auth/me', `/groups/${group?.id ?? ''}/datamuur`];
    const until = Date.now() + 5_000;
    const [meIdle = [], wallIdle = []] = await readWhile(() => Date.now() < until, server.read, paths);
    results.push(summary('me-idle', ctx, meIdle), summary('datamuur-idle', ctx, wallIdle));

    const file = resultsFile(ctx);
    let importing = true;
    const running = importResults(
      ctx.database.db,
      null,
      file,
      { mode: 'apply', schoolId: null, filename: 'bench.csv' },
      BENCH_NOW,
    ).finally(() => {
      importing = false;
    });
    const [me = [], wall = []] = await readWhile(() => importing, server.read, paths);
    const report = await running;
    if (report.status !== 'imported') throw new Error(`bench import: ${JSON.stringify(report.problems[0])}`);
    results.push(
      summary('me-during-import-100k', ctx, me),
      summary('datamuur-during-import-100k', ctx, wall),
    );
  } finally {
    server.close();
  }
  return results;
}
