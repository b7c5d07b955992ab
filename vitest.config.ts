import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // The CLI tests start several processes each; on a busy 2-CPU machine one test took 20 s where it
    // takes 6 s idle. The limits catch hangs, not slowness (speed is measured by `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One retry on CI, as for Playwright: a test failing twice still fails, and vitest reports the retry.
    retry: process.env.CI ? 1 : 0,
    env: { LOG_LEVEL: 'silent' },
  },
});
