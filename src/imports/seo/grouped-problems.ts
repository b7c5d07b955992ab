/**
 * Problems of the rows of an SEO export, grouped by kind: an export repeats a pupil on a row per scale
 * and a scale on a row per pupil, so one mistake (an unknown scale name, a pupil not yet imported)
 * would otherwise come back hundreds of times. One kind on one line reads "Regel 12: …"; on many,
 * "412 regels (12, 13, 14 en verder): …", said once.
 */
import type { ImportProblem } from '../problems';

interface Group {
  severity: ImportProblem['severity'];
  code: string;
  /** The text for one line, with that line's value. */
  one: string;
  /** The text for many lines (without a single row's value where values differ). */
  many: string;
  lines: number[];
  count: number;
  key?: string | undefined;
}

/** Lines named in a grouped message: enough to find them, not hundreds. */
const LINES_SHOWN = 5;

/** More kinds than this: the rest is counted in one closing line. */
const MAX_KINDS = 500;

export interface RowProblem {
  code: string;
  /** What is wrong on this line, e.g. "percentiel 120 ligt buiten het bereik (0 tot en met 100)." */
  one: string;
  /** The same kind said of many lines; the same as `one` when it names no value of its own. */
  many?: string;
  /** Rows with the same group are one problem; by default the code and `many` text. */
  group?: string;
  severity?: ImportProblem['severity'];
  /** The record it is about (a pupil's key), for code that wants it. */
  key?: string;
}

export class GroupedProblems {
  private readonly groups = new Map<string, Group>();
  private droppedKinds = 0;

  add(line: number, problem: RowProblem): void {
    const many = problem.many ?? problem.one;
    const id = problem.group ?? `${problem.code}|${many}`;
    const group = this.groups.get(id);
    if (group) {
      group.count += 1;
      if (group.lines.length < LINES_SHOWN) group.lines.push(line);
      return;
    }
    if (this.groups.size >= MAX_KINDS) {
      this.droppedKinds += 1;
      return;
    }
    this.groups.set(id, {
      severity: problem.severity ?? 'error',
      code: problem.code,
      one: problem.one,
      many,
      lines: [line],
      count: 1,
      key: problem.key,
    });
  }

  get size(): number {
    return this.groups.size;
  }

  /** The problems in the order their first line came in, each said once. */
  finish(): ImportProblem[] {
    const problems = [...this.groups.values()].map((g): ImportProblem => ({
      severity: g.severity,
      code: g.code,
      message: g.count === 1 ? `Regel ${g.lines[0]}: ${g.one}` : `${linesText(g)}: ${g.many}`,
      line: g.lines[0] ?? 0,
      ...(g.key ? { key: g.key } : {}),
    }));
    if (this.droppedKinds === 0) return problems;
    return [
      ...problems,
      {
        severity: 'error',
        code: 'seo.meer',
        message: `En nog ${this.droppedKinds} andere soorten problemen; los eerst de bovenstaande op.`,
      },
    ];
  }
}

function linesText(g: Group): string {
  const shown = g.lines.join(', ');
  const rest = g.count > g.lines.length ? ' en verder' : '';
  return `${g.count} regels (${shown}${rest})`;
}
