/**
 * RFC 4180 CSV, fed in text chunks of any size: quoted fields with doubled quotes and line breaks,
 * CRLF, LF or lone CR line ends. Lenient where Excel and LAS exports are sloppy (a quote inside an
 * unquoted field is kept as a character) and explicit where data would be lost (an unclosed quote).
 */
import { tooManyColumns } from '../limits';
import type { ProblemList } from '../problems';
import type { CsvSeparator, SheetRow } from './types';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
}

/** How much of the file may be read to find the end of the header line. */
const HEADER_LIMIT = 64 * 1024;
/** Longer fields are cut: no real cell is this long, but a stray quote could swallow the file. */
const MAX_FIELD_LENGTH = 100_000;

/** The separator that occurs most often (outside quotes) in the header; ';' wins ties, Dutch style. */
function detectSeparator(header: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  let best: CsvSeparator = ';';
  for (const sep of ['\t', ','] as const) if (counts[sep] > counts[best]) best = sep;
  return best;
}

/** Start and end (the line break) of the first non-blank record in `text`, or null if not complete. */
function firstRecordEnd(text: string): { start: number; end: number } | null {
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) {
      if (text.slice(start, i).trim() === '') {
        start = i + 1;
        continue;
      }
      return { start, end: i };
    }
  }
  return null;
}

export class CsvTokenizer {
  separator: CsvSeparator | null;
  private sepCode = 0;
  private head = '';
  private state = State.FieldStart;
  private line = 1;
  private rowLine = 1;
  private quoteLine = 1;
  private inRow = false;
  private pendingCR = false;
  private field = '';
  private cells: string[] = [];
  private fieldTooLong = false;
  private strayQuoteWarned = false;

  constructor(
    separator: CsvSeparator | undefined,
    private readonly problems: ProblemList,
    /** More cells in a row stop the reading: see limits.ts. */
    private readonly maxColumns = Infinity,
  ) {
    this.separator = separator ?? null;
    if (separator) this.sepCode = separator.charCodeAt(0);
  }

  push(text: string): SheetRow[] {
    if (this.separator !== null) return this.consume(text);
    this.head += text;
    const record = firstRecordEnd(this.head);
    if (record === null && this.head.length < HEADER_LIMIT) return [];
    return this.startWithHead(record);
  }

  end(): SheetRow[] {
    const rows = this.separator === null ? this.startWithHead(firstRecordEnd(this.head)) : [];
    if (this.state === State.Quoted) {
      this.problems.error(
        'csv.aanhalingsteken-open',
        `Regel ${this.quoteLine}: een veld begint met een aanhalingsteken dat nergens wordt gesloten; ` +
          'de rest van het bestand is als één veld gelezen.',
        { line: this.quoteLine },
      );
    }
    if (this.inRow) this.endRow(rows);
    return rows;
  }

  private startWithHead(record: { start: number; end: number } | null): SheetRow[] {
    let text = this.head;
    this.head = '';
    const first = record ? text.slice(record.start, record.end) : text;
    const hint = /^\s*sep=(.)\s*$/i.exec(first);
    const hinted = hint?.[1];
    if (record && (hinted === ';' || hinted === ',' || hinted === '\t')) {
      // Excel's "sep=;" line names the separator and is not data.
      this.separator = hinted;
      this.line += countLineBreaks(text.slice(0, record.end + 1));
      if (text[record.end] === '\r') this.pendingCR = true;
      text = text.slice(record.end + 1);
    } else {
      this.separator = detectSeparator(first);
    }
    this.sepCode = this.separator.charCodeAt(0);
    return this.consume(text);
  }

  private consume(text: string): SheetRow[] {
    const rows: SheetRow[] = [];
    const sep = this.sepCode;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (this.pendingCR) {
        this.pendingCR = false;
        if (c === LF) continue;
      }
      if (!this.inRow) {
        this.inRow = true;
        this.rowLine = this.line;
      }
      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            this.quoteLine = this.line;
          } else if (c === sep) this.endField();
          else if (c === LF || c === CR) this.endLine(c, rows);
          else {
            this.append(text[i] ?? '');
            this.state = State.Unquoted;
          }
          break;
        case State.Unquoted:
          if (c === sep) this.endField();
          else if (c === LF || c === CR) this.endLine(c, rows);
          else this.append(text[i] ?? '');
          break;
        case State.Quoted:
          if (c === QUOTE) this.state = State.QuoteInQuoted;
          else if (c === LF || c === CR) {
            this.append('\n');
            this.newline(c);
          } else this.append(text[i] ?? '');
          break;
        case State.QuoteInQuoted:
          if (c === QUOTE) {
            this.append('"');
            this.state = State.Quoted;
          } else if (c === sep) this.endField();
          else if (c === LF || c === CR) this.endLine(c, rows);
          else {
            this.warnStrayQuote();
            this.append(text[i] ?? '');
            this.state = State.Unquoted;
          }
          break;
      }
    }
    return rows;
  }

  private append(ch: string): void {
    if (this.field.length < MAX_FIELD_LENGTH) {
      this.field += ch;
      return;
    }
    if (!this.fieldTooLong) {
      this.fieldTooLong = true;
      this.problems.error(
        'csv.veld-te-lang',
        `Regel ${this.rowLine}: een veld is langer dan ${MAX_FIELD_LENGTH} tekens en is afgekapt.`,
        { line: this.rowLine },
      );
    }
  }

  private warnStrayQuote(): void {
    if (this.strayQuoteWarned) return;
    this.strayQuoteWarned = true;
    this.problems.warning(
      'csv.tekst-na-aanhalingsteken',
      `Regel ${this.line}: na een afsluitend aanhalingsteken volgt nog tekst; die is aan het veld toegevoegd.`,
      { line: this.line },
    );
  }

  private newline(c: number): void {
    this.line += 1;
    if (c === CR) this.pendingCR = true;
  }

  private endField(): void {
    this.pushCell();
    this.field = '';
    this.state = State.FieldStart;
  }

  /** The field as the row's next cell; a row wider than the limit ends the reading there. */
  private pushCell(): void {
    if (this.cells.length >= this.maxColumns) throw tooManyColumns(this.rowLine, this.maxColumns);
    this.cells.push(this.field);
  }

  private endLine(c: number, rows: SheetRow[]): void {
    this.endRow(rows);
    this.newline(c);
  }

  private endRow(rows: SheetRow[]): void {
    this.pushCell();
    const cells = this.cells;
    this.cells = [];
    this.field = '';
    this.state = State.FieldStart;
    this.inRow = false;
    // Rows of nothing but separators (Excel pads exports with them) carry no data.
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ line: this.rowLine, cells });
  }
}

function countLineBreaks(text: string): number {
  const m = text.match(/\r\n|\r|\n/g);
  return m ? m.length : 0;
}
