/**
 * The bestuur's grid: per school and jaargroep, for one vak at one moment, the share at III (or C) or
 * higher against the school's own ambition, and all schools together. Aggregates only: a cell under
 * ten pupils shows its size and nothing else, and no pupil is ever named.
 */
import type { z } from 'zod';
import { verdictOf } from '../../../domain/ambitions';
import { levelRank, type Level } from '../../../domain/levels';
import { currentSchooljaar } from '../../../domain/schooljaar';
import { wilsonInterval } from '../../../domain/statistics';
import { isSmallCell, MIN_CELL_SIZE } from '../../../domain/suppression';
import { VAKKEN } from '../../../shared/vakken';
import { schoolsWith } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findAtOrAboveAmbitions } from '../ambitions/ambitions.queries';
import { findSchools } from '../schools/schools.queries';
import { loadResultsOfSchools, type SchoolsResult } from '../statistics/schools-results';
import { schooljarenWithResults } from '../statistics/schooljaren';
import { requireVak } from '../vakken/vakken';
import type { BestuurGridQuery, BestuurGridResponse } from './bestuur-grid.schema';

const JAARGROEPEN = [3, 4, 5, 6, 7, 8];
const BAR = { 'I-V': 'III', 'A-E': 'C' } as const;

interface Tally {
  count: number;
  n: number;
}

type GridCell = BestuurGridResponse['total'][number];

function cell(jaargroep: number, t: Tally, ambition: number | null): GridCell {
  const small = isSmallCell(t.n, MIN_CELL_SIZE);
  const value = t.n === 0 ? null : t.count / t.n;
  const interval = wilsonInterval(t.count, t.n, 0.9);
  return {
    jaargroep,
    n: t.n,
    value: small ? null : value,
    interval: small ? null : interval,
    ambition,
    verdict: small || ambition === null ? null : verdictOf(value, interval, ambition, 'atLeast'),
    suppressed: small,
  };
}

/**
 * One LVS result per pupil and meetpunt, the latest sitting, as the school's own schooloverzicht
 * counts it: a pupil who took two versions of the toets (a transition year, a retake) counts once.
 */
function latestPerPupil(rows: readonly SchoolsResult[], vak: string): SchoolsResult[] {
  const latest = new Map<string, SchoolsResult>();
  for (const r of rows) {
    if (r.vak !== vak || r.e.levelSystem === 'REF') continue;
    const key = `${r.e.leerlingId}|${r.e.meetpunt}`;
    const kept = latest.get(key);
    if (!kept || kept.e.date < r.e.date) latest.set(key, r);
  }
  return [...latest.values()];
}

/** Per jaargroep: pupils with a level, and how many of them at III (or C) or higher. */
function talliesOf(rows: readonly SchoolsResult[], vak: string): Map<number, Tally> {
  const tallies = new Map<number, Tally>(JAARGROEPEN.map((j) => [j, { count: 0, n: 0 }]));
  for (const r of latestPerPupil(rows, vak)) {
    const system = r.e.levelSystem;
    if (!r.e.level || (system !== 'I-V' && system !== 'A-E')) continue;
    const t = tallies.get(r.jaargroep);
    if (!t) continue;
    t.n += 1;
    if ((levelRank(system, r.e.level) ?? -1) >= (levelRank(system, BAR[system] as Level) ?? 0)) t.count += 1;
  }
  return tallies;
}

/** The school's own "at least a share at III or higher" ambition for the jaargroep, if it has one. */
function ambitionShare(
  ambitions: readonly { school_id: string; jaargroep: number | null; target: string }[],
  schoolId: string,
  jaargroep: number,
): number | null {
  const own = ambitions.find((a) => a.school_id === schoolId && a.jaargroep === jaargroep);
  const share = own ? (JSON.parse(own.target) as { minShare?: number }).minShare : undefined;
  return typeof share === 'number' ? share : null;
}

export async function getBestuurGrid(
  db: Db,
  actor: Actor,
  query: z.infer<typeof BestuurGridQuery>,
  now: Date,
): Promise<BestuurGridResponse> {
  const ids = schoolsWith(actor, 'bestuur.read');
  const vak = requireVak(query.vak ?? VAKKEN[0]);
  const moment = query.moment ?? 'E';
  const moments = JAARGROEPEN.map((j) => `${moment}${j}`);
  // The years with results at this moment: the current year may not have reached it yet.
  const schooljaren = (await schooljarenWithResults(db, ids, moments)).sort().reverse();
  const schooljaar = query.schooljaar ?? currentSchooljaar(schooljaren, now);
  // One vak at one moment for all the schools in one read, beside the schools and their ambitions;
  // each school's rows are then tallied apart.
  const [schools, ambitions, results] = await Promise.all([
    findSchools(db, ids),
    findAtOrAboveAmbitions(db, ids, { schooljaar, vak, moment }),
    loadResultsOfSchools(db, ids, { schooljaren: [schooljaar], moments, vakken: [vak] }),
  ]);
  const totals = new Map<number, Tally>(JAARGROEPEN.map((j) => [j, { count: 0, n: 0 }]));
  // Pupils per jaargroep in school cells shown without figures: the total minus the shown cells.
  const hidden = new Map<number, number>(JAARGROEPEN.map((j) => [j, 0]));
  const perSchool = new Map<string, SchoolsResult[]>(schools.map((school) => [school.id, []]));
  for (const r of results) perSchool.get(r.schoolId)?.push(r);
  const rows = schools.map((school) => {
    const tallies = talliesOf(perSchool.get(school.id) ?? [], vak);
    const cells = JAARGROEPEN.map((j) => {
      const t = tallies.get(j) ?? { count: 0, n: 0 };
      const total = totals.get(j);
      if (total) {
        total.count += t.count;
        total.n += t.n;
      }
      if (isSmallCell(t.n, MIN_CELL_SIZE)) hidden.set(j, (hidden.get(j) ?? 0) + t.n);
      return cell(j, t, ambitionShare(ambitions, school.id, j));
    });
    return { id: school.id, name: school.name, cells };
  });
  return {
    schooljaar,
    schooljaren,
    moment,
    vak,
    vakken: [...VAKKEN],
    jaargroepen: JAARGROEPEN,
    schools: rows,
    total: JAARGROEPEN.map((j) => {
      const total = cell(j, totals.get(j) ?? { count: 0, n: 0 }, null);
      // A total next to the shown cells gives the hidden ones away (total minus the rest) when they hold
      // fewer than ten pupils together: then the total keeps its size only, like a small cell.
      const rest = hidden.get(j) ?? 0;
      return rest > 0 && isSmallCell(rest, MIN_CELL_SIZE)
        ? { ...total, value: null, interval: null, verdict: null, suppressed: true }
        : total;
    }),
    minCellSize: MIN_CELL_SIZE,
  };
}
