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

/** How many records (outside quotes, blank ones skipped) the separator is chosen from. */
const SNIFF_RECORDS = 20;
const SEPARATORS: readonly CsvSeparator[] = [';', '\t', ','];

/** How often each separator occurs outside quotes in a record. */
function separatorCounts(record: string): Record<CsvSeparator, number> {
  const counts: Record<CsvSeparator, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const ch of record) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ';' || ch === ',' || ch === '\t')) counts[ch] += 1;
  }
  return counts;
}

/**
 * The separator that splits the first records most consistently: for each, the number of records that
 * share its most common non-zero count, then that count; ';' wins ties, Dutch style. Looking past the
 * first record matters for exports with a title block ("De Wilg, groep 5" above a ';' header) and for
 * a ';' file whose names hold commas ("Berg, van der, Daan").
 */
function detectSeparator(records: readonly string[]): CsvSeparator {
  const perRecord = records.map(separatorCounts);
  let best: CsvSeparator = ';';
  let bestScore = [-1, -1];
  for (const sep of SEPARATORS) {
    const frequency = new Map<number, number>();
    for (const counts of perRecord) {
      if (counts[sep] > 0) frequency.set(counts[sep], (frequency.get(counts[sep]) ?? 0) + 1);
    }
    let score = [0, 0];
    for (const [count, times] of frequency) {
      if (times > (score[0] ?? 0) || (times === score[0] && count > (score[1] ?? 0))) score = [times, count];
    }
    const [times = 0, count = 0] = score;
    if (times > (bestScore[0] ?? 0) || (times === bestScore[0] && count > (bestScore[1] ?? 0))) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Start and end (the line break) of the first non-blank records in `text`, up to `max`; `complete`
 * when `max` were found (the last one ended by a line break).
 */
function leadingRecords(
  text: string,
  max: number,
): { records: { start: number; end: number }[]; complete: boolean } {
  const records: { start: number; end: number }[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length && records.length < max; i += 1) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) {
      if (text.slice(start, i).trim() !== '') records.push({ start, end: i });
      start = i + 1;
    }
  }
  return { records, complete: records.length >= max };
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
    if (!leadingRecords(this.head, SNIFF_RECORDS).complete && this.head.length < HEADER_LIMIT) return [];
    return this.startWithHead();
  }

  end(): SheetRow[] {
    const rows = this.separator === null ? this.startWithHead() : [];
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

  private startWithHead(): SheetRow[] {
    let text = this.head;
    this.head = '';
    const { records, complete } = leadingRecords(text, SNIFF_RECORDS);
    const record = records[0] ?? null;
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
      // A last record without a line break (the end of a small file) counts too.
      const last = records.at(-1)?.end ?? -1;
      const rest = complete ? '' : text.slice(last + 1);
      const tail = rest.trim() === '' ? [] : [rest];
      this.separator = detectSeparator([...records.map((r) => text.slice(r.start, r.end)), ...tail]);
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
