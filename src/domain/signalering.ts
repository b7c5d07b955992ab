/**
 * Signaleren: which pupils need attention beyond what their instruction group already gives them. A
 * signal is a question for the groepsbespreking, not a verdict, so the defaults are chosen to flag few
 * pupils and only for a reason a team can act on (docs/SIGNALERING.md gives each default and why).
 * Every rule can be switched off or tuned per school.
 *
 * A signal is data: the rule, the vak, a severity and the figures behind it. The browser words it;
 * nothing here writes a sentence. The caller prepares plain data per pupil (levels in order, growth
 * percentiles, leerrendement, placement, moments); nothing here reads a database or the clock.
 */
import type { ObservatieAspectValue } from '../shared/observations';
import type { Vak } from '../shared/vakken';
import { isLowestLevel, levelsDropped, type Level, type LevelSystem } from './levels';
import type { SeoSignal } from './seo-signals';
import { DEFAULT_SIGNALERING_CONFIG, type SignaleringConfig } from './signalering-config';

export * from './signalering-config';

export type Severity = 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low'];

export interface LevelAtMoment {
  moment: string;
  system: LevelSystem;
  level: Level;
}

export interface VakSignalInput {
  vak: Vak;
  /** Levels of this vak, oldest first; the last one is the current result. */
  levels: readonly LevelAtMoment[];
  /** Growth percentile among comparable starters for the latest interval (growth.ts); null when unknown. */
  growthPercentile: number | null;
  /** The same for the interval before it (the one that ended at the previous result). */
  earlierGrowthPercentile: number | null;
  /** Leerwinst of the latest interval on the vak's scale; null when unknown. */
  growth: number | null;
  /** The instruction group the pupil is in for this vak now (the teacher's choice or the suggestion). */
  instructie: 'verkort' | 'basis' | 'verlengd' | null;
  /** Leerrendement in % (dl.ts); null when unknown. */
  leerrendement: number | null;
  /** Leerrendementsverwachting from the OPP in %; null when the pupil has none for this vak. */
  expectedLrv: number | null;
  /** Moments at which the pupil's group took this vak's test in the period looked at. */
  groupTestedMoments: readonly string[];
  /** Moments at which the pupil has a result for this vak. */
  resultMoments: readonly string[];
}

export interface ObservationInput {
  aspect: ObservatieAspectValue;
  /** 1 zorgelijk · 2 aandacht · 3 voldoende · 4 goed; null for an observation without rating. */
  waardering: number | null;
  /** YYYY-MM-DD; the latest observation per aspect counts. */
  date: string;
}

export interface PupilSignalInput {
  vakken: readonly VakSignalInput[];
  observations: readonly ObservationInput[];
}

interface LevelMoment {
  level: string;
  moment: string;
}

interface VakSignalBase {
  vak: Vak;
  severity: Severity;
}

/** Every signal: its rule, its vak (null for an observation), its severity and the figures behind it. */
export type Signal =
  | (VakSignalBase & { rule: 'niveaudaling'; params: { from: LevelMoment; to: LevelMoment; levels: number } })
  | (VakSignalBase & { rule: 'eerste_laagste'; params: { to: LevelMoment; from: LevelMoment | null } })
  | (VakSignalBase & {
      rule: 'twee_keer_laagste';
      params: {
        previous: LevelMoment;
        current: LevelMoment;
        /** Not in verlengde instructie, or in it while the growth stalls. */
        why: 'not_verlengd' | 'stalled';
        instructie: 'verkort' | 'basis' | 'verlengd' | null;
        percentile: number | null;
      };
    })
  | (VakSignalBase & {
      rule: 'lage_groei';
      params: { percentile: number; earlierPercentile: number | null; below: number };
    })
  | (VakSignalBase & {
      rule: 'onder_lrv';
      params:
        | { kind: 'lrv'; leerrendement: number; expected: number }
        | { kind: 'avi'; level: string; moment: string; expected: string };
    })
  | (VakSignalBase & { rule: 'ontbrekend_resultaat'; params: { moments: string[] } })
  | {
      rule: 'zorgelijke_observatie';
      vak: null;
      severity: Severity;
      params: { aspect: ObservatieAspectValue; date: string };
    }
  | SeoSignal;

