/**
 * What the engine says about each pupil of a set once the vakken are complete: the signals, with the
 * set (the group) as the frame ("the group was tested then"), and the statistics of the set per vak.
 */
import type { SeoPoint } from '../../../domain/seo';
import { seoSignals } from '../../../domain/seo-signals';
import { byStrength, signaleer, type Signal, type VakSignalInput } from '../../../domain/signalering';
import { groupStatistics, type GroupStatistics } from '../../../domain/statistics';
import { isVak, type Vak } from '../../../shared/vakken';
import type { LrvSignalFigures } from '../opp/opp-signals';
import { higherIsBetter } from '../seo-scores/seo-scores.catalog';
import type { EffectiveSettings } from '../settings/settings.service';
import type { findObservationRatings } from './analysis.queries';
import type { EnrichedResult } from './enrich';
import type { VakAnalysis } from './vak-analysis';

/** The share at or above "average" that schools report: III in I–V, C in A–E, 1F for referentieniveaus. */
const AT_OR_ABOVE = { 'I-V': 'III', 'A-E': 'C', REF: '1F' } as const;

type ObservationRating = Awaited<ReturnType<typeof findObservationRatings>>[number];

/**
 * What the signal rules need of one vak of one pupil. `opp`: the LRV of the pupil's OPP in force for
 * this vak and the leerrendement since its baseline (opp/opp-signals.ts); with it, that leerrendement
 * is the one held against the expectation.
 */
export function vakSignalInput(
  vak: Vak,
  /** Null when the pupil has no result as recent as the group's last test: no figures to judge. */
  analysis: VakAnalysis | null,
  results: readonly EnrichedResult[],
  groupTested: readonly string[],
  opp: LrvSignalFigures | null = null,
): VakSignalInput {
  return {
    vak,
    levels: (analysis?.history ?? []).flatMap((r) =>
      r.level && r.levelSystem ? [{ moment: r.moment, system: r.levelSystem, level: r.level }] : [],
    ),
    growthPercentile: analysis?.growth?.percentile ?? null,
    earlierGrowthPercentile: analysis?.growth?.earlierPercentile ?? null,
    growth: analysis?.growth?.value ?? null,
    instructie: analysis?.placement.effective?.instructie ?? null,
    leerrendement: opp ? opp.leerrendement : (analysis?.current?.leerrendement ?? null),
    expectedLrv: opp?.expectedLrv ?? null,
    groupTestedMoments: [...groupTested],
    resultMoments: results.map((r) => r.meetpunt),
  };
}

/**
 * `oppAvi`: AVI levels under the OPP's expectation, signalled under the onder_lrv rule when it is on.
 * `seo`: the pupil's social-emotional scores, read only when the school switched SEO rules on.
 */
export function pupilSignals(
  vakken: VakSignalInput[],
  observations: readonly ObservationRating[],
  settings: EffectiveSettings,
  oppAvi: readonly Signal[] = [],
  seo: readonly SeoPoint[] = [],
): Signal[] {
  const signals = signaleer(
    {
      vakken,
      observations: observations.map((o) => ({
        aspect: o.aspect,
        waardering: o.waardering,
        date: o.observed_on,
      })),
    },
    settings.signalering,
  );
  const { seo: seoRules } = settings.signalering;
  const fromSeo = seoRules.enabled ? seoSignals(seo, seoRules.rules, higherIsBetter) : [];
  const extra = [...(settings.signalering.onder_lrv.enabled ? oppAvi : []), ...fromSeo];
  return extra.length > 0 ? byStrength([...signals, ...extra]) : signals;
}

/** Per vak the group's statistics over the pupils' current results (the four known vakken only). */
export function setStatistics(
  vakken: readonly string[],
  analysesOfVak: (vak: string) => (VakAnalysis | undefined)[],
): GroupStatistics[] {
  return vakken.flatMap((vak) => {
    const rowsForVak = analysesOfVak(vak).flatMap((a) => {
      if (!a?.current || !isVak(vak)) return [];
      return [
        {
          groupKey: 'groep',
          moment: a.current.meetpunt,
          vak,
          scaleKey: a.current.scaleKey,
          score: a.current.score,
          system: a.current.levelSystem,
          level: a.current.level,
          instructie: a.placement.effective?.instructie ?? null,
        },
      ];
    });
    const system = rowsForVak.find((r) => r.system && r.system !== 'AVI')?.system ?? null;
    const level = system && system !== 'AVI' ? AT_OR_ABOVE[system] : null;
    return groupStatistics(rowsForVak, { atOrAbove: system && level ? { system, level } : null });
  });
}
