/**
 * Social-emotional scores written straight into `seo_score` for a test, as an import would leave
 * them: the fields a test is about, everything else empty. One row per statement keeps it readable on
 * both engines; tests insert tens of rows, not thousands.
 */
import type { Insertable } from 'kysely';
import type { Db } from '../server/db/database';
import { newId } from '../server/db/ids';
import type { SeoScoreTable } from '../server/db/schema';

export type SeoScoreSeed = Pick<
  Insertable<SeoScoreTable>,
  'leerling_id' | 'school_id' | 'instrument' | 'lijst' | 'schaal' | 'schooljaar' | 'afnamedatum'
> &
  Partial<Pick<Insertable<SeoScoreTable>, 'band' | 'percentiel' | 'ruwe_score' | 'signaal' | 'versie'>>;

export async function insertSeoScores(db: Db, seeds: readonly SeoScoreSeed[]): Promise<void> {
  const now = new Date().toISOString();
  for (const seed of seeds)
    await db
      .insertInto('seo_score')
      .values({
        versie: null,
        ruwe_score: null,
        percentiel: null,
        band: null,
        signaal: null,
        import_id: null,
        ...seed,
        id: newId(),
        created_at: now,
        updated_at: now,
      })
      .execute();
}
