/** The column mapping of a results file: which column holds which field, and values for the whole file. */
import type { Catalog } from '../../i18n/nl';

export type Mapping = Record<string, number>;
export interface Constants {
  toets: string;
  moment: string;
  schooljaar: string;
}

export const EMPTY_CONSTANTS: Constants = { toets: '', moment: '', schooljaar: '' };

/** Without these a row cannot become a result. */
const REQUIRED = new Set(['leerlingKey', 'toets', 'vaardigheidsscore']);
export const isRequired = (field: string) => REQUIRED.has(field);

/** The mapping with `field` read from column `column` (an index as text), or not used (null or ''). */
export function withColumn(mapping: Mapping, field: string, column: string | null): Mapping {
  const rest = Object.fromEntries(Object.entries(mapping).filter(([f]) => f !== field));
  return column === null || column === '' ? rest : { ...rest, [field]: Number(column) };
}

/** The values typed for the whole file, without the empty ones. */
export const filledConstants = (constants: Constants): Record<string, string> =>
  Object.fromEntries(Object.entries(constants).filter(([, v]) => v.trim() !== ''));

/** The import's `config` parameter: a moment is written in capitals (b → B), spaces are dropped. */
export function configOf(mapping: Mapping, constants: Constants): string {
  const c: Record<string, string> = {};
  if (constants.toets.trim()) c.toets = constants.toets.trim();
  if (constants.moment.trim()) c.moment = constants.moment.trim().toUpperCase();
  if (constants.schooljaar.trim()) c.schooljaar = constants.schooljaar.trim();
  return JSON.stringify({ mapping, constants: c });
}

/** The file's columns to choose from, each with the first row's value as an example. */
export function columnOptions(
  headers: string[],
  firstRow: (string | null | undefined)[] | undefined,
  t: Catalog,
): { value: string; label: string }[] {
  return headers.map((h, i) => {
    const name = h || `${t.imports.column} ${i + 1}`;
    const example = firstRow?.[i];
    return {
      value: String(i),
      label: example ? `${name} (${t.imports.example.toLowerCase()}: ${example})` : name,
    };
  });
}
