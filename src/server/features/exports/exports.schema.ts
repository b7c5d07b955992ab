import { z } from 'zod';
import { SchooloverzichtQuery } from '../schooloverzicht/schooloverzicht.schema';

const Meetpunt = z.string().regex(/^\d{4}-\d{4} [BME]$/, 'moet een meetpunt zijn, zoals "2025-2026 M"');

/**
 * The format is required rather than defaulted: a download link always says what it wants, and a typo
 * ("xls") must be a clear 400 instead of silently giving another file type.
 */
export const TableExportQuery = z.object({
  format: z.enum(['xlsx', 'csv']),
  meetpunt: Meetpunt.optional(),
});

export const SchooloverzichtExportQuery = SchooloverzichtQuery.extend({
  format: TableExportQuery.shape.format,
});

/** The file itself; documented as a string because OpenAPI describes bytes that way. */
export const ExportFile = z.string();
