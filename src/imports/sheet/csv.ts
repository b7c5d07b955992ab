import { fileTooLarge, ImportLimitError, limitedBytes, NO_LIMITS, type ImportLimits } from '../limits';
import { ProblemList } from '../problems';
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
  /** Plausibility limits (file size, columns); none unless given. */
  limits?: ImportLimits;
}

/** Why is not told: a read error's text is technical and may name a path on the server. */
const UNREADABLE =
  'Het bestand kon niet helemaal worden gelezen; is het uploaden onderbroken? Probeer het opnieuw.';

async function* single(text: string): AsyncGenerator<string> {
  yield text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Reads CSV rows as they stream in. Bytes are decoded as UTF-8 (BOM or not) or Windows-1252 (see
 * text/decode.ts for how that is decided); text input is used as it is.
 */
export function readCsvRows(input: ImportInput, options: CsvOptions = {}): SheetReader {
  const problems = new ProblemList();
  const limits = options.limits ?? NO_LIMITS;
  const tooLarge = () => fileTooLarge(limits.sheetBytes, 'een resultatenbestand');
  const tokenizer = new CsvTokenizer(options.separator, problems, limits.columns);
  let report: DecodeReport | null = null;

  async function* rows(): AsyncGenerator<SheetRow> {
    try {
      let text: AsyncIterable<string>;
      if (typeof input === 'string') {
        if (input.length > limits.sheetBytes) throw tooLarge();
        text = single(input);
      } else {
        const decoded = decodeChunks(limitedBytes(byteChunks(input), limits.sheetBytes, tooLarge), {
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
      if (error instanceof ImportLimitError) problems.error(error.code, error.message);
      else problems.error('csv.leesfout', UNREADABLE);
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
