/**
 * The end of `npm test`'s output: failed tests and tests that passed only on a retry, one line each,
 * read from the JSON reports of vitest and Playwright.
 */
import { relative } from 'node:path';

function firstLine(text) {
  const escape = String.fromCharCode(27);
  return (
    String(text ?? '')
      .replaceAll(new RegExp(`${escape}\\[[0-9;]*m`, 'g'), '')
      .split('\n')[0] ?? ''
  ).slice(0, 200);
}

/**
 * From vitest's JSON report. It has no retry count, but a test that passed keeps the errors of the
 * attempts that failed before it: a passed test with a failure message passed on a retry.
 * @param {any} report the parsed report
 * @param {string} root the directory names are shown relative to
 */
export function vitestOutcomes(report, root) {
  const outcomes = { failed: [], flaky: [] };
  for (const suite of report.testResults ?? []) {
    const where = relative(root, suite.name);
    const tests = suite.assertionResults ?? [];
    const failedHere = tests.filter((t) => t.status === 'failed');
    for (const t of failedHere) {
      outcomes.failed.push(`${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    }
    for (const t of tests.filter((x) => x.status === 'passed' && (x.failureMessages ?? []).length > 0)) {
      outcomes.flaky.push(`${where} › ${t.fullName} (failed first: ${firstLine(t.failureMessages[0])})`);
    }
    if (failedHere.length === 0 && suite.status === 'failed') {
      outcomes.failed.push(`${where}: ${firstLine(suite.message)}`);
    }
  }
  return outcomes;
}

/**
 * From Playwright's JSON report: a test's status is 'unexpected' when it failed on every try and
 * 'flaky' when it failed and then passed.
 * @param {any} report the parsed report
 * @param {string} root the directory names are shown relative to
 */
export function playwrightOutcomes(report, root) {
  const outcomes = { failed: [], flaky: [] };
  const testDir = report.config?.rootDir ?? root;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      const name = `${relative(root, `${testDir}/${spec.file}`)} › ${[...titles, spec.title].join(' › ')}`;
      for (const test of spec.tests ?? []) {
        const errors = (test.results ?? []).flatMap((r) => r.errors ?? (r.error ? [r.error] : []));
        const why = firstLine(errors[0]?.message);
        if (test.status === 'flaky') outcomes.flaky.push(`${name} (failed first: ${why})`);
        if (test.status === 'unexpected') outcomes.failed.push(`${name}: ${why}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top-level suites are the files, which spec.file already names.
  for (const fileSuite of report.suites ?? []) walk(fileSuite, []);
  for (const error of report.errors ?? []) outcomes.failed.push(`Playwright: ${firstLine(error.message)}`);
  return outcomes;
}
