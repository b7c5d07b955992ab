/**
 * Reading norm tables that a school loads as CSV. Two kinds of file, told apart by the header:
 *
 * Norm file — one line per toets + versie + moment, header with any of the level columns:
 *   toets;versie;moment;I+;I;II;III;IV;gemiddelde        (I–V; the I+ column and its cells may be empty)
 *   toets;versie;moment;A;B;C;D;gemiddelde               (A–E)
 *   toets;versie;moment;1F;2F/1S;gemiddelde              (REF; "2F" or "1S" as header also means 2F/1S)
 * Columns of several systems may stand side by side. A cell holds the lowest score of that level;
 * V, E and <1F need no column (everything below the lowest cut). An empty gemiddelde means unknown.
 *
 * DLE file — one line per conversion point, the lowest vaardigheidsscore that has that DLE:
 *   toets;versie;vaardigheidsscore;dle
 *
 * Conventions, as Dutch spreadsheets write them: separator ';' (',' when the header has no ';'),
 * decimal comma or point ("172,5" or "172.5"; no thousands separators), cells in double quotes allowed
 * (needed for a decimal comma in a ','-file; "" inside quotes is a quote), header names in any case,
 * UTF-8 byte order mark and Windows line ends accepted, empty lines skipped. Quoted cells spanning lines
 * are not supported. Column order is free; synonyms: toetscode, normversie, toetsmoment, score.
 *
 * Every problem names its line (1-based, header = line 1). A line with a problem is left out, so the
 * returned rows and points can be used as they are and nothing is dropped without a message.
 */
import { csvLines, readNumber, splitLine, type CsvIssue } from './csv-lines';
import { isLevelOf } from './levels';
import { validateNormRows, type CutLevel, type DlePoint, type NormRow } from './norms';

export type { CsvIssue };

export interface DlePointRow extends DlePoint {
  toets: string;
  versie: string;
  /** The line of the file it came from, for messages about it later. */
  line: number;
}

export interface NormCsvRow extends NormRow {
  line: number;
}

export interface NormCsvResult {
  rows: NormCsvRow[];
  dlePoints: DlePointRow[];
  issues: CsvIssue[];
}

type Column = 'toets' | 'versie' | 'moment' | 'gemiddelde' | 'vaardigheidsscore' | 'dle' | CutLevel;

// A Map, not an object: a header such as 'constructor' must not find Object.prototype.
const HEADER_NAMES: ReadonlyMap<string, Column> = new Map<string, Column>(
  Object.entries({
    toets: 'toets',
    toetscode: 'toets',
    versie: 'versie',
    normversie: 'versie',
    moment: 'moment',
    toetsmoment: 'moment',
    gemiddelde: 'gemiddelde',
    'gemiddelde vaardigheidsscore': 'gemiddelde',
    vaardigheidsscore: 'vaardigheidsscore',
    score: 'vaardigheidsscore',
    dle: 'dle',
    'i+': 'I+',
    i: 'I',
    ii: 'II',
    iii: 'III',
    iv: 'IV',
    a: 'A',
    b: 'B',
    c: 'C',
    d: 'D',
    '1f': '1F',
    '2f/1s': '2F/1S',
    '2f': '2F/1S',
    '1s': '2F/1S',
  } satisfies Record<string, Column>),
);

const DLE_COLUMNS: readonly Column[] = ['toets', 'versie', 'vaardigheidsscore', 'dle'];

type Issues = NormCsvResult['issues'];
type ParsedLine = { line: number; cells: string[] };
type CellOf = (cells: string[], column: Column) => string;

/** The header's known columns by position; unknown and doubled names are reported and ignored. */
function readHeader(header: string[], issues: Issues): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.forEach((name, index) => {
    const column = HEADER_NAMES.get(name.toLowerCase().replace(/\s+/g, ' '));
    if (column === undefined) {
      issues.push({ line: 1, message: `Onbekende kolom '${name}' wordt genegeerd.` });
    } else if (columns.has(column)) {
      issues.push({ line: 1, message: `Kolom '${name}' staat er twee keer in.` });
    } else columns.set(column, index);
  });
  return columns;
}

