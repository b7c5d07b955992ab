/**
 * Signaleren: which pupils need extra attention in the HGW cycle. Every rule can be switched off or
 * tuned per school; every signal says which rule, which vak and why in Dutch, so the teacher can judge
 * it. A signal is a question for the groepsbespreking, not a verdict.
 *
 * The caller prepares plain data per pupil (levels in order, growth percentile, leerrendement, moments);
 * nothing here reads a database or the clock.
 */
import type { ObservatieAspectValue } from '../shared/observations';
import type { Vak } from '../shared/vakken';
import { isLowestLevel, levelsDropped, type Level, type LevelSystem } from './levels';

export type SignaleringRuleId =
  | 'niveaudaling'
  | 'twee_keer_laagste'
  | 'lage_groei'
  | 'onder_lrv'
  | 'ontbrekend_resultaat'
  | 'zorgelijke_observatie';

export interface SignaleringConfig {
  /** Dropped at least minLevels levels since the previous moment (I+ counts as I). */
  niveaudaling: { enabled: boolean; minLevels: number };
  /** The lowest level (V, E, <1F) at the last two moments. */
  twee_keer_laagste: { enabled: boolean };
  /** Growth percentile among comparable starters below this value. */
  lage_groei: { enabled: boolean; belowPercentile: number };
  /** Leerrendement below the leerrendementsverwachting of the OPP. */
  onder_lrv: { enabled: boolean };
  /** No result at a moment the pupil's group was tested. */
  ontbrekend_resultaat: { enabled: boolean };
  /** Latest rating of these aspects is 1 (zorgelijk) on the 1–4 scale. */
  zorgelijke_observatie: { enabled: boolean; aspects: readonly ObservatieAspectValue[] };
}

export const DEFAULT_SIGNALERING_CONFIG: SignaleringConfig = {
  niveaudaling: { enabled: true, minLevels: 2 },
  twee_keer_laagste: { enabled: true },
  lage_groei: { enabled: true, belowPercentile: 10 },
  onder_lrv: { enabled: true },
  ontbrekend_resultaat: { enabled: true },
  zorgelijke_observatie: { enabled: true, aspects: ['welbevinden', 'werkhouding'] },
};

export type SignaleringConfigChanges = { [K in SignaleringRuleId]?: Partial<SignaleringConfig[K]> };

/** The defaults with a school's changes on top. */
export function signaleringConfig(changes: SignaleringConfigChanges): SignaleringConfig {
  const d = DEFAULT_SIGNALERING_CONFIG;
  return {
    niveaudaling: { ...d.niveaudaling, ...changes.niveaudaling },
    twee_keer_laagste: { ...d.twee_keer_laagste, ...changes.twee_keer_laagste },
    lage_groei: { ...d.lage_groei, ...changes.lage_groei },
    onder_lrv: { ...d.onder_lrv, ...changes.onder_lrv },
    ontbrekend_resultaat: { ...d.ontbrekend_resultaat, ...changes.ontbrekend_resultaat },
    zorgelijke_observatie: { ...d.zorgelijke_observatie, ...changes.zorgelijke_observatie },
  };
}

export interface LevelAtMoment {
  moment: string;
  system: LevelSystem;
  level: Level;
}

export interface VakSignalInput {
  vak: Vak;
  /** Levels of this vak, oldest first; the last one is the current result. */
  levels: readonly LevelAtMoment[];
  /** Growth percentile among comparable starters (growth.ts); null when unknown. */
  growthPercentile: number | null;
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

export interface Signal {
  rule: SignaleringRuleId;
  vak: Vak | null;
  reason: string;
}

const VAK_NAAM: Readonly<Record<Vak, string>> = {
  'rekenen-wiskunde': 'Rekenen-wiskunde',
  spelling: 'Spelling',
  'begrijpend-lezen': 'Begrijpend lezen',
  'technisch-lezen': 'Technisch lezen',
};

const ASPECT_NAAM: Readonly<Record<ObservatieAspectValue, string>> = {
  werkhouding: 'Werkhouding',
  welbevinden: 'Welbevinden',
  sociaal_gedrag: 'Sociaal gedrag',
  talent: 'Talent',
};

const normMoment = (moment: string) => moment.trim().toUpperCase();

function vakSignals(v: VakSignalInput, config: SignaleringConfig): Signal[] {
  const signals: Signal[] = [];
  const naam = VAK_NAAM[v.vak];
  const add = (rule: SignaleringRuleId, reason: string) => signals.push({ rule, vak: v.vak, reason });
  const current = v.levels[v.levels.length - 1];
  const previous = v.levels[v.levels.length - 2];
  // AVI is an absolute reading level that rises with age; a drop or "lowest" there means something else
  // and is judged against the AVI norm per moment, not by these rules.
  const normReferenced = previous && current && previous.system !== 'AVI' && current.system !== 'AVI';

  if (config.niveaudaling.enabled && normReferenced && previous.system === current.system) {
    const dropped = levelsDropped(previous.level, current.level, current.system);
    if (dropped !== null && dropped > 0 && dropped >= config.niveaudaling.minLevels) {
      add(
        'niveaudaling',
        `${naam}: van ${previous.level} (${previous.moment}) naar ${current.level} (${current.moment}), ${dropped} niveaus gedaald.`,
      );
    }
  }
  if (
    config.twee_keer_laagste.enabled &&
    normReferenced &&
    isLowestLevel(previous.system, previous.level) &&
    isLowestLevel(current.system, current.level)
  ) {
    add(
      'twee_keer_laagste',
      `${naam}: twee keer achter elkaar het laagste niveau (${previous.level} op ${previous.moment}, ${current.level} op ${current.moment}).`,
    );
  }
  const p = v.growthPercentile;
  if (
    config.lage_groei.enabled &&
    p !== null &&
    Number.isFinite(p) &&
    p < config.lage_groei.belowPercentile
  ) {
    add(
      'lage_groei',
      `${naam}: leerwinst bij de laagste ${config.lage_groei.belowPercentile} % van leerlingen met dezelfde start (percentiel ${Math.round(p)}).`,
    );
  }
  const lr = v.leerrendement;
  const lrv = v.expectedLrv;
  if (
    config.onder_lrv.enabled &&
    lr !== null &&
    lrv !== null &&
    Number.isFinite(lr) &&
    Number.isFinite(lrv) &&
    lr < lrv
  ) {
    add('onder_lrv', `${naam}: leerrendement ${lr} % ligt onder de verwachting uit het OPP (${lrv} %).`);
  }
  if (config.ontbrekend_resultaat.enabled) {
    const have = new Set(v.resultMoments.map(normMoment));
    const missing = [...new Set(v.groupTestedMoments.map(normMoment))].filter(
      (m) => m !== '' && !have.has(m),
    );
    if (missing.length > 0) {
      add(
        'ontbrekend_resultaat',
        `${naam}: geen resultaat op ${missing.join(', ')}, terwijl de groep toen getoetst is.`,
      );
    }
  }
  return signals;
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
        reason: `${ASPECT_NAAM[aspect]}: de laatste observatie (${o.date}) is zorgelijk.`,
      });
    }
  }
  return signals;
}

/** All signals for one pupil, per vak in input order, then observations. */
export function signaleer(
  input: PupilSignalInput,
  config: SignaleringConfig = DEFAULT_SIGNALERING_CONFIG,
): Signal[] {
  return [
    ...input.vakken.flatMap((v) => vakSignals(v, config)),
    ...observationSignals(input.observations, config),
  ];
}
