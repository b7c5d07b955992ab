/**
 * Who belongs to a cohort ("the pupils who were in groep 3 in 2021-2022") in each later schooljaar, so
 * that a cohort trend follows the same children and says so when it does not.
 *
 * The rules, in the way the Inspectie counts pupils (on a teldatum, 1 October, not "at any time"):
 * - Membership is fixed once, on the peildatum of the start schooljaar: the pupils placed in the start
 *   jaargroep on that day. A pupil who arrives in groep 3 in November is not a member.
 * - Each following schooljaar the cohort's expected jaargroep goes up by one, and each member is looked
 *   up on that year's peildatum:
 *   - placed in the expected jaargroep: onSchedule;
 *   - placed lower (zittenblijven: groep 4 twice): still a member, listed in repeaters every year after;
 *   - placed higher (a year skipped): still a member, listed in ahead;
 *   - not placed at the school: left. A pupil who leaves in March is a member for the rest of that year
 *     and is in left from the next schooljaar on. A member who comes back counts again.
 * - Pupils in the expected jaargroep on the peildatum who are not members are instroom: they joined
 *   later, or they are zittenblijvers from the cohort above. They are never members of this cohort.
 * The years run from the start schooljaar through `through` (the caller's current schooljaar: the domain
 * reads no clock), and stop at the year the cohort is expected in groep 8.
 */
import { isSchooljaar, schooljaarBounds, shiftSchooljaar, schooljaarStartYear } from './schooljaar';

export interface Placement {
  leerlingId: string;
  schooljaar: string;
  jaargroep: number;
  /** YYYY-MM-DD; null when the placement holds from the start of its schooljaar. */
  startDate: string | null;
  /** YYYY-MM-DD, the last day; null when the placement holds to the end of its schooljaar. */
  endDate: string | null;
}

export interface CohortYear {
  schooljaar: string;
  expectedJaargroep: number;
  /** Members placed at the school on the peildatum, in any jaargroep. */
  members: string[];
  onSchedule: string[];
  repeaters: string[];
  ahead: string[];
  /** Members not placed at the school on the peildatum. */
  left: string[];
  /** Non-members in the expected jaargroep on the peildatum. */
  instroom: string[];
}

export interface CohortOptions {
  /** The last schooljaar to report, usually the current one. */
  through: string;
  /** Month and day of the peildatum, MM-DD; '10-01' (1 October, the Inspectie's teldatum) when left out. */
  peildatum?: string;
  /** The cohort's last jaargroep; 8 in the basisschool. */
  lastJaargroep?: number;
}

export const DEFAULT_PEILDATUM = '10-01';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The peildatum of a schooljaar: 1 October 2021 for 2021-2022, a 1 March peildatum in 2022. */
function peildatumIn(schooljaar: string, monthDay: string): string {
  const start = schooljaarStartYear(schooljaar);
  return `${Number(monthDay.slice(0, 2)) >= 8 ? start : start + 1}-${monthDay}`;
}

/**
 * Each pupil's jaargroep on the day. A pupil with two placements on one day (a move recorded without
 * closing the old one) is taken in the one that started last, then in the higher jaargroep.
 */
function placedOn(placements: readonly Placement[], schooljaar: string, day: string): Map<string, number> {
  const bounds = schooljaarBounds(schooljaar);
  const best = new Map<string, { start: string; jaargroep: number }>();
  for (const p of placements) {
    if (p.schooljaar !== schooljaar || !Number.isInteger(p.jaargroep)) continue;
    if (
      (p.startDate !== null && !ISO_DATE.test(p.startDate)) ||
      (p.endDate !== null && !ISO_DATE.test(p.endDate))
    )
      continue;
    const start = p.startDate ?? bounds.start;
    const end = p.endDate ?? bounds.end;
    if (start > day || day > end) continue;
    const known = best.get(p.leerlingId);
    if (!known || start > known.start || (start === known.start && p.jaargroep > known.jaargroep))
      best.set(p.leerlingId, { start, jaargroep: p.jaargroep });
  }
  return new Map([...best].map(([id, b]) => [id, b.jaargroep]));
}

const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The cohort of start.jaargroep in start.schooljaar, per schooljaar from the start on. Empty when the
 * start or `through` is no schooljaar, `through` lies before the start, or the peildatum is no MM-DD.
 */
export function cohortMembership(
  placements: readonly Placement[],
  start: { schooljaar: string; jaargroep: number },
  options: CohortOptions,
): CohortYear[] {
  const monthDay = options.peildatum ?? DEFAULT_PEILDATUM;
  const lastJaargroep = options.lastJaargroep ?? 8;
  if (!isSchooljaar(start.schooljaar) || !isSchooljaar(options.through) || !MONTH_DAY.test(monthDay))
    return [];
  if (!Number.isInteger(start.jaargroep) || !Number.isInteger(lastJaargroep)) return [];
  const years = Math.min(
    schooljaarStartYear(options.through) - schooljaarStartYear(start.schooljaar),
    lastJaargroep - start.jaargroep,
  );
  if (years < 0) return [];

  const atStart = placedOn(placements, start.schooljaar, peildatumIn(start.schooljaar, monthDay));
  const members = new Set([...atStart].filter(([, g]) => g === start.jaargroep).map(([id]) => id));

  return Array.from({ length: years + 1 }, (_, k) => {
    const schooljaar = shiftSchooljaar(start.schooljaar, k);
    const expectedJaargroep = start.jaargroep + k;
    const placed = placedOn(placements, schooljaar, peildatumIn(schooljaar, monthDay));
    const present = [...members].filter((id) => placed.has(id));
    const inGroup = (test: (g: number) => boolean) =>
      sorted(present.filter((id) => test(placed.get(id) ?? Number.NaN)));
    return {
      schooljaar,
      expectedJaargroep,
      members: sorted(present),
      onSchedule: inGroup((g) => g === expectedJaargroep),
      repeaters: inGroup((g) => g < expectedJaargroep),
      ahead: inGroup((g) => g > expectedJaargroep),
      left: sorted([...members].filter((id) => !placed.has(id))),
      instroom: sorted(
        [...placed].filter(([id, g]) => g === expectedJaargroep && !members.has(id)).map(([id]) => id),
      ),
    };
  });
}
