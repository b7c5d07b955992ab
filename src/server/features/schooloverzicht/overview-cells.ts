/**
 * The parts of the schooloverzicht made from its rows: the grid of jaargroep × vak with each cell's
 * figures and sparkline, and groep 8's referentieniveaus over three years beside the signaleringswaarden.
 */
import { verdictOf, type AmbitionTarget } from '../../../domain/ambitions';
import type { MomentKind } from '../../../domain/moments';
import { pooledReferentie } from '../../../domain/referentie';
import { shiftSchooljaar } from '../../../domain/schooljaar';
import { isSmallCell } from '../../../domain/suppression';
import { segmentByVersion } from '../../../domain/trends';
import { VAKKEN } from '../../../shared/vakken';
import type { AmbitionResponse } from '../ambitions/ambitions.schema';
import { defaultTarget, figureOf } from './figures';
import { dominant, isReferentieRow, type OverviewRow } from './overview-data';
import type { Cell, SchooloverzichtResponse } from './schooloverzicht.schema';

const SPARK_YEARS = 5;
/** The usual headline first: the share at III or higher, then the bottom, the mean, growth, referentie. */
const KIND_ORDER = [
  'atOrAbove',
  'atMostLowest',
  'meanAtLeastNorm',
  'growthAsExpected',
  'refAtLeast1F',
  'refAtLeast2F',
];

function sparkline(
  target: AmbitionTarget,
  rowsOf: (schooljaar: string) => OverviewRow[],
  schooljaar: string,
  minCell: number,
): Cell['sparkline'] {
  const points = [];
  for (let back = SPARK_YEARS - 1; back >= 0; back--) {
    const year = shiftSchooljaar(schooljaar, -back);
    const rows = rowsOf(year);
    if (rows.length === 0) continue;
    const figure = figureOf(target, rows, null, 1);
    const small = isSmallCell(rows.length, minCell);
    points.push({
      schooljaar: year,
      n: rows.length,
      value: small ? null : (figure?.value ?? null),
      interval: small ? null : (figure?.interval ?? null),
      versionKey: dominant(rows.map((r) => r.toetsName)) ?? '',
      suppressed: small,
    });
  }
  const { breaks } = segmentByVersion(points.map((p) => ({ ...p, moment: 'M' as const, jaargroep: 0 })));
  return {
    points,
    breaks: breaks.map((b) => ({
      schooljaar: b.schooljaar,
      fromVersion: b.fromVersion,
      toVersion: b.toVersion,
    })),
  };
}

/** The cell's ambitions in headline order; without one, the usual share at III (or C) or higher. */
function targetsOf(
  active: readonly AmbitionResponse[],
  at: { vak: string; jaargroep: number; moment: MomentKind },
  cellRows: readonly OverviewRow[],
): { id: string | null; target: AmbitionTarget }[] {
  const targets: { id: string | null; target: AmbitionTarget }[] = active
    .filter(
      (a) =>
        a.vak === at.vak &&
        a.jaargroep === at.jaargroep &&
        a.moment === at.moment &&
        a.target.kind !== 'woorden',
    )
    .sort((a, b) => KIND_ORDER.indexOf(a.target.kind) - KIND_ORDER.indexOf(b.target.kind))
    .map((a) => ({ id: a.id, target: a.target as AmbitionTarget }));
  const fallback = defaultTarget(cellRows);
  if (targets.length === 0 && fallback) targets.push({ id: null, target: fallback });
  return targets;
}

