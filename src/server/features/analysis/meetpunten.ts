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
}

/** The set's meetpunten in time order, and the one asked for (else the latest, or latest until a date). */
export function chooseMeetpunt(
  results: readonly EnrichedResult[],
  requested: MeetpuntRequest,
): { meetpunten: string[]; meetpunt: string | null } {
  const meetpunten = sortMeetpunten(results.map((r) => r.meetpunt));
  const firstDate = new Map<string, string>();
  for (const r of results) {
    const seen = firstDate.get(r.meetpunt);
    if (!seen || r.date < seen) firstDate.set(r.meetpunt, r.date);
  }
  const until = requested.until;
  const latest = until
    ? meetpunten.filter((m) => (firstDate.get(m) ?? '') <= until).at(-1)
    : meetpunten.at(-1);
  const meetpunt = requested.perPupilLatest ? null : (requested.meetpunt ?? latest ?? null);
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
