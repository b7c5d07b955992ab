/**
 * CSV the way Dutch Excel reads it without an import wizard: ';' between fields (the comma is the
 * decimal sign), a decimal comma, dates as dd-mm-jjjj, UTF-8 with a byte order mark (without it Excel
 * reads "Zoë" as "ZoÃ«") and CRLF line ends.
 */
import { cleanNumber, isDateCell, type Cell, type Table } from './table';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** "123,5" for 123.5; no thousands separator, because Excel would read "1.234" as 1,234. */
export function dutchNumber(value: number): string {
  return String(cleanNumber(value)).replace('.', ',');
}

/** "2026-01-14" → "14-01-2026". */
export function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}-${month}-${year}`;
}

/**
 * Text that Excel would run as a formula (=, +, -, @ at the start, also after a tab or CR) gets a
 * leading apostrophe: a pupil's name or a reason must never become a formula on a teacher's computer
 * (CSV injection). Numbers are written by dutchNumber and never pass through here.
 */
function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[;"\r\n]/.test(field) || field !== field.trim() ? `"${field.replace(/"/g, '""')}"` : field;
}

export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? dutchNumber(cell) : '';
  if (isDateCell(cell)) return dutchDate(cell.date);
  return quote(neutralizeFormula(cell));
}

export function renderCsv(table: Table): string {
  const lines = [
    table.columns.map((c) => quote(neutralizeFormula(c.header))),
    ...table.rows.map((row) => table.columns.map((_, i) => csvField(row[i] ?? null))),
  ];
  return BOM + lines.map((fields) => fields.join(CSV_SEPARATOR) + CRLF).join('');
}
