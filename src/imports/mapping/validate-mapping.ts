import type { ImportProblem } from '../problems';
import { DISPLAY_ONLY_FIELDS, FIELD_LABELS, RESULT_FIELDS, type ResultField } from './fields';
import type { ColumnMapping } from './suggest';

/** Fields that may also be given once for the whole file instead of per row ("alle rijen: E6"). */
type ConstantField = 'toets' | 'versie' | 'moment' | 'afnamedatum';

interface ValidateMappingOptions {
  /** The header row: lets column numbers be checked and named in messages. */
  headers?: readonly string[];
  /** Values chosen in the UI for the whole file; such a field needs no column. */
  constants?: Partial<Record<ConstantField, string>>;
}

function columnName(column: number, headers?: readonly string[]): string {
  const header = headers?.[column]?.trim();
  return header ? `kolom ${column + 1} ("${header}")` : `kolom ${column + 1}`;
}

const problem = (
  severity: ImportProblem['severity'],
  code: string,
  message: string,
  field?: ResultField,
) => ({
  severity,
  code,
  message,
  ...(field ? { path: field } : {}),
});

/** The mapped columns that exist, and a problem for each that does not or that two fields share. */
function checkColumns(mapping: ColumnMapping, headers: readonly string[] | undefined) {
  const problems: ImportProblem[] = [];
  const usable = new Set<ResultField>();
  const byColumn = new Map<number, ResultField>();
  for (const field of RESULT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (!Number.isInteger(column) || column < 0 || (headers !== undefined && column >= headers.length)) {
      problems.push(
        problem(
          'error',
          'mapping.kolom-bestaat-niet',
          `${FIELD_LABELS[field]}: kolom ${column + 1} bestaat niet.`,
          field,
        ),
      );
      continue;
    }
    usable.add(field);
    const other = byColumn.get(column);
    if (other) {
      problems.push(
        problem(
          'error',
          'mapping.kolom-dubbel',
          `${columnName(column, headers)} is gekoppeld aan zowel ${FIELD_LABELS[other]} als ${FIELD_LABELS[field]}.`,
          field,
        ),
      );
    } else byColumn.set(column, field);
  }
  return { problems, usable };
}

/** A problem for each required field that has no column (and no value for the whole file). */
function missingFields(
  has: (f: ResultField) => boolean,
  given: (f: ConstantField) => boolean,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  if (!has('leerlingKey') && !has('eckid')) {
    const names = [...DISPLAY_ONLY_FIELDS].some(has)
      ? ' Namen worden nooit gebruikt om een leerling te herkennen.'
      : '';
    problems.push(
      problem(
        'error',
        'mapping.geen-leerling',
        `Koppel een kolom met het leerlingnummer of het ECK-iD.${names}`,
        'leerlingKey',
      ),
    );
  }
  if (!given('toets')) {
    problems.push(
      problem(
        'error',
        'mapping.geen-toets',
        'Koppel de kolom met de toets, of kies één toets voor het hele bestand.',
        'toets',
      ),
    );
  }
  if (!has('vaardigheidsscore') && !has('niveau')) {
    problems.push(
      problem(
        'error',
        'mapping.geen-score',
        'Koppel een kolom met de vaardigheidsscore of met het niveau.',
        'vaardigheidsscore',
      ),
    );
  } else if (!has('vaardigheidsscore')) {
    problems.push(
      problem(
        'warning',
        'mapping.alleen-niveau',
        'Er is geen vaardigheidsscore gekoppeld: zonder score is geen leerwinst te berekenen.',
        'vaardigheidsscore',
      ),
    );
  }
  if (!given('moment') && !given('afnamedatum')) {
    problems.push(
      problem(
        'error',
        'mapping.geen-moment',
        'Koppel de kolom met het toetsmoment of de afnamedatum, of kies een moment voor het hele bestand.',
        'moment',
      ),
    );
  }
  return problems;
}

/**
 * Dutch problems with a column mapping. Required: a way to find the pupil (leerlingnummer or ECK-iD,
 * never the name), the toets, a vaardigheidsscore or a niveau, and a moment or afnamedatum.
 */
export function validateMapping(
  mapping: ColumnMapping,
  options: ValidateMappingOptions = {},
): ImportProblem[] {
  const { headers, constants = {} } = options;
  const columns = checkColumns(mapping, headers);
  const has = (f: ResultField) => columns.usable.has(f);
  const given = (f: ConstantField) => has(f) || (constants[f] ?? '').trim() !== '';
  return [...columns.problems, ...missingFields(has, given)];
}
