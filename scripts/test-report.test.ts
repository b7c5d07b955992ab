/**
 * The summary at the end of `npm test` names failed tests and tests that passed only on a retry. The
 * reports below have the shape vitest 4 and Playwright write (checked against real runs of a test
 * that fails once and then passes).
 */
import { describe, expect, it } from 'vitest';
import { playwrightOutcomes, vitestOutcomes } from './test-report.mjs';

const RED = '\u001b[31m';
const RESET = '\u001b[39m';

describe('vitest report', () => {
  const report = {
    testResults: [
      {
        name: '/repo/src/a.test.ts',
        status: 'failed',
        message: '',
        assertionResults: [
          { fullName: 'a steady', status: 'passed', failureMessages: [] },
          {
            fullName: 'a once',
            status: 'passed',
            failureMessages: [`AssertionError: expected 1 to be 2\n    at a.test.ts:3`],
          },
          { fullName: 'a broken', status: 'failed', failureMessages: [`${RED}Error: boom${RESET}\nstack`] },
        ],
      },
      {
        name: '/repo/src/b.test.ts',
        status: 'failed',
        message: 'Cannot find module x\nmore',
        assertionResults: [],
      },
      { name: '/repo/src/c.test.ts', status: 'passed', message: '', assertionResults: [] },
    ],
  };

  it('names the failed tests and the files that failed to load', () => {
    expect(vitestOutcomes(report, '/repo').failed).toEqual([
      'src/a.test.ts › a broken: Error: boom',
      'src/b.test.ts: Cannot find module x',
    ]);
  });

  it('names a test that passed with the error of an earlier attempt as passed on a retry', () => {
    expect(vitestOutcomes(report, '/repo').flaky).toEqual([
      'src/a.test.ts › a once (failed first: AssertionError: expected 1 to be 2)',
    ]);
  });
});

describe('Playwright report', () => {
  const failure = (message: string) => ({ status: 'failed', errors: [{ message }], error: { message } });
  const report = {
    config: { rootDir: '/repo/e2e' },
    errors: [],
    suites: [
      {
        title: 'cycle.spec.ts',
        file: 'cycle.spec.ts',
        specs: [
          {
            title: 'top',
            file: 'cycle.spec.ts',
            tests: [{ status: 'expected', results: [{ status: 'passed', errors: [] }] }],
          },
        ],
        suites: [
          {
            title: 'the cycle',
            file: 'cycle.spec.ts',
            specs: [
              {
                title: 'marks a step',
                file: 'cycle.spec.ts',
                tests: [
                  {
                    status: 'flaky',
                    results: [failure(`${RED}Timeout 10000ms${RESET}`), { status: 'passed', errors: [] }],
                  },
                ],
              },
              {
                title: 'saves',
                file: 'cycle.spec.ts',
                tests: [{ status: 'unexpected', results: [failure('expected A'), failure('expected B')] }],
              },
            ],
          },
        ],
      },
    ],
  };

  it('names the flaky tests with the error of the failed attempt', () => {
    expect(playwrightOutcomes(report, '/repo').flaky).toEqual([
      'e2e/cycle.spec.ts › the cycle › marks a step (failed first: Timeout 10000ms)',
    ]);
  });

  it('names the failed tests, and errors outside any test', () => {
    const withError = {
      ...report,
      errors: [{ message: 'Timed out waiting 60000ms from config.webServer.' }],
    };
    expect(playwrightOutcomes(withError, '/repo').failed).toEqual([
      'e2e/cycle.spec.ts › the cycle › saves: expected A',
      'Playwright: Timed out waiting 60000ms from config.webServer.',
    ]);
  });
});
