import { errorText, ProblemList } from '../problems';
import { decodeChunks, type DecodeReport } from '../text/decode';
import { byteChunks, type ImportInput } from '../text/input';
import { CsvTokenizer } from './csv-tokenizer';
import { sheetReader } from './reader';
import type { CsvSeparator, SheetReader, SheetRow } from './types';

export interface CsvOptions {
  /** Force a separator instead of detecting it from the header line. */
  separator?: CsvSeparator;
  /** Force an encoding (an iconv-lite name) instead of detecting UTF-8 / Windows-1252. */
  encoding?: string;
  /** Bytes held back after the first non-ASCII byte to decide the encoding (default 64 KiB). */
  detectionWindow?: number;
}

async function* single(text: string): AsyncGenerator<string> {
  yield text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Reads CSV rows as they stream in. Bytes are decoded as UTF-8 (BOM or not) or Windows-1252 (see
 * text/decode.ts for how that is decided); text input is used as it is.
 */
export function readCsvRows(input: ImportInput, options: CsvOptions = {}): SheetReader {
  const problems = new ProblemList();
  const tokenizer = new CsvTokenizer(options.separator, problems);
  let report: DecodeReport | null = null;

  async function* rows(): AsyncGenerator<SheetRow> {
    try {
      let text: AsyncIterable<string>;
      if (typeof input === 'string') text = single(input);
      else {
        const decoded = decodeChunks(byteChunks(input), {
          encoding: options.encoding,
          windowBytes: options.detectionWindow,
        });
        report = decoded.report;
        text = decoded.text;
      }
      let rowCount = 0;
      for await (const chunk of text) {
        for (const row of tokenizer.push(chunk)) {
          rowCount += 1;
          yield row;
        }
      }
      for (const row of tokenizer.end()) {
        rowCount += 1;
        yield row;
      }
      if (rowCount === 0) problems.error('sheet.leeg', 'Het bestand bevat geen gegevens.');
      if (report?.invalidAfterDecision) {
        problems.warning(
          'csv.ongeldige-tekens',
          'Het bestand is als UTF-8 gelezen, maar verderop staan tekens die geen geldige UTF-8 zijn; ' +
            'die zijn vervangen door �. Sla het bestand opnieuw op als "CSV UTF-8".',
        );
      }
    } catch (error) {
      problems.error('csv.leesfout', `Het bestand kon niet worden gelezen (${errorText(error)}).`);
    }
  }

  return sheetReader(rows, () => ({
    format: 'csv',
    encoding: report ? report.encoding : typeof input === 'string' ? 'utf-8' : null,
    bom: report?.bom ?? false,
    separator: tokenizer.separator,
    sheetName: null,
    problems: problems.finish(),
  }));
}
