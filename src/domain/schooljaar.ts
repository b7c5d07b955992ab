/**
 * Schooljaren run from 1 August to 31 July ("2025-2026"). The published EDEXML list ends at 2024-2025,
 * so any YYYY-YYYY with consecutive years is accepted.
 */
const SCHOOLJAAR = /^(\d{4})-(\d{4})$/;

export function isSchooljaar(value: string): boolean {
  const m = SCHOOLJAAR.exec(value);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/** The schooljaar a calendar date (YYYY-MM-DD) falls in. */
export function schooljaarOfDate(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

export function schooljaarOf(now: Date): string {
  return schooljaarOfDate(now.toISOString().slice(0, 10));
}

export function schooljaarStartYear(schooljaar: string): number {
  return Number(schooljaar.slice(0, 4));
}

export function schooljaarBounds(schooljaar: string): { start: string; end: string } {
  const y = schooljaarStartYear(schooljaar);
  return { start: `${y}-08-01`, end: `${y + 1}-07-31` };
}

/** The schooljaar `offset` years after (or before, if negative) the given one. */
export function shiftSchooljaar(schooljaar: string, offset: number): string {
  const y = schooljaarStartYear(schooljaar) + offset;
  return `${y}-${y + 1}`;
}

/** The schooljaar that holds today, else the latest one the school has (today's when it has none). */
export function currentSchooljaar(names: readonly string[], now: Date): string {
  const today = schooljaarOf(now);
  if (names.includes(today) || names.length === 0) return today;
  return [...names].sort().at(-1) ?? today;
}
