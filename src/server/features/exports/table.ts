/**
 * One table, two files: an export is built once as columns and typed cells, and the XLSX and CSV
 * writers only decide how a number or a date is written. So the two downloads can never disagree.
 */
import { vakNaam } from '../../../shared/vakken';

/** A date cell: kept apart from text so XLSX can write a real date and CSV dd-mm-jjjj. */
export interface DateCell {
  date: string;
}

export type Cell = string | number | DateCell | null;

export interface Column {
  header: string;
  /** Width in characters for the spreadsheet; without it the widest value decides. */
  width?: number;
}

export interface Table {
  /** The worksheet's name: Dutch, at most 31 characters, none of []:*?/\ (Excel's rules). */
  sheetName: string;
  /** Shown as the workbook's title; names a group or school, never a pupil. */
  title: string;
  columns: Column[];
  rows: Cell[][];
}

export type ExportFormat = 'xlsx' | 'csv';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date cell from an ISO date (or timestamp); anything else becomes an empty cell, not a guess. */
export function dateCell(value: string | null | undefined): DateCell | null {
  const date = value?.slice(0, 10);
  return date && ISO_DATE.test(date) ? { date } : null;
}

export function isDateCell(cell: Cell): cell is DateCell {
  return typeof cell === 'object' && cell !== null;
}

/**
 * Removes binary noise such as 23.299999999999997 (a difference of two scores) so that a spreadsheet
 * and a CSV show what the school would write by hand; six decimals are far beyond any LVS scale.
 */
export function cleanNumber(value: number): number {
  const rounded = Number(value.toFixed(6));
  return Object.is(rounded, -0) ? 0 : rounded;
}

export { vakNaam };

/**
 * A filename part in plain ASCII: "Groep 5/6" → "groep-5-6", "De Kompas, Utrecht" → "de-kompas-utrecht".
 * Filenames travel in e-mail and download folders, so only group, school and period go into them.
 */
export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function exportFilename(parts: readonly string[], extension: string): string {
  const name = parts
    .map(slug)
    .filter((p) => p !== '')
    .join('-');
  return `${name || 'export'}.${extension}`;
}
