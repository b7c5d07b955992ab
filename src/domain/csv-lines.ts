/**
 * The small CSV files an administrator loads by hand (norm tables, signaleringswaarden), as Dutch
 * spreadsheets write them: separator ';' (',' when the header has no ';'), decimal comma or point,
 * cells in double quotes ("" inside quotes is a quote), UTF-8 byte order mark and Windows line ends.
 * Quoted cells spanning lines are not supported. Large LVS exports go through src/imports instead.
 */

export interface CsvIssue {
  line: number;
  message: string;
}

const NUMBER = /^-?\d+([.,]\d+)?$/;

/** A cell as a number; null for an empty cell, undefined for text that is not a number. */
export function readNumber(cell: string): number | null | undefined {
  const value = cell.trim();
  if (value === '') return null;
  return NUMBER.test(value) ? Number(value.replace(',', '.')) : undefined;
}

/** The cells of one line, trimmed; null when a quote is left open. */
export function splitLine(line: string, separator: string): string[] | null {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (quoted) return null;
  cells.push(cell.trim());
  return cells;
}

/** The file's lines without a byte order mark, and the separator its header uses. */
export function csvLines(text: string): { lines: string[]; separator: ';' | ',' } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  return { lines, separator: (lines[0] ?? '').includes(';') ? ';' : ',' };
}
