/**
 * Statistics per jaargroep and vak at a meetpunt for the school, and simple trends over years. Shares
 * come with a 90 % Wilson interval. The bestuur sees no share of a cell with fewer than ten pupils, so
 * that no child can be singled out.
 */
import type { z } from 'zod';
import { compareMeetpunten, meetpuntKey, meetpuntOf, parseMeetpuntKey } from '../../../domain/moments';
import { groupStatistics, type GroupStatistics } from '../../../domain/statistics';
import { isVak } from '../../../shared/vakken';
import { requireAtSchool, wholeSchoolsOf } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { loadSchoolResults, type SchoolResult } from './school-results';
import type { SchoolStatisticsQuery, TrendQuery } from './statistics.schema';
import { findSchoolMeetpuntPairs, type ResultSelection } from './statistics.queries';

export const BESTUUR_MIN_CELL = 10;
const AT_OR_ABOVE = { 'I-V': 'III', 'A-E': 'C', REF: '1F' } as const;

/**
 * Small cells are suppressed for a user who sees the school only as part of a bestuur; whoever sees the
 * whole school (IB, schoolleider) sees every pupil anyway.
 */
export function minCellFor(actor: Actor, schoolId: string): number {
  return wholeSchoolsOf(actor).includes(schoolId) ? 1 : BESTUUR_MIN_CELL;
}

/** The distinct (schooljaar, moment) pairs of the school's results, each with its meetpunt. */
export async function schoolMeetpunten(db: Db, schoolId: string) {
  const pairs = await findSchoolMeetpuntPairs(db, schoolId);
  return pairs.map((p) => ({ ...p, meetpunt: meetpuntKey(meetpuntOf({ ...p, afnamedatum: null })) }));
}

async function schoolResults(db: Db, schoolId: string, only?: ResultSelection) {
  return (await loadSchoolResults(db, schoolId, only)).rows;
}

type Cell = GroupStatistics & { jaargroep: number; suppressed: boolean };

function cellsOf(rows: readonly SchoolResult[], minCell: number): Cell[] {
  const byVak = new Map<string, SchoolResult[]>();
  for (const r of rows) {
    // Doorstroomtoets results (referentieniveaus) are shown in the schooloverzicht's own block; in a
    // cell they would split the vak into a second row of a different level system.
    if (r.e.levelSystem === 'REF') continue;
    byVak.set(r.vak, [...(byVak.get(r.vak) ?? []), r]);
  }
  return [...byVak.values()].flatMap((vakRows) => {
    const system = vakRows.find((r) => r.e.levelSystem && r.e.levelSystem !== 'AVI')?.e.levelSystem ?? null;
    const level = system && system !== 'AVI' ? AT_OR_ABOVE[system] : null;
    const stats = groupStatistics(
      vakRows.flatMap((r) =>
        isVak(r.vak)
          ? [
              {
                groupKey: String(r.jaargroep),
                moment: r.e.meetpunt,
                vak: r.vak,
                scaleKey: r.e.scaleKey,
                score: r.e.score,
                system: r.e.levelSystem,
                level: r.e.level,
                instructie: r.instructie,
              },
            ]
          : [],
      ),
      { atOrAbove: system && level ? { system, level } : null },
    );
    return stats.map((s) => suppress({ ...s, jaargroep: Number(s.groupKey), suppressed: false }, minCell));
  });
}

/**
 * A small cell keeps only its size: the bestuur may know that a jaargroep had 7 pupils tested, but no
 * figure that could point at one of them (not even "0 at or above III").
 */
function suppress(cell: Cell, minCell: number): Cell {
  if (cell.n >= minCell) return cell;
  return {
    ...cell,
    suppressed: true,
    meanScore: null,
    levelShares: [],
    instructieShares: { n: cell.instructieShares.n, groups: [] },
    atOrAbove: null,
  };
}

export async function getSchoolStatistics(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof SchoolStatisticsQuery>,
) {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const pairs = await schoolMeetpunten(db, schoolId);
  const meetpunten = [...new Set(pairs.map((p) => p.meetpunt))]
    .flatMap((k) => {
      const m = parseMeetpuntKey(k);
      return m ? [m] : [];
    })
    .sort(compareMeetpunten)
    .map(meetpuntKey);
  if (query.meetpunt && !meetpunten.includes(query.meetpunt)) {
    throw invalidInput(`Er zijn geen resultaten op meetpunt ${query.meetpunt}.`, [
      { field: 'meetpunt', message: 'geen resultaten' },
    ]);
  }
  const meetpunt = query.meetpunt ?? meetpunten.at(-1) ?? null;
  const minCellSize = minCellFor(actor, schoolId);
  const at = pairs.filter((p) => p.meetpunt === meetpunt);
  const rows = await schoolResults(db, schoolId, {
    schooljaren: [...new Set(at.map((p) => p.schooljaar))],
    moments: [...new Set(at.map((p) => p.moment))],
  });
  const cells = cellsOf(
    rows.filter((r) => r.e.meetpunt === meetpunt),
    minCellSize,
  ).sort((a, b) => a.jaargroep - b.jaargroep || a.vak.localeCompare(b.vak));
  return { meetpunten, meetpunt, minCellSize, cells };
}

export async function getTrend(db: Db, actor: Actor, schoolId: string, query: z.infer<typeof TrendQuery>) {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const minCellSize = minCellFor(actor, schoolId);
  const rows = (await schoolResults(db, schoolId)).filter((r) => r.vak === query.vak);
  const cells = cellsOf(
    rows.filter((r) => parseMeetpuntKey(r.e.meetpunt)?.kind === query.kind),
    minCellSize,
  );
  const point = (c: Cell) => ({
    schooljaar: c.moment.slice(0, 9),
    jaargroep: c.jaargroep,
    n: c.n,
    meanScore: c.meanScore,
    share: c.atOrAbove?.share ?? null,
    interval: c.atOrAbove?.interval ?? null,
    scaleKey: c.scaleKey,
  });
  const sameMoment = cells
    .filter((c) => c.jaargroep === query.jaargroep)
    .map(point)
    .sort((a, b) => a.schooljaar.localeCompare(b.schooljaar));
  const first = sameMoment[0]?.schooljaar;
  const startYear = first ? Number(first.slice(0, 4)) : null;
  // The cohort at the level of jaargroep × schooljaar cells: the group that was in this jaargroep in
  // the first year, one jaargroep higher each following year.
  const cohort =
    startYear === null
      ? []
      : cells
          .filter((c) => c.jaargroep - query.jaargroep === Number(c.moment.slice(0, 4)) - startYear)
          .map(point)
          .sort((a, b) => a.schooljaar.localeCompare(b.schooljaar));
  return { sameMoment, cohort, minCellSize };
}
