/**
 * The ontwikkelingsperspectief (OPP) as the Wet passend onderwijs frames it, and the practice of a
 * leerrendementsverwachting (LRV) per vak:
 * - the expected line: from the baseline (DL, DLE at a meetpunt) the pupil is expected to gain LRV % of
 *   a month of DLE per month of education, up to the end of groep 8 (DL 60);
 * - the real leerrendement since the baseline, to hold against the LRV;
 * - the terms: vaststelling within a number of weeks of the decision (6 by default, Wet passend
 *   onderwijs), and an evaluation with the verzorgers at least once a year;
 * - the states of an OPP and which step is allowed when.
 * AVI is ordinal: there the OPP names an expected AVI level per moment instead of a percentage.
 * Pure: no database, no clock (today comes in as an argument).
 */
import type { Vak } from '../shared/vakken';
import { nominalDl, MAX_DL } from './dl';
import { levelRank, type AviLevel } from './levels';
import type { DlePoint } from './norms';
import type { Signal } from './signalering';

export const UITSTROOMPROFIELEN = [
  'praktijkonderwijs',
  'vmbo-bb',
  'vmbo-kb',
  'vmbo-gl-tl',
  'havo',
  'vwo',
  'arbeid',
  'dagbesteding',
] as const;
export type Uitstroomprofiel = (typeof UITSTROOMPROFIELEN)[number];

export const OPP_STATUSES = ['concept', 'vastgesteld', 'geevalueerd', 'bijgesteld', 'beeindigd'] as const;
export type OppStatusValue = (typeof OPP_STATUSES)[number];

/** In force: vastgesteld and not ended, so its expectation counts (a concept's does not yet). */
export const ACTIVE_OPP_STATUSES: readonly OppStatusValue[] = ['vastgesteld', 'geevalueerd', 'bijgesteld'];

/** Where the pupil stood when the OPP set its expectation for a vak. */
export interface OppBaseline {
  dl: number;
  dle: number;
}

export interface LinePoint {
  moment: string;
  dl: number;
  dle: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The DLE expected at a later DL: the baseline plus LRV % of every month of education since. */
export function expectedDle(baseline: OppBaseline, lrv: number, dl: number): number | null {
  if (![baseline.dl, baseline.dle, lrv, dl].every(Number.isFinite) || lrv < 0) return null;
  if (dl < baseline.dl) return null;
  return round1(baseline.dle + (lrv / 100) * (Math.min(dl, MAX_DL) - baseline.dl));
}

/** The moments of groep 3–8 in order (M3, E3 … M8, E8). */
export const LINE_MOMENTS: readonly string[] = [3, 4, 5, 6, 7, 8].flatMap((g) => [`M${g}`, `E${g}`]);

/**
 * The expected line from the baseline to the end of groep 8: one point per coming moment (its nominal
 * DL), so a chart can draw it from the baseline beside the real results.
 */
export function expectedLine(baseline: OppBaseline, lrv: number): LinePoint[] {
  const points: LinePoint[] = [];
  for (const moment of LINE_MOMENTS) {
    const dl = nominalDl(moment);
    if (dl === null || dl <= baseline.dl) continue;
    const dle = expectedDle(baseline, lrv, dl);
    if (dle !== null) points.push({ moment, dl, dle });
  }
  return points;
}

/**
 * The lowest score that reaches this DLE in the conversion table: the score the pupil must reach at a
 * coming meetpunt to stay on the line. Null when the table does not reach that DLE or is unusable.
 */
export function scoreForDle(points: readonly DlePoint[] | null, dle: number): number | null {
  if (!points || !Number.isFinite(dle)) return null;
  const sorted = points
    .filter((p) => Number.isFinite(p.minScore) && Number.isFinite(p.dle))
    .sort((a, b) => a.minScore - b.minScore);
  return sorted.find((p) => p.dle >= dle)?.minScore ?? null;
}

/**
 * Leerrendement since the baseline: months of DLE gained per month of education since, as a rounded
 * percentage. Null when no education time has passed or a value is unknown.
 */
export function leerrendementSince(
  baseline: OppBaseline,
  current: { dl: number | null; dle: number | null },
): number | null {
  if (current.dl === null || current.dle === null) return null;
  const months = current.dl - baseline.dl;
  if (!Number.isFinite(months) || months <= 0 || !Number.isFinite(current.dle)) return null;
  return Math.round(((current.dle - baseline.dle) / months) * 100);
}

/** For AVI: is the pupil below the level the OPP expected at this moment? Null when nothing was expected. */
export function belowExpectedAvi(
  expected: readonly { moment: string; level: AviLevel }[],
  actual: { moment: string; level: AviLevel },
): { expected: AviLevel } | null {
  const wanted = expected.find((e) => e.moment.toUpperCase() === actual.moment.toUpperCase());
  if (!wanted) return null;
  const got = levelRank('AVI', actual.level);
  const want = levelRank('AVI', wanted.level);
  if (got === null || want === null) return null;
  return got < want ? { expected: wanted.level } : null;
}

/**
 * The signal "under the OPP's expectation" for AVI, where there is no percentage to compare: the same
 * rule as onder_lrv, with the levels as its figures.
 */
export function belowAviSignal(
  vak: Vak,
  actual: { moment: string; level: AviLevel },
  expected: AviLevel,
): Signal {
  return {
    rule: 'onder_lrv',
    vak,
    severity: 'high',
    params: { kind: 'avi', level: actual.level, moment: actual.moment, expected },
  };
}

export interface OppTermsInput {
  status: OppStatusValue;
  decidedOn: string;
  vastgesteldOn: string | null;
  /** The latest evaluation held with the verzorgers, if any. */
  lastEvaluationWithParentsOn: string | null;
  termWeeks: number;
}

export interface OppTerm {
  due: string;
  overdue: boolean;
  /** Due within the next 14 days. */
  soon: boolean;
}

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const addYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`.replace(/-02-29$/, '-02-28');

function term(due: string, today: string): OppTerm {
  return { due, overdue: today > due, soon: today <= due && addDays(today, 14) >= due };
}

/**
 * The two legal terms of an OPP: vaststelling within `termWeeks` of the decision (while it is a
 * concept), and an evaluation with the verzorgers within a year of the vaststelling or the last one.
 */
export function oppTerms(
  input: OppTermsInput,
  today: string,
): { vaststelling: OppTerm | null; evaluatie: OppTerm | null } {
  if (input.status === 'beeindigd') return { vaststelling: null, evaluatie: null };
  const vaststelling =
    input.status === 'concept' || input.vastgesteldOn === null
      ? term(addDays(input.decidedOn, input.termWeeks * 7), today)
      : null;
  const since = [input.vastgesteldOn, input.lastEvaluationWithParentsOn]
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  const evaluatie = since ? term(addYear(since), today) : null;
  return { vaststelling, evaluatie };
}

export type OppStep = 'wijzigen' | 'vaststellen' | 'evalueren' | 'bijstellen' | 'beeindigen';

/**
 * Which steps an OPP in this state allows. Vastgesteld content is locked: a change is a bijstelling,
 * which opens a new version that needs the verzorgers' instemming again before it is vastgesteld.
 */
export function allowedSteps(status: OppStatusValue): OppStep[] {
  switch (status) {
    case 'concept':
    case 'bijgesteld':
      return ['wijzigen', 'vaststellen', 'beeindigen'];
    case 'vastgesteld':
    case 'geevalueerd':
      return ['evalueren', 'bijstellen', 'beeindigen'];
    case 'beeindigd':
      return [];
  }
}
