/**
 * Carry-over instead of retyping: what the teacher wrote about a pupil in the previous period
 * (factors, onderwijsbehoeften) appears in the next period's groepsoverzicht, marked as coming from
 * there, until the teacher confirms it (one click saves it as this period's row) or edits it.
 * Observations are not per period: one made before this period started is marked the same way.
 */
import { shiftSchooljaar } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import type { Periode } from '../periods/periods';
import { findLastPeriodOf, findRowsOfPupilsInPeriod } from './groepsoverzicht.queries';
import type { SavedRow } from './groepsoverzicht.schema';

export interface CarriedRow {
  row: SavedRow;
  from: { periodeId: string; name: string; schooljaar: string };
}

/** The period before this one: the previous of the year, or the last one of last year. */
async function previousPeriod(db: Db, periods: readonly Periode[], index: number) {
  const inYear = index > 0 ? periods[index - 1] : undefined;
  if (inYear) return { id: inYear.id, name: inYear.name, schooljaar: inYear.schooljaar };
  const periode = periods[index];
  if (!periode) return null;
  return (await findLastPeriodOf(db, periode.school_id, shiftSchooljaar(periode.schooljaar, -1))) ?? null;
}

const hasText = (r: {
  stimulerend: string;
  belemmerend: string;
  behoefte_pedagogisch: string;
  behoefte_didactisch: string;
}) =>
  [r.stimulerend, r.belemmerend, r.behoefte_pedagogisch, r.behoefte_didactisch].some((t) => t.trim() !== '');

/**
 * Per pupil without a row of their own in this period, the texts of their latest row in the previous
 * period (version 0: saving it makes it this period's row).
 */
export async function carriedRows(
  db: Db,
  pupilIds: readonly string[],
  periods: readonly Periode[],
  index: number,
): Promise<Map<string, CarriedRow>> {
  const carried = new Map<string, CarriedRow>();
  if (pupilIds.length === 0) return carried;
  const previous = await previousPeriod(db, periods, index);
  if (!previous) return carried;
  for (const r of await findRowsOfPupilsInPeriod(db, pupilIds, previous.id)) {
    if (carried.has(r.leerling_id) || !hasText(r)) continue;
    carried.set(r.leerling_id, {
      row: {
        stimulerend: r.stimulerend,
        belemmerend: r.belemmerend,
        behoeftePedagogisch: r.behoefte_pedagogisch,
        behoefteDidactisch: r.behoefte_didactisch,
        version: 0,
        updatedBy: r.author,
        updatedAt: r.updated_at,
      },
      from: { periodeId: previous.id, name: previous.name, schooljaar: previous.schooljaar },
    });
  }
  return carried;
}
