/**
 * The messages between the request thread and a parse worker. One job at a time per worker. The
 * worker pulls the file's bytes (so an upload is read only as fast as it is parsed) and, for a
 * sheet, hands over rows in batches, each after the reader asked for more.
 */
import type { EdexmlResult } from '../edexml/types';
import type { ImportLimits } from '../limits';
import type { CsvSeparator, SheetInfo, SheetRow } from '../sheet/types';

export interface SheetJobOptions {
  separator?: CsvSeparator;
  encoding?: string;
  stallTimeoutMs?: number;
}

/** A job: the file's kind, its limits, and the text itself when the input was already text. */
export type JobMessage =
  | { type: 'edexml'; limits: ImportLimits; text: string | null }
  | { type: 'sheet'; limits: ImportLimits; options: SheetJobOptions; text: string | null };

export type ToWorker =
  | JobMessage
  /** The answer to a pull: the next bytes, the end of the file, or that reading it failed. */
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' }
  | { type: 'input-error' }
  /** The reader wants the next batch of rows, or no more at all. */
  | { type: 'more' }
  | { type: 'stop' };

export type FromWorker =
  | { type: 'pull' }
  | { type: 'edexml-result'; result: EdexmlResult }
  | { type: 'rows'; rows: SheetRow[] }
  | { type: 'sheet-done'; info: SheetInfo }
  /** Something in the worker threw that the parsers do not expect: a bug, not a file problem. */
  | { type: 'failed' };

/** Rows per message: big enough that messaging costs little, small enough to keep memory flat. */
export const ROWS_PER_BATCH = 1000;
