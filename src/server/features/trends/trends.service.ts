/**
 * Trend analyses for the school: one jaargroep at one moment over the years, a cohort of the same
 * children through the years, and a dwarsdoorsnede of all jaargroepen at one moment. Every point
 * carries its 90 % interval; a change of toets version breaks the line.
 */
import { meanInterval } from '../../../domain/ambitions-mean';
import { cohortMembership, type Placement } from '../../../domain/cohort';
import type { MomentKind } from '../../../domain/moments';
import { schooljaarOf, shiftSchooljaar } from '../../../domain/schooljaar';
import { suppressTrendPoint } from '../../../domain/suppression';
import { cohortTrend, dwarsdoorsnedeTrend, sameMomentTrend, type TrendPoint } from '../../../domain/trends';
import { isVak } from '../../../shared/vakken';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { assertReadable } from '../ambitions/ambitions.service';
import { defaultTarget, figureOf } from '../schooloverzicht/figures';
import { dominant, isReferentieRow, overviewRows, type OverviewRow } from '../schooloverzicht/overview-data';
import { minCellFor } from '../statistics/statistics.service';
import type { TrendsResponse } from './trends.schema';

type Measure = 'share' | 'mean';

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
  const rows = await db
    .selectFrom('plaatsing as p')
    .innerJoin('groep as g', 'g.id', 'p.groep_id')
    .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
    .select(['p.leerling_id', 'sj.name as schooljaar', 'p.jaargroep', 'p.start_date', 'p.end_date'])
    .where('g.school_id', '=', schoolId)
    .where('g.kind', '=', 'stamgroep')
    .execute();
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

export async function getTrends(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: {
    kind: 'jaargroep' | 'cohort' | 'dwarsdoorsnede';
    vak: string;
    moment: MomentKind;
    jaargroep?: number | undefined;
    schooljaar?: string | undefined;
    measure?: Measure | undefined;
    years?: number | undefined;
  },
  now: Date,
): Promise<TrendsResponse> {
  assertReadable(actor, schoolId);
  if (!isVak(query.vak))
    throw invalidInput('Dit vak kent Leerwinst niet.', [{ field: 'vak', message: 'onbekend vak' }]);
  if (query.kind !== 'dwarsdoorsnede' && query.jaargroep === undefined)
    throw invalidInput('Kies een jaargroep.', [{ field: 'jaargroep', message: 'kies een jaargroep' }]);
  const measure = query.measure ?? 'share';
  const minCell = minCellFor(actor, schoolId);
  const rows = (await overviewRows(db, schoolId)).filter(
    (r) => r.vak === query.vak && r.kind === query.moment && !isReferentieRow(r),
  );
  const through = schooljaarOf(now);
  const first = shiftSchooljaar(through, -((query.years ?? 5) - 1));
  const inRange = (y: string) => y >= first && y <= through;

  const cells = new Map<string, OverviewRow[]>();
  for (const r of rows) {
    const key = `${r.schooljaar}|${r.jaargroep}`;
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  const cellPoints = [...cells.entries()].map(([key, cellRows]) => {
    const [schooljaar = '', jaargroep = '0'] = key.split('|');
    return pointOf(cellRows, { schooljaar, moment: query.moment, jaargroep: Number(jaargroep) }, measure);
  });

  let trend;
  let cohort: TrendsResponse['cohort'] = null;
  if (query.kind === 'jaargroep') {
    trend = sameMomentTrend(
      cellPoints.filter((p) => inRange(p.schooljaar)),
      query.jaargroep ?? 0,
      query.moment,
    );
  } else if (query.kind === 'dwarsdoorsnede') {
    const schooljaar = query.schooljaar ?? dominantLatest(rows.map((r) => r.schooljaar));
    trend = dwarsdoorsnedeTrend(cellPoints, schooljaar, query.moment);
  } else {
    // The same children: the members of the cohort each year, wherever they sit (repeaters included).
    const start = { schooljaar: query.schooljaar ?? first, jaargroep: query.jaargroep ?? 3 };
    const years = cohortMembership(await placementsOf(db, schoolId), start, { through });
    const points: TrendPoint[] = years.flatMap((y) => {
      const members = new Set(y.members);
      const mine = rows.filter((r) => r.schooljaar === y.schooljaar && members.has(r.leerlingId));
      return mine.length === 0
        ? []
        : [
            pointOf(
              mine,
              { schooljaar: y.schooljaar, moment: query.moment, jaargroep: y.expectedJaargroep },
              measure,
            ),
          ];
    });
    trend = cohortTrend(points, start);
    cohort = years.map((y) => ({
      schooljaar: y.schooljaar,
      expectedJaargroep: y.expectedJaargroep,
      members: y.members.length,
      left: y.left.length,
      repeaters: y.repeaters.length,
      instroom: y.instroom.length,
    }));
  }
  return {
    kind: query.kind,
    vak: query.vak,
    moment: query.moment,
    measure,
    label: measure === 'mean' ? 'gemiddelde vaardigheidsscore' : 'aandeel op III (of C) of hoger',
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

function dominantLatest(years: string[]): string {
  return [...new Set(years)].sort().at(-1) ?? '';
}
