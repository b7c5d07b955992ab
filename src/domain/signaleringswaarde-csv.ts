/**
 * The Inspectie's 2F/1S signaleringswaarden as an administrator loads them: one line per schoolweging
 * band, the whole table at once (a new publication replaces the old one).
 *
 *   schoolweging van;schoolweging tot;signaleringswaarde
 *   ;28;60
 *   28;31;55 %
 *   31;;50
 *
 * A band holds schoolweging van ≤ w < tot; an empty van or tot is an open end. The signaleringswaarde is
 * a percentage (0–100, "%" allowed). Synonyms: van/vanaf/ondergrens, tot/bovengrens,
 * percentage/waarde/2F/1S. File conventions as in csv-lines.ts. Every problem names its line (header =
 * line 1); the table as a whole must cover every schoolweging exactly once.
 */
import { csvLines, readNumber, splitLine, type CsvIssue } from './csv-lines';
import { signaleringswaardeTableProblems, type SignaleringswaardeRow } from './referentie';

type Column = 'from' | 'to' | 'share';

const HEADER_NAMES: ReadonlyMap<string, Column> = new Map<string, Column>(
  Object.entries({
    'schoolweging van': 'from',
    'schoolweging vanaf': 'from',
    van: 'from',
    vanaf: 'from',
    ondergrens: 'from',
    'schoolweging tot': 'to',
    tot: 'to',
    bovengrens: 'to',
    signaleringswaarde: 'share',
    'signaleringswaarde 2f/1s': 'share',
    '2f/1s': 'share',
    percentage: 'share',
    waarde: 'share',
  } satisfies Record<string, Column>),
);

const COLUMN_NAMES: Record<Column, string> = {
  from: 'schoolweging van',
  to: 'schoolweging tot',
  share: 'signaleringswaarde',
};

export interface SignaleringswaardeCsvResult {
  rows: SignaleringswaardeRow[];
  issues: CsvIssue[];
}

export function parseSignaleringswaardeCsv(text: string): SignaleringswaardeCsvResult {
  const issues: CsvIssue[] = [];
  const rows: SignaleringswaardeRow[] = [];
  const { lines, separator } = csvLines(text);
  const header = splitLine(lines[0] ?? '', separator) ?? [];
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    if (name === '') return;
    const column = HEADER_NAMES.get(name.toLowerCase().replace(/\s+/g, ' '));
    if (column === undefined) issues.push({ line: 1, message: `Onbekende kolom '${name}'.` });
    else if (columns.has(column)) issues.push({ line: 1, message: `Kolom '${name}' staat er twee keer in.` });
    else columns.set(column, index);
  });
  const missing = (['from', 'to', 'share'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    issues.push({
      line: 1,
      message: `De kopregel mist ${missing.map((c) => `'${COLUMN_NAMES[c]}'`).join(', ')}. Verwacht: schoolweging van;schoolweging tot;signaleringswaarde.`,
    });
    return { rows, issues };
  }
  const bound = (cells: string[], column: Column) => readNumber(cells[columns.get(column) ?? -1] ?? '');
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = splitLine(raw, separator);
    if (cells === null) {
      issues.push({ line, message: `Regel ${line}: een aanhalingsteken wordt niet gesloten.` });
      return;
    }
    const from = bound(cells, 'from');
    const to = bound(cells, 'to');
    const shareText = (cells[columns.get('share') ?? -1] ?? '').replace(/\s*%$/, '');
    const percent = readNumber(shareText);
    const problems: string[] = [];
    if (from === undefined) problems.push(`'schoolweging van' is geen getal`);
    if (to === undefined) problems.push(`'schoolweging tot' is geen getal`);
    if (typeof from === 'number' && typeof to === 'number' && from >= to)
      problems.push(`'schoolweging van' moet lager zijn dan 'schoolweging tot'`);
    if (percent === null) problems.push('de signaleringswaarde ontbreekt');
    else if (percent === undefined) problems.push('de signaleringswaarde is geen getal');
    else if (percent < 0 || percent > 100)
      problems.push('de signaleringswaarde moet tussen 0 en 100 % liggen');
    if (problems.length > 0) {
      issues.push({ line, message: `Regel ${line}: ${problems.join('; ')}.` });
      return;
    }
    rows.push({
      fromSchoolweging: from ?? null,
      toSchoolweging: to ?? null,
      share: (percent ?? 0) / 100,
    });
  });
  // The table as a whole only once every line could be read: a missing line would show up as a gap.
  if (issues.length === 0) {
    for (const message of signaleringswaardeTableProblems(rows)) issues.push({ line: 0, message });
  }
  return { rows, issues };
}
