import { compareMeetpunten, meetpuntKey, parseMeetpuntKey } from '../../../domain/moments';

export interface PlacementRow {
  leerling_id: string;
  jaargroep: string;
  start_date: string;
  end_date: string | null;
  schooljaar: string;
}

/**
 * The placement a result was taken in: of that schooljaar, the one whose period holds the test date;
 * without a date (or when no period holds it, say a test on the day of a move) the latest one of the
 * year, because the newest group is where the school would look for the pupil.
 */
export function placementAt<P extends PlacementRow>(
  placements: readonly P[],
  pupilId: string,
  schooljaar: string,
  date: string | null,
): P | null {
  const ofYear = placements
    .filter((p) => p.leerling_id === pupilId && p.schooljaar === schooljaar)
    .sort((a, b) => a.start_date.localeCompare(b.start_date));
  const holding = date
    ? ofYear.find((p) => p.start_date <= date && (p.end_date === null || date <= p.end_date))
    : undefined;
  return holding ?? ofYear.at(-1) ?? null;
}

/** Distinct meetpunt keys in time order ("2025-2026 E" before "2026-2027 B"). */
export function sortMeetpuntKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)]
    .flatMap((k) => {
      const m = parseMeetpuntKey(k);
      return m ? [m] : [];
    })
    .sort(compareMeetpunten)
    .map(meetpuntKey);
}
