/**
 * Requests per second under load (issue 15): the compiled server in its own process, 20 connections
 * from autocannon for 10 s per target (3 s with --quick) after a warm-up, each with a demo login's
 * session cookie and the Accept-Encoding a browser sends (so the API compresses as it does for one).
 *
 * The reference is the same server's static index (`/`, the page every visit starts with); every
 * other entry carries `ratio` = its req/s ÷ the index's req/s in the same run, which says how much the
 * screen's own work costs independently of the machine. The pupil page is the calls the page makes
 * (pupil, analysis and, where the role may read it, zorg), in turn on every connection: its `ratio` is
 * per request like the others, `page_ratio` per whole page.
 *
 * Latency percentiles come from each response's own time (autocannon's histogram keeps whole
 * milliseconds). `peak_rss_mb` is the server process's high-water mark after the entry ran.
 */
import autocannon, { type Request, type Result } from 'autocannon';
import { percentile, type BenchResult } from '../harness';
import {
  missingBuild,
  serverBuildIsStale,
  startProductionServer,
  type ProductionServer,
} from '../production-server';
import type { BenchContext } from '../setup';

const CONNECTIONS = 20;
const ACCEPT_ENCODING = 'gzip, deflate, br, zstd';
const TEACHER = 'leerkracht@leerwinst.example';
const IB = 'ib@leerwinst.example';

interface Target {
  name: string;
  login: string | null;
  requests: string[];
}

interface ThroughputResult extends BenchResult {
  req_per_s: number;
  /** Responses measured (`runs`, which results.json leaves out): 0 when none finished in time. */
  responses: number;
  p99_ms: number;
  errors: number;
  timeouts: number;
  non_2xx: number;
  /** Responses other than 200 (a 304 or 204 would be no screen either). */
  not_200: number;
  connections: number;
  duration_s: number;
  ratio?: number;
  requests_per_page?: number;
  page_ratio?: number;
}

interface Run {
  result: Result;
  times: number[];
}

const round = (n: number) => Math.round(n * 100) / 100;
/** Ratios far below 1 need more than two decimals to tell apart. */
const roundRatio = (n: number) => Math.round(n * 10_000) / 10_000;

function headersOf(server: ProductionServer, login: string | null): Record<string, string> {
  return {
    accept: login === null ? 'text/html' : 'application/json',
    'accept-encoding': ACCEPT_ENCODING,
    ...(login === null ? {} : { cookie: server.cookie(login) }),
  };
}

/** One request as the load will send it; anything but 200 stops the suite before it measures. */
async function check(server: ProductionServer, login: string | null, path: string): Promise<Response> {
  const response = await fetch(`${server.origin}${path}`, { headers: headersOf(server, login) });
  if (response.status !== 200) throw new Error(`throughput: ${path} answered ${response.status}`);
  return response;
}

/** The calls the pupil page makes on opening, as PupilPage.tsx does. */
async function pupilPageCalls(server: ProductionServer, pupilId: string): Promise<string[]> {
  const base = `/api/pupils/${pupilId}`;
  const detail = (await (await check(server, TEACHER, base)).json()) as { abilities?: string[] };
  const calls = [base, `${base}/analysis`];
  if (!detail.abilities?.includes('zorg.read')) return calls;
  calls.push(`${base}/zorg`);
  const zorg = (await (await check(server, TEACHER, `${base}/zorg`)).json()) as {
    opps?: { id: string; status: string }[];
  };
  const current = zorg.opps?.find((o) => o.status !== 'beeindigd');
  if (current) calls.push(`/api/opp/${current.id}`);
  return calls;
}

