/**
 * A generated file as a download: the bytes, the media type and a Content-Disposition that makes the
 * browser save it under a Dutch name instead of showing it.
 */
import { renderCsv } from './csv';
import { exportFilename, type ExportFormat, type Table } from './table';
import { renderXlsx } from './xlsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XML_TYPE = 'application/xml; charset=utf-8';

export interface Download {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  filename: string;
}

export async function tableDownload(
  table: Table,
  format: ExportFormat,
  filenameParts: readonly string[],
  now: Date,
): Promise<Download> {
  const filename = exportFilename(filenameParts, format);
  if (format === 'xlsx') return { body: await renderXlsx(table, now), contentType: XLSX_TYPE, filename };
  return { body: new TextEncoder().encode(renderCsv(table)), contentType: CSV_TYPE, filename };
}

/** The response headers of a download; the filename is ASCII by construction (see slug). */
export function downloadHeaders(download: Download): Record<string, string> {
  return {
    'Content-Type': download.contentType,
    'Content-Disposition': `attachment; filename="${download.filename}"`,
    'Content-Length': String(download.body.byteLength),
  };
}
