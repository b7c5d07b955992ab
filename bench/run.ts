/**
 * npm run bench [-- --quick] [-- --engine sqlite|postgres]
 * Full size: the demo bestuur at 50 schools × 3 years; --quick: 5 schools × 2 years, under a minute.
 * PostgreSQL runs when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 */
import { join } from 'node:path';
import type { Engine } from '../src/server/db/dialect';
import { printTable, writeResults, type BenchResult } from './harness';
import { createBenchContext, serverUrl, type BenchSize } from './setup';
import { importSuite } from './suites/imports';
import { ogwSuite } from './suites/ogw';
import { screensSuite } from './suites/screens';
import { statisticsSuite } from './suites/statistics';

process.env.LOG_LEVEL ??= 'silent';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const engineArg = args[args.indexOf('--engine') + 1];
const size: BenchSize = quick
  ? { schools: 5, years: 2, label: '5x2' }
  : { schools: 50, years: 3, label: '50x3' };

const engines: Engine[] = (['sqlite', 'postgres'] as const).filter(
  (e) => (!args.includes('--engine') || e === engineArg) && (e === 'sqlite' || serverUrl() !== null),
);
if (!engines.includes('postgres') && !args.includes('--engine')) {
  process.stderr.write('PostgreSQL skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include it.\n');
}

const suites = [statisticsSuite, screensSuite, ogwSuite, importSuite];
const results: BenchResult[] = [];
for (const engine of engines) {
  process.stderr.write(`${engine}: preparing ${size.schools} schools × ${size.years} years…\n`);
  const ctx = await createBenchContext(engine, size);
  try {
    for (const suite of suites) results.push(...(await suite(ctx, quick)));
  } finally {
    await ctx.dispose();
  }
}
printTable(results);
const out = join(import.meta.dirname, 'results.json');
writeResults(out, results);
process.stdout.write(`\nWritten to ${out}\n`);
