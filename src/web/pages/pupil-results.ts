/** A pupil's results as the pupil page lists them. */
import { vakRank } from '../../shared/vakken';
import type { PupilDetail } from '../api/types';

type Result = PupilDetail['results'][number];

/** The results per vak, the known vakken first in their usual order, then others A–Z. */
export function byVak<R extends Pick<Result, 'toets'>>(results: R[]): [string, R[]][] {
  const groups = new Map<string, R[]>();
  for (const r of results) groups.set(r.toets.vak, [...(groups.get(r.toets.vak) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => vakRank(a) - vakRank(b) || a.localeCompare(b));
}

/** "2025-2026" → "25/26", as schools write a schooljaar in a table. */
export const shortYear = (schooljaar: string) => `${schooljaar.slice(2, 4)}/${schooljaar.slice(7, 9)}`;
