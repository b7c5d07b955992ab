/** The school's engine rules as the settings screen edits them, and as they are saved. */
import type { EngineSettings, Settings } from '../../api/types';

export const MAPPED_LEVELS = ['I+', 'I', 'II', 'III', 'IV', 'V', 'A', 'B', 'C', 'D', 'E'] as const;
type MappedLevel = (typeof MAPPED_LEVELS)[number];
export type Instructie = 'verkort' | 'basis' | 'verlengd';
export const RULES = [
  'niveaudaling',
  'twee_keer_laagste',
  'lage_groei',
  'onder_lrv',
  'ontbrekend_resultaat',
  'zorgelijke_observatie',
] as const;

export interface RulesForm {
  /** The month the DL count starts ('9': September, '8': August). */
  firstMonth: string;
  mapping: Record<string, Instructie>;
  enabled: Record<string, boolean>;
}

/** The form filled with the rules in force; a signal rule is on unless it was switched off. */
export function rulesForm(effective: Settings['effective']): RulesForm {
  return {
    firstMonth: String(effective.dlConvention.firstMonth),
    mapping: { ...effective.placementMapping },
    enabled: Object.fromEntries(RULES.map((r) => [r, effective.signalering[r]?.enabled !== false])),
  };
}

/** What is saved: the school's own choices for every rule, levels without a choice left out. */
export function settingsFrom(form: RulesForm): EngineSettings {
  const placementMapping: Partial<Record<MappedLevel, Instructie>> = {};
  for (const level of MAPPED_LEVELS) {
    const value = form.mapping[level];
    if (value) placementMapping[level] = value;
  }
  return {
    dlConvention: { firstMonth: form.firstMonth === '8' ? 8 : 9 },
    placementMapping,
    signalering: Object.fromEntries(RULES.map((r) => [r, { enabled: form.enabled[r] ?? true }])),
  };
}