async function targetsOf(ctx: BenchContext, server: ProductionServer): Promise<Target[]> {
  const schoolA = ctx.data.summary.schoolIds[0] ?? '';
  const year = ctx.data.summary.schooljaren.at(-1);
  const sj = ctx.data.schooljaar.find((s) => s.school_id === schoolA && s.name === year)?.id;
  const group = ctx.data.groep.find((g) => g.schooljaar_id === sj && g.name === 'Groep 5');
  if (!group) throw new Error('no Groep 5');
  const pupil = ctx.data.plaatsing.find((p) => p.groep_id === group.id)?.leerling_id;
  if (!pupil) throw new Error('no pupil in Groep 5');
  const targets: Target[] = [
    { name: 'throughput-static', login: null, requests: ['/'] },
    { name: 'throughput-datamuur', login: TEACHER, requests: [`/api/groups/${group.id}/datamuur`] },
    {
      name: 'throughput-groepsoverzicht',
      login: TEACHER,
      requests: [`/api/groups/${group.id}/groepsoverzicht`],
    },
    { name: 'throughput-schooloverzicht', login: IB, requests: [`/api/schools/${schoolA}/schooloverzicht`] },
    { name: 'throughput-pupil', login: TEACHER, requests: await pupilPageCalls(server, pupil) },
  ];
  for (const target of targets) {
    for (const path of target.requests) await (await check(server, target.login, path)).arrayBuffer();
  }
  return targets;
}

async function load(server: ProductionServer, target: Target, quick: boolean): Promise<Run> {
  const requests: Request[] = target.requests.map((path) => ({ method: 'GET', path }));
  const instance = autocannon({
    url: server.origin,
    connections: CONNECTIONS,
    duration: quick ? 3 : 10,
    timeout: 30,
    headers: headersOf(server, target.login),
    requests,
    // Brings the server's caches, JIT and connection pools to their steady state before measuring.
    warmup: { connections: CONNECTIONS, duration: quick ? 1 : 3 },
  });
  const times: number[] = [];
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  return { result, times };
}

function entryOf(
  ctx: BenchContext,
  server: ProductionServer,
  target: Target,
  run: Run,
  staticRate: number | null,
): ThroughputResult {
  const { result } = run;
  const sorted = [...run.times].sort((a, b) => a - b);
  const reqPerS = result.requests.total / Math.max(result.duration, 0.001);
  const notOk = Object.entries(result.statusCodeStats)
    .filter(([status]) => status !== '200')
    .reduce((sum, [, stats]) => sum + stats.count, 0);
  const perPage = target.requests.length;
  return {
    name: target.name,
    engine: ctx.engine,
    size: ctx.size.label,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    peak_rss_mb: server.peakRssMb() ?? round(process.resourceUsage().maxRSS / 1024),
    runs: sorted.length,
    req_per_s: round(reqPerS),
    responses: sorted.length,
    p99_ms: round(percentile(sorted, 99)),
    errors: result.errors,
    timeouts: result.timeouts,
    non_2xx: result.non2xx,
    not_200: notOk,
    connections: CONNECTIONS,
    duration_s: result.duration,
    ...(staticRate === null ? {} : { ratio: roundRatio(reqPerS / staticRate) }),
    ...(perPage > 1 && staticRate !== null
      ? { requests_per_page: perPage, page_ratio: roundRatio(reqPerS / perPage / staticRate) }
      : {}),
  };
}

export async function throughputSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const missing = missingBuild();
  if (missing) {
    process.stderr.write(`throughput suite skipped: ${missing}\n`);
    return [];
  }
  if (serverBuildIsStale()) {
    process.stderr.write('throughput: dist/server is older than its sources; run npm run build:server\n');
  }
  const server = await startProductionServer(ctx, [TEACHER, IB]);
  try {
    const targets = await targetsOf(ctx, server);
    const results: BenchResult[] = [];
    let staticRate: number | null = null;
    for (const target of targets) {
      const run = await load(server, target, quick);
      await server.drained();
      const entry = entryOf(ctx, server, target, run, staticRate);
      staticRate ??= entry.req_per_s;
      process.stderr.write(
        `  ${ctx.engine} ${target.name}: ${entry.req_per_s} req/s, p99 ${entry.p99_ms} ms` +
          `${entry.ratio === undefined ? '' : `, ratio ${entry.ratio}`}\n`,
      );
      results.push(entry);
    }
    return results;
  } finally {
    await server.stop();
  }
}
