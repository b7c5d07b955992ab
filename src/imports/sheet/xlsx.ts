import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import {
  fileTooLarge,
  ImportLimitError,
  limitedBytes,
  NO_LIMITS,
  tooManyColumns,
  type ImportLimits,
} from '../limits';
import { ProblemList } from '../problems';
import { byteChunks, releaseInput, type ImportInput } from '../text/input';
import { sheetReader } from './reader';
import { cellText } from './xlsx-cells';
import { checkedParts, DamagedXlsx, exceljsZip } from './xlsx-zip';
import type { SheetReader, SheetRow } from './types';

function firstSheetName(reader: unknown): string | null {
  if (typeof reader !== 'object' || reader === null || !('model' in reader)) return null;
  const model = reader.model;
  if (typeof model !== 'object' || model === null || !('sheets' in model) || !Array.isArray(model.sheets)) {
    return null;
  }
  const first: unknown = model.sheets[0];
  return typeof first === 'object' && first !== null && 'name' in first && typeof first.name === 'string'
    ? first.name
    : null;
}

function nameOf(worksheet: object): string | null {
  return 'name' in worksheet && typeof worksheet.name === 'string' ? worksheet.name : null;
}

/**
 * Feeds our bytes to exceljs through a PassThrough we control: a read error of the source then ends
 * the zip stream (and is reported) instead of leaving exceljs waiting forever.
 */
function pump(
  source: AsyncIterable<Uint8Array>,
  feed: PassThrough,
  onError: (e: unknown) => void,
  onEnd: () => void,
): void {
  void (async () => {
    try {
      for await (const chunk of source) {
        if (feed.destroyed) return;
        if (!feed.write(chunk)) await Promise.race([once(feed, 'drain'), once(feed, 'close')]);
      }
    } catch (error) {
      onError(error);
    } finally {
      if (!feed.destroyed) feed.end();
      onEnd();
    }
  })();
}

class StalledError extends Error {}

/**
 * exceljs can wait forever on a damaged zip (a corrupt entry header leaves its parser expecting bytes
 * that never come). Once all input has been handed over, a step that makes no progress for `ms` is
 * taken as that case. While bytes are still arriving (a slow upload) there is no limit.
 */
function guard<T>(step: Promise<T>, inputDone: Promise<void>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const stalled = new Promise<never>((_, reject) => {
    void inputDone.then(() => {
      if (!settled) timer = setTimeout(() => reject(new StalledError('het bestand is beschadigd')), ms);
    });
  });
  return Promise.race([step, stalled]).finally(() => {
    settled = true;
    clearTimeout(timer);
  });
}

/** An iterator's items, each step under the stall guard. Stopping early leaves the iterator open. */
async function* guarded<T>(items: AsyncIterator<T>, inputDone: Promise<void>, ms: number): AsyncGenerator<T> {
  for (
    let s = await guard(items.next(), inputDone, ms);
    !s.done;
    s = await guard(items.next(), inputDone, ms)
  )
    yield s.value;
}

/** Reads a worksheet's rows to the end without keeping them, so exceljs closes the sheet's stream. */
async function skipRows(rows: AsyncIterator<unknown>, inputDone: Promise<void>, ms: number) {
  while (!(await guard(rows.next(), inputDone, ms)).done);
}

/**
 * A reader that stops early (the mapping preview reads a few rows) still lets exceljs finish: the
 * sheet being read is closed and every later sheet read through, unkept, so no zip entry stream is
 * left waiting. (exceljs would also delete a sheet it parked in a temp file only when its iteration
 * moves past it; xlsx-zip.ts hands it the parts in an order in which it parks none.) Failures here
 * are not the caller's: the rows were already read or reported.
 */
async function releaseSheets(
  current: AsyncIterator<unknown> | null,
  sheets: AsyncIterator<AsyncIterable<unknown>>,
  inputDone: Promise<void>,
  ms: number,
) {
  try {
    await current?.return?.();
    for await (const sheet of guarded(sheets, inputDone, ms))
      await skipRows(sheet[Symbol.asyncIterator](), inputDone, ms);
  } catch {
    // See above.
  }
}

/** The bytes as a stream for exceljs, with the end of the input and any error reading it. */
function feedOf(input: Iterable<Uint8Array>) {
  const feed = new PassThrough();
  let readError: unknown = null;
  let inputEnded: () => void = () => {};
  const inputDone = new Promise<void>((resolve) => {
    inputEnded = resolve;
  });
  pump(
    (async function* () {
      yield* input;
    })(),
    feed,
    (e) => {
      readError = e;
    },
    inputEnded,
  );
  return { feed, inputDone, readError: () => readError };
}

