/**
 * Parsing for the imports, without database or HTTP: EDEXML / UWLR pupil data, CSV and XLSX result
 * exports, the column mapping for results and social-emotional scores, and the catalogs of LVS and
 * social-emotional instruments.
 */
export { hasErrors, type ImportProblem } from './problems';
export type { ImportInput } from './text/input';

export { parseEdexml } from './edexml/parse-edexml';
export { parseEdexmlOffThread, readSheetRowsOffThread } from './off-thread';
export { fileTooLarge, IMPORT_LIMITS, type ImportLimits } from './limits';
export type * from './edexml/types';

export { readSheetRows } from './sheet/read-sheet';
export { HEADER_SEARCH_ROWS, looksLikeHeader, splitHeader, type HeaderSplit } from './sheet/header-row';
export { parseDutchDate, parseDutchNumber } from './sheet/dutch-values';
export type { SheetRow } from './sheet/types';

export { DISPLAY_ONLY_FIELDS, FIELD_LABELS, RESULT_FIELDS, type ResultField } from './mapping/fields';
export { isResultsHeader, suggestMapping, type ColumnMapping } from './mapping/suggest';
export { nameFromCell, nameOrderOf, readNameCell, type NameOrder } from './mapping/names';
export { validateMapping } from './mapping/validate-mapping';

export { INSTRUMENTS, instrumentByCode, instrumentCandidates, matchInstrument } from './catalog';
export type { Instrument, RangedScore, ScoreRange } from './instrument';

export {
  bandOfPercentile,
  readSeoBand,
  readSeoList,
  readSeoSignal,
  SEO_INSTRUMENTS,
  seoInstrumentByCode,
  seoInstrumentByName,
  seoScaleByName,
} from './seo/catalog';
export {
  SEO_BANDS,
  SEO_DOMAINS,
  SEO_LISTS,
  SEO_SIGNALS,
  type SeoBand,
  type SeoDomain,
  type SeoInstrument,
  type SeoList,
  type SeoScale,
  type SeoSignal,
} from './seo/instrument';
export { SEO_DISPLAY_ONLY, SEO_FIELDS, SEO_MEASURES, type SeoField, type SeoMeasure } from './seo/fields';
export {
  isSeoHeader,
  suggestSeoMapping,
  type SeoColumnMapping,
  type SeoScaleColumn,
  type SeoSuggestion,
} from './seo/suggest';
export { validateSeoMapping } from './seo/validate';
export {
  SEO_INSTRUMENT_NAMES,
  SeoRowReader,
  seoInstrumentOf,
  type SeoConstants,
  type SeoReadOptions,
  type SeoScore,
} from './seo/read-rows';
export type { RowProblem } from './seo/grouped-problems';
export { seoDateInTitle } from './seo/title-date';
