/**
 * The SEO import as a school runs it: 10,000 score rows of one school's pupils (KanVAS, a row per
 * pupil, scale and date), read off-thread, checked against the pupils and written in one transaction.
 * Timed from the file's bytes to the commit, through the same service the route calls. Goal: ≤ 1 s.
 */
import { percentile, type BenchResult } from '../harness';
import { BENCH_NOW, type BenchContext } from '../setup';
import { importSeo } from '../../src/server/features/imports/seo-import.service';

const SCALES = [
  'Voorkomen van incidenten',
  'Veiligheidsbeleving',
  'Welbevinden',
  'Leerkracht treedt op',
  'Angst voor incidenten',
];

/** The school with most pupils, and a long KanVAS file of `rows` rows over as many dates as it needs. */
function kanvasCsv(ctx: BenchContext, rows: number): { schoolId: string; csv: string } {
  const perSchool = new Map<string, string[]>();
  for (const p of ctx.data.leerling)
    perSchool.set(p.school_id, [...(perSchool.get(p.school_id) ?? []), p.las_key]);
  const [schoolId, keys] = [...perSchool].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
  const lines = ['Leerlingnummer;Datum afname;Schaal;Score;Signalering'];
  for (let n = 0; lines.length <= rows; n += 1) {
    const key = keys[Math.floor(n / SCALES.length) % keys.length];
    const round = Math.floor(n / (SCALES.length * keys.length));
    // One date per round, a school day in the autumn of 2026: every row a distinct pupil, scale and date.
    const date = `${String(1 + (round % 28)).padStart(2, '0')}-${String(9 + Math.floor(round / 28))}-2026`;
    const score = (1 + ((n * 7) % 30) / 10).toFixed(1).replace('.', ',');
    lines.push(`${key};${date};${SCALES[n % SCALES.length]};${score};${n % 11 === 0 ? 'Ja' : 'Nee'}`);
  }
  return { schoolId, csv: `${lines.join('\r\n')}\r\n` };
}

async function* bytesOf(text: string) {
  yield new TextEncoder().encode(text);
}

export async function seoImportSuite(ctx: BenchContext): Promise<BenchResult[]> {
  const rows = 10_000;
  const { schoolId, csv } = kanvasCsv(ctx, rows);
  const times: number[] = [];
  // One unmeasured run first (as a running server is warm), then five: the suite is a few seconds
  // at either bench size, so --quick keeps all five.
  for (let i = -1; i < 5; i += 1) {
    // Each run into an empty state, so every run writes every row.
    await ctx.database.db.deleteFrom('seo_score').where('instrument', '=', 'kanvas').execute();
    const started = process.hrtime.bigint();
    const report = await importSeo(
      ctx.database.db,
      null,
      bytesOf(csv),
      { mode: 'apply', schoolId, config: { constants: { instrument: 'kanvas' } } },
      BENCH_NOW,
    );
    if (i >= 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (report.status !== 'imported' || report.scores.new !== rows)
      throw new Error(`import-seo-10k: ${report.status}, ${JSON.stringify(report.problems.slice(0, 3))}`);
  }
  times.sort((a, b) => a - b);
  return [
    {
      name: 'import-seo-10k',
      engine: ctx.engine,
      size: `${rows} rows`,
      p50_ms: Math.round(percentile(times, 50)),
      p95_ms: Math.round(percentile(times, 95)),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 102.4) / 10,
      runs: times.length,
    },
  ];
}
