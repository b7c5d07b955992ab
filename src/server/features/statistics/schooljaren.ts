/**
 * The schooljaren in which pupils of some schools have results at some moments, without reading the
 * results: the candidate years come from the first and last year of each toets, and each candidate is
 * probed in the index. A bestuur's year list then costs the same at 5,000 results as at 5 million.
 */
import { schooljaarStartYear, shiftSchooljaar } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import { findResultYearBoundsPerToets, findSchooljaarProbes } from './statistics.queries';

/**
 * A school keeps no results this old; the bound only stops one mistyped year ("1025-1026") from turning
 * the probes into tens of thousands.
 */
const MAX_YEARS = 40;

/** Every schooljaar from the earliest to the latest result of any toets, at most MAX_YEARS back. */
async function candidateSchooljaren(db: Db): Promise<string[]> {
  const bounds = await findResultYearBoundsPerToets(db);
  const years = bounds.flatMap((b) => [b.first, b.last]).filter((y): y is string => typeof y === 'string');
  if (years.length === 0) return [];
  const first = years.reduce((a, b) => (a < b ? a : b));
  const last = years.reduce((a, b) => (a > b ? a : b));
  const span = Math.min(schooljaarStartYear(last) - schooljaarStartYear(first), MAX_YEARS - 1);
  return Array.from({ length: span + 1 }, (_, i) => shiftSchooljaar(last, i - span));
}

export async function schooljarenWithResults(
  db: Db,
  schoolIds: string[],
  moments: string[],
): Promise<string[]> {
  if (schoolIds.length === 0 || moments.length === 0) return [];
  const probes = await findSchooljaarProbes(db, schoolIds, moments, await candidateSchooljaren(db));
  return [...new Set(probes.filter((p) => p.hit !== null).map((p) => p.schooljaar))];
}
