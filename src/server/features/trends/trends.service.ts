/**
 * Trend analyses for the school: one jaargroep at one moment over the years, a cohort of the same
 * children through the years, and a dwarsdoorsnede of all jaargroepen at one moment. Every point
 * carries its 90 % interval; a change of toets version breaks the line.
 */
import type { z } from 'zod';
import { meanInterval } from '../../../domain/ambitions-mean';
import { cohortMembership, type Placement } from '../../../domain/cohort';
import type { MomentKind } from '../../../domain/moments';
import { schooljaarOf, shiftSchooljaar } from '../../../domain/schooljaar';
import { suppressTrendPoint } from '../../../domain/suppression';
import { cohortTrend, dwarsdoorsnedeTrend, sameMomentTrend, type TrendPoint } from '../../../domain/trends';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { defaultTarget, figureOf } from '../schooloverzicht/figures';
import { dominant, isReferentieRow, overviewRows, type OverviewRow } from '../schooloverzicht/overview-data';
import { minCellFor } from '../statistics/statistics.service';
import { requireVak } from '../vakken/vakken';
import { findStamgroepPlacements } from './trends.queries';
import type { TrendsQuery, TrendsResponse } from './trends.schema';

type Query = z.infer<typeof TrendsQuery>;
type Measure = TrendsResponse['measure'];
type Trend = ReturnType<typeof sameMomentTrend>;

function pointOf(
  rows: OverviewRow[],
  at: { schooljaar: string; moment: MomentKind; jaargroep: number },
  measure: Measure,
) {
  const versionKey = dominant(rows.map((r) => r.toetsName)) ?? '';
  // One version per point: a transition year with two versions is drawn on the most common one.
  const same = rows.filter((r) => r.toetsName === versionKey);
  let value: number | null = null;
  let interval: { low: number; high: number } | null = null;
  if (measure === 'mean') {
    const m = meanInterval(same.map((r) => r.score).filter((s): s is number => s !== null));
    if (m) {
      value = m.mean;
      interval = { low: m.low, high: m.high };
    }
  } else {
    const target = defaultTarget(same);
    const figure = target ? figureOf(target, same, null, 1) : null;
    value = figure?.value ?? null;
    interval = figure?.interval ?? null;
  }
  return { ...at, versionKey, n: same.length, value, interval };
}

async function placementsOf(db: Db, schoolId: string): Promise<Placement[]> {
  const rows = await findStamgroepPlacements(db, schoolId);
  return rows.flatMap((r) => {
    const jaargroep = Number(r.jaargroep);
    return Number.isInteger(jaargroep)
      ? [
          {
            leerlingId: r.leerling_id,
            schooljaar: r.schooljaar,
            jaargroep,
            startDate: r.start_date,
            endDate: r.end_date,
          },
        ]
      : [];
  });
}

/** A point per schooljaar and jaargroep: the rows of every cell of the vak at the moment. */
function cellPointsOf(rows: OverviewRow[], moment: MomentKind, measure: Measure) {
  const cells = new Map<string, OverviewRow[]>();
  for (const r of rows) {
    const key = `${r.schooljaar}|${r.jaargroep}`;
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  return [...cells.entries()].map(([key, cellRows]) => {
    const [schooljaar = '', jaargroep = '0'] = key.split('|');
    return pointOf(cellRows, { schooljaar, moment, jaargroep: Number(jaargroep) }, measure);
  });
}

/** The same children: the members of the cohort each year, wherever they sit (repeaters included). */
async function cohortOf(
  db: Db,
  schoolId: string,
  rows: OverviewRow[],
  query: Query,
  years: { first: string; through: string },
): Promise<{ trend: Trend; cohort: NonNullable<TrendsResponse['cohort']> }> {
  const measure = query.measure ?? 'share';
  const start = { schooljaar: query.schooljaar ?? years.first, jaargroep: query.jaargroep ?? 3 };
  const membership = cohortMembership(await placementsOf(db, schoolId), start, { through: years.through });
  const points: TrendPoint[] = membership.flatMap((y) => {
    const members = new Set(y.members);
    const mine = rows.filter((r) => r.schooljaar === y.schooljaar && members.has(r.leerlingId));
    const at = { schooljaar: y.schooljaar, moment: query.moment, jaargroep: y.expectedJaargroep };
    return mine.length === 0 ? [] : [pointOf(mine, at, measure)];
  });
  return {
    trend: cohortTrend(points, start),
    cohort: membership.map((y) => ({
      schooljaar: y.schooljaar,
      expectedJaargroep: y.expectedJaargroep,
      members: y.members.length,
      left: y.left.length,
      repeaters: y.repeaters.length,
      instroom: y.instroom.length,
    })),
  };
}

export async function getTrends(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: Query,
  now: Date,
): Promise<TrendsResponse> {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const vak = requireVak(query.vak);
  if (query.kind !== 'dwarsdoorsnede' && query.jaargroep === undefined)
    throw invalidInput('Kies een jaargroep.', [{ field: 'jaargroep', message: 'kies een jaargroep' }]);
  const measure = query.measure ?? 'share';
  const minCell = minCellFor(actor, schoolId);
  const rows = (await overviewRows(db, schoolId)).filter(
    (r) => r.vak === vak && r.kind === query.moment && !isReferentieRow(r),
  );
  const through = schooljaarOf(now);
  const first = shiftSchooljaar(through, -((query.years ?? 5) - 1));
  let trend: Trend;
  let cohort: TrendsResponse['cohort'] = null;
  if (query.kind === 'jaargroep') {
    const inRange = (p: { schooljaar: string }) => p.schooljaar >= first && p.schooljaar <= through;
    const points = cellPointsOf(rows, query.moment, measure).filter(inRange);
    trend = sameMomentTrend(points, query.jaargroep ?? 0, query.moment);
  } else if (query.kind === 'dwarsdoorsnede') {
    const schooljaar = query.schooljaar ?? latest(rows.map((r) => r.schooljaar));
    trend = dwarsdoorsnedeTrend(cellPointsOf(rows, query.moment, measure), schooljaar, query.moment);
  } else {
    ({ trend, cohort } = await cohortOf(db, schoolId, rows, query, { first, through }));
  }
  return {
    kind: query.kind,
    vak,
    moment: query.moment,
    measure,
    segments: trend.segments.map((s) => ({
      versionKey: s.versionKey,
      points: s.points.map((p) => suppressTrendPoint(p, minCell)),
    })),
    breaks: trend.breaks.map((b) => ({
      fromVersion: b.fromVersion,
      toVersion: b.toVersion,
      schooljaar: b.schooljaar,
      jaargroep: b.jaargroep,
    })),
    cohort,
    minCellSize: minCell,
  };
}

function latest(years: string[]): string {
  return [...new Set(years)].sort().at(-1) ?? '';
}