export type SignaleringRuleId = Signal['rule'];

const normMoment = (moment: string) => moment.trim().toUpperCase();
const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);
const at = (l: LevelAtMoment): LevelMoment => ({ level: l.level, moment: l.moment });

/** Levels on a norm-referenced scale (not AVI, an absolute reading level judged against its own norm). */
const normReferenced = (l: LevelAtMoment | undefined): l is LevelAtMoment => !!l && l.system !== 'AVI';

/**
 * Not as far below the result before the previous one: the drop is measured against two earlier
 * results, not one. A single result carries the noise of one sitting, and one unusually high result
 * followed by the usual level (III, I, III) is no fall; a drop below both (I, I, III) is.
 */
function notBelowEarlier(v: VakSignalInput, current: LevelAtMoment, min: number): boolean {
  const before = v.levels[v.levels.length - 3];
  if (!normReferenced(before) || before.system !== current.system) return false;
  return (levelsDropped(before.level, current.level, current.system) ?? 0) < min;
}

function levelSignals(v: VakSignalInput, config: SignaleringConfig): Signal[] {
  const current = v.levels[v.levels.length - 1];
  const previous = v.levels[v.levels.length - 2];
  if (!normReferenced(current)) return [];
  const signals: Signal[] = [];
  const samePrevious = normReferenced(previous) && previous.system === current.system ? previous : null;
  const min = Math.max(1, config.niveaudaling.minLevels);
  if (config.niveaudaling.enabled && samePrevious && !notBelowEarlier(v, current, min)) {
    const dropped = levelsDropped(samePrevious.level, current.level, current.system);
    if (dropped !== null && dropped >= min) {
      signals.push({
        rule: 'niveaudaling',
        vak: v.vak,
        severity: dropped > min ? 'high' : 'medium',
        params: { from: at(samePrevious), to: at(current), levels: dropped },
      });
    }
  }
  if (!isLowestLevel(current.system, current.level)) return signals;
  const lowestBefore =
    normReferenced(previous) && isLowestLevel(previous.system, previous.level) ? previous : null;
  const earlierLowest = v.levels
    .slice(0, -1)
    .some((l) => normReferenced(l) && isLowestLevel(l.system, l.level));
  // A first test ever at V is where the pupil starts: the datamuur places them in verlengde instructie
  // from it. News is a fall into V from a level above it.
  if (config.eerste_laagste.enabled && samePrevious && !earlierLowest) {
    signals.push({
      rule: 'eerste_laagste',
      vak: v.vak,
      severity: 'medium',
      params: { to: at(current), from: previous ? at(previous) : null },
    });
  }
  if (config.twee_keer_laagste.enabled && lowestBefore) {
    const why = servedOrWhy(v, config.twee_keer_laagste.stallBelowPercentile);
    if (why) {
      signals.push({
        rule: 'twee_keer_laagste',
        vak: v.vak,
        severity: why === 'stalled' ? 'high' : 'medium',
        params: {
          previous: at(lowestBefore),
          current: at(current),
          why,
          instructie: v.instructie,
          percentile: finite(v.growthPercentile) ? v.growthPercentile : null,
        },
      });
    }
  }
  return signals;
}

/**
 * A pupil at the lowest level again who is in verlengde instructie is served by that group: no signal
 * unless the growth stalls (below the stall percentile among comparable starters, or, without a
 * percentile, no growth at all). Null when served.
 */
function servedOrWhy(v: VakSignalInput, stallBelow: number): 'not_verlengd' | 'stalled' | null {
  if (v.instructie !== 'verlengd') return 'not_verlengd';
  const noGrowth = finite(v.growth) && v.growth <= 0;
  const stalled = noGrowth && (!finite(v.growthPercentile) || v.growthPercentile < stallBelow);
  return stalled ? 'stalled' : null;
}

