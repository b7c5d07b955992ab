/** The mapping of an SEO file in the browser: columns, columns per scale, values for the whole file. */
import type { SeoInspection } from '../../api/seo-import';

export type SeoScaleColumn = SeoInspection['suggestion']['scaleColumns'][number];
export type SeoMeasure = SeoScaleColumn['measure'];
export const SEO_MEASURE_CODES: readonly SeoMeasure[] = ['percentiel', 'ruweScore', 'band', 'signaal'];
export const SEO_LIST_CODES = ['leerkracht', 'leerling', 'ouder'] as const;

export interface SeoConstants {
  instrument: string;
  lijst: string;
  afnamedatum: string;
  versie: string;
}

/** "2026-11-12" as people type it: "12-11-2026". */
const dutchDate = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
};

/** The values the server found in the title block, ready to edit. */
export function constantsOf(inspection: SeoInspection): SeoConstants {
  const c = inspection.suggestion.constants;
  return {
    instrument: c.instrument ?? '',
    lijst: c.lijst ?? '',
    afnamedatum: c.afnamedatum ? dutchDate(c.afnamedatum) : '',
    versie: c.versie ?? '',
  };
}

/** Only the leerlingnummer is marked: an ECK-iD instead is fine, the server says so when both are missing. */
export const isSeoRequired = (field: string) => field === 'leerlingKey';

/** The scale column of `column` set to this scale and measure, or removed (scale null). */
export function withScaleColumn(
  columns: readonly SeoScaleColumn[],
  column: number,
  schaal: string | null,
  measure: SeoMeasure,
): SeoScaleColumn[] {
  const rest = columns.filter((c) => c.column !== column);
  const next = schaal ? [...rest, { column, schaal, measure }] : rest;
  return next.sort((a, b) => a.column - b.column);
}

/** The import's `config` parameter: empty values are left out, so the file's own columns decide. */
export function seoConfigOf(input: {
  mapping: Record<string, number>;
  scaleColumns: readonly SeoScaleColumn[];
  constants: SeoConstants;
  headerRow: number | null;
}): string {
  const constants = Object.fromEntries(
    Object.entries(input.constants)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v !== ''),
  );
  return JSON.stringify({
    mapping: input.mapping,
    scaleColumns: input.mapping.schaal === undefined ? input.scaleColumns : [],
    constants,
    ...(input.headerRow === null ? {} : { headerRow: input.headerRow }),
  });
}

/** A line of the file as an option of the header-row choice: its first cells, shortened. */
export function lineLabel(cells: readonly string[]): string {
  const text = cells.filter((c) => c.trim() !== '').join(' · ');
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
}

/** A catalog scale's name as a label: "sociaal initiatief" → "Sociaal initiatief". */
export const scaleLabel = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
