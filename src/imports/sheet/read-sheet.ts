import { errorText } from '../problems';
import { byteChunks, type ImportInput } from '../text/input';
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

/**
 * Rows of a CSV or XLSX file, whichever it is: the first bytes decide (a zip is XLSX), not the name.
 */
type SheetOptions = CsvOptions & XlsxOptions;

export function readSheetRows(input: ImportInput, options: SheetOptions = {}): SheetReader {
  if (typeof input === 'string') return readCsvRows(input, options);
  const bytes = input;
  let inner: SheetReader | null = null;

  async function* rows(): AsyncGenerator<SheetRow> {
    const source = byteChunks(bytes)[Symbol.asyncIterator]();
    let peeked: Awaited<ReturnType<typeof peek>>;
    try {
      peeked = await peek(source, 8);
    } catch (error) {
      inner = failed('sheet.leesfout', `Het bestand kon niet worden gelezen (${errorText(error)}).`);
      return;
    }
    const format = sniffSheetFormat(peeked.head);
    inner =
      format === 'xlsx'
        ? readXlsxRows(peeked.rest, options)
        : format === 'xls'
          ? failed(
              'sheet.xls-niet-ondersteund',
              'Dit is een oud Excel-bestand (.xls). Sla het op als .xlsx of als CSV en probeer opnieuw.',
            )
          : readCsvRows(peeked.rest, options);
    yield* inner;
  }

  return sheetReader(
    rows,
    () =>
      inner?.info ?? {
        format: 'csv',
        encoding: null,
        bom: false,
        separator: null,
        sheetName: null,
        problems: [],
      },
  );
}
