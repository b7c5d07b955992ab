/**
 * The meetpunten of a set of pupils (a group): which there are, which one an analysis is at, and at
 * which the group as a whole was tested.
 */
import { compareMeetpunten, meetpuntKey, parseMeetpuntKey } from '../../../domain/moments';
import type { EnrichedResult } from './enrich';

/** Distinct meetpunt keys in time order. */
export function sortMeetpunten(keys: Iterable<string>): string[] {
  return [...new Set(keys)]
    .flatMap((k) => {
      const m = parseMeetpuntKey(k);
      return m ? [m] : [];
    })
    .sort(compareMeetpunten)
    .map(meetpuntKey);
}

export interface MeetpuntRequest {
  meetpunt?: string | undefined;
  /** No meetpunt for the set: each pupil at their own latest result (the pupil page). */
  perPupilLatest?: boolean | undefined;
  /** Pick the latest meetpunt tested on or before this date (a period's end) instead of the latest. */
  until?: string | undefined;
  /**
   * Each vak at its own latest meetpunt with results (up to `until`), instead of one meetpunt for all:
   * after an import of only rekenen M5, the other vakken still show their E4 results.
   */
  perVakLatest?: boolean | undefined;
}

/** The meetpunten of these results in time order, and the date each was first tested. */
function meetpuntDates(results: readonly EnrichedResult[]) {
  const firstDate = new Map<string, string>();
  for (const r of results) {
    const seen = firstDate.get(r.meetpunt);
    if (!seen || r.date < seen) firstDate.set(r.meetpunt, r.date);
  }
  return { meetpunten: sortMeetpunten(results.map((r) => r.meetpunt)), firstDate };
}

/** The latest of the meetpunten first tested on or before `until` (all of them without a date). */
function latestUntil(results: readonly EnrichedResult[], until: string | undefined): string | null {
  const { meetpunten, firstDate } = meetpuntDates(results);
  return (until ? meetpunten.filter((m) => (firstDate.get(m) ?? '') <= until) : meetpunten).at(-1) ?? null;
}

/**
 * Per vak, the meetpunt the vak is looked at: the set's meetpunt, or with perVakLatest the vak's own
 * latest (up to `until`). Null on the pupil page, where each pupil is at their own latest result.
 */
export function meetpuntPerVak(
  results: readonly EnrichedResult[],
  vakken: readonly string[],
  meetpunt: string | null,
  requested: MeetpuntRequest,
): Map<string, string | null> {
  return new Map(
    vakken.map((vak) => [
      vak,
      requested.perVakLatest && !requested.meetpunt
        ? latestUntil(
            results.filter((r) => r.vak === vak),
            requested.until,
          )
        : meetpunt,
    ]),
  );
}

/** The set's meetpunten in time order, and the one asked for (else the latest, or latest until a date). */
export function chooseMeetpunt(
  results: readonly EnrichedResult[],
  requested: MeetpuntRequest,
): { meetpunten: string[]; meetpunt: string | null } {
  const meetpunten = sortMeetpunten(results.map((r) => r.meetpunt));
  const latest = latestUntil(results, requested.until);
  const meetpunt = requested.perPupilLatest ? null : (requested.meetpunt ?? latest);
  return { meetpunten, meetpunt };
}

/**
 * Per vak, the last two meetpunten up to `frameEnd` at which the group was tested: at least half of the
 * pupils have a result there. `meetpuntenOf(pupilId, vak)`: the meetpunten of that pupil's results.
 */
export function groupTestedMoments(
  pupilIds: readonly string[],
  vakken: readonly string[],
  meetpuntenOf: (pupilId: string, vak: string) => readonly string[],
  frameEnd: string | null,
): Map<string, string[]> {
  const end = parseMeetpuntKey(frameEnd ?? '');
  const tested = new Map<string, string[]>();
  for (const vak of vakken) {
    const counts = new Map<string, number>();
    for (const id of pupilIds) {
      for (const m of new Set(meetpuntenOf(id, vak))) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    const moments = sortMeetpunten([...counts].filter(([, n]) => n * 2 >= pupilIds.length).map(([m]) => m));
    const inFrame = moments.filter((m) => {
      const at = parseMeetpuntKey(m);
      return end === null || (at !== null && compareMeetpunten(at, end) <= 0);
    });
    tested.set(vak, inFrame.slice(-2));
  }
  return tested;
}
