import type { Db } from './db/database';

/**
 * A counter in the database that every write of results or norms raises. Caches of figures computed
 * across many pupils (growth among comparable starters) compare it, so every app instance notices a
 * change made by another one, with a single cheap read.
 */
const KEY = 'results_version';

export async function resultsVersion(db: Db): Promise<string> {
  const row = await db.selectFrom('app_meta').select('value').where('key', '=', KEY).executeTakeFirst();
  return row?.value ?? '0';
}

/** Call inside the transaction that writes the results or norms. */
export async function bumpResultsVersion(db: Db, now: Date): Promise<void> {
  // A timestamp plus a random part: unique across instances without a read-modify-write race.
  const value = `${now.toISOString()}-${Math.random().toString(36).slice(2, 10)}`;
  await db
    .insertInto('app_meta')
    .values({ key: KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
