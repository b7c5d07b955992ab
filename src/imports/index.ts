/**
 * Parsing for the imports, without database or HTTP: EDEXML / UWLR pupil data, CSV and XLSX result
 * exports, the column mapping for results, and the catalog of LVS instruments.
 */
export { hasErrors, type ImportProblem } from './problems';
export type { ImportInput } from './text/input';

export { parseEdexml } from './edexml/parse-edexml';
export { parseEdexmlOffThread, readSheetRowsOffThread } from './off-thread';
export { fileTooLarge, IMPORT_LIMITS, type ImportLimits } from './limits';
export type * from './edexml/types';

export { readSheetRows } from './sheet/read-sheet';
export { parseDutchDate, parseDutchNumber } from './sheet/dutch-values';
export type { SheetRow } from './sheet/types';

export { DISPLAY_ONLY_FIELDS, FIELD_LABELS, RESULT_FIELDS, type ResultField } from './mapping/fields';
export { suggestMapping, type ColumnMapping } from './mapping/suggest';
export { validateMapping } from './mapping/validate-mapping';

export { INSTRUMENTS, instrumentByCode, instrumentCandidates, matchInstrument } from './catalog';
export type { Instrument } from './instrument';
