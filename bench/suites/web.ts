/**
 * The groepsoverzicht in a real browser (Debian's Chromium through playwright-core), as the Groep 5
 * teacher opens it: how long after its data arrive the first row is on screen, and what one keystroke
 * in a row's text field costs. Measured in the page's own clock, so the API's time and the test
 * driver's round trips are not in the figures (the API has its own entry, `groepsoverzicht`).
 *
 * - first row: from the groepsoverzicht response's last byte (Resource Timing `responseEnd`) to the end
 *   of the frame that shows the first `.go-row` (a MutationObserver, then a frame and a task later).
 * - keystroke: from `keydown` (window, capture) to the end of the `input` event (window, bubble), with
 *   the style and layout the change causes forced there, so React's render, commit, effects and the
 *   browser's layout are all in it; paint is not.
 *
 * Needs the built browser app (`npm run build:web`, dist/web).
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { percentile, type BenchResult } from '../harness';
import { startBenchServer } from '../http';
import type { BenchContext } from '../setup';
import { webFirstVisit } from './web-first-visit';
import { WEB_ROOT } from '../../src/server/web-app';

const SAMPLES = 20;
const TYPED = 'heeft korte instructie nodig bij tafels '; // 40 characters
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface PageBench {
  responseEnd: number | null;
  firstRow: number | null;
  keys: number[];
}

declare global {
  interface Window {
    __bench: PageBench;
  }
}

/**
 * Runs in the page before its own scripts: the observers that take the page-clock timestamps. Plain
 * JavaScript in a string, because the TypeScript runner's helpers do not exist in the page.
 */
const INSTRUMENT = `
(() => {
  const bench = { responseEnd: null, firstRow: null, keys: [] };
  window.__bench = bench;
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.go-row')) return;
    seen.disconnect();
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('/api/groups/') && e.name.includes('/groepsoverzicht'));
    bench.responseEnd = entry ? entry.responseEnd : null;
    // The frame that shows the row: after its rAF callbacks, style, layout and paint (the next task).
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { bench.firstRow = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  seen.observe(document, { childList: true, subtree: true });
  let keyAt = null;
  addEventListener('keydown', () => { keyAt = performance.now(); }, true);
  addEventListener('input', () => {
    if (keyAt === null) return;
    // Style and layout now, as the browser would do them before the next frame.
    void document.body.offsetHeight;
    bench.keys.push(performance.now() - keyAt);
    keyAt = null;
  });
})();
`;

const round = (n: number) => Math.round(n * 100) / 100;

function result(name: string, ctx: BenchContext, times: number[], extra: object): BenchResult {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    name,
    engine: ctx.engine,
    size: ctx.size.label,
    p50_ms: round(percentile(sorted, 50)),
    p95_ms: round(percentile(sorted, 95)),
    peak_rss_mb: round(process.resourceUsage().maxRSS / 1024),
    runs: times.length,
    ...extra,
  };
}

/** One visit: open the page, wait for the first row, type into the row's first text field. */
async function visit(page: Page, url: string, row: number) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstRow !== null, null, { timeout: 30_000 });
  const field = page.locator('.go-row').nth(row).locator('textarea').first();
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(TYPED);
  const measured = await page.evaluate(() => window.__bench);
  // Let the autosave land before the next visit, so it does not fall into that one's figures.
  await page
    .locator('.go-row')
    .nth(row)
    .getByRole('status')
    .filter({ hasText: /Opgeslagen/ })
    .waitFor();
  return measured;
}

/** The same 20 visits with and without --quick: the browser's cost hardly depends on the bestuur's size. */
export async function webSuite(ctx: BenchContext, _quick: boolean): Promise<BenchResult[]> {
  if (!existsSync(WEB_ROOT)) {
    process.stderr.write(`web suite skipped: no built browser app in ${WEB_ROOT} (npm run build:web)\n`);
    return [];
  }
  const teacher = 'leerkracht@leerwinst.example';
  const schoolA = ctx.data.summary.schoolIds[0] ?? '';
  const year = ctx.data.summary.schooljaren.at(-1);
  const sj = ctx.data.schooljaar.find((s) => s.school_id === schoolA && s.name === year)?.id;
  const group = ctx.data.groep.find((g) => g.schooljaar_id === sj && g.name === 'Groep 5');
  if (!group) throw new Error('no Groep 5');
  const server = await startBenchServer(ctx, []);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
    const login = await context.request.post(`${server.origin}/api/auth/login`, {
      data: { email: teacher, password: 'demo-leerwinst' },
    });
    if (login.status() !== 200) throw new Error(`login failed: ${login.status()}`);
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    const url = `${server.origin}/groepen/${group.id}/groepsoverzicht`;
    // One unmeasured visit: the bundle into the HTTP cache, the server's caches warm.
    await visit(page, url, 0);
    const firstRow: number[] = [];
    const keys: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const m = await visit(page, url, i % 5);
      if (m.responseEnd === null || m.firstRow === null) throw new Error('no groepsoverzicht response seen');
      firstRow.push(m.firstRow - m.responseEnd);
      keys.push(...m.keys);
    }
    const rows = await page.locator('.go-row').count();
    await context.close();
    const account = { email: teacher, password: 'demo-leerwinst' };
    const firstVisit = await webFirstVisit(ctx, browser, server.origin, account, group.id);
    return [
      result('web-groepsoverzicht-first-row', ctx, firstRow, { samples: SAMPLES, rows }),
      result('web-groepsoverzicht-keystroke', ctx, keys, {
        samples: SAMPLES,
        keystrokes: keys.length,
        mean_ms: round(keys.reduce((a, b) => a + b, 0) / Math.max(1, keys.length)),
        rows,
      }),
      ...firstVisit,
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
