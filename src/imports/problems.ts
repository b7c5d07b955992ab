/**
 * What an import found wrong, for people (Dutch `message`) and for code (stable `code`). An 'error'
 * means the item (or, without a key, the file) cannot be imported as it is; a 'warning' means it can,
 * but somebody should look.
 */
type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  severity: ProblemSeverity;
  /** Stable identifier, e.g. 'edexml.onbekende-groep'. */
  code: string;
  /** Dutch, ready to show. */
  message: string;
  /** 1-based line in the file (XML line, CSV physical line, spreadsheet row). */
  line?: number;
  /** The key of the record the problem is about (leerling, groep, leerkracht, …). */
  key?: string;
  /** Where in the structure, e.g. 'leerlingen/leerling/geboortedatum'. */
  path?: string;
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Collects problems, keeping at most `limit` so a broken file of a million rows stays small. */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  private dropped = 0;

  constructor(private readonly limit = 1000) {}

  add(problem: ImportProblem): void {
    if (this.items.length < this.limit) this.items.push(problem);
    else this.dropped += 1;
  }

  error(
    code: string,
    message: string,
    extra: Omit<ImportProblem, 'severity' | 'code' | 'message'> = {},
  ): void {
    this.add({ severity: 'error', code, message, ...extra });
  }

  warning(
    code: string,
    message: string,
    extra: Omit<ImportProblem, 'severity' | 'code' | 'message'> = {},
  ): void {
    this.add({ severity: 'warning', code, message, ...extra });
  }

  /** The list, with one closing note when problems were left out. */
  finish(): ImportProblem[] {
    if (this.dropped === 0) return this.items;
    const severity = this.items.some((p) => p.severity === 'error') ? 'error' : 'warning';
    return [
      ...this.items,
      {
        severity,
        code: 'import.te-veel-meldingen',
        message: `Nog ${this.dropped} meldingen zijn weggelaten; los eerst de bovenstaande op.`,
      },
    ];
  }
}
