/**
 * The bestuur's view of outflow: for one cohort, per school and all schools together, the advice
 * against the doorstroomtoets, the heroverwegingen, and the share at or above the advice at outflow and
 * in VO years 1–3. Counts only, each cell under ten pupils without its counts, read for every school in
 * the same two queries.
 */
import type { z } from 'zod';
import { MIN_CELL_SIZE } from '../../../domain/suppression';
import type { CohortPupil } from '../../../domain/uitstroom-cohort';
import { schoolsWith } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { cohortPupilsOfSchools, figuresOf } from '../schooladvies/cohort-figures';
import type { CohortFigures } from '../schooladvies/schooladvies.schema';
import { findSchools } from '../schools/schools.queries';
import type { BestuurUitstroomQuery, BestuurUitstroomResponse } from './bestuur-uitstroom.schema';

type Measure = 'adviezen' | 'toets' | 'heroverweging' | 'uitstroom';
const MEASURES: Measure[] = ['adviezen', 'toets', 'heroverweging', 'uitstroom'];

/** Pupils of suppressed school cells: between 1 and 9 of them, the total minus the shown cells names them. */
function givesAway(cells: readonly { n: number; suppressed: boolean }[]): boolean {
  const hidden = cells.reduce((sum, c) => sum + (c.suppressed ? c.n : 0), 0);
  return hidden > 0 && hidden < MIN_CELL_SIZE;
}

/**
 * The total with every measure withheld whose suppressed school cells hold fewer than ten pupils
 * together: `withheld` is the same total with everything withheld, from which such a measure is taken.
 */
function guardTotal(total: CohortFigures, withheld: CohortFigures, schools: readonly CohortFigures[]) {
  const guarded: CohortFigures = { ...total };
  for (const m of MEASURES) {
    if (givesAway(schools.map((s) => s[m]))) Object.assign(guarded, { [m]: withheld[m] });
  }
  guarded.vo = total.vo.map((v) => {
    const cells = schools.flatMap((s) => s.vo.filter((x) => x.leerjaar === v.leerjaar));
    return givesAway(cells) ? (withheld.vo.find((x) => x.leerjaar === v.leerjaar) ?? v) : v;
  });
  return guarded;
}

export async function getBestuurUitstroom(
  db: Db,
  actor: Actor,
  query: z.infer<typeof BestuurUitstroomQuery>,
): Promise<BestuurUitstroomResponse> {
  const ids = schoolsWith(actor, 'bestuur.read');
  const [schools, pupils] = await Promise.all([findSchools(db, ids), cohortPupilsOfSchools(db, ids)]);
  const cohorts = [...new Set([...pupils.values()].flatMap((c) => [...c.keys()]))].sort().reverse();
  const cohort = query.cohort ?? cohorts[0] ?? null;
  const of = (schoolId: string): CohortPupil[] => (cohort ? pupils.get(schoolId)?.get(cohort) : []) ?? [];
  const rows = schools.map((s) => ({
    id: s.id,
    name: s.name,
    figures: figuresOf(cohort ?? '', of(s.id), MIN_CELL_SIZE),
  }));
  const all = schools.flatMap((s) => of(s.id));
  const total = guardTotal(
    figuresOf(cohort ?? '', all, MIN_CELL_SIZE),
    figuresOf(cohort ?? '', all, Number.POSITIVE_INFINITY),
    rows.map((r) => r.figures),
  );
  return { cohort, cohorts, minCellSize: MIN_CELL_SIZE, schools: rows, total };
}
