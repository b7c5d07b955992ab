/**
 * The yearly monitoring of social safety (Wet veiligheid op school): from the pupils' own lists of an
 * instrument the Inspectie accepts, per scale the share of pupils in a favourable band, per groep 5–8
 * and for the school, with a 90 % Wilson interval; no figure about fewer than ten pupils, because the
 * overview is printed for the Inspectie and a share of a handful of children points at them. The
 * monitoring is complete when every groep 5–8 the school has was measured on safety and on well-being.
 */
import { isSmallCell, MIN_CELL_SIZE } from './suppression';
import { wilsonInterval, type WilsonInterval } from './statistics';

/** The jaargroepen whose pupils fill in the lists (the instruments' pupils' lists start in groep 5). */
export const MONITORING_JAARGROEPEN = ['5', '6', '7', '8'] as const;
export type MonitoringJaargroep = (typeof MONITORING_JAARGROEPEN)[number];

/** The two domains the Inspectie asks a school to monitor. */
export const MONITORING_DOMAINS = ['veiligheid', 'welbevinden'] as const;
export type MonitoringDomain = (typeof MONITORING_DOMAINS)[number];

export interface MonitoringScore {
  leerlingId: string;
  /** The pupil's jaargroep when the list was taken; null when the pupil was in no group then. */
  jaargroep: string | null;
  instrument: string;
  schaal: string;
  domain: MonitoringDomain;
  afnamedatum: string;
  /** Whether the score lies in a favourable band; null when the score has no band. */
  favourable: boolean | null;
}

export interface MonitoringCell {
  /** Pupils with a band on this scale. */
  n: number;
  /** Pupils with a score on this scale but no band: not counted in n. */
  missing: number;
  favourable: number | null;
  share: number | null;
  interval: WilsonInterval | null;
  suppressed: boolean;
}

export interface MonitoringScale {
  instrument: string;
  schaal: string;
  domain: MonitoringDomain;
  firstTaken: string;
  lastTaken: string;
  school: MonitoringCell;
  groepen: ({ jaargroep: MonitoringJaargroep } & MonitoringCell)[];
}

export interface MonitoringGroep {
  jaargroep: MonitoringJaargroep;
  /** Pupils placed in this jaargroep during the schooljaar. */
  pupils: number;
  /** Pupils measured on any scale of each domain. */
  measured: Record<MonitoringDomain, number>;
}

export interface MonitoringOverview {
  complete: boolean;
  groepen: MonitoringGroep[];
  scales: MonitoringScale[];
}

/** A cell's figures, or only its sizes when it is about fewer than minCellSize pupils. */
export function monitoringCell(
  favourable: number,
  n: number,
  missing: number,
  minCellSize = MIN_CELL_SIZE,
): MonitoringCell {
  if (isSmallCell(n, minCellSize) || n === 0)
    return { n, missing, favourable: null, share: null, interval: null, suppressed: true };
  return {
    n,
    missing,
    favourable,
    share: favourable / n,
    interval: wilsonInterval(favourable, n, 0.9),
    suppressed: false,
  };
}

/** A cell shown as its sizes only. */
const withheld = (cell: MonitoringCell): MonitoringCell => ({
  ...cell,
  favourable: null,
  share: null,
  interval: null,
  suppressed: true,
});

/**
 * Secondary suppression: when the withheld groepen hold fewer than minCellSize pupils together, the
 * school's total minus the shown groepen would give their count back, so the smallest shown groepen
 * are withheld too until the hidden ones hold enough pupils. The school total stays: it is the figure
 * the Inspectie and the bestuur read. A groep withheld so keeps its n, which tells the reader why.
 */
export function protectTotal<C extends MonitoringCell>(
  cells: readonly C[],
  minCellSize = MIN_CELL_SIZE,
): C[] {
  const out = [...cells];
  const hidden = () => out.reduce((sum, c) => sum + (c.suppressed ? c.n : 0), 0);
  while (hidden() > 0 && hidden() < minCellSize) {
    const smallest = out
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => !c.suppressed)
      .sort((a, b) => a.c.n - b.c.n || a.i - b.i)[0];
    if (!smallest) break;
    out[smallest.i] = { ...smallest.c, ...withheld(smallest.c) };
  }
  return out;
}

function cellOf(scores: readonly MonitoringScore[], minCellSize: number): MonitoringCell {
  const banded = scores.filter((s) => s.favourable !== null);
  const favourable = banded.filter((s) => s.favourable === true).length;
  return monitoringCell(favourable, banded.length, scores.length - banded.length, minCellSize);
}

