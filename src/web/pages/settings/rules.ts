/** The school's engine rules as the settings screen edits them, and as they are saved. */
import { DEFAULT_SIGNALERING_CONFIG, SIGNALERING_RULES } from '../../../domain/signalering-config';
import type { EngineSettings, Settings } from '../../api/types';

export const MAPPED_LEVELS = ['I+', 'I', 'II', 'III', 'IV', 'V', 'A', 'B', 'C', 'D', 'E'] as const;
type MappedLevel = (typeof MAPPED_LEVELS)[number];
export type Instructie = 'verkort' | 'basis' | 'verlengd';
export const RULES = SIGNALERING_RULES;
export const ASPECTS = ['werkhouding', 'welbevinden', 'sociaal_gedrag'] as const;
type Aspect = (typeof ASPECTS)[number];

/** The figures a school can tune, next to switching a rule on or off (see docs/SIGNALERING.md). */
export interface RuleParams {
  minLevels: number;
  stallBelowPercentile: number;
  belowPercentile: number;
  times: 1 | 2;
  aspects: Aspect[];
}

export interface RulesForm {
  /** The month the DL count starts ('9': September, '8': August). */
  firstMonth: string;
  mapping: Record<string, Instructie>;
  enabled: Record<string, boolean>;
  params: RuleParams;
  /** The social-emotional rules switched on ("zien:welbevinden:ongunstig"), under the rule `seo`. */
  seoRules: string[];
}

const D = DEFAULT_SIGNALERING_CONFIG;
const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

function paramsOf(signalering: Settings['effective']['signalering']): RuleParams {
  const aspects = signalering.zorgelijke_observatie?.aspects;
  return {
    minLevels: numberOr(signalering.niveaudaling?.minLevels, D.niveaudaling.minLevels),
    stallBelowPercentile: numberOr(
      signalering.twee_keer_laagste?.stallBelowPercentile,
      D.twee_keer_laagste.stallBelowPercentile,
    ),
    belowPercentile: numberOr(signalering.lage_groei?.belowPercentile, D.lage_groei.belowPercentile),
    times: signalering.lage_groei?.times === 1 ? 1 : 2,
    aspects: (Array.isArray(aspects) ? aspects : D.zorgelijke_observatie.aspects).filter((a): a is Aspect =>
      (ASPECTS as readonly unknown[]).includes(a),
    ),
  };
}

/** The form filled with the rules in force; a rule the answer does not name keeps its default. */
export function rulesForm(effective: Settings['effective']): RulesForm {
  return {
    firstMonth: String(effective.dlConvention.firstMonth),
    mapping: { ...effective.placementMapping },
    enabled: Object.fromEntries(
      RULES.map((r) => [
        r,
        typeof effective.signalering[r]?.enabled === 'boolean'
          ? effective.signalering[r]?.enabled === true
          : D[r].enabled,
      ]),
    ),
    params: paramsOf(effective.signalering),
    seoRules: seoRulesOf(effective.signalering.seo?.rules),
  };
}

const seoRulesOf = (rules: unknown): string[] =>
  Array.isArray(rules) ? rules.filter((r): r is string => typeof r === 'string') : [];

/**
 * What is saved: the school's own choices for every rule (with its figures), levels without a choice
 * left out, and the school's other settings (`own`, e.g. leerlingzorg) kept as they are.
 */
export function settingsFrom(form: RulesForm, own: EngineSettings = {}): EngineSettings {
  const placementMapping: Partial<Record<MappedLevel, Instructie>> = {};
  for (const level of MAPPED_LEVELS) {
    const value = form.mapping[level];
    if (value) placementMapping[level] = value;
  }
  const on = (rule: (typeof RULES)[number]) => form.enabled[rule] ?? D[rule].enabled;
  const { params } = form;
  return {
    ...own,
    dlConvention: { firstMonth: form.firstMonth === '8' ? 8 : 9 },
    placementMapping,
    signalering: {
      niveaudaling: { enabled: on('niveaudaling'), minLevels: params.minLevels },
      eerste_laagste: { enabled: on('eerste_laagste') },
      twee_keer_laagste: {
        enabled: on('twee_keer_laagste'),
        stallBelowPercentile: params.stallBelowPercentile,
      },
      lage_groei: { enabled: on('lage_groei'), belowPercentile: params.belowPercentile, times: params.times },
      onder_lrv: { enabled: on('onder_lrv') },
      ontbrekend_resultaat: { enabled: on('ontbrekend_resultaat') },
      zorgelijke_observatie: { enabled: on('zorgelijke_observatie'), aspects: params.aspects },
      seo: { enabled: on('seo'), rules: [...new Set(form.seoRules)] },
    },
  };
}
