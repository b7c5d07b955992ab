/**
 * Didactische leeftijd (DL), didactische leeftijdsequivalent (DLE), leerrendement and achterstand.
 *
 * DL counts the months of education since the start of groep 3 up to the test date: 10 months per
 * school year, the summer months do not count, at most 60. A month counts as soon as it has started, so
 * a test in January counts January. Sources differ by about one month in where the count starts, so the
 * convention is a parameter:
 *   - firstMonth 9 (default): September … June count. This reproduces the widely used table
 *     M3 = 5, E3 = 10, M4 = 15 … E8 = 60 (a test in late January of groep 5 gives DL 25).
 *   - firstMonth 8: August … May count, one month higher for tests from August to May.
 *
 * Every answer that cannot be known is null: no table, a score below the table, DL 0, invalid dates.
 * Nothing here divides by zero or makes up a number.
 */
import { parseMoment } from './moments';
import type { DlePoint } from './norms';
import { isSchooljaar, schooljaarStartYear } from './schooljaar';

export interface DlConvention {
  firstMonth: 8 | 9;
}

export const DEFAULT_DL_CONVENTION: DlConvention = { firstMonth: 9 };

export const MAX_DL = 60;
const MONTHS_PER_YEAR = 10;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// A group's results share a handful of dates, read once per result on every screen: remembered (the
// answers are frozen, never changed by a caller), forgotten wholesale when there are many.
const READ_DATES = new Map<string, Readonly<{ year: number; month: number }> | null>();
const READ_DATES_LIMIT = 10_000;

function readDate(value: string): Readonly<{ year: number; month: number }> | null {
  const known = READ_DATES.get(value);
  if (known !== undefined) return known;
  const parsed = parseDate(value);
  if (READ_DATES.size >= READ_DATES_LIMIT) READ_DATES.clear();
  READ_DATES.set(value, parsed);
  return parsed;
}

function parseDate(value: string): Readonly<{ year: number; month: number }> | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? Object.freeze({ year, month }) : null;
}

/** Counted months of a school year up to and including `month` (1–12), 0 … 10. */
function countedMonthsUpTo(month: number, convention: DlConvention): number {
  // Position in the schooljaar that starts on 1 August: August = 1 … July = 12.
  const position = ((month + 12 - 8) % 12) + 1;
  const counted = position - (convention.firstMonth - 8);
  return Math.min(MONTHS_PER_YEAR, Math.max(0, counted));
}

/**
 * DL on the test date for a pupil who started groep 3 at `groep3Start`: a schooljaar ("2023-2024", the
 * year the pupil was in groep 3) or the date the pupil entered groep 3 ("2024-01-08", for a pupil who
 * came in during the year). Repeated years count: they are months of education. Null for an unreadable
 * start or test date. A test before the start gives 0.
 */
export function didactischeLeeftijd(
  groep3Start: string,
  testDate: string,
  convention: DlConvention = DEFAULT_DL_CONVENTION,
): number | null {
  if (convention.firstMonth !== 8 && convention.firstMonth !== 9) return null;
  const test = readDate(testDate);
  let start: Readonly<{ year: number; month: number }> | null;
  if (isSchooljaar(groep3Start)) start = { year: schooljaarStartYear(groep3Start), month: 8 };
  else start = readDate(groep3Start);
  if (!test || !start) return null;
  const beforeStart =
    start.month === 1 ? { year: start.year - 1, month: 12 } : { year: start.year, month: start.month - 1 };
  const months = countedMonthsSinceEpoch(test, convention) - countedMonthsSinceEpoch(beforeStart, convention);
  return Math.min(MAX_DL, Math.max(0, months));
}

/** Counted months from a fixed origin up to and including this month, so that DL is a difference. */
function countedMonthsSinceEpoch(d: { year: number; month: number }, convention: DlConvention): number {
  const schoolYear = d.month >= 8 ? d.year : d.year - 1;
  return schoolYear * MONTHS_PER_YEAR + countedMonthsUpTo(d.month, convention);
}

/**
 * The DL the table assumes at a moment: B = start of the year, M = 5 months in, E = 10 months in
 * (M3 = 5 … E8 = 60). Null for what is not a moment of groep 3–8.
 */
export function nominalDl(moment: string): number | null {
  const parsed = parseMoment(moment);
  if (!parsed || parsed.jaargroep < 3) return null;
  const offset = { B: 0, M: 5, E: 10 }[parsed.kind];
  return (parsed.jaargroep - 3) * MONTHS_PER_YEAR + offset;
}

/**
 * DLE from a conversion table: the DLE of the highest point whose minScore the score reaches. Null with
 * no table, a score below the table, or a table that contradicts itself (the same minScore with two
 * DLEs, or a DLE that falls while the score rises): a wrong table must not give a confident answer.
 */
export function dleFromTable(score: number | null, points: readonly DlePoint[] | null): number | null {
  return dleLookup(points)(score);
}

/**
 * dleFromTable with the table checked and sorted once: for looking up many scores in one table.
 */
export function dleLookup(points: readonly DlePoint[] | null): (score: number | null) => number | null {
  if (!points) return () => null;
  const usable = points
    .filter((p) => Number.isFinite(p.minScore) && Number.isFinite(p.dle))
    .sort((a, b) => a.minScore - b.minScore);
  for (let i = 1; i < usable.length; i++) {
    const prev = usable[i - 1];
    const next = usable[i];
    if (!prev || !next) continue;
    if (next.minScore === prev.minScore ? next.dle !== prev.dle : next.dle < prev.dle) return () => null;
  }
  return (score) => {
    if (score === null || !Number.isFinite(score)) return null;
    let dle: number | null = null;
    for (const p of usable) {
      if (score < p.minScore) break;
      dle = p.dle;
    }
    return dle;
  };
}

function isKnownDl(dl: number | null): dl is number {
  return dl !== null && Number.isFinite(dl) && dl > 0;
}

/** DLE / DL × 100, rounded to a whole percentage. Null when DL is 0 or either value is unknown. */
export function leerrendement(dle: number | null, dl: number | null): number | null {
  if (dle === null || !Number.isFinite(dle) || dle < 0 || !isKnownDl(dl)) return null;
  const percent = Math.round((dle / dl) * 100);
  return Number.isFinite(percent) ? percent : null;
}

/**
 * DLE − DL in months: negative is behind, positive is ahead. Null when DL is 0 (before groep 3 there is
 * no education to be behind on) or either value is unknown.
 */
export function achterstand(dle: number | null, dl: number | null): number | null {
  if (dle === null || !Number.isFinite(dle) || !isKnownDl(dl)) return null;
  const months = dle - dl;
  return Number.isFinite(months) ? months : null;
}
