/**
 * The bestuur's grid: per school and jaargroep, for one vak at one moment, the share at III (or C) or
 * higher against the school's own ambition, and all schools together. Aggregates only: a cell under
 * ten pupils shows its size and nothing else, and no pupil is ever named.
 */
import { verdictOf } from '../../../domain/ambitions';
import type { MomentKind } from '../../../domain/moments';
import { schooljaarOf } from '../../../domain/schooljaar';
import { isSmallCell, MIN_CELL_SIZE } from '../../../domain/suppression';
import { wilsonInterval } from '../../../domain/statistics';
import { levelRank, type Level } from '../../../domain/levels';
import { isVak, VAKKEN } from '../../../shared/vakken';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { loadSchoolResults } from '../statistics/statistics.service';
import type { BestuurGridResponse } from './bestuur-grid.schema';

const JAARGROEPEN = [3, 4, 5, 6, 7, 8];
const BAR = { 'I-V': 'III', 'A-E': 'C' } as const;

interface Tally {
  count: number;
  n: number;
}

function cell(jaargroep: number, t: Tally, ambition: number | null) {
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

type SchoolResult = Awaited<ReturnType<typeof loadSchoolResults>>['rows'][number];

/**
 * One LVS result per pupil and meetpunt, the latest sitting, as the school's own schooloverzicht
 * counts it: a pupil who took two versions of the toets (a transition year, a retake) counts once.
 */
function latestPerPupil(rows: readonly SchoolResult[], vak: string): SchoolResult[] {
  const latest = new Map<string, SchoolResult>();
  for (const r of rows) {
    if (r.vak !== vak || r.e.levelSystem === 'REF') continue;
    const key = `${r.e.leerlingId}|${r.e.meetpunt}`;
    const kept = latest.get(key);
    if (!kept || kept.e.date < r.e.date) latest.set(key, r);
  }
  return [...latest.values()];
}

export async function getBestuurGrid(
  db: Db,
  actor: Actor,
  query: { schooljaar?: string | undefined; moment?: MomentKind | undefined; vak?: string | undefined },
  now: Date,
): Promise<BestuurGridResponse> {
  const vak = query.vak ?? VAKKEN[0];
  if (!isVak(vak))
    throw invalidInput('Dit vak kent Leerwinst niet.', [{ field: 'vak', message: 'onbekend vak' }]);
  const moment = query.moment ?? 'E';
  const ids = schoolsWhere(actor, 'bestuur.read');
  const years =
    ids.length === 0
      ? []
      : await db
          .selectFrom('toetsresultaat as r')
          .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
          .select('r.schooljaar')
          .distinct()
          .where('l.school_id', 'in', ids)
          .where(
            'r.moment',
            'in',
            JAARGROEPEN.map((j) => `${moment}${j}`),
          )
          .execute();
  // The years with results at this moment: the current year may not have reached it yet.
  const schooljaren = years
    .map((y) => y.schooljaar)
    .sort()
    .reverse();
  const today = schooljaarOf(now);
  const schooljaar = query.schooljaar ?? schooljaren[0] ?? today;
  const schools =
    ids.length === 0
      ? []
      : await db.selectFrom('school').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute();
  const ambitions =
    ids.length === 0
      ? []
      : await db
          .selectFrom('ambitie')
          .select(['school_id', 'jaargroep', 'target'])
          .where('school_id', 'in', ids)
          .where('schooljaar', '=', schooljaar)
          .where('vak', '=', vak)
          .where('moment', '=', moment)
          .where('kind', '=', 'atOrAbove')
          .where('status', '=', 'actief')
          .execute();
  const totals = new Map<number, Tally>(JAARGROEPEN.map((j) => [j, { count: 0, n: 0 }]));
  // Pupils per jaargroep in school cells shown without figures: the total minus the shown cells.
  const hidden = new Map<number, number>(JAARGROEPEN.map((j) => [j, 0]));
  const rows = [];
  // One vak at one moment per school, read side by side: on PostgreSQL the schools' queries overlap.
  const perSchool = await Promise.all(
    schools.map((school) =>
      loadSchoolResults(db, school.id, {
        schooljaren: [schooljaar],
        moments: JAARGROEPEN.map((j) => `${moment}${j}`),
        vakken: [vak],
      }),
    ),
  );
  for (const [index, school] of schools.entries()) {
    const tallies = new Map<number, Tally>(JAARGROEPEN.map((j) => [j, { count: 0, n: 0 }]));
    for (const r of latestPerPupil(perSchool[index]?.rows ?? [], vak)) {
      const system = r.e.levelSystem;
      if (!r.e.level || (system !== 'I-V' && system !== 'A-E')) continue;
      const t = tallies.get(r.jaargroep);
      if (!t) continue;
      t.n += 1;
      if ((levelRank(system, r.e.level) ?? -1) >= (levelRank(system, BAR[system] as Level) ?? 0))
        t.count += 1;
    }
    const cells = JAARGROEPEN.map((j) => {
      const t = tallies.get(j) ?? { count: 0, n: 0 };
      const total = totals.get(j);
      if (total) {
        total.count += t.count;
        total.n += t.n;
      }
      if (isSmallCell(t.n, MIN_CELL_SIZE)) hidden.set(j, (hidden.get(j) ?? 0) + t.n);
      const own = ambitions.find((a) => a.school_id === school.id && a.jaargroep === j);
      const share = own ? (JSON.parse(own.target) as { minShare?: number }).minShare : undefined;
      return cell(j, t, typeof share === 'number' ? share : null);
    });
    rows.push({ id: school.id, name: school.name, cells });
  }
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
