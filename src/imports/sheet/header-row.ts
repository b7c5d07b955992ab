/**
 * The header row of an export that carries a title block above it (the school's name, the export
 * date, an empty row): the first of the first rows in which several cells are column names the
 * mapping knows. Or the row the user chose (`--header-row N`, or a click in the preview), by its line.
 * Without any row that looks like a header, the first row is the header, as before title blocks were
 * understood, so the mapping step can still show it and let the user choose.
 */
import type { ImportProblem } from '../problems';
import type { SheetRow } from './types';

/** Rows looked at for the header: a title block is a few rows, never this many. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderSplit {
  header: SheetRow | null;
  /** The rows above the header (the title block), at most HEADER_SEARCH_ROWS, for the preview. */
  above: SheetRow[];
  /** The rows after the header, as they stream. */
  rows: AsyncIterable<SheetRow>;
  /** Why the chosen header row could not be used. */
  problem: ImportProblem | null;
  /** Ends the reading when the rows are not read to their end (the parse worker stops). */
  close(): Promise<void>;
}

const noHeaderAt = (line: number): ImportProblem => ({
  severity: 'error',
  code: 'import.kopregel',
  message: `Regel ${line} is leeg of bestaat niet; kies de regel met de kolomnamen.`,
  line,
});

/**
 * Splits the rows into the title block, the header and the rest. `isHeader` says whether a row's
 * cells are column names (the mapping's synonyms decide); `headerLine` is a line the user chose.
 */
export async function splitHeader(
  source: AsyncIterable<SheetRow>,
  isHeader: (cells: readonly string[]) => boolean,
  headerLine?: number,
): Promise<HeaderSplit> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    await iterator.return?.(undefined);
  };
  const seen: SheetRow[] = [];
  let header: SheetRow | null = null;
  let problem: ImportProblem | null = null;
  for (;;) {
    if (headerLine === undefined && seen.length >= HEADER_SEARCH_ROWS) break;
    const next = await iterator.next();
    if (next.done) break;
    const row = next.value;
    if (headerLine !== undefined) {
      if (row.line === headerLine) header = row;
      else if (row.line > headerLine) problem = noHeaderAt(headerLine);
      else seen.push(row);
      if (seen.length > HEADER_SEARCH_ROWS) seen.shift();
      if (header || problem) {
        if (problem) seen.push(row);
        break;
      }
      continue;
    }
    if (isHeader(row.cells)) {
      header = row;
      break;
    }
    seen.push(row);
  }
  if (headerLine !== undefined && !header && !problem) problem = noHeaderAt(headerLine);
  // Nothing looked like a header: the first row is, and the rows read after it come first again.
  const replay = header || problem ? [] : seen.splice(1);
  if (!header && !problem) header = seen.shift() ?? null;
  async function* rest(): AsyncGenerator<SheetRow> {
    yield* replay;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { header, above: seen.slice(-HEADER_SEARCH_ROWS), rows: rest(), problem, close };
}

/** Whether a mapping suggestion for a row's cells makes it a header: two fields, one of them exactly. */
export function looksLikeHeader(details: Readonly<Record<string, { confidence: number } | undefined>>) {
  const found = Object.values(details).filter((d) => d !== undefined);
  return found.length >= 2 && found.some((d) => d.confidence === 1);
}
