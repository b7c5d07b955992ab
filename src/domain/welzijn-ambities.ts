/**
 * Ambitions on social safety and satisfaction: "at least 90 % of the pupils feel safe" (the share in a
 * favourable band on the monitoring's safety or well-being scale) and "at least 80 % of the parents
 * positive about a theme" (a satisfaction survey's share positive). The verdict reads like a learning
 * ambition's (ambitions-verdict.ts): direction and whether the 90 % Wilson interval leaves room for
 * chance. A figure about fewer than ten pupils or respondents gets no verdict, only its N: the
 * schooloverzicht and the bestuur show school aggregates, and a handful of answers points at people.
 */
import { verdictOf, type Verdict } from './ambitions-verdict';
import { wilsonInterval, type WilsonInterval } from './statistics';
import { isSmallCell, MIN_CELL_SIZE } from './suppression';
import { RESPONDENT_GROUPS, type RespondentGroup } from './tevredenheid';
import { MONITORING_DOMAINS, type MonitoringDomain } from './veiligheid-monitoring';

export type WelzijnMeasure =
  | { source: 'seo'; domain: MonitoringDomain }
  | { source: 'tevredenheid'; groep: RespondentGroup; themaKey: string };

/** The stored key of a measure: "seo:veiligheid", "tevredenheid:ouders:communicatie". */
export function measureKey(m: WelzijnMeasure): string {
  return m.source === 'seo' ? `seo:${m.domain}` : `tevredenheid:${m.groep}:${m.themaKey}`;
}

/** The measure of a stored key; null for a key no version of the app wrote. */
export function parseMeasureKey(key: string): WelzijnMeasure | null {
  const [source, first, ...rest] = key.split(':');
  if (
    source === 'seo' &&
    rest.length === 0 &&
    (MONITORING_DOMAINS as readonly string[]).includes(first ?? '')
  )
    return { source, domain: first as MonitoringDomain };
  const themaKey = rest.join(':');
  if (source === 'tevredenheid' && (RESPONDENT_GROUPS as readonly string[]).includes(first ?? '') && themaKey)
    return { source, groep: first as RespondentGroup, themaKey };
  return null;
}

/** A verdict, or too few pupils or respondents to give one. */
export type WelzijnVerdict = Verdict | 'te-weinig';

export interface WelzijnOutcome {
  /** Pupils with a band, or respondents; null when there is no measurement this schooljaar. */
  n: number | null;
  /** Share favourable or positive, in [0, 1]; null when there is none or it is withheld. */
  share: number | null;
  interval: WilsonInterval | null;
  verdict: WelzijnVerdict;
}

/**
 * The verdict of `favourable` of `n` against at least `minShare` (in [0, 1]). No measurement gives
 * geen-gegevens; fewer than minCellSize gives te-weinig with only its N.
 */
export function welzijnOutcome(
  favourable: number | null,
  n: number | null,
  minShare: number,
  minCellSize = MIN_CELL_SIZE,
): WelzijnOutcome {
  if (favourable === null || n === null || n === 0)
    return { n, share: null, interval: null, verdict: 'geen-gegevens' };
  if (isSmallCell(n, minCellSize)) return { n, share: null, interval: null, verdict: 'te-weinig' };
  const share = favourable / n;
  const interval = wilsonInterval(favourable, n, 0.9);
  return { n, share, interval, verdict: verdictOf(share, interval, minShare, 'atLeast') };
}

/**
 * The number of respondents positive in a survey that reports a percentage (0–100) of n: rounded to
 * the whole respondent, so that the Wilson interval is that of a count.
 */
export function positiveCount(positiefPercent: number, n: number): number {
  return Math.min(n, Math.max(0, Math.round((positiefPercent / 100) * n)));
}
