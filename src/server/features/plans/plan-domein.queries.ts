/** What a plan about a domein rests on: the teacher's observations and the pupils' SEO scores. */
import type { Db } from '../../db/database';

/** These pupils' observations of these aspects made in [from, to], oldest first. */
export function findObservationsBetween(
  db: Db,
  pupilIds: readonly string[],
  aspects: readonly string[],
  from: string,
  to: string,
) {
  if (pupilIds.length === 0 || aspects.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('observatie')
    .select(['leerling_id', 'aspect', 'waardering', 'toelichting', 'observed_on'])
    .where('leerling_id', 'in', [...pupilIds])
    .where('aspect', 'in', aspects as ('werkhouding' | 'welbevinden' | 'sociaal_gedrag' | 'talent')[])
    .where('observed_on', '>=', from)
    .where('observed_on', '<=', to)
    .orderBy('observed_on')
    .orderBy('leerling_id')
    .execute();
}

/** These pupils' scores on the named instruments taken on or after `from`, oldest first. */
export function findSeoScoresFrom(
  db: Db,
  pupilIds: readonly string[],
  instruments: readonly string[],
  from: string,
) {
  if (pupilIds.length === 0 || instruments.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('seo_score')
    .select(['leerling_id', 'instrument', 'lijst', 'schaal', 'afnamedatum', 'percentiel', 'band'])
    .where('leerling_id', 'in', [...pupilIds])
    .where('instrument', 'in', [...instruments])
    .where('afnamedatum', '>=', from)
    .orderBy('afnamedatum')
    .execute();
}
