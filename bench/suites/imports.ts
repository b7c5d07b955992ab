/**
 * Imports as a school runs them: the command line in its own process (so its peak memory is its own,
 * not the benchmark's), on a 100,000-row results file and an EDEX.XML with 1,000 pupils.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, type BenchResult } from '../harness';
import type { BenchContext } from '../setup';

const ROOT = join(import.meta.dirname, '../..');

async function runCli(args: string[], url: string): Promise<{ ms: number; rssMb: number; stdout: string }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', join(ROOT, 'bench/rss-report.cjs'), join(ROOT, 'bin/leerwinst.js'), ...args],
      {
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = /LEERWINST_MAXRSS_KB (\d+)/.exec(stderr)?.[1];
      if (code !== 0) reject(new Error(`leerwinst ${args.join(' ')} exited ${code}:\n${stdout}\n${stderr}`));
      else resolve({ ms, rssMb: Math.round(Number(rss ?? 0) / 102.4) / 10, stdout });
    });
  });
}

function summarize(
  name: string,
  ctx: BenchContext,
  size: string,
  runs: { ms: number; rssMb: number }[],
): BenchResult {
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  return {
    name,
    engine: ctx.engine,
    size,
    p50_ms: Math.round(percentile(times, 50)),
    p95_ms: Math.round(percentile(times, 95)),
    peak_rss_mb: Math.max(...runs.map((r) => r.rssMb)),
    runs: runs.length,
  };
}

/** 100,000 distinct results of the bench bestuur's pupils on a catalog instrument, as a Dutch CSV. */
function resultsCsv(ctx: BenchContext, rows: number): string {
  const moments = ['M3', 'E3', 'M4', 'E4', 'M5', 'E5', 'M6', 'E6', 'M7', 'E7', 'M8', 'E8'];
  const lines = ['Leerlingnummer;Toets;Toetsmoment;Afnamedatum;Vaardigheidsscore;Niveau'];
  const levels = ['I', 'II', 'III', 'IV', 'V'];
  let n = 0;
  for (const moment of moments) {
    for (const p of ctx.data.leerling) {
      if (n >= rows) break;
      const year = moment.startsWith('M') ? '20-01-2026' : '10-06-2026';
      lines.push(`${p.las_key};Rekenen-Wiskunde 3.0;${moment};${year};${150 + (n % 97)},5;${levels[n % 5]}`);
      n += 1;
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function edexml(pupils: number, brin: string): string {
  const groups = Math.ceil(pupils / 25);
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?><EDEX><school><schooljaar>2026-2027</schooljaar><brincode>${brin}</brincode><dependancecode>00</dependancecode><xsdversie>2.1</xsdversie></school><groepen>`,
  ];
  for (let g = 0; g < groups; g++)
    parts.push(
      `<groep key="G${g}"><naam>Groep ${3 + (g % 6)}${String.fromCharCode(97 + Math.floor(g / 6))}</naam><jaargroep>${3 + (g % 6)}</jaargroep></groep>`,
    );
  parts.push('</groepen><leerlingen>');
  for (let i = 0; i < pupils; i++) {
    const g = i % groups;
    parts.push(
      `<leerling key="B${i}"><achternaam>Bench${i}</achternaam><roepnaam>Kind</roepnaam><geboortedatum>2016-0${1 + (i % 9)}-1${i % 9}</geboortedatum><geslacht>${1 + (i % 2)}</geslacht><jaargroep>${3 + (g % 6)}</jaargroep><groep key="G${g}"/></leerling>`,
    );
  }
  parts.push('</leerlingen><leerkrachten>');
  for (let g = 0; g < groups; g++)
    parts.push(
      `<leerkracht key="L${g}"><achternaam>Juf${g}</achternaam><groepen><groep key="G${g}"/></groepen></leerkracht>`,
    );
  parts.push('</leerkrachten></EDEX>');
  return parts.join('\n');
}

export async function importSuite(ctx: BenchContext, quick: boolean): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'leerwinst-bench-import-'));
  const results: BenchResult[] = [];
  try {
    const rows = quick ? 10_000 : 100_000;
    const csv = join(dir, 'resultaten.csv');
    writeFileSync(csv, resultsCsv(ctx, rows));
    const runs: { ms: number; rssMb: number }[] = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) {
      // Each run imports into an empty state for this toets, so every run writes every row.
      await ctx.database.db.deleteFrom('toetsresultaat').where('import_id', 'is not', null).execute();
      await ctx.database.db.deleteFrom('import_batch').execute();
      runs.push(await runCli(['import', 'results', csv], ctx.url));
    }
    results.push(summarize(quick ? 'import-results-10k' : 'import-results-100k', ctx, `${rows} rows`, runs));

    const pupils = 1000;
    const xml = join(dir, 'EDEX.XML');
    writeFileSync(xml, edexml(pupils, '77BX'));
    const edexRuns: { ms: number; rssMb: number }[] = [];
    edexRuns.push(await runCli(['import', 'edexml', xml], ctx.url));
    for (let i = 0; i < (quick ? 1 : 2); i++) edexRuns.push(await runCli(['import', 'edexml', xml], ctx.url));
    results.push(summarize('import-edexml-1000', ctx, `${pupils} pupils`, edexRuns));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
