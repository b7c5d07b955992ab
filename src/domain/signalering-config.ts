/**
 * The signal rules a school can tune, and their defaults. docs/SIGNALERING.md says why each default
 * is what it is; a school keeps its own changes and gets the defaults for everything else.
 */
import type { ObservatieAspectValue } from '../shared/observations';

export interface SignaleringConfig {
  /** Dropped at least minLevels levels since the previous result (I+ counts as I). */
  niveaudaling: { enabled: boolean; minLevels: number };
  /** At the lowest level (V, E, <1F) now, and at no earlier result of the vak: a first V. */
  eerste_laagste: { enabled: boolean };
  /**
   * At the lowest level at the last two results, and not served by verlengde instructie: either not
   * in it, or in it while the growth stalls (percentile among comparable starters below this value).
   */
  twee_keer_laagste: { enabled: boolean; stallBelowPercentile: number };
  /** Growth percentile among comparable starters below this value, `times` intervals in a row (1 or 2). */
  lage_groei: { enabled: boolean; belowPercentile: number; times: number };
  /** Leerrendement below the leerrendementsverwachting of the OPP (and AVI under the OPP's line). */
  onder_lrv: { enabled: boolean };
  /** No result at a moment the pupil's group was tested (the datamuur shows such pupils apart anyway). */
  ontbrekend_resultaat: { enabled: boolean };
  /** Latest rating of these aspects is 1 (zorgelijk) on the 1–4 scale: the teacher's concern. */
  zorgelijke_observatie: { enabled: boolean; aspects: readonly ObservatieAspectValue[] };
  /**
   * Social-emotional scores (seo-signals.ts): the rules the school switched on, per instrument a
   * scale's unfavourable band ("zien:welbevinden:ongunstig") or its own signal ("zien:signaal:zorg").
   * Off, with no rules, at every school until it chooses: the instrument's software already lists its
   * own signals, and new signals would change what a team is used to on the datamuur.
   */
  seo: { enabled: boolean; rules: readonly string[] };
}

export const DEFAULT_SIGNALERING_CONFIG: SignaleringConfig = {
  niveaudaling: { enabled: true, minLevels: 2 },
  eerste_laagste: { enabled: true },
  twee_keer_laagste: { enabled: true, stallBelowPercentile: 10 },
  lage_groei: { enabled: true, belowPercentile: 10, times: 2 },
  onder_lrv: { enabled: true },
  ontbrekend_resultaat: { enabled: false },
  zorgelijke_observatie: { enabled: true, aspects: ['welbevinden', 'werkhouding'] },
  seo: { enabled: false, rules: [] },
};

export const SIGNALERING_RULES = Object.keys(DEFAULT_SIGNALERING_CONFIG) as (keyof SignaleringConfig)[];

/**
 * The severities each rule gives (signalering.ts): fixed by the rule, not tuned, so "high" means the
 * same at every school. A drop of more levels than the minimum, and V again while the growth stalls
 * in verlengde instructie, are high; a missing result is low.
 */
export const RULE_SEVERITIES: Readonly<
  Record<keyof SignaleringConfig, readonly ('high' | 'medium' | 'low')[]>
> = {
  niveaudaling: ['medium', 'high'],
  eerste_laagste: ['medium'],
  twee_keer_laagste: ['medium', 'high'],
  lage_groei: ['medium'],
  onder_lrv: ['high'],
  ontbrekend_resultaat: ['low'],
  zorgelijke_observatie: ['medium'],
  seo: ['medium', 'high'],
};

export type SignaleringConfigChanges = { [K in keyof SignaleringConfig]?: Partial<SignaleringConfig[K]> };

/** The defaults with a school's changes on top. */
export function signaleringConfig(changes: SignaleringConfigChanges): SignaleringConfig {
  const d = DEFAULT_SIGNALERING_CONFIG;
  return {
    niveaudaling: { ...d.niveaudaling, ...changes.niveaudaling },
    eerste_laagste: { ...d.eerste_laagste, ...changes.eerste_laagste },
    twee_keer_laagste: { ...d.twee_keer_laagste, ...changes.twee_keer_laagste },
    lage_groei: { ...d.lage_groei, ...changes.lage_groei },
    onder_lrv: { ...d.onder_lrv, ...changes.onder_lrv },
    ontbrekend_resultaat: { ...d.ontbrekend_resultaat, ...changes.ontbrekend_resultaat },
    zorgelijke_observatie: { ...d.zorgelijke_observatie, ...changes.zorgelijke_observatie },
    seo: { ...d.seo, ...changes.seo },
  };
}
