/**
 * Days for the demo's leerlingzorg: besprekingen fall on school days, never in a weekend, the
 * kerstvakantie or the zomervakantie, and a day in the past stays in the past (it moves back), a day
 * to come stays to come (it moves forward).
 */
const DAY_MS = 86_400_000;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Weekends and the two long holidays (roughly: every region is off then). */
function isFreeDay(day: string): boolean {
  const md = day.slice(5);
  const w = weekday(day);
  return w === 0 || w === 6 || md >= '12-24' || md <= '01-04' || (md >= '07-15' && md <= '08-31');
}

/** The nearest school day on or before `day`. */
export function schoolDayBefore(day: string): string {
  let d = day;
  while (isFreeDay(d)) d = addDays(d, -1);
  return d;
}

/** The nearest school day on or after `day`. */
export function schoolDayAfter(day: string): string {
  let d = day;
  while (isFreeDay(d)) d = addDays(d, 1);
  return d;
}

/** A moment on that day, for the created_at and set_at columns. */
export function at(day: string, time = '15:30'): string {
  return `${day}T${time}:00.000Z`;
}

export const later = (a: string, b: string) => (a > b ? a : b);
