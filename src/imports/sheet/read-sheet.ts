import { count, NO_LIMITS } from '../limits';
import type { ImportProblem } from '../problems';
import { byteChunks, releaseInput, type ImportInput } from '../text/input';
import { readCsvRows, type CsvOptions } from './csv';
import { sheetReader } from './reader';
import type { SheetInfo, SheetReader, SheetRow } from './types';
import { readXlsxRows, type XlsxOptions } from './xlsx';

/** Reads the first chunk(s) until `n` bytes are known, and gives back the whole stream again. */
async function peek(
  source: AsyncIterator<Uint8Array>,
  n: number,
): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const seen: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const next = await source.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(seen);
  async function* rest(): AsyncGenerator<Uint8Array> {
    if (head.length > 0) yield head;
    if (done) return;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  return { head, rest: rest() };
}

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** A zip (XLSX), an OLE2 compound file (old .xls), or anything else (CSV). */
function sniffSheetFormat(head: Uint8Array): 'xlsx' | 'xls' | 'csv' {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  return 'csv';
}

function failed(code: string, message: string): SheetReader {
  return {
    async *[Symbol.asyncIterator](): AsyncGenerator<SheetRow> {},
    get info(): SheetInfo {
      return {
        format: 'xlsx',
        encoding: null,
        bom: false,
        separator: null,
        sheetName: null,
        problems: [{ severity: 'error', code, message }],
      };
    },
  };
}

export type SheetOptions = CsvOptions & XlsxOptions;

/**
 * Rows of a CSV or XLSX file, whichever it is: the first bytes decide (a zip is XLSX), not the name.
 * With `limits`, more rows than allowed end the reading with an error.
 */
export function readSheetRows(input: ImportInput, options: SheetOptions = {}): SheetReader {
  const maxRows = (options.limits ?? NO_LIMITS).rows;
  let inner: SheetReader | null = null;
  const extra: ImportProblem[] = [];

  async function* rows(): AsyncGenerator<SheetRow> {
    inner = typeof input === 'string' ? readCsvRows(input, options) : await readerOf(input, options);
    let n = 0;
    for await (const row of inner) {
      n += 1;
      if (n > maxRows) {
        extra.push({ severity: 'error', code: 'import.te-veel-regels', message: tooManyRows(maxRows) });
        return;
      }
      yield row;
    }
  }

  return sheetReader(rows, () => {
    const info = inner?.info ?? {
      format: 'csv',
      encoding: null,
      bom: false,
      separator: null,
      sheetName: null,
      problems: [],
    };
    return extra.length === 0 ? info : { ...info, problems: [...info.problems, ...extra] };
  });
}

const tooManyRows = (max: number) =>
  `Het bestand heeft meer dan ${count(max)} regels, de grens voor één import. ` +
  'Splits het, bijvoorbeeld per schooljaar of per toets.';

/** The reader for the bytes' format: the first bytes decide (a zip is XLSX), not the name. */
async function readerOf(bytes: Exclude<ImportInput, string>, options: SheetOptions): Promise<SheetReader> {
  const source = byteChunks(bytes)[Symbol.asyncIterator]();
  let peeked: Awaited<ReturnType<typeof peek>>;
  try {
    peeked = await peek(source, 8);
  } catch {
    releaseInput(bytes);
    return failed(
      'sheet.leesfout',
      'Het bestand kon niet worden gelezen; is het uploaden onderbroken? Probeer het opnieuw.',
    );
  }
  const format = sniffSheetFormat(peeked.head);
  if (format === 'xlsx') return readXlsxRows(peeked.rest, options);
  if (format === 'csv') return readCsvRows(peeked.rest, options);
  releaseInput(bytes);
  return failed(
    'sheet.xls-niet-ondersteund',
    'Dit is een oud Excel-bestand (.xls). Sla het op als .xlsx of als CSV en probeer opnieuw.',
  );
}
