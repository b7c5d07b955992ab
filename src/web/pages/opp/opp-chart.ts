/**
 * What the OPP chart draws, worked out without React: the real line in DLE over DL (broken where the
 * toets version changes, since scores of two versions are not one scale), the expected line from the
 * baseline, the line of the average pupil (one month of DLE per month of education) and the axes.
 * DLE is the measure the OPP holds against its expectation; the server computes every figure, this
 * only arranges them.
 */
import { MAX_DL, nominalDl } from '../../../domain/dl';
import { LINE_MOMENTS } from '../../../domain/opp';
import type { OppVakView } from '../../api/opp';
import type { VakAnalysis } from '../../api/types';
import { shortYear } from '../pupil-results';

export interface RealPoint {
  dl: number;
  dle: number;
  /** The meetpunt, e.g. "2025-2026 E" or "E4 25/26", for the tooltip and the table. */
  label: string;
  /** Results on one scale (toets version) share this key; a new key starts a new segment. */
  scale: string;
}

export interface ChartPoint {
  dl: number;
  dle: number;
  label: string;
}

export interface OppChartInput {
  baseline: { dl: number; dle: number; label: string } | null;
  expected: readonly { moment: string; dl: number; dle: number }[];
  real: readonly RealPoint[];
}

export interface OppChartData {
  segments: ChartPoint[][];
  /** Where a new toets version starts: the DL of its first point. */
  breaks: number[];
  expected: ChartPoint[];
  average: ChartPoint[];
  xDomain: [number, number];
  yDomain: [number, number];
  /** Round DLE ticks: every 5 months on a short axis, every 10 on a long one. */
  yTicks: number[];
  /** DL ticks, labelled with the moment whose nominal DL they are (M3 … E8). */
  ticks: { dl: number; label: string }[];
}

/** Points in order of DL; a change of scale between two neighbours starts a new segment. */
export function segmentsOf(points: readonly RealPoint[]): { segments: ChartPoint[][]; breaks: number[] } {
  const sorted = [...points].sort((a, b) => a.dl - b.dl);
  const segments: ChartPoint[][] = [];
  const breaks: number[] = [];
  let scale: string | null = null;
  for (const p of sorted) {
    const point = { dl: p.dl, dle: p.dle, label: p.label };
    const last = segments.at(-1);
    if (last && p.scale === scale) last.push(point);
    else {
      if (last) breaks.push(p.dl);
      segments.push([point]);
    }
    scale = p.scale;
  }
  return { segments, breaks };
}

const STEP = 5;
const floorStep = (n: number, step: number) => Math.floor(n / step) * step;
const ceilStep = (n: number, step: number) => Math.ceil(n / step) * step;
const floorTo = (n: number) => floorStep(n, STEP);
const ceilTo = (n: number) => ceilStep(n, STEP);

export function oppChartData(input: OppChartInput): OppChartData {
  const { segments, breaks } = segmentsOf(input.real);
  const expected: ChartPoint[] =
    input.baseline && input.expected.length > 0
      ? [
          { dl: input.baseline.dl, dle: input.baseline.dle, label: input.baseline.label },
          ...input.expected.map((p) => ({ dl: p.dl, dle: p.dle, label: p.moment })),
        ]
      : [];
  const all = [...segments.flat(), ...expected];
  if (input.baseline) all.push({ ...input.baseline });
  const dls = all.map((p) => p.dl);
  const dles = all.map((p) => p.dle);
  const xLow = dls.length > 0 ? floorTo(Math.min(...dls)) : 0;
  const xHigh = expected.length > 0 ? MAX_DL : Math.min(MAX_DL, ceilTo(Math.max(xLow, ...dls) + 1));
  const average = [
    { dl: xLow, dle: xLow, label: '' },
    { dl: xHigh, dle: xHigh, label: '' },
  ];
  const yStep = Math.max(xHigh, ...dles) - Math.min(...dles, xLow) > 30 ? 2 * STEP : STEP;
  const yLow = dles.length > 0 ? Math.max(0, floorStep(Math.min(...dles, xLow) - 1, yStep)) : 0;
  const yHigh = ceilStep(Math.max(xHigh, ...dles) + 1, yStep);
  const yTicks: number[] = [];
  for (let y = yLow; y <= yHigh; y += yStep) yTicks.push(y);
  const ticks = LINE_MOMENTS.flatMap((moment) => {
    const dl = nominalDl(moment);
    return dl !== null && dl >= xLow && dl <= xHigh ? [{ dl, label: moment }] : [];
  });
  return {
    segments,
    breaks,
    expected,
    average,
    xDomain: [xLow, xHigh],
    yDomain: [yLow, yHigh],
    yTicks,
    ticks,
  };
}

/**
 * The moment an average pupil is at with this DLE (DLE 24 → E4: past the end of groep 4, not yet at
 * the middle of groep 5), so parents read "rekent ongeveer op het niveau van eind groep 4". Null below
 * the middle of groep 3.
 */
export function momentOfDle(dle: number): string | null {
  let found: string | null = null;
  for (const moment of LINE_MOMENTS) {
    const dl = nominalDl(moment);
    if (dl !== null && dl <= dle) found = moment;
  }
  return found;
}

type ViewResult = OppVakView['results'][number];
type HistoryResult = VakAnalysis['history'][number];

const labelOf = (r: { moment: string; schooljaar: string }) => `${r.moment} ${shortYear(r.schooljaar)}`;

/** The real line from the pupil's whole history of a vak (also before the OPP), AVI left out. */
export function realPointsOfHistory(history: readonly HistoryResult[]): RealPoint[] {
  return history.flatMap((r) =>
    r.levelSystem !== 'AVI' && r.dl !== null && r.dle !== null
      ? [{ dl: r.dl, dle: r.dle, label: labelOf(r), scale: r.scaleKey }]
      : [],
  );
}

/**
 * The real line from the OPP's own figures when the history is not at hand: the baseline, then the
 * results since, a new segment at each version break the server reports.
 */
export function realPointsOfView(view: OppVakView): RealPoint[] {
  if (!view.baseline) return [];
  const points: RealPoint[] = [
    { dl: view.baseline.dl, dle: view.baseline.dle, label: labelOf(view.baseline), scale: '0' },
  ];
  let segment = 0;
  for (const r of view.results as readonly ViewResult[]) {
    if (view.versionBreaks.some((b) => b.meetpunt === r.meetpunt)) segment += 1;
    if (r.dl !== null && r.dle !== null)
      points.push({ dl: r.dl, dle: r.dle, label: labelOf(r), scale: String(segment) });
  }
  return points;
}

/** Everything the chart of one vak needs, from the OPP's view and, when loaded, the pupil's history. */
export function chartOfVak(view: OppVakView, history: readonly HistoryResult[] | null): OppChartData {
  const baseline = view.baseline
    ? { dl: view.baseline.dl, dle: view.baseline.dle, label: labelOf(view.baseline) }
    : null;
  const real = history ? realPointsOfHistory(history) : realPointsOfView(view);
  return oppChartData({ baseline, expected: view.expectedLine, real });
}
