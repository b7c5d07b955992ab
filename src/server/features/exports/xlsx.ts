/**
 * The table as a real Excel workbook: a bold, frozen header row with a filter, numbers stored as
 * numbers and dates as dates (so a teacher can sort and compute), and columns wide enough to read.
 */
import ExcelJS from 'exceljs';
import { cleanNumber, isDateCell, type Cell, type Table } from './table';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const DATE_FORMAT = 'dd-mm-yyyy';

function cellValue(cell: Cell): string | number | Date | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cleanNumber(cell) : null;
  if (isDateCell(cell)) {
    const [year, month, day] = cell.date.split('-').map(Number);
    // Midnight UTC: exceljs turns a Date into a serial number from UTC, so the day never shifts.
    return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  }
  return cell;
}

function displayLength(cell: Cell): number {
  if (cell === null) return 0;
  if (isDateCell(cell)) return DATE_FORMAT.length;
  return String(cell).length;
}

function columnWidth(table: Table, index: number): number {
  const column = table.columns[index];
  if (column?.width) return column.width;
  const widest = Math.max(
    (column?.header.length ?? 0) + 2,
    ...table.rows.map((row) => displayLength(row[index] ?? null) + 2),
  );
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
}

/** The workbook's bytes. `now` is the creation time written into the metadata, from the app's clock. */
export async function renderXlsx(table: Table, now: Date): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Leerwinst';
  workbook.lastModifiedBy = 'Leerwinst';
  workbook.title = table.title;
  workbook.created = now;
  workbook.modified = now;

  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  sheet.columns = table.columns.map((column, i) => ({
    header: column.header,
    width: columnWidth(table, i),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: false };

  for (const row of table.rows) {
    const added = sheet.addRow(table.columns.map((_, i) => cellValue(row[i] ?? null)));
    row.forEach((cell, i) => {
      if (isDateCell(cell)) added.getCell(i + 1).numFmt = DATE_FORMAT;
    });
  }
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  // exceljs declares its own Buffer type; the bytes are copied into a plain Uint8Array for the response.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
