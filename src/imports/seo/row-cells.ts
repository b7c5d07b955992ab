/** One row of an SEO export read through the mapping, with the problems found on it so far. */
import type { SeoField } from './fields';
import type { RowProblem } from './grouped-problems';
import type { SeoColumnMapping, SeoScaleColumn } from './suggest';

/** Values for the whole file where it has no column: chosen in the browser or found in the title. */
export interface SeoConstants {
  instrument?: string | undefined;
  versie?: string | undefined;
  lijst?: string | undefined;
  afnamedatum?: string | undefined;
}

export interface SeoReadMapping {
  headers: readonly string[];
  mapping: SeoColumnMapping;
  scaleColumns: readonly SeoScaleColumn[];
  constants?: SeoConstants;
}

export class SeoRowCells {
  readonly problems: RowProblem[] = [];
  failed = false;

  constructor(
    readonly line: number,
    readonly cells: readonly string[],
    private readonly read: SeoReadMapping,
  ) {}

  /** The cell of a mapped field, trimmed; '' when the field has no column. */
  cell(field: SeoField): string {
    const column = this.read.mapping[field];
    return column === undefined ? '' : (this.cells[column] ?? '').trim();
  }

  /** The cell, else the value chosen for the whole file. */
  value(field: SeoField & keyof SeoConstants): string {
    return this.cell(field) || (this.read.constants?.[field] ?? '').trim();
  }

  /** 'kolom 5 ("Percentiel")', as the user sees the column in the file. */
  columnName(column: number): string {
    const header = this.read.headers[column]?.trim();
    return header ? `kolom ${column + 1} ("${header}")` : `kolom ${column + 1}`;
  }

  /** The field's column by name, or "de gekozen waarde" when it came from the constants. */
  columnOf(field: SeoField): string {
    const column = this.read.mapping[field];
    return column === undefined ? 'de gekozen waarde' : this.columnName(column);
  }

  fail(problem: RowProblem): void {
    this.failed = true;
    this.problems.push(problem);
  }

  warn(problem: RowProblem): void {
    this.problems.push({ ...problem, severity: 'warning' });
  }
}

/**
 * What a cell's text was read as, kept per file: an export repeats the same few scale names, lists,
 * dates, bands and signals on every row, and matching them by normalised words costs more than the
 * rest of a row. Capped, so a file of all-different texts keeps its memory.
 */
export class ReadMemo {
  private readonly seen = new Map<string, unknown>();

  get<T>(kind: string, text: string, read: () => T): T {
    const key = `${kind}\u0000${text}`;
    if (this.seen.has(key)) return this.seen.get(key) as T;
    const value = read();
    if (this.seen.size < 20_000) this.seen.set(key, value);
    return value;
  }
}
