import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code: domain, imports, shared, web helpers) and `api` (the server and the
 * CLI on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set). Both run without isolation: one
 * worker process imports the code once and runs file after file, instead of a fresh process per file
 * (on a 2-CPU machine that import was most of the time). That is safe because no test file leaves
 * state behind: no module mocks, stubbed globals, process listeners or env changes in tests, fake
 * timers only between beforeEach and afterEach; the zod messages are set once by the app, to the same
 * Dutch for everyone; the process-wide caches (engine-data, growth-peers) are keyed by a results
 * version that is random per database; the login rate limit lives in the database. A test file that
 * needs a fresh process would need a third project with `isolate: true`.
 */
const API = ['src/server/**', 'src/cli/**', 'scripts/**', 'bench/**'];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    isolate: false,
    // One worker per CPU, not vitest's CPUs - 1: the API tests spend much of their time waiting for
    // PostgreSQL and for the processes the CLI tests start (the plans and datamuur tests on a busy
    // 2-CPU machine: 63 s instead of 92 s).
    maxWorkers: availableParallelism(),
    // The CLI tests start several processes each; on a busy 2-CPU machine one test took 20 s where it
    // takes 6 s idle. The limits catch hangs, not slowness (speed is measured by `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One retry on CI, as for Playwright: a test failing twice still fails, and vitest reports the retry.
    retry: process.env.CI ? 1 : 0,
    env: { LOG_LEVEL: 'silent' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, ...API],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: API.map((dir) => dir.replace('**', '**/*.test.{ts,tsx}')),
        },
      },
    ],
  },
});
