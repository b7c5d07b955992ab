import type { Db } from './db/database';
import { findMetaValue, upsertMetaValue } from './results-version.queries';

/**
 * A counter in the database that every write of results or norms raises. Caches of figures computed
 * across many pupils (growth among comparable starters) compare it, so every app instance notices a
 * change made by another one, with a single cheap read.
 */
const KEY = 'results_version';

export async function resultsVersion(db: Db): Promise<string> {
  return (await findMetaValue(db, KEY))?.value ?? '0';
}

/** Call inside the transaction that writes the results or norms. */
export async function bumpResultsVersion(db: Db, now: Date): Promise<void> {
  // A timestamp plus a random part: unique across instances without a read-modify-write race.
  await upsertMetaValue(db, KEY, `${now.toISOString()}-${Math.random().toString(36).slice(2, 10)}`);
}
