#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Static checks, then unit and API tests (SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set), then the browser tests when Chromium is installed. Whatever is skipped
 * is said out loud at the end, so a green run never hides a part that did not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipped = [];
const failed = [];
// CI shows only the tail of the output, so the names of failed tests are repeated at the very end.
const failedTests = [];

function step(name, command, args, env = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failed.push(name);
}

step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('lint', 'npx', ['eslint', '.']);
step('format', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);

if (!process.env.TEST_DATABASE_URL) {
  skipped.push('PostgreSQL: TEST_DATABASE_URL is not set, so the database tests ran on SQLite only');
}
const reportDir = mkdtempSync(join(tmpdir(), 'leerwinst-vitest-'));
const reportFile = join(reportDir, 'report.json');
step('unit and API tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
]);
failedTests.push(...failedVitestTests(reportFile));
if (failed.includes('unit and API tests (vitest)') && failedTests.length === 0) {
  failedTests.push('vitest: no single test failed; look above for "Unhandled Errors" or a crashed worker');
}
rmSync(reportDir, { recursive: true, force: true });

if (existsSync(chromium)) {
  step('build web app', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  step('browser tests (Playwright + axe)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
} else {
  skipped.push(
    `Browser tests: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}

process.stdout.write('\n');
for (const t of failedTests) process.stdout.write(`FAILED   ${t}\n`);
for (const s of skipped) process.stdout.write(`SKIPPED  ${s}\n`);
if (failed.length > 0) {
  process.stdout.write(`FAILED   ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('All test steps passed.\n');

/** Failed tests (and files that failed to load) from vitest's JSON report, one line each. */
function failedVitestTests(file) {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const lines = [];
  for (const suite of report.testResults ?? []) {
    const where = suite.name.replace(`${process.cwd()}/`, '');
    const tests = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of tests) {
      const why = String(t.failureMessages?.[0] ?? '')
        .split('\n')[0]
        .slice(0, 200);
      lines.push(`${where} › ${t.fullName}: ${why}`);
    }
    if (tests.length === 0 && suite.status === 'failed') {
      lines.push(
        `${where}: ${String(suite.message ?? '')
          .split('\n')[0]
          .slice(0, 200)}`,
      );
    }
  }
  return lines;
}