/** Per pupil and scale the latest list of the year: SCOL is taken twice, a pupil counts once. */
function latestPerPupil(scores: readonly MonitoringScore[]): MonitoringScore[] {
  const latest = new Map<string, MonitoringScore>();
  for (const s of scores) {
    const key = JSON.stringify([s.instrument, s.schaal, s.leerlingId]);
    const seen = latest.get(key);
    if (!seen || s.afnamedatum > seen.afnamedatum) latest.set(key, s);
  }
  return [...latest.values()];
}

/**
 * The monitoring of one school and schooljaar. `pupils` holds how many pupils each jaargroep had this
 * year; a jaargroep without pupils need not be measured. Scales are ordered by domain, then instrument.
 */
export function monitoringOverview(
  allScores: readonly MonitoringScore[],
  pupils: Readonly<Partial<Record<string, number>>>,
  minCellSize = MIN_CELL_SIZE,
): MonitoringOverview {
  const scores = latestPerPupil(allScores);
  const keyOf = (s: MonitoringScore) =>
    JSON.stringify([MONITORING_DOMAINS.indexOf(s.domain), s.instrument, s.schaal]);
  const byScale = new Map<string, MonitoringScore[]>();
  for (const s of scores) byScale.set(keyOf(s), [...(byScale.get(keyOf(s)) ?? []), s]);
  const scales = [...byScale.keys()].sort().map((key): MonitoringScale => {
    const rows = byScale.get(key) ?? [];
    const [first] = rows;
    if (!first) throw new Error('a scale holds at least one score');
    // When the lists were taken: every one of them, also a pupil's earlier list that no longer counts.
    const dates = allScores
      .filter((r) => keyOf(r) === key)
      .map((r) => r.afnamedatum)
      .sort();
    return {
      instrument: first.instrument,
      schaal: first.schaal,
      domain: first.domain,
      firstTaken: dates[0] ?? first.afnamedatum,
      lastTaken: dates.at(-1) ?? first.afnamedatum,
      school: cellOf(rows, minCellSize),
      groepen: protectTotal(
        MONITORING_JAARGROEPEN.filter((j) => rows.some((r) => r.jaargroep === j)).map((j) => ({
          jaargroep: j,
          ...cellOf(
            rows.filter((r) => r.jaargroep === j),
            minCellSize,
          ),
        })),
        minCellSize,
      ),
    };
  });
  const groepen = MONITORING_JAARGROEPEN.filter(
    (j) => (pupils[j] ?? 0) > 0 || scores.some((s) => s.jaargroep === j),
  ).map((j): MonitoringGroep => {
    const measuredOn = (domain: MonitoringDomain) =>
      new Set(scores.filter((s) => s.jaargroep === j && s.domain === domain).map((s) => s.leerlingId)).size;
    return {
      jaargroep: j,
      pupils: pupils[j] ?? 0,
      measured: { veiligheid: measuredOn('veiligheid'), welbevinden: measuredOn('welbevinden') },
    };
  });
  const complete =
    groepen.length > 0 && groepen.every((g) => g.measured.veiligheid > 0 && g.measured.welbevinden > 0);
  return { complete, groepen, scales };
}

/**
 * The scale that speaks for a domain in one line (the bestuur's grid, the trend over the years): the
 * one with the most pupils, as a school may use two instruments in a year; on a tie the first in the
 * overview's order (by instrument, then scale), so the choice does not depend on the order of rows.
 */
export function headlineScale<S extends Pick<MonitoringScale, 'domain' | 'school'>>(
  scales: readonly S[],
  domain: MonitoringDomain,
): S | null {
  let best: S | null = null;
  for (const s of scales) if (s.domain === domain && (!best || s.school.n > best.school.n)) best = s;
  return best;
}

/**
 * The jaargroep of a pupil on a day: the placement that holds the day, else the latest one before it,
 * else the first of the year (a list taken before an import's start date still belongs to the pupil).
 */
export function jaargroepOn(
  placements: readonly { jaargroep: string; startDate: string; endDate: string | null }[],
  day: string,
): string | null {
  const started = placements
    .filter((p) => p.startDate <= day)
    .sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
  const holding = started.find((p) => p.endDate === null || p.endDate >= day);
  const first = [...placements].sort((a, b) => (a.startDate < b.startDate ? -1 : 1))[0];
  return (holding ?? started[0] ?? first)?.jaargroep ?? null;
}
