/**
 * npm run bench [-- --quick] [-- --engine sqlite|postgres] [-- --suite statistics|screens|zorg|ogw|import|seoImport|transfer|uploads|web|throughput|scale[,…]]
 * Full size: the demo bestuur at 50 schools × 3 years; --quick: 5 schools × 2 years, under a minute.
 * PostgreSQL runs when BENCH_DATABASE_URL or TEST_DATABASE_URL is set.
 * scale (PostgreSQL only, its own databases of 5 and 500 schools): npm run bench -- --suite scale --engine postgres
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../src/server/db/dialect';
import { printTable, writeResults, type BenchResult } from './harness';
import { createBenchContext, serverUrl, type BenchSize } from './setup';
import { importSuite } from './suites/imports';
import { ogwSuite } from './suites/ogw';
import { scaleSuite } from './suites/scale';
import { seoImportSuite } from './suites/seo-import';
import { screensSuite } from './suites/screens';
import { statisticsSuite } from './suites/statistics';
import { throughputSuite } from './suites/throughput';
import { transferSuite } from './suites/transfer';
import { uploadsSuite } from './suites/uploads';
import { webSuite } from './suites/web';
import { zorgSuite } from './suites/zorg';

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

const suiteArg = args.includes('--suite') ? args[args.indexOf('--suite') + 1] : undefined;
// Several suites at once share one prepared database per engine: --suite statistics,web.
const suiteNames = suiteArg?.split(',');
const suites = [
  statisticsSuite,
  screensSuite,
  zorgSuite,
  ogwSuite,
  importSuite,
  seoImportSuite,
  transferSuite,
  uploadsSuite,
  webSuite,
  throughputSuite,
  scaleSuite,
].filter((suite) => suiteNames === undefined || suiteNames.some((name) => suite.name === `${name}Suite`));
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
// One suite alone (--suite) replaces its own entries and keeps the other suites' last figures.
const kept = suiteArg
  ? previousResults(out).filter((r) => !results.some((n) => n.name === r.name && n.engine === r.engine))
  : [];
writeResults(out, [...kept, ...results]);
process.stdout.write(`\nWritten to ${out}\n`);

function previousResults(path: string): BenchResult[] {
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Omit<BenchResult, 'runs'>[];
    return stored.map((r) => ({ ...r, runs: 0 }));
  } catch {
    return [];
  }
}
