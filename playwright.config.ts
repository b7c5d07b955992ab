import { defineConfig } from '@playwright/test';
import { TODAY } from './e2e/today';

const PORT = Number(process.env.E2E_PORT ?? 3107);

/**
 * Browser tests against Debian's Chromium (no browser download). The app runs from the built web
 * bundle with a fresh in-memory SQLite database and the demo data, so every run starts clean, and on
 * a fixed day (`--today`), so the school year the tests see does not follow the wall clock.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // The cycle and conflict tests take 24–25 s on an idle 2-CPU machine (two browsers, axe on long
  // pages); the limit is there to catch hangs, not to time them.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One more try on CI, where a loaded machine can miss a timing; a test that fails twice still fails,
  // and one that passed only on the retry is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node bin/leerwinst.js serve --demo --today ${TODAY}`,
    url: `http://127.0.0.1:${PORT}/api/openapi.json`,
    timeout: 60_000,
    reuseExistingServer: false,
    env: { DATABASE_URL: 'sqlite::memory:', PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
  },
});