async function openWorkbook(feed: PassThrough) {
  // Loaded on first use: exceljs costs some 30 MB, which a CSV import should not carry.
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.stream.xlsx.WorkbookReader(feed, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
}

/** A row's cells as text, from the first column to its last cell. */
function cellsOf(
  row: { number: number; cellCount: number; getCell(c: number): { value: unknown; numFmt: string } },
  maxColumns: number,
) {
  if (row.cellCount > maxColumns) throw tooManyColumns(row.number, maxColumns);
  const cells: string[] = [];
  for (let c = 1; c <= row.cellCount; c += 1) {
    const cell = row.getCell(c);
    cells.push(cellText(cell.value, cell.numFmt));
  }
  return cells;
}

const UNREADABLE =
  'Het Excel-bestand kon niet worden gelezen; is het een geldig .xlsx-bestand? Sla het opnieuw op in Excel en probeer het nog eens.';
const NOT_RECEIVED =
  'Het bestand kon niet helemaal worden gelezen; is het uploaden onderbroken? Probeer het opnieuw.';

/** The whole file (it is a zip: its directory is at the end), up to the limit. */
async function wholeFile(input: Exclude<ImportInput, string>, limits: ImportLimits): Promise<Buffer> {
  const tooLarge = () => fileTooLarge(limits.xlsxBytes, 'een Excel-bestand');
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of limitedBytes(byteChunks(input), limits.xlsxBytes, tooLarge)) chunks.push(chunk);
  } catch (error) {
    throw error instanceof ImportLimitError ? error : new DamagedXlsx(NOT_RECEIVED);
  } finally {
    releaseInput(input);
  }
  return Buffer.concat(chunks);
}

/** The reason for the user: a limit or a damaged file in Dutch; never the text of a JavaScript error. */
function reportFailure(error: unknown, problems: ProblemList): void {
  if (error instanceof ImportLimitError) problems.error(error.code, error.message);
  else problems.error('xlsx.leesfout', error instanceof DamagedXlsx ? error.message : UNREADABLE);
}

/**
 * The non-empty rows of the workbook's first worksheet. Problems go to `problems`; the sheet's name
 * to `onSheet`. The zip is checked and reordered first (xlsx-zip.ts), so exceljs parks no sheet in a
 * temp file; stopping early still reads exceljs to its end (see releaseSheets).
 */
async function* firstSheetRows(
  input: Exclude<ImportInput, string>,
  options: { stallMs: number; limits: ImportLimits },
  problems: ProblemList,
  onSheet: (name: string | null) => void,
): AsyncGenerator<SheetRow> {
  const { stallMs, limits } = options;
  let zip: Buffer;
  let parts: Awaited<ReturnType<typeof checkedParts>>;
  try {
    zip = await wholeFile(input, limits);
    parts = await checkedParts(zip, limits.xlsxInflatedBytes);
  } catch (error) {
    reportFailure(error, problems);
    return;
  }
  const { feed, inputDone, readError } = feedOf(exceljsZip(zip, parts));
  let sheets: AsyncIterator<AsyncIterable<unknown>> | null = null;
  let current: AsyncIterator<unknown> | null = null;
  let failed = false;
  try {
    const workbook = await openWorkbook(feed);
    let found = false;
    let rowCount = 0;
    const workbookSheets = workbook[Symbol.asyncIterator]();
    sheets = workbookSheets;
    for await (const worksheet of guarded(workbookSheets, inputDone, stallMs)) {
      const wanted = firstSheetName(workbook);
      if (wanted !== null && nameOf(worksheet) !== wanted) {
        await skipRows(worksheet[Symbol.asyncIterator](), inputDone, stallMs);
        continue;
      }
      found = true;
      onSheet(nameOf(worksheet));
      const sheetRows = worksheet[Symbol.asyncIterator]();
      current = sheetRows;
      for await (const row of guarded(sheetRows, inputDone, stallMs)) {
        const cells = cellsOf(row, limits.columns);
        if (cells.some((v) => v.trim() !== '')) {
          rowCount += 1;
          yield { line: row.number, cells };
        }
      }
      current = null;
      break;
    }
    if (readError() !== null) throw readError();
    if (!found) problems.error('xlsx.geen-werkblad', 'Het Excel-bestand bevat geen leesbaar werkblad.');
    else if (rowCount === 0) problems.error('sheet.leeg', 'Het eerste werkblad bevat geen gegevens.');
  } catch (error) {
    failed = true;
    reportFailure(error, problems);
  } finally {
    // After a damaged zip another step would only wait for the stall timeout again.
    if (sheets !== null && !failed && readError() === null)
      await releaseSheets(current, sheets, inputDone, stallMs);
    feed.destroy();
  }
}

export interface XlsxOptions {
  /** After the last byte has been read, how long one step may take before the file counts as damaged. */
  stallTimeoutMs?: number;
  /** Plausibility limits (file size, unpacked size, columns); none unless given. */
  limits?: ImportLimits;
}

/**
 * Reads the first worksheet of an XLSX workbook with exceljs' streaming reader. `line` is the
 * spreadsheet's own row number; rows without any value are skipped.
 */
export function readXlsxRows(input: Exclude<ImportInput, string>, options: XlsxOptions = {}): SheetReader {
  const problems = new ProblemList();
  const settings = { stallMs: options.stallTimeoutMs ?? 5_000, limits: options.limits ?? NO_LIMITS };
  let sheetName: string | null = null;
  return sheetReader(
    () =>
      firstSheetRows(input, settings, problems, (name) => {
        sheetName = name;
      }),
    () => ({
      format: 'xlsx',
      encoding: null,
      bom: false,
      separator: null,
      sheetName,
      problems: problems.finish(),
    }),
  );
}
