/**
 * Dutch problems with the mapping of a social-emotional export. Required: the pupil (leerlingnummer or
 * ECK-iD, never the name), the instrument, the list, the date, and the scores: a scale column with at
 * least one measure (long layout), or columns per scale (wide layout), not both.
 */
import type { ImportProblem } from '../problems';
import { SEO_DISPLAY_ONLY, SEO_FIELDS, SEO_MEASURES, type SeoField } from './fields';
import type { SeoColumnMapping, SeoScaleColumn } from './suggest';

export interface SeoMappingContext {
  headers?: readonly string[];
  /** Values for the whole file: chosen in the browser, or found in the title block. */
  constants?: {
    instrument?: string | undefined;
    lijst?: string | undefined;
    afnamedatum?: string | undefined;
  };
  /** The instrument has one list only, so the list needs no column and no choice. */
  singleList?: boolean;
}

const error = (code: string, message: string, path?: string): ImportProblem => ({
  severity: 'error',
  code,
  message,
  ...(path ? { path } : {}),
});

const column = (c: number, headers?: readonly string[]) =>
  headers?.[c]?.trim() ? `kolom ${c + 1} ("${headers[c]?.trim()}")` : `kolom ${c + 1}`;

/** Each column used once and existing. */
function columnProblems(
  mapping: SeoColumnMapping,
  scales: readonly SeoScaleColumn[],
  headers?: readonly string[],
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const uses = new Map<number, string>();
  const use = (c: number, what: string) => {
    if (!Number.isInteger(c) || c < 0 || (headers !== undefined && c >= headers.length)) {
      problems.push(error('seo-mapping.kolom-bestaat-niet', `${what}: kolom ${c + 1} bestaat niet.`));
      return;
    }
    const other = uses.get(c);
    if (other) {
      problems.push(
        error(
          'seo-mapping.kolom-dubbel',
          `${column(c, headers)} is gekoppeld aan zowel ${other} als ${what}.`,
        ),
      );
    } else uses.set(c, what);
  };
  for (const field of SEO_FIELDS) {
    const c = mapping[field];
    if (c !== undefined) use(c, field);
  }
  const seen = new Set<string>();
  for (const s of scales) {
    use(s.column, `${s.schaal} (${s.measure})`);
    const key = `${s.schaal}|${s.measure}`;
    if (seen.has(key)) {
      problems.push(
        error('seo-mapping.schaal-dubbel', `Twee kolommen geven ${s.measure} van de schaal ${s.schaal}.`),
      );
    }
    seen.add(key);
  }
  return problems;
}

export function validateSeoMapping(
  mapping: SeoColumnMapping,
  scales: readonly SeoScaleColumn[],
  context: SeoMappingContext = {},
): ImportProblem[] {
  const { headers, constants = {} } = context;
  const has = (f: SeoField) => mapping[f] !== undefined;
  const given = (f: 'instrument' | 'lijst' | 'afnamedatum') => has(f) || (constants[f] ?? '').trim() !== '';
  const problems = columnProblems(mapping, scales, headers);
  if (!has('leerlingKey') && !has('eckid')) {
    const names = [...SEO_DISPLAY_ONLY].some(has)
      ? ' Namen worden nooit gebruikt om een leerling te herkennen.'
      : '';
    problems.push(
      error(
        'seo-mapping.geen-leerling',
        `Koppel een kolom met het leerlingnummer of het ECK-iD.${names}`,
        'leerlingKey',
      ),
    );
  }
  if (!given('instrument')) {
    problems.push(
      error(
        'seo-mapping.geen-instrument',
        'Kies het instrument (bijvoorbeeld ZIEN! of SCOL), of koppel de kolom ervan.',
        'instrument',
      ),
    );
  }
  if (!given('lijst') && !context.singleList) {
    problems.push(
      error(
        'seo-mapping.geen-lijst',
        'Kies wie de lijst invulde (leerkracht, leerling of ouder), of koppel de kolom ervan.',
        'lijst',
      ),
    );
  }
  if (!given('afnamedatum')) {
    problems.push(
      error(
        'seo-mapping.geen-datum',
        'Koppel de kolom met de datum van afname, of geef de datum voor het hele bestand.',
        'afnamedatum',
      ),
    );
  }
  const measures = SEO_MEASURES.some(has);
  if (has('schaal') && scales.length > 0) {
    problems.push(
      error(
        'seo-mapping.twee-vormen',
        'Het bestand heeft een kolom met de schaal én kolommen per schaal; kies één van beide.',
        'schaal',
      ),
    );
  } else if (has('schaal') && !measures) {
    problems.push(
      error(
        'seo-mapping.geen-score',
        'Koppel een kolom met de score, het percentiel, het niveau of het signaal.',
        'percentiel',
      ),
    );
  } else if (!has('schaal') && scales.length === 0) {
    problems.push(
      error(
        'seo-mapping.geen-schaal',
        'Koppel de kolom met de schaal, of de kolommen van de schalen.',
        'schaal',
      ),
    );
  }
  return problems;
}