/** False when a required column is missing (then nothing else is read); notes columns that do not belong. */
function checkColumns(columns: Map<Column, number>, header: string[], isDle: boolean, issues: Issues) {
  const required: readonly Column[] = isDle ? DLE_COLUMNS : ['toets', 'versie', 'moment'];
  const missing = required.filter((c) => !columns.has(c));
  if (!isDle && ![...columns.keys()].some((c) => isCutLevel(c))) missing.push('I');
  if (missing.length > 0) {
    const what = isDle
      ? 'toets;versie;vaardigheidsscore;dle'
      : 'toets;versie;moment en grensscores (I;II;III;IV, A;B;C;D of 1F;2F/1S)';
    issues.push({ line: 1, message: `Kolommen ontbreken: verwacht ${what}.` });
    return false;
  }
  for (const [column, index] of columns) {
    const belongs = isDle ? DLE_COLUMNS.includes(column) : column !== 'vaardigheidsscore';
    if (!belongs) {
      const kind = isDle ? 'een DLE-bestand' : 'een normbestand';
      issues.push({
        line: 1,
        message: `Kolom '${header[index] ?? column}' hoort niet in ${kind} en wordt genegeerd.`,
      });
    }
  }
  return true;
}

/** The data lines split into cells; a line with an open quote or the wrong width is reported. */
function splitDataLines(lines: string[], separator: string, width: number, issues: Issues): ParsedLine[] {
  const parsed: ParsedLine[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = splitLine(raw, separator);
    if (cells === null) issues.push({ line, message: 'Een aanhalingsteken wordt niet gesloten.' });
    else if (cells.length !== width) {
      issues.push({ line, message: `${cells.length} kolommen, de kop heeft er ${width}.` });
    } else parsed.push({ line, cells });
  });
  return parsed;
}

/** One norm row per line, or the line's problems (cut scores and mean must be numbers). */
function readNormLine(
  { line, cells }: ParsedLine,
  columns: Map<Column, number>,
  cell: CellOf,
  issues: Issues,
): { line: number; row: NormRow } | null {
  const problems: string[] = [];
  const cuts: NormRow['cuts'] = {};
  for (const [column] of columns) {
    if (!isCutLevel(column)) continue;
    const value = readNumber(cell(cells, column));
    if (value === undefined) problems.push(`Grensscore ${column} '${cell(cells, column)}' is geen getal.`);
    else if (value !== null) cuts[column] = value;
  }
  const gemiddelde = readNumber(cell(cells, 'gemiddelde'));
  if (gemiddelde === undefined) problems.push(`Gemiddelde '${cell(cells, 'gemiddelde')}' is geen getal.`);
  if (problems.length > 0) {
    for (const message of problems) issues.push({ line, message });
    return null;
  }
  const row: NormRow = {
    toets: cell(cells, 'toets'),
    versie: cell(cells, 'versie'),
    moment: cell(cells, 'moment').toUpperCase(),
    cuts,
    gemiddelde: gemiddelde ?? null,
  };
  return { line, row };
}

/** The rows that pass the table's own checks (order of cut scores, duplicates), with their line. */
function acceptedRows(candidates: { line: number; row: NormRow }[], issues: Issues) {
  const rejected = new Set<number>();
  for (const issue of validateNormRows(candidates.map((c) => c.row))) {
    const candidate = candidates[issue.index];
    if (!candidate) continue;
    rejected.add(issue.index);
    const earlier = issue.duplicateOf === undefined ? undefined : candidates[issue.duplicateOf];
    const message = earlier ? `${issue.message} Zie regel ${earlier.line}.` : issue.message;
    issues.push({ line: candidate.line, message });
  }
  return candidates.filter((_c, index) => !rejected.has(index)).map((c) => ({ ...c.row, line: c.line }));
}

