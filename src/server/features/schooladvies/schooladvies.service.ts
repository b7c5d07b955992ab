/**
 * The groep-8 list of a schooljaar (every pupil with their advice, the doorstroomtoets, the
 * heroverweging, the outflow and what the VO reported back) and the school's cohort figures.
 */
import { MIN_CELL_SIZE } from '../../../domain/suppression';
import { cohortSummary } from '../../../domain/uitstroom-cohort';
import { positionAgainstAdvice } from '../../../domain/vo-advies';
import { fullName, sortByName } from '../../../shared/names';
import { abilitiesAt, requireAtSchool, wholeSchoolsOf } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { comparisonsOf, presentAdvies } from './advies-present';
import { cohortFiguresOfSchools } from './cohort-figures';
import { findAdviezen, findGroep8Pupils, findVoPositions } from './schooladvies.queries';

type Placement = Awaited<ReturnType<typeof findGroep8Pupils>>[number];

/** One row per pupil: the latest groep-8 placement of the year. */
function latestPlacements(placements: readonly Placement[]): Placement[] {
  const byPupil = new Map<string, Placement>();
  for (const p of placements) {
    const known = byPupil.get(p.id);
    if (!known || p.start_date > known.start_date) byPupil.set(p.id, p);
  }
  return sortByName([...byPupil.values()]);
}

export async function listSchooladvies(db: Db, actor: Actor, schoolId: string, schooljaar: string) {
  requireAtSchool(actor, schoolId, 'pupil.read');
  const placements = latestPlacements(await findGroep8Pupils(db, actor, schoolId, schooljaar));
  const ids = placements.map((p) => p.id);
  const [adviezen, positions] = await Promise.all([
    findAdviezen(db, schoolId, schooljaar, ids),
    findVoPositions(db, schoolId, ids),
  ]);
  const adviesOf = new Map(adviezen.map((a) => [a.leerling_id, a]));
  const pupils = placements.map((p) => {
    const advies = adviesOf.get(p.id);
    const comparisons = comparisonsOf(advies);
    const held = comparisons.eindadvies;
    const vo = positions
      .filter((v) => v.leerling_id === p.id && v.cohort === schooljaar)
      .sort((a, b) => a.leerjaar - b.leerjaar)
      .map((v) => ({
        leerjaar: v.leerjaar,
        niveau: v.niveau,
        voSchool: v.vo_school,
        vergelijking: held ? positionAgainstAdvice(held, v.niveau) : null,
      }));
    return {
      pupil: { id: p.id, name: fullName(p) },
      groupName: p.group_name,
      left: p.end_date !== null && p.end_date < p.year_end,
      advies: advies ? presentAdvies(advies) : null,
      ...comparisons,
      vo,
    };
  });
  const summary = cohortSummary(
    pupils.map((p) => ({
      definitief: p.advies?.definitiefAdvies ?? null,
      toetsAdvies: p.advies?.toetsAdvies ?? null,
      heroverweging: p.advies?.heroverweging ?? null,
      heroverwogen: p.advies?.heroverwogenAdvies ?? null,
      uitstroom: p.advies?.uitstroomNiveau ?? null,
      positions: Object.fromEntries(p.vo.map((v) => [v.leerjaar, v.niveau])),
    })),
  );
  return {
    schoolId,
    schooljaar,
    abilities: abilitiesAt(actor, schoolId),
    pupils,
    summary: {
      pupils: summary.pupils,
      toets: summary.toets,
      heroverweging: summary.heroverweging,
      uitstroom: summary.uitstroom,
    },
  };
}

/**
 * The school's cohorts as figures. IB and schoolleider see every count; the bestuur (and anyone who
 * does not see the school whole) sees no counts of a cell under ten pupils.
 */
export async function listCohorts(db: Db, actor: Actor, schoolId: string) {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const minCellSize = wholeSchoolsOf(actor).includes(schoolId) ? 1 : MIN_CELL_SIZE;
  const figures = await cohortFiguresOfSchools(db, [schoolId], minCellSize);
  return { schoolId, minCellSize, cohorts: figures.get(schoolId) ?? [] };
}
