/**
 * The outflow figures per school and cohort (the schooljaar of groep 8), counts only, as the
 * schooladvies page shows them and as the schooloverzicht, the trends and the bestuur grid can take
 * them: advice against doorstroomtoets, heroverwegingen, outflow and VO year 1–3 against the advice,
 * each with its n. A cell of fewer than `minCellSize` pupils keeps its n and loses its counts.
 */
import { wilsonInterval } from '../../../domain/statistics';
import { isSmallCell } from '../../../domain/suppression';
import {
  cohortSummary,
  type CohortPupil,
  type PositionCounts,
  type VoLeerjaar,
} from '../../../domain/uitstroom-cohort';
import type { Db } from '../../db/database';
import type { CohortFigures } from './schooladvies.schema';
import { findAdviezenOfSchools, findVoPositionsOfSchools } from './schooladvies.queries';

function positionFigures(counts: PositionCounts, minCellSize: number) {
  const small = minCellSize > 1 && isSmallCell(counts.n, minCellSize);
  const interval = wilsonInterval(counts.op + counts.boven, counts.n);
  return {
    n: counts.n,
    boven: small ? null : counts.boven,
    op: small ? null : counts.op,
    onder: small ? null : counts.onder,
    opOfBoven:
      small || !interval || counts.n === 0
        ? null
        : { share: (counts.op + counts.boven) / counts.n, low: interval.low, high: interval.high },
    suppressed: small,
  };
}

/** The summary of one cohort as its figures, withheld below minCellSize (1: nothing withheld). */
export function figuresOf(
  cohort: string,
  pupils: readonly CohortPupil[],
  minCellSize: number,
): CohortFigures {
  const s = cohortSummary(pupils);
  const small = (n: number) => minCellSize > 1 && isSmallCell(n, minCellSize);
  const hide = <T>(n: number, value: T) => (small(n) ? null : value);
  return {
    cohort,
    pupils: s.pupils,
    adviezen: {
      n: s.adviezen.n,
      counts: small(s.adviezen.n) ? [] : s.adviezen.counts,
      suppressed: small(s.adviezen.n),
    },
    toets: {
      n: s.toets.n,
      hoger: hide(s.toets.n, s.toets.hoger),
      gelijk: hide(s.toets.n, s.toets.gelijk),
      lager: hide(s.toets.n, s.toets.lager),
      suppressed: small(s.toets.n),
    },
    heroverweging: {
      n: s.heroverweging.n,
      bijgesteld: hide(s.heroverweging.n, s.heroverweging.bijgesteld),
      gehandhaafd: hide(s.heroverweging.n, s.heroverweging.gehandhaafd),
      open: hide(s.heroverweging.n, s.heroverweging.open),
      suppressed: small(s.heroverweging.n),
    },
    uitstroom: positionFigures(s.uitstroom, minCellSize),
    vo: s.vo.map((v) => ({ leerjaar: v.leerjaar, ...positionFigures(v, minCellSize) })),
  };
}

/** Per school and cohort (the schooljaar of groep 8) its pupils' advice records and VO positions. */
export async function cohortPupilsOfSchools(
  db: Db,
  schoolIds: readonly string[],
): Promise<Map<string, Map<string, CohortPupil[]>>> {
  const [adviezen, positions] = await Promise.all([
    findAdviezenOfSchools(db, schoolIds),
    findVoPositionsOfSchools(db, schoolIds),
  ]);
  const byPupil = new Map<string, Partial<Record<VoLeerjaar, (typeof positions)[number]['niveau']>>>();
  for (const p of positions) {
    if (p.leerjaar < 1 || p.leerjaar > 3) continue;
    const known = byPupil.get(`${p.leerling_id}|${p.cohort}`) ?? {};
    known[p.leerjaar as VoLeerjaar] = p.niveau;
    byPupil.set(`${p.leerling_id}|${p.cohort}`, known);
  }
  const bySchoolCohort = new Map<string, Map<string, CohortPupil[]>>(
    schoolIds.map((id) => [id, new Map<string, CohortPupil[]>()]),
  );
  for (const a of adviezen) {
    const cohorts = bySchoolCohort.get(a.school_id);
    if (!cohorts) continue;
    const pupils = cohorts.get(a.schooljaar) ?? [];
    pupils.push({
      definitief: a.definitief_advies,
      toetsAdvies: a.toets_advies,
      heroverweging: a.heroverweging,
      heroverwogen: a.heroverwogen_advies,
      uitstroom: a.uitstroom_niveau,
      positions: byPupil.get(`${a.leerling_id}|${a.schooljaar}`) ?? {},
    });
    cohorts.set(a.schooljaar, pupils);
  }
  return bySchoolCohort;
}

/**
 * Per school, its cohorts (oldest first) as figures. For the bestuur grid and trends: call with the
 * schools the actor may see aggregated and MIN_CELL_SIZE; the route layer's small-cell guard is the
 * second line.
 */
export async function cohortFiguresOfSchools(
  db: Db,
  schoolIds: readonly string[],
  minCellSize: number,
): Promise<Map<string, CohortFigures[]>> {
  const pupils = await cohortPupilsOfSchools(db, schoolIds);
  return new Map(
    [...pupils].map(([schoolId, cohorts]) => [
      schoolId,
      [...cohorts.keys()].sort().map((cohort) => figuresOf(cohort, cohorts.get(cohort) ?? [], minCellSize)),
    ]),
  );
}
