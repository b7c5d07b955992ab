/**
 * Toetsmomenten: "M5" is the middle of groep 5 (January/February), "E5" the end (May/June), "B5" the
 * start. Continuously normed tests (Boom) use the date itself as the moment.
 */
import { schooljaarStartYear } from './schooljaar';

export type MomentKind = 'B' | 'M' | 'E';

export interface ParsedMoment {
  kind: MomentKind;
  jaargroep: number;
}

const MOMENT = /^([BME])([1-8])$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseMoment(value: string): ParsedMoment | null {
  const m = MOMENT.exec(value.trim().toUpperCase());
  if (!m) return null;
  return { kind: m[1] as MomentKind, jaargroep: Number(m[2]) };
}

export function isDateMoment(value: string): boolean {
  return ISO_DATE.test(value);
}

/** Month (1–12) in which a moment of this kind is usually taken, to order results without a date. */
const TYPICAL_MONTH: Record<MomentKind, number> = { B: 9, M: 1, E: 6 };

/**
 * A sortable key for "when was this result": the afnamedatum if known, else the typical date of the
 * moment within its schooljaar.
 */
export function resultTimeKey(r: { schooljaar: string; moment: string; afnamedatum: string | null }): string {
  if (r.afnamedatum) return r.afnamedatum;
  if (isDateMoment(r.moment)) return r.moment;
  const parsed = parseMoment(r.moment);
  const start = schooljaarStartYear(r.schooljaar);
  if (!parsed) return `${start}-08-01`;
  const month = TYPICAL_MONTH[parsed.kind];
  const year = month >= 8 ? start : start + 1;
  return `${year}-${String(month).padStart(2, '0')}-15`;
}

/**
 * A meetpunt is "when the school tested": a schooljaar and B/M/E. Pupils of a combination group 5/6
 * take M5 and M6 at the same meetpunt, and a continuously normed test's date falls into one by month.
 */
export interface Meetpunt {
  schooljaar: string;
  kind: MomentKind;
}

export function meetpuntOf(r: { schooljaar: string; moment: string; afnamedatum: string | null }): Meetpunt {
  const parsed = parseMoment(r.moment);
  if (parsed) return { schooljaar: r.schooljaar, kind: parsed.kind };
  const date = isDateMoment(r.moment) ? r.moment : r.afnamedatum;
  const month = date ? Number(date.slice(5, 7)) : 1;
  // December–March is the middle of the year, April–July the end, August–November the start.
  const kind: MomentKind = month >= 12 || month <= 3 ? 'M' : month <= 7 ? 'E' : 'B';
  return { schooljaar: r.schooljaar, kind };
}

export function meetpuntKey(m: Meetpunt): string {
  return `${m.schooljaar} ${m.kind}`;
}

const KIND_ORDER: Record<MomentKind, number> = { B: 0, M: 1, E: 2 };

export function compareMeetpunten(a: Meetpunt, b: Meetpunt): number {
  return a.schooljaar.localeCompare(b.schooljaar) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

export function parseMeetpuntKey(key: string): Meetpunt | null {
  const m = /^(\d{4}-\d{4}) ([BME])$/.exec(key);
  return m ? { schooljaar: m[1] ?? '', kind: m[2] as MomentKind } : null;
}