/** The grid at one schooljaar and moment: the jaargroepen and vakken with results, and a cell for each. */
export function gridOf(
  rows: readonly OverviewRow[],
  at: { schooljaar: string; moment: MomentKind },
  active: readonly AmbitionResponse[],
  minCell: number,
): Pick<SchooloverzichtResponse, 'jaargroepen' | 'vakken' | 'cells'> {
  const cellIndex = new Map<string, OverviewRow[]>();
  const lvsRows = rows.filter((r) => !isReferentieRow(r));
  for (const r of lvsRows) {
    const key = `${r.schooljaar}|${r.kind}|${r.jaargroep}|${r.vak}`;
    cellIndex.set(key, [...(cellIndex.get(key) ?? []), r]);
  }
  const rowsAt = (year: string, jaargroep: number, vak: string) =>
    cellIndex.get(`${year}|${at.moment}|${jaargroep}|${vak}`) ?? [];
  const current = lvsRows.filter((r) => r.schooljaar === at.schooljaar && r.kind === at.moment);
  const jaargroepen = [...new Set(current.map((r) => r.jaargroep))].sort((a, b) => a - b);
  const vakken = VAKKEN.filter((v) => current.some((r) => r.vak === v));
  const cells: Cell[] = [];
  for (const jaargroep of jaargroepen) {
    for (const vak of vakken) {
      const cellRows = rowsAt(at.schooljaar, jaargroep, vak);
      if (cellRows.length === 0) continue;
      const targets = targetsOf(active, { vak, jaargroep, moment: at.moment }, cellRows);
      const first = targets[0]?.target;
      cells.push({
        jaargroep,
        vak,
        n: cellRows.length,
        toets: dominant(cellRows.map((r) => r.toetsName)),
        figures: targets.flatMap((t) => figureOf(t.target, cellRows, t.id, minCell) ?? []),
        sparkline: first
          ? sparkline(first, (year) => rowsAt(year, jaargroep, vak), at.schooljaar, minCell)
          : { points: [], breaks: [] },
      });
    }
  }
  return { jaargroepen, vakken, cells };
}

type Indicator = '1F' | '2F/1S';

/** One vak's share at an indicator over the pooled years, against the signaleringswaarde and the ambition. */
function referentieRow(
  rows: readonly OverviewRow[],
  vak: string,
  indicator: Indicator,
  context: {
    schooljaar: string;
    active: readonly AmbitionResponse[];
    signaleringswaarde: number | null;
    minCell: number;
  },
): SchooloverzichtResponse['referentie'] {
  const bar = indicator === '1F' ? ['1F', '2F/1S'] : ['2F/1S'];
  const years = [...new Set(rows.map((r) => r.schooljaar))].map((year) => {
    const ref = rows.filter(
      (r) => r.schooljaar === year && r.jaargroep === 8 && r.vak === vak && r.system === 'REF' && r.level,
    );
    return { schooljaar: year, n: ref.length, count: ref.filter((r) => bar.includes(r.level ?? '')).length };
  });
  if (!years.some((y) => y.n > 0)) return [];
  // Only years in which this vak was sat count as pooled years.
  const pooled = pooledReferentie(
    years.filter((y) => y.n > 0),
    context.schooljaar,
  );
  const kind = indicator === '1F' ? 'refAtLeast1F' : 'refAtLeast2F';
  const ambition = context.active.find((a) => a.vak === vak && a.jaargroep === 8 && a.target.kind === kind);
  const small = isSmallCell(pooled.n, context.minCell);
  const target = ambition && 'minShare' in ambition.target ? ambition.target.minShare : null;
  const against = (value: number | null) =>
    small || value === null ? null : verdictOf(pooled.share, pooled.interval, value, 'atLeast');
  return [
    {
      vak,
      indicator,
      schooljaren: pooled.schooljaren,
      n: pooled.n,
      share: small ? null : pooled.share,
      interval: small ? null : pooled.interval,
      signaleringswaarde: context.signaleringswaarde,
      signaleringVerdict: against(context.signaleringswaarde),
      ambition: target,
      ambitionVerdict: against(target),
      suppressed: small,
    },
  ];
}

/** Groep 8 referentieniveaus, over three years together, beside the signaleringswaarden. */
export function referentieOf(
  rows: readonly OverviewRow[],
  schooljaar: string,
  active: readonly AmbitionResponse[],
  signaleringswaarden: { ref1F: number; ref2F: number | null },
  minCell: number,
): SchooloverzichtResponse['referentie'] {
  return VAKKEN.flatMap((vak) =>
    (['1F', '2F/1S'] as const).flatMap((indicator) =>
      referentieRow(rows, vak, indicator, {
        schooljaar,
        active,
        signaleringswaarde: indicator === '1F' ? signaleringswaarden.ref1F : signaleringswaarden.ref2F,
        minCell,
      }),
    ),
  );
}
