#!/usr/bin/env node
/**
 * `npm test`: the whole suite. Static checks, then unit and API tests (SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set), then the browser tests when Chromium is installed. Whatever is skipped
 * is said out loud at the end, so a green run never hides a part that did not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipped = [];
const failed = [];

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
step('unit and API tests (vitest)', 'npx', ['vitest', 'run']);

if (existsSync(chromium)) {
  step('build web app', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  step('browser tests (Playwright + axe)', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
} else {
  skipped.push(
    `Browser tests: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
  );
}

process.stdout.write('\n');
for (const s of skipped) process.stdout.write(`SKIPPED  ${s}\n`);
if (failed.length > 0) {
  process.stdout.write(`FAILED   ${failed.join(', ')}\n`);
  process.exit(1);
}
process.stdout.write('All test steps passed.\n');
