/**
 * The mapping of a social-emotional export, proposed from its header row and the title block above
 * it: the fields by their column names (as for results), the instrument and list named in the title
 * ("ZIEN! Leerkrachtvragenlijst groep 5") or by the scales in the header, and for an export with a
 * column per scale, which scale and which measure each column holds.
 */
import { columnSuggester, type MappingSuggestion } from '../mapping/suggest';
import { labelTokens, indexOfTokens } from '../normalize';
import { looksLikeHeader } from '../sheet/header-row';
import {
  readSeoList,
  SEO_INSTRUMENTS,
  seoInstrumentByName,
  seoScaleByName,
  seoScaleInHeader,
} from './catalog';
import {
  MEASURE_SYNONYMS,
  SEO_DISPLAY_ONLY,
  SEO_FIELD_SYNONYMS,
  SEO_FIELDS,
  SEO_MEASURES,
  type SeoField,
  type SeoMeasure,
} from './fields';
import type { SeoInstrument, SeoList } from './instrument';

export type SeoColumnMapping = Partial<Record<SeoField, number>>;

/** A column of a wide export: the scale it is about and what it holds. */
export interface SeoScaleColumn {
  column: number;
  schaal: string;
  measure: SeoMeasure;
}

export interface SeoSuggestion {
  mapping: SeoColumnMapping;
  confidence: Partial<Record<SeoField, number>>;
  scaleColumns: SeoScaleColumn[];
  /** Found in the title block, the file name or the header: the same for every row. */
  instrument: string | null;
  lijst: SeoList | null;
}

export const suggestSeoFields: (headers: readonly string[]) => MappingSuggestion<SeoField> = columnSuggester(
  SEO_FIELDS,
  SEO_FIELD_SYNONYMS,
);

/** Fields that identify the pupil or the row, never a scale's column. */
const ROW_FIELDS: ReadonlySet<SeoField> = new Set([
  'leerlingKey',
  'eckid',
  'naam',
  'roepnaam',
  'voorvoegsel',
  'achternaam',
  'groep',
  'afnamedatum',
  'instrument',
  'versie',
  'lijst',
  'schaal',
]);

/** What a scale's column holds: the measure its header names, else the instrument's usual one. */
function measureOf(header: string, instrument: SeoInstrument): SeoMeasure {
  const tokens = labelTokens(header);
  for (const measure of ['percentiel', 'signaal', 'band', 'ruweScore'] as const) {
    const { synonyms } = MEASURE_SYNONYMS[measure];
    if (synonyms.some((s) => indexOfTokens(tokens, labelTokens(s)) >= 0)) return measure;
  }
  return instrument.wideMeasure;
}

/** The scale columns of a wide export: every header (not a row field) that names one of the scales. */
export function scaleColumnsOf(
  headers: readonly string[],
  instrument: SeoInstrument,
  rowColumns: ReadonlySet<number>,
): SeoScaleColumn[] {
  const found: SeoScaleColumn[] = [];
  headers.forEach((header, column) => {
    if (rowColumns.has(column)) return;
    const scale = seoScaleInHeader(instrument, header);
    if (scale) found.push({ column, schaal: scale.code, measure: measureOf(header, instrument) });
  });
  return found;
}

/** The instrument of most scale names in the header (at least two), if one has more than the others. */
function byScales(headers: readonly string[], instruments: readonly SeoInstrument[]): SeoInstrument | null {
  const counts = instruments
    .map((i) => ({ i, n: headers.filter((h) => seoScaleInHeader(i, h)).length }))
    .sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first && first.n >= 2 && first.n > (second?.n ?? 0) ? first.i : null;
}

/**
 * The instrument named in the title block or the file name, else by most scale names in the header.
 * When the texts name several (a school called "De Kanjer" above a ZIEN! title), the header's scales
 * decide between them; the first text that names one is not trusted on its own.
 */
function instrumentOf(
  texts: readonly string[],
  headers: readonly string[],
  instruments: readonly SeoInstrument[],
): SeoInstrument | null {
  const named = [...new Set(texts.map((t) => seoInstrumentByName(t, instruments)).filter((i) => i !== null))];
  if (named.length === 1) return named[0] ?? null;
  if (named.length > 1) return byScales(headers, named);
  return byScales(headers, instruments);
}

/**
 * The proposal for a header row, with the cells of the title block above it and the file name as
 * context. A proposal only: the user confirms it, and validateSeoMapping checks it.
 */
export function suggestSeoMapping(
  headers: readonly string[],
  context: {
    above?: readonly (readonly string[])[];
    filename?: string;
    instruments?: readonly SeoInstrument[];
  } = {},
): SeoSuggestion {
  const instruments = context.instruments ?? SEO_INSTRUMENTS;
  const fields = suggestSeoFields(headers);
  const texts = [...(context.above ?? []).flat(), context.filename ?? ''].filter((t) => t.trim() !== '');
  const instrument =
    fields.mapping.instrument === undefined ? instrumentOf(texts, headers, instruments) : null;
  // A column that names one of the instrument's scales exactly is that scale, even where a word of it
  // partly matches a field shown only to check ("Plezier in de klas" is no group column).
  const isScale = (field: SeoField, column: number) =>
    SEO_DISPLAY_ONLY.has(field) &&
    (fields.details[field]?.confidence ?? 0) < 1 &&
    instrument !== null &&
    seoScaleByName(instrument, headers[column] ?? '') !== null;
  const rowColumns = new Set(
    Object.entries(fields.mapping)
      .filter(([field, column]) => ROW_FIELDS.has(field as SeoField) && !isScale(field as SeoField, column))
      .map(([, column]) => column as number),
  );
  const wide =
    instrument && fields.mapping.schaal === undefined ? scaleColumnsOf(headers, instrument, rowColumns) : [];
  const mapping: SeoColumnMapping = {};
  const confidence: Partial<Record<SeoField, number>> = {};
  for (const field of SEO_FIELDS) {
    const column = fields.mapping[field];
    // In a wide export the measures are the scale columns, not fields of the row.
    if (column === undefined || (wide.length > 0 && (SEO_MEASURES as readonly string[]).includes(field)))
      continue;
    if (wide.some((w) => w.column === column)) continue;
    mapping[field] = column;
    confidence[field] = fields.details[field]?.confidence ?? 0;
  }
  const lists = texts.map((t) => readSeoList(t, true)).filter((l): l is SeoList => l !== null);
  const lijst =
    mapping.lijst !== undefined
      ? null
      : (lists[0] ?? (instrument?.lists.length === 1 ? (instrument.lists[0] ?? null) : null));
  return { mapping, confidence, scaleColumns: wide, instrument: instrument?.code ?? null, lijst };
}

/** Whether a row is the header of an SEO export: several field names, or a key and scale names. */
export function isSeoHeader(
  cells: readonly string[],
  instruments: readonly SeoInstrument[] = SEO_INSTRUMENTS,
) {
  const fields = suggestSeoFields(cells);
  if (looksLikeHeader(fields.details)) return true;
  const key = fields.details.leerlingKey ?? fields.details.eckid;
  return (
    key?.confidence === 1 && instruments.some((i) => cells.filter((c) => seoScaleInHeader(i, c)).length >= 2)
  );
}
