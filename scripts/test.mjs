#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Static checks, then unit and API tests (SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set), then the browser tests when Chromium is installed. Whatever is skipped
 * is said out loud at the end, so a green run never hides a part that did not run.
 *
 * `--skip-static`: only the parts that run code (vitest, the web build, Playwright), for a second run
 * of the suite on another Node version (see .ci/run); the static checks do not depend on it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playwrightOutcomes, vitestOutcomes } from './test-report.mjs';

const args = process.argv.slice(2);
const unknownArgs = args.filter((a) => a !== '--skip-static');
if (unknownArgs.length > 0) {
  process.stderr.write(`Unknown option ${unknownArgs.join(' ')}. Usage: npm test [-- --skip-static]\n`);
  process.exit(2);
}
const skipStatic = args.includes('--skip-static');

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipped = [];
const failed = [];
const timings = [];
// CI shows only the tail of the output, so the names of failed tests, and of tests that passed only
// on a retry, are repeated at the very end.
const failedTests = [];
const flakyTests = [];

function step(name, command, commandArgs, env = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const start = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${name} ${Math.round((Date.now() - start) / 1000)} s`);
  if (result.status !== 0) failed.push(name);
  return result.status === 0;
}

const reportDir = mkdtempSync(join(tmpdir(), 'leerwinst-test-'));

if (skipStatic) {
  skipped.push('Static checks (typecheck, lint, format): --skip-static');
} else {
  step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  step('lint', 'npx', ['eslint', '.']);
  step('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
}

if (!process.env.TEST_DATABASE_URL) {
  skipped.push('PostgreSQL: TEST_DATABASE_URL is not set, so the database tests ran on SQLite only');
}
const vitestReport = join(reportDir, 'vitest.json');
const vitestStep = 'unit and API tests (vitest)';
step(vitestStep, 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const vitest = outcomesOf(vitestReport, vitestOutcomes);
failedTests.push(...vitest.failed);
flakyTests.push(...vitest.flaky);
if (failed.includes(vitestStep) && vitest.failed.length === 0) {
  failedTests.push('vitest: no single test failed; look above for "Unhandled Errors" or a crashed worker');
}

if (existsSync(chromium)) {
  if (step('build web app', 'npx', ['vite', 'build', '--logLevel', 'warn'])) {
    const browserStep = 'browser tests (Playwright + axe)';
    const playwrightReport = join(reportDir, 'playwright.json');
    // The same human-readable reporter as playwright.config.ts, plus JSON for the summary below.
    step(browserStep, 'npx', ['playwright', 'test', `--reporter=${process.env.CI ? 'line' : 'list'},json`], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport,
    });
    const browser = outcomesOf(playwrightReport, playwrightOutcomes);
    failedTests.push(...browser.failed);
    flakyTests.push(...browser.flaky);
    if (failed.includes(browserStep) && browser.failed.length === 0) {
      failedTests.push('Playwright: no single test failed; look above (the web server, a global error)');
    }
  }
} else {
  skipped.push(
    `Browser tests: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}
rmSync(reportDir, { recursive: true, force: true });

process.stdout.write(`\nNode ${process.version}: ${timings.join(', ')}\n`);
for (const t of flakyTests) process.stdout.write(`FLAKY    ${t}, passed on the retry\n`);
for (const t of failedTests) process.stdout.write(`FAILED   ${t}\n`);
for (const s of skipped) process.stdout.write(`SKIPPED  ${s}\n`);
if (failed.length > 0) {
  process.stdout.write(`FAILED   ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('All test steps passed.\n');

/** The outcomes in a JSON report, or none when the step did not get far enough to write it. */
function outcomesOf(file, read) {
  return existsSync(file)
    ? read(JSON.parse(readFileSync(file, 'utf8')), process.cwd())
    : { failed: [], flaky: [] };
}
