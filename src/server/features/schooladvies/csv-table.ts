/**
 * A small CSV file with a documented layout, read into named columns: the header row names the
 * columns (in any order, by any of their Dutch names), every other non-empty row is a line to import.
 * The bytes are read by the importers' own CSV reader (imports/sheet), so a school's file works as
 * its results files do: ';' or ',' as separator, UTF-8 (with or without BOM) or Windows-1252.
 * Problems are collected with their line; the caller imports all or nothing.
 */
import { IMPORT_LIMITS, type ImportLimits } from '../../../imports/limits';
import { readCsvRows } from '../../../imports/sheet/csv';
import type { ImportInput } from '../../../imports/text/input';

export interface LineProblem {
  /** 1-based line in the file; null for the file as a whole. */
  line: number | null;
  message: string;
}

export interface ColumnSpec<K extends string> {
  key: K;
  /** Header texts that name this column, compared without case, accents or punctuation. */
  names: readonly string[];
  required: boolean;
}

export interface TableLine<K extends string> {
  line: number;
  /** The cell of this column, trimmed; '' when empty or when the file has no such column. */
  cell(key: K): string;
}

export interface CsvTable<K extends string> {
  /** The columns the header named. */
  present: ReadonlySet<K>;
  lines: TableLine<K>[];
  problems: LineProblem[];
}

/** A file of this kind is a few hundred lines; these limits stop a wrong file early. */
export const SMALL_CSV_LIMITS: ImportLimits = {
  ...IMPORT_LIMITS,
  sheetBytes: 5 * 1024 * 1024,
  rows: 20_000,
  columns: 100,
};

export function headerKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Which column each header cell is; problems for a missing, doubled or unknown header. */
function columnsOf<K extends string>(header: string[], specs: readonly ColumnSpec<K>[], line: number) {
  const index = new Map<K, number>();
  const problems: LineProblem[] = [];
  header.forEach((text, i) => {
    const key = headerKey(text);
    if (key === '') return;
    const spec = specs.find((s) => s.names.some((n) => headerKey(n) === key));
    if (!spec) return;
    if (index.has(spec.key))
      problems.push({ line, message: `De kolom '${text.trim()}' staat er twee keer in.` });
    else index.set(spec.key, i);
  });
  for (const spec of specs.filter((s) => s.required && !index.has(s.key))) {
    problems.push({
      line,
      message: `De kolom '${spec.names[0]}' ontbreekt in de kopregel (regel ${line}).`,
    });
  }
  return { index, problems };
}

/** Reads the whole file: header first, then the lines; empty lines are skipped. */
export async function readCsvTable<K extends string>(
  input: ImportInput,
  specs: readonly ColumnSpec<K>[],
  limits: ImportLimits = SMALL_CSV_LIMITS,
): Promise<CsvTable<K>> {
  const reader = readCsvRows(input, { limits });
  const problems: LineProblem[] = [];
  const lines: TableLine<K>[] = [];
  let index: Map<K, number> | null = null;
  for await (const row of reader) {
    if (row.cells.every((c) => c.trim() === '')) continue;
    if (!index) {
      const columns = columnsOf(row.cells, specs, row.line);
      index = columns.index;
      problems.push(...columns.problems);
      continue;
    }
    if (lines.length >= limits.rows) {
      problems.push({ line: row.line, message: `Het bestand heeft meer dan ${limits.rows} regels.` });
      break;
    }
    const cells = row.cells;
    const columns = index;
    lines.push({ line: row.line, cell: (key) => (cells[columns.get(key) ?? -1] ?? '').trim() });
  }
  for (const p of reader.info.problems) {
    if (p.severity === 'error') problems.push({ line: p.line ?? null, message: p.message });
  }
  if (index && lines.length === 0 && problems.length === 0) {
    problems.push({ line: null, message: 'Het bestand heeft een kopregel maar geen regels om in te lezen.' });
  }
  return { present: new Set(index?.keys() ?? []), lines, problems };
}
