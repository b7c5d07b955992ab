/**
 * The benchmark harness: runs named measurements on each engine, prints a table and writes
 * bench/results.json as a list of { name, engine, size, p50_ms, p95_ms, peak_rss_mb }.
 * Peak RSS is the process's high-water mark after the entry ran (it never goes down), so read it as
 * "memory needed up to and including this entry".
 */
import { writeFileSync } from 'node:fs';

export interface BenchResult {
  name: string;
  engine: string;
  size: string;
  p50_ms: number;
  p95_ms: number;
  peak_rss_mb: number;
  runs: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export async function measure(
  name: string,
  engine: string,
  size: string,
  fn: () => Promise<unknown>,
  options: { runs?: number; warmup?: number } = {},
): Promise<BenchResult> {
  const runs = options.runs ?? 30;
  for (let i = 0; i < (options.warmup ?? 3); i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    engine,
    size,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
    runs,
  };
}

export function printTable(results: BenchResult[]): void {
  const header = ['name', 'engine', 'size', 'p50 ms', 'p95 ms', 'peak RSS MB', 'runs'];
  const rows = results.map((r) =>
    [r.name, r.engine, r.size, r.p50_ms, r.p95_ms, r.peak_rss_mb, r.runs].map(String),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}

export function writeResults(path: string, results: BenchResult[]): void {
  writeFileSync(
    path,
    `${JSON.stringify(
      results.map(({ runs: _runs, ...r }) => r),
      null,
      2,
    )}\n`,
  );
}
