export interface Outcomes {
  failed: string[];
  flaky: string[];
}
export function vitestOutcomes(report: unknown, root: string): Outcomes;
export function playwrightOutcomes(report: unknown, root: string): Outcomes;