function growthSignal(v: VakSignalInput, config: SignaleringConfig): Signal | null {
  const { enabled, belowPercentile: below, times } = config.lage_groei;
  const p = v.growthPercentile;
  if (!enabled || !finite(p) || !(p < below)) return null;
  const earlier = finite(v.earlierGrowthPercentile) ? v.earlierGrowthPercentile : null;
  if (times >= 2 && !(earlier !== null && earlier < below)) return null;
  return {
    rule: 'lage_groei',
    vak: v.vak,
    severity: 'medium',
    params: { percentile: p, earlierPercentile: earlier, below },
  };
}

function lrvSignal(v: VakSignalInput, config: SignaleringConfig): Signal | null {
  const lr = v.leerrendement;
  const lrv = v.expectedLrv;
  if (!config.onder_lrv.enabled || !finite(lr) || !finite(lrv) || !(lr < lrv)) return null;
  return {
    rule: 'onder_lrv',
    vak: v.vak,
    severity: 'high',
    params: { kind: 'lrv', leerrendement: lr, expected: lrv },
  };
}

function missingSignal(v: VakSignalInput, config: SignaleringConfig): Signal | null {
  if (!config.ontbrekend_resultaat.enabled) return null;
  const have = new Set(v.resultMoments.map(normMoment));
  const missing = [...new Set(v.groupTestedMoments.map(normMoment))].filter((m) => m !== '' && !have.has(m));
  if (missing.length === 0) return null;
  return { rule: 'ontbrekend_resultaat', vak: v.vak, severity: 'low', params: { moments: missing } };
}

function vakSignals(v: VakSignalInput, config: SignaleringConfig): Signal[] {
  return [
    ...levelSignals(v, config),
    growthSignal(v, config),
    lrvSignal(v, config),
    missingSignal(v, config),
  ].filter((s): s is Signal => s !== null);
}

function observationSignals(observations: readonly ObservationInput[], config: SignaleringConfig): Signal[] {
  if (!config.zorgelijke_observatie.enabled) return [];
  const latest = new Map<ObservatieAspectValue, ObservationInput>();
  for (const o of observations) {
    if (o.waardering === null) continue;
    const seen = latest.get(o.aspect);
    if (!seen || o.date >= seen.date) latest.set(o.aspect, o);
  }
  const signals: Signal[] = [];
  for (const aspect of new Set(config.zorgelijke_observatie.aspects)) {
    const o = latest.get(aspect);
    if (o && o.waardering === 1) {
      signals.push({
        rule: 'zorgelijke_observatie',
        vak: null,
        severity: 'medium',
        params: { aspect, date: o.date },
      });
    }
  }
  return signals;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

/** Strongest first; signals of equal severity keep their order (per vak in input order, then observations). */
export function byStrength<S extends { severity: Severity }>(signals: readonly S[]): S[] {
  return signals
    .map((s, i) => [s, i] as const)
    .sort(([a, i], [b, j]) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || i - j)
    .map(([s]) => s);
}

/**
 * Which of two pupils' signals weigh more: negative when `a` comes first. The count of high signals
 * decides, then medium, then low; pupils without signals come last.
 */
export function compareStrength(
  a: readonly { severity: Severity }[],
  b: readonly { severity: Severity }[],
): number {
  for (const severity of SEVERITIES) {
    const diff =
      b.filter((s) => s.severity === severity).length - a.filter((s) => s.severity === severity).length;
    if (diff !== 0) return diff;
  }
  return 0;
}

/** All signals for one pupil, strongest first. */
export function signaleer(
  input: PupilSignalInput,
  config: SignaleringConfig = DEFAULT_SIGNALERING_CONFIG,
): Signal[] {
  return byStrength([
    ...input.vakken.flatMap((v) => vakSignals(v, config)),
    ...observationSignals(input.observations, config),
  ]);
}
