/**
 * How the three reads of a growing bestuur hold up as it grows from 5 to 500 schools (PostgreSQL):
 * the datamuur of one group (its teacher), the schooloverzicht of one school (its schoolleider) and the
 * bestuur grid (the bestuur login), over HTTP as the browser asks for them. The 5 schools come from the
 * demo generator; the 500 are those 5 and 99 copies of them (bench/scale-loader.ts), so the group and
 * the school read are the same rows at both sizes and only the bestuur around them grows. Entries
 * `scale-5` and `scale-500` per screen; the 500 ones carry `ratio`, p95 at 500 ÷ p95 at 5.
 * With --quick: 5 and 50 schools (entries `scale-5`, `scale-50`). BENCH_EXPLAIN=1 also writes the
 * plans of every statement of the reads at the larger size to bench/out/scale-explain-<size>.txt.
 */
import { measure, type BenchResult } from '../harness';
import { startBenchServer } from '../http';
import { explainReads, type ScaleRead } from '../scale-explain';
import { copySchoolsInDatabase } from '../scale-loader';
import { BENCH_NOW, createBenchContext, type BenchContext } from '../setup';

const BASE_SCHOOLS = 5;
const YEARS = 3;

function readsOf(ctx: BenchContext): ScaleRead[] {
  const schoolA = ctx.data.summary.schoolIds[0] ?? '';
  const year = ctx.data.summary.schooljaren.at(-1);
  const sj = ctx.data.schooljaar.find((s) => s.school_id === schoolA && s.name === year)?.id;
  const group = ctx.data.groep.find((g) => g.schooljaar_id === sj && g.name === 'Groep 5');
  if (!group) throw new Error('no Groep 5');
  return [
    { screen: 'datamuur', login: 'leerkracht@leerwinst.example', path: `/groups/${group.id}/datamuur` },
    {
      screen: 'schooloverzicht',
      login: 'directie@leerwinst.example',
      path: `/schools/${schoolA}/schooloverzicht`,
    },
    { screen: 'bestuur-grid', login: 'bestuur@leerwinst.example', path: '/bestuur/schooloverzicht' },
  ];
}

interface Measured {
  read: ScaleRead;
  result: BenchResult;
}

async function measureReads(ctx: BenchContext, schools: number, runs: number): Promise<Measured[]> {
  const reads = readsOf(ctx);
  const server = await startBenchServer(ctx, [...new Set(reads.map((r) => r.login))]);
  try {
    const measured: Measured[] = [];
    for (const read of reads) {
      const result = await measure(
        `scale-${schools}`,
        ctx.engine,
        ctx.size.label,
        () => server.getJson(read.login, read.path),
        { runs },
      );
      measured.push({ read, result });
    }
    return measured;
  } finally {
    server.close();
  }
}

export async function scaleSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  if (ctx.engine !== 'postgres') {
    process.stderr.write(`scale suite skipped on ${ctx.engine}: it measures PostgreSQL only\n`);
    return [];
  }
  const copies = quick ? 9 : 99;
  const runs = quick ? 20 : 30;
  const large = BASE_SCHOOLS * (copies + 1);
  // Its own database: the suite's context (the usual bench size) is left as it is.
  const base = await createBenchContext('postgres', {
    schools: BASE_SCHOOLS,
    years: YEARS,
    label: `${BASE_SCHOOLS}x${YEARS}`,
  });
  try {
    const small = await measureReads(base, BASE_SCHOOLS, runs);
    const started = Date.now();
    await copySchoolsInDatabase(base.database.db, copies, BENCH_NOW);
    const loadSeconds = Math.round((Date.now() - started) / 100) / 10;
    process.stderr.write(`  scale: ${BASE_SCHOOLS} schools copied to ${large} in ${loadSeconds} s\n`);
    const grown: BenchContext = {
      ...base,
      size: { schools: large, years: YEARS, label: `${large}x${YEARS}` },
    };
    const measured = await measureReads(grown, large, runs);
    const results: BenchResult[] = small.map(({ read, result }) => ({ ...result, screen: read.screen }));
    for (const [i, { read, result }] of measured.entries()) {
      const before = small[i]?.result.p95_ms ?? Number.NaN;
      const extra = {
        screen: read.screen,
        ratio: Math.round((result.p95_ms / before) * 100) / 100,
        load_s: loadSeconds,
      };
      results.push({ ...result, ...extra });
      process.stderr.write(
        `  ${read.screen}: p95 ${before} ms at ${BASE_SCHOOLS}, ${result.p95_ms} ms at ${large} (× ${extra.ratio})\n`,
      );
    }
    if (process.env.BENCH_EXPLAIN === '1') {
      const summary = await explainReads(grown, readsOf(base), grown.size.label);
      for (const line of summary) process.stderr.write(`  plans ${line}\n`);
    }
    return results;
  } finally {
    await base.dispose();
  }
}
