/**
 * The first look at a results file: its header, a few rows, and the suggested column mapping, so the
 * user can confirm or correct the mapping before anything is checked or written.
 */
import {
  DISPLAY_ONLY_FIELDS,
  FIELD_LABELS,
  isResultsHeader,
  nameFromCell,
  nameOrderOf,
  RESULT_FIELDS,
  readSheetRowsOffThread,
  splitHeader,
  suggestMapping,
  validateMapping,
  type ColumnMapping,
  type ImportInput,
  type SheetRow,
} from '../../../imports';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { InspectResponse } from './imports.schema';
import { listMappings } from './mappings.service';

const SAMPLE_ROWS = 5;

/** The header (found by its words, or the line the user picked), the rows above it and a few after it. */
export async function firstRows(
  input: ImportInput,
  headerRow: number | undefined,
  isHeader = isResultsHeader,
) {
  const reader = readSheetRowsOffThread(input);
  const split = await splitHeader(reader, isHeader, headerRow);
  const sample: string[][] = [];
  try {
    if (split.header) {
      for await (const row of split.rows) {
        sample.push(row.cells);
        if (sample.length >= SAMPLE_ROWS) break;
      }
    }
  } finally {
    await split.close();
  }
  const headers = split.header?.cells.map((c) => c.trim()) ?? null;
  return { reader, split, headers, sample };
}

/** The sample's names as read from the mapped name column: "Berg, van der, Daan" → "Daan van der Berg". */
function namesOf(headers: readonly string[], mapping: ColumnMapping, sample: readonly string[][]): string[] {
  const column = mapping.naam;
  if (column === undefined) return [];
  const order = nameOrderOf(headers[column] ?? '');
  return sample.map((cells) => nameFromCell(cells[column] ?? '', order));
}

const rowOf = (r: SheetRow) => ({ line: r.line, cells: r.cells });

export async function inspectResults(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: ImportInput,
  headerRow?: number,
): Promise<InspectResponse> {
  requireAtSchool(actor, schoolId, 'import.run');
  const saved = await listMappings(db, actor, schoolId);
  const { reader, split, headers, sample } = await firstRows(input, headerRow);
  const suggestion = suggestMapping(headers ?? []);
  const confidence: Record<string, number> = {};
  for (const [field, detail] of Object.entries(suggestion.details))
    if (detail) confidence[field] = detail.confidence;
  const sameHeaders = (a: readonly string[]) =>
    headers !== null &&
    a.length === headers.length &&
    a.every((h, i) => h.trim().toLowerCase() === headers[i]?.toLowerCase());
  return {
    format: reader.info.format,
    encoding: reader.info.encoding,
    separator: reader.info.separator,
    headers: headers ?? [],
    headerRow: split.header?.line ?? null,
    above: split.above.map(rowOf),
    sample,
    sampleNames: namesOf(headers ?? [], suggestion.mapping, sample),
    suggestion: { mapping: suggestion.mapping, confidence },
    fields: RESULT_FIELDS.map((field) => ({
      field,
      label: FIELD_LABELS[field],
      displayOnly: DISPLAY_ONLY_FIELDS.has(field),
    })),
    problems: [
      ...reader.info.problems,
      ...(split.problem ? [split.problem] : []),
      ...(headers ? validateMapping(suggestion.mapping, { headers }) : []),
    ],
    savedMappings: saved.mappings.map((m) => ({
      name: m.name,
      mapping: m.mapping,
      headers: m.headers,
      matchesHeaders: sameHeaders(m.headers),
    })),
  };
}
