/**
 * Parsing for the imports, without database or HTTP: EDEXML / UWLR pupil data, CSV and XLSX result
 * exports, the column mapping for results, and the catalog of LVS instruments.
 */
export { hasErrors, type ImportProblem, type ProblemSeverity } from './problems';
export type { ImportInput } from './text/input';
export type { DecodeReport } from './text/decode';

export { parseEdexml } from './edexml/parse-edexml';
export { JAARGROEP_CODES, isJaargroepCode, type JaargroepCode } from './edexml/codes';
export type * from './edexml/types';

export { readSheetRows, sniffSheetFormat, type SheetOptions } from './sheet/read-sheet';
export { readCsvRows, type CsvOptions } from './sheet/csv';
export { readXlsxRows, type XlsxOptions } from './sheet/xlsx';
export { parseDutchDate, parseDutchNumber, type ValueResult } from './sheet/dutch-values';
export type { CsvSeparator, SheetInfo, SheetReader, SheetRow } from './sheet/types';

export {
  DISPLAY_ONLY_FIELDS,
  FIELD_LABELS,
  FIELD_SYNONYMS,
  RESULT_FIELDS,
  type ResultField,
} from './mapping/fields';
export {
  MIN_CONFIDENCE,
  suggestMapping,
  type ColumnMapping,
  type ColumnSuggestion,
  type MappingSuggestion,
} from './mapping/suggest';
export { validateMapping, type ConstantField, type ValidateMappingOptions } from './mapping/validate-mapping';

export {
  INSTRUMENTS,
  instrumentByCode,
  instrumentCandidates,
  isValidMoment,
  matchInstrument,
  type Generation,
  type Instrument,
  type LevelSystem,
} from './catalog';
