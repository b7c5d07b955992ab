import type { ImportProblem } from '../problems';

/** One row of a spreadsheet or CSV file. */
export interface SheetRow {
  /**
   * Where the row starts, 1-based, so a report can say "regel 17": the physical line for CSV (a
   * quoted field with line breaks makes the next row start further down), the row number for XLSX.
   */
  line: number;
  /** Cell values as text, left to right; empty cells are ''. */
  cells: string[];
}

export type CsvSeparator = ';' | ',' | '\t';

export interface SheetInfo {
  format: 'csv' | 'xlsx';
  /** CSV: the encoding the bytes were read as ('utf-8', 'windows-1252', …); null for XLSX. */
  encoding: string | null;
  /** CSV: true when the file started with a byte order mark. */
  bom: boolean;
  /** CSV: the separator in use (detected from the header line unless given). */
  separator: CsvSeparator | null;
  /** XLSX: the name of the worksheet that was read. */
  sheetName: string | null;
  /** Problems met while reading; complete once iteration has finished. */
  problems: ImportProblem[];
}

/**
 * Rows, streamed. Iterate once with `for await`; afterwards `info` tells how the file was read and
 * what went wrong. Reading never throws because of the file's content: a broken file ends the rows
 * and leaves an 'error' in `info.problems`.
 */
export interface SheetReader extends AsyncIterable<SheetRow> {
  readonly info: SheetInfo;
}
