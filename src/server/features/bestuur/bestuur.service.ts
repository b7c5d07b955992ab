import { schooljaarOf, shiftSchooljaar } from '../../../domain/schooljaar';
import { bestuurIdsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { BestuurOverviewResponse } from './bestuur.schema';
import { countPerSchool, findBesturen } from './bestuur.queries';

export async function bestuurOverview(db: Db, actor: Actor, now: Date): Promise<BestuurOverviewResponse> {
  const ids = bestuurIdsWhere(actor, 'bestuur');
  const schooljaar = schooljaarOf(now);
  if (ids.length === 0) return { schooljaar, besturen: [] };
  const [besturen, counts] = await Promise.all([
    findBesturen(db, ids),
    countPerSchool(db, ids, schooljaar, shiftSchooljaar(schooljaar, -1)),
  ]);
  return {
    schooljaar,
    besturen: besturen.map((b) => ({
      id: b.id,
      name: b.name,
      schools: counts
        .filter((s) => s.bestuur_id === b.id)
        .map((s) => ({
          id: s.id,
          name: s.name,
          brin: s.brin,
          vestiging: s.vestiging,
          groups: s.groups ?? 0,
          pupils: s.pupils ?? 0,
          resultsThisYear: s.results_this_year ?? 0,
          resultsLastYear: s.results_last_year ?? 0,
        })),
    })),
  };
}
