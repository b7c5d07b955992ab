/**
 * The Inspectie's view of groep 8 results: the share of pupils at or above 1F and at or above the
 * streefniveau 2F (taal) / 1S (rekenen), taken over the last three schooljaren together, each held
 * against a signaleringswaarde. Signaleringswaarden are not goals: the school's own ambitions
 * (refAtLeast1F, refAtLeast2F in ambitions.ts) are shown beside them.
 *
 * Source: the Inspectie van het Onderwijs's judgement of leerresultaten in po, as summarised in the
 * team's domain notes (§4, marked fact) — 1F: 85 % for every school; 2F/1S: a value per
 * schoolweging (CBS), from a table the Inspectie publishes. That table is data, not
 * code: domain.md gives none of its values and we do not invent official numbers, so the table is an
 * input (loaded with `leerwinst signaleringswaarden import`, its source kept with it) and is checked by
 * signaleringswaardeTableProblems.
 */
import { wilsonInterval } from './statistics';
import { isSchooljaar, schooljaarStartYear } from './schooljaar';
import type { Interval } from './ambitions';

/** The signaleringswaarde for the share of pupils at or above 1F, the same for every school. [fact] */
export const SIGNALERINGSWAARDE_1F = 0.85;

/** How many schooljaren the Inspectie takes together. [fact] */
export const REFERENTIE_YEARS = 3;

/**
 * One row of the Inspectie's 2F/1S table: schoolweging in [fromSchoolweging, toSchoolweging), null for
 * an open end, and the signaleringswaarde as a share in [0, 1]. Half-open so that every schoolweging with
 * decimals (29.37) falls in exactly one row of a table without gaps.
 */
export interface SignaleringswaardeRow {
  fromSchoolweging: number | null;
  toSchoolweging: number | null;
  share: number;
}

export type SignaleringswaardeTable = readonly SignaleringswaardeRow[];

function contains(row: SignaleringswaardeRow, schoolweging: number): boolean {
  return (
    (row.fromSchoolweging === null || row.fromSchoolweging <= schoolweging) &&
    (row.toSchoolweging === null || schoolweging < row.toSchoolweging)
  );
}

/**
 * The 2F/1S signaleringswaarde for a schoolweging. Null when the schoolweging is unknown, falls in no row,
 * or in more than one (an overlapping table is wrong, and guessing a row would be worse than no value).
 */
export function signaleringswaarde2F(
  schoolweging: number | null,
  table: SignaleringswaardeTable,
): number | null {
  if (schoolweging === null || !Number.isFinite(schoolweging)) return null;
  const rows = table.filter((row) => contains(row, schoolweging));
  const [row, ...more] = rows;
  if (!row || more.length > 0 || !(row.share >= 0 && row.share <= 1)) return null;
  return row.share;
}

/** The signaleringswaarde for an indicator; for 2F/1S it needs the schoolweging and the table. */
export function signaleringswaarde(
  indicator: '1F' | '2F/1S',
  schoolweging: number | null,
  table: SignaleringswaardeTable,
): number | null {
  return indicator === '1F' ? SIGNALERINGSWAARDE_1F : signaleringswaarde2F(schoolweging, table);
}

/** Dutch reasons why a loaded table cannot be used; an empty list when it can. */
export function signaleringswaardeTableProblems(table: SignaleringswaardeTable): string[] {
  const problems: string[] = [];
  if (table.length === 0) problems.push('De tabel met signaleringswaarden is leeg.');
  table.forEach((row, i) => {
    const line = `Regel ${i + 1}`;
    if (!(row.share >= 0 && row.share <= 1))
      problems.push(`${line}: de signaleringswaarde moet tussen 0 en 100 % liggen.`);
    const bounds = [row.fromSchoolweging, row.toSchoolweging];
    if (bounds.some((b) => b !== null && !Number.isFinite(b)))
      problems.push(`${line}: een grens van de schoolweging is geen getal.`);
    else if (
      row.fromSchoolweging !== null &&
      row.toSchoolweging !== null &&
      row.fromSchoolweging >= row.toSchoolweging
    )
      problems.push(`${line}: de ondergrens van de schoolweging ligt niet onder de bovengrens.`);
  });
  const sorted = [...table].sort(
    (a, b) => (a.fromSchoolweging ?? -Infinity) - (b.fromSchoolweging ?? -Infinity),
  );
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]?.toSchoolweging ?? Infinity;
    const from = sorted[i]?.fromSchoolweging ?? -Infinity;
    if (from < before) problems.push(`De regels overlappen bij schoolweging ${from}.`);
    if (from > before) problems.push(`Geen signaleringswaarde voor schoolweging ${before} tot ${from}.`);
  }
  // Open ends, so that every school gets a value whatever its schoolweging.
  const lowest = sorted[0]?.fromSchoolweging;
  const highest = sorted.at(-1)?.toSchoolweging;
  if (typeof lowest === 'number')
    problems.push(
      `Geen signaleringswaarde onder schoolweging ${lowest}: laat 'van' van de eerste regel leeg.`,
    );
  if (typeof highest === 'number')
    problems.push(
      `Geen signaleringswaarde vanaf schoolweging ${highest}: laat 'tot' van de laatste regel leeg.`,
    );
  return problems;
}

/** One schooljaar of an indicator: pupils with a referentieniveau and how many reached the bar. */
export interface ReferentieYear {
  schooljaar: string;
  count: number;
  n: number;
}

export interface PooledReferentie {
  /** The schooljaren taken together, oldest first. */
  schooljaren: string[];
  count: number;
  n: number;
  share: number | null;
  interval: Interval | null;
}

/**
 * The indicator over the last REFERENTIE_YEARS schooljaren up to and including `through`, taken together
 * as pupils (a year with 40 pupils weighs twice a year with 20), which is our reading of "over drie jaar
 * samen" [decision]. A missing year is simply absent from the pool; `schooljaren` says which years count.
 * Rows of other years, unreadable schooljaren, or counts that are not whole numbers with 0 ≤ count ≤ n
 * are left out; a schooljaar given twice is an input error and only its first row counts.
 */
export function pooledReferentie(
  years: readonly ReferentieYear[],
  through: string,
  confidence = 0.9,
): PooledReferentie {
  const last = isSchooljaar(through) ? schooljaarStartYear(through) : Number.NaN;
  const seen = new Set<string>();
  const used = years
    .filter((y) => {
      const start = isSchooljaar(y.schooljaar) ? schooljaarStartYear(y.schooljaar) : Number.NaN;
      const ok =
        start <= last &&
        start > last - REFERENTIE_YEARS &&
        Number.isInteger(y.n) &&
        Number.isInteger(y.count) &&
        y.count >= 0 &&
        y.count <= y.n &&
        !seen.has(y.schooljaar);
      if (ok) seen.add(y.schooljaar);
      return ok;
    })
    .sort((a, b) => a.schooljaar.localeCompare(b.schooljaar));
  const count = used.reduce((sum, y) => sum + y.count, 0);
  const n = used.reduce((sum, y) => sum + y.n, 0);
  return {
    schooljaren: used.map((y) => y.schooljaar),
    count,
    n,
    share: n === 0 ? null : count / n,
    interval: wilsonInterval(count, n, confidence),
  };
}
