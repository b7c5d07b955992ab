/**
 * Signals from social-emotional scores: a school switches on rules per instrument, each either a
 * scale's unfavourable band ("zien:welbevinden:ongunstig", ZIEN! welbevinden laag) or the instrument's
 * own signal ("zien:signaal:zorg"; "zien:signaal:aandacht" also fires on zorg). Only the latest score
 * of each series counts, so a pupil who moved out of the band loses the signal. Off by default at every
 * school (docs/SIGNALERING.md says why).
 */
import { latestPerScale, seoBandOf, seoTier, type SeoBand, type SeoPoint } from './seo';

export type SeoTrigger = 'ongunstig' | 'aandacht' | 'zorg';

export interface SeoSignal {
  rule: 'seo';
  vak: null;
  severity: 'high' | 'medium';
  params: {
    instrument: string;
    lijst: string;
    schaal: string;
    trigger: SeoTrigger;
    band: SeoBand | null;
    percentiel: number | null;
    date: string;
  };
}

const RULE = /^([a-z0-9-]+):([a-z0-9-]+):(ongunstig|aandacht|zorg)$/;

/** A rule key as settings store it; null when it is not one. */
export function parseSeoRule(
  key: string,
): { instrument: string; schaal: string | null; trigger: SeoTrigger } | null {
  const m = RULE.exec(key);
  if (!m) return null;
  const [, instrument = '', what = '', trigger = ''] = m;
  if (what === 'signaal')
    return trigger === 'ongunstig' ? null : { instrument, schaal: null, trigger: trigger as SeoTrigger };
  if (trigger !== 'ongunstig') return null;
  return { instrument, schaal: what, trigger: 'ongunstig' };
}

export const seoBandRule = (instrument: string, schaal: string) => `${instrument}:${schaal}:ongunstig`;
export const seoSignalRule = (instrument: string, signal: 'aandacht' | 'zorg') =>
  `${instrument}:signaal:${signal}`;

/** Which rule fires on one score, strongest first: the instrument's zorg, its aandacht, the band. */
function triggerOf(score: SeoPoint, rules: ReadonlySet<string>, higherIsBetter: boolean): SeoTrigger | null {
  const { instrument } = score;
  if (
    score.signaal === 'zorg' &&
    (rules.has(seoSignalRule(instrument, 'zorg')) || rules.has(seoSignalRule(instrument, 'aandacht')))
  )
    return 'zorg';
  if (score.signaal === 'aandacht' && rules.has(seoSignalRule(instrument, 'aandacht'))) return 'aandacht';
  const band = seoBandOf(score);
  if (
    band &&
    seoTier(band, higherIsBetter) === 'ongunstig' &&
    rules.has(seoBandRule(instrument, score.schaal))
  )
    return 'ongunstig';
  return null;
}

/**
 * One pupil's SEO signals: per series (instrument, list, scale) its latest score, judged by the rules
 * that are on. The instrument's zorg is high, the rest medium. `higherIsBetter(instrument, schaal)`
 * comes from the catalog; a scale it does not know counts high as good.
 */
export function seoSignals(
  scores: readonly SeoPoint[],
  rules: readonly string[],
  higherIsBetter: (instrument: string, schaal: string) => boolean,
): SeoSignal[] {
  if (rules.length === 0) return [];
  const on = new Set(rules);
  const signals: SeoSignal[] = [];
  for (const score of latestPerScale(scores).values()) {
    const trigger = triggerOf(score, on, higherIsBetter(score.instrument, score.schaal));
    if (!trigger) continue;
    signals.push({
      rule: 'seo',
      vak: null,
      severity: trigger === 'zorg' ? 'high' : 'medium',
      params: {
        instrument: score.instrument,
        lijst: score.lijst,
        schaal: score.schaal,
        trigger,
        band: seoBandOf(score),
        percentiel: score.percentiel,
        date: score.afnamedatum,
      },
    });
  }
  return signals.sort(
    (a, b) =>
      a.params.instrument.localeCompare(b.params.instrument) ||
      a.params.lijst.localeCompare(b.params.lijst) ||
      a.params.schaal.localeCompare(b.params.schaal),
  );
}