export function parseNormCsv(text: string): NormCsvResult {
  const result: NormCsvResult = { rows: [], dlePoints: [], issues: [] };
  const { lines, separator } = csvLines(text);
  const headerLine = lines[0] ?? '';
  if (headerLine.trim() === '') {
    result.issues.push({ line: 1, message: 'De eerste regel moet de kolomnamen bevatten.' });
    return result;
  }
  const header = splitLine(headerLine, separator) ?? [];
  const columns = readHeader(header, result.issues);
  const isDle = columns.has('dle');
  if (!checkColumns(columns, header, isDle, result.issues)) return result;
  const parsedLines = splitDataLines(lines, separator, header.length, result.issues);
  const cell: CellOf = (cells, column) => cells[columns.get(column) ?? -1] ?? '';
  if (isDle) {
    result.dlePoints = readDlePoints(parsedLines, cell, result.issues);
    return result;
  }
  const candidates = parsedLines.flatMap((l) => readNormLine(l, columns, cell, result.issues) ?? []);
  result.rows = acceptedRows(candidates, result.issues);
  result.issues.sort((a, b) => a.line - b.line);
  return result;
}

function isCutLevel(column: Column): column is CutLevel {
  return isLevelOf('I-V', column) || isLevelOf('A-E', column) || isLevelOf('REF', column);
}

function readDlePoints(
  parsedLines: readonly { line: number; cells: string[] }[],
  cell: (cells: string[], column: Column) => string,
  issues: CsvIssue[],
): DlePointRow[] {
  const candidates: { line: number; point: DlePointRow }[] = [];
  for (const { line, cells } of parsedLines) {
    const toets = cell(cells, 'toets');
    const versie = cell(cells, 'versie');
    const minScore = readNumber(cell(cells, 'vaardigheidsscore'));
    const dle = readNumber(cell(cells, 'dle'));
    const problems: string[] = [];
    if (toets === '') problems.push('Toetscode ontbreekt.');
    if (versie === '') problems.push('Versie ontbreekt.');
    if (minScore === null || minScore === undefined)
      problems.push('Vaardigheidsscore ontbreekt of is geen getal.');
    if (dle === null || dle === undefined || dle < 0)
      problems.push('DLE ontbreekt of is geen getal van 0 of meer.');
    if (
      problems.length > 0 ||
      minScore === null ||
      minScore === undefined ||
      dle === null ||
      dle === undefined
    ) {
      for (const message of problems) issues.push({ line, message });
      continue;
    }
    candidates.push({ line, point: { toets, versie, minScore, dle, line } });
  }
  // Per toets + versie, in score order: each point must have a higher score and no lower DLE.
  const byTable = new Map<string, { line: number; point: DlePointRow }[]>();
  for (const c of candidates) {
    const key = `${c.point.toets}\u0000${c.point.versie}`;
    byTable.set(key, [...(byTable.get(key) ?? []), c]);
  }
  const kept: { line: number; point: DlePointRow }[] = [];
  for (const table of byTable.values()) {
    let previous: { line: number; point: DlePointRow } | null = null;
    for (const c of [...table].sort((a, b) => a.point.minScore - b.point.minScore || a.line - b.line)) {
      if (previous && c.point.minScore === previous.point.minScore) {
        issues.push({
          line: c.line,
          message: `Vaardigheidsscore ${c.point.minScore} staat ook op regel ${previous.line}.`,
        });
      } else if (previous && c.point.dle < previous.point.dle) {
        issues.push({
          line: c.line,
          message: `DLE ${c.point.dle} is lager dan DLE ${previous.point.dle} bij een lagere score (regel ${previous.line}).`,
        });
      } else {
        kept.push(c);
        previous = c;
      }
    }
  }
  issues.sort((a, b) => a.line - b.line);
  return kept.sort((a, b) => a.line - b.line).map((c) => c.point);
}

/** The conversion points of one toets + versie, lowest score first. */
export function dleTableFor(points: readonly DlePointRow[], toets: string, versie: string): DlePoint[] {
  return points
    .filter((p) => p.toets === toets && p.versie === versie)
    .map(({ minScore, dle }) => ({ minScore, dle }))
    .sort((a, b) => a.minScore - b.minScore);
}
