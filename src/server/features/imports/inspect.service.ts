/**
 * The first look at a results file: its header, a few rows, and the suggested column mapping, so the
 * user can confirm or correct the mapping before anything is checked or written.
 */
import {
  DISPLAY_ONLY_FIELDS,
  FIELD_LABELS,
  RESULT_FIELDS,
  readSheetRowsOffThread,
  suggestMapping,
  validateMapping,
  type ImportInput,
} from '../../../imports';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { InspectResponse } from './imports.schema';
import { listMappings } from './mappings.service';

const SAMPLE_ROWS = 5;

export async function inspectResults(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: ImportInput,
): Promise<InspectResponse> {
  requireAtSchool(actor, schoolId, 'import.run');
  const saved = await listMappings(db, actor, schoolId);
  const reader = readSheetRowsOffThread(input);
  let headers: string[] | null = null;
  const sample: string[][] = [];
  for await (const row of reader) {
    if (headers === null) headers = row.cells.map((c) => c.trim());
    else sample.push(row.cells);
    if (sample.length >= SAMPLE_ROWS) break;
  }
  const suggestion = suggestMapping(headers ?? []);
  const confidence: Record<string, number> = {};
  for (const [field, detail] of Object.entries(suggestion.details))
    if (detail) confidence[field] = detail.confidence;
  const sameHeaders = (a: readonly string[]) =>
    headers !== null &&
    a.length === headers.length &&
    a.every((h, i) => h.trim().toLowerCase() === headers?.[i]?.toLowerCase());
  return {
    format: reader.info.format,
    encoding: reader.info.encoding,
    separator: reader.info.separator,
    headers: headers ?? [],
    sample,
    suggestion: { mapping: suggestion.mapping, confidence },
    fields: RESULT_FIELDS.map((field) => ({
      field,
      label: FIELD_LABELS[field],
      displayOnly: DISPLAY_ONLY_FIELDS.has(field),
    })),
    problems: [...reader.info.problems, ...(headers ? validateMapping(suggestion.mapping, { headers }) : [])],
    savedMappings: saved.mappings.map((m) => ({
      name: m.name,
      mapping: m.mapping,
      headers: m.headers,
      matchesHeaders: sameHeaders(m.headers),
    })),
  };
}
