/**
 * exceljs cell values as the text a CSV export would have had: dates as yyyy-mm-dd, numbers as their
 * shortest decimal text with a '.' (parseDutchNumber reads both), formulas as their cached result.
 */
const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system (1899-12-30, which absorbs Lotus' 29 February 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

export function excelSerialToIso(serial: number, date1904 = false): string {
  if (!Number.isFinite(serial)) return '';
  return isoDate(new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS)));
}

/** Excel stores 15 significant digits; more would print float noise (0.30000000000000004). */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** Whether a number format shows a date (d, y, or m that is not minutes next to h or s). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/^general$/i.test(bare.trim())) return false;
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function scalarText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return isDateFormat(numFmt) ? excelSerialToIso(value) : numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDate(value);
  if (isObject(value) && typeof value.error === 'string') return value.error;
  return '';
}

/** `value` is an exceljs CellValue; taken as unknown because files can hold shapes the types miss. */
export function cellText(value: unknown, numFmt?: string): string {
  if (!isObject(value) || value instanceof Date) return scalarText(value, numFmt);
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((part: unknown) => (isObject(part) && typeof part.text === 'string' ? part.text : ''))
      .join('');
  }
  if ('formula' in value || 'sharedFormula' in value) return scalarText(value.result, numFmt);
  if (typeof value.text === 'string') return value.text;
  if (isObject(value.text) && Array.isArray(value.text.richText)) return cellText(value.text, numFmt);
  return scalarText(value, numFmt);
}
