/**
 * One pupil, one vak, at one meetpunt: the current and previous result on the vak's main scale,
 * leerwinst and its percentile among comparable starters, and the datamuur placement (suggestion,
 * teacher's override, movement since the previous meetpunt).
 */
import { absoluteGrowth, compareWithOwnGrowth, percentileInDistribution } from '../../../domain/growth';
import {
  effectivePlacement,
  movement,
  suggestPlacement,
  type EffectivePlacement,
  type Instructie,
  type PlacementOverride,
  type PlacementSuggestion,
} from '../../../domain/placement';
import { compareMeetpunten, parseMeetpuntKey, parseMoment } from '../../../domain/moments';
import { schooljaarStartYear } from '../../../domain/schooljaar';
import type { EffectiveSettings } from '../settings/settings.service';
import { primaryScale, type EnrichedResult } from './enrich';
import { peerKeyString, type PeerGroups, type PeerKey } from './growth-peers';

export interface VakSelection {
  vak: string;
  scaleKey: string | null;
  /** The main scale's results up to and including the meetpunt, oldest first. */
  history: EnrichedResult[];
  current: EnrichedResult | null;
  previous: EnrichedResult | null;
}

export function selectVak(
  vak: string,
  results: readonly EnrichedResult[],
  meetpunt: string | null,
): VakSelection {
  const scaleKey = primaryScale(results);
  const onScale = results.filter((r) => r.scaleKey === scaleKey).sort((a, b) => a.date.localeCompare(b.date));
  const currentIndex =
    meetpunt === null ? onScale.length - 1 : onScale.findLastIndex((r) => r.meetpunt === meetpunt);
  const current = currentIndex >= 0 ? (onScale[currentIndex] ?? null) : null;
  const until = meetpunt === null ? null : parseMeetpuntKey(meetpunt);
  const history = current
    ? onScale.slice(0, currentIndex + 1)
    : onScale.filter((r) => {
        const at = parseMeetpuntKey(r.meetpunt);
        return until === null || (at !== null && compareMeetpunten(at, until) < 0);
      });
  const previous = current ? (onScale[currentIndex - 1] ?? null) : null;
  return { vak, scaleKey, history, current, previous };
}

/** The comparable starters' key of the interval from one result to a later one. */
function intervalKey(from: EnrichedResult | null | undefined, to: EnrichedResult | null | undefined) {
  if (!to || !from || to.score === null || from.score === null) return null;
  return {
    scaleKey: to.scaleKey,
    system: to.levelSystem,
    fromMoment: from.moment,
    toMoment: to.moment,
    yearOffset: schooljaarStartYear(to.schooljaar) - schooljaarStartYear(from.schooljaar),
  };
}

export function peerKeyFor(selection: VakSelection): PeerKey | null {
  return intervalKey(selection.previous, selection.current);
}

/** The interval before the latest one (the result before the previous → the previous): "twice in a row". */
export function earlierPeerKeyFor(selection: VakSelection): PeerKey | null {
  const { history, current } = selection;
  if (!current) return null;
  return intervalKey(history[history.length - 3], history[history.length - 2]);
}

export interface GrowthAnalysis {
  from: { moment: string; schooljaar: string };
  to: { moment: string; schooljaar: string };
  value: number | null;
  /** Why growth was not computed (another scale, dates out of order). */
  refused: string | null;
  percentile: number | null;
  peers: number;
  ownComparison: 'above' | 'as_usual' | 'below' | null;
  /** The percentile of the interval before this one, among its own comparable starters. */
  earlierPercentile: number | null;
}

export interface PlacementAnalysis {
  suggestion: PlacementSuggestion | null;
  effective: EffectivePlacement | null;
  previous: Instructie | null;
  movement: 'omhoog' | 'omlaag' | 'gelijk' | null;
}

export interface VakAnalysis extends VakSelection {
  growth: GrowthAnalysis | null;
  placement: PlacementAnalysis;
}

export type OverrideLookup = (
  r: Pick<EnrichedResult, 'leerlingId' | 'vak' | 'schooljaar' | 'moment'>,
) => PlacementOverride | null;

function growthOf(a: EnrichedResult, b: EnrichedResult) {
  if (a.score === null || b.score === null) return null;
  return absoluteGrowth(
    { scaleKey: a.scaleKey, score: a.score, date: a.date },
    { scaleKey: b.scaleKey, score: b.score, date: b.date },
  );
}

function placementAt(
  r: EnrichedResult | null,
  vakLabel: string,
  settings: EffectiveSettings,
  override: OverrideLookup,
): { suggestion: PlacementSuggestion | null; effective: EffectivePlacement | null } {
  if (!r) return { suggestion: null, effective: null };
  const suggestion =
    r.level && r.levelSystem
      ? suggestPlacement(r.level, r.levelSystem, settings.placementMapping, { moment: r.moment, vakLabel })
      : null;
  return { suggestion, effective: effectivePlacement(suggestion, override(r)) };
}

interface CompleteContext {
  vakLabel: string;
  settings: EffectiveSettings;
  override: OverrideLookup;
  peers: Map<string, PeerGroups>;
}

/** The growth from one result to the next placed among the comparable starters of that interval. */
function amongStarters(
  from: EnrichedResult,
  to: EnrichedResult,
  key: PeerKey | null,
  peerGroups: Map<string, PeerGroups>,
) {
  const result = growthOf(from, to);
  const startLevel = from.level === 'I+' ? 'I' : from.level;
  const peers = key && startLevel ? peerGroups.get(peerKeyString(key))?.get(startLevel) : undefined;
  const includesPupil = peers?.members.has(to.leerlingId) ?? false;
  const peerCount = (peers?.distribution.sorted.length ?? 0) - (includesPupil ? 1 : 0);
  const percentile =
    result?.ok && peers ? percentileInDistribution(result.growth, peers.distribution, includesPupil) : null;
  return { result, percentile, peerCount };
}

export function completeVak(selection: VakSelection, context: CompleteContext): VakAnalysis {
  const { current, previous, history } = selection;
  let growth: GrowthAnalysis | null = null;
  if (current && previous) {
    const { result, percentile, peerCount } = amongStarters(
      previous,
      current,
      peerKeyFor(selection),
      context.peers,
    );
    const before = history[history.length - 3];
    const earlierPercentile = before
      ? amongStarters(before, previous, earlierPeerKeyFor(selection), context.peers).percentile
      : null;
    const earlier: number[] = [];
    for (let i = 1; i < history.length - 1; i++) {
      const a = history[i - 1];
      const b = history[i];
      const g = a && b ? growthOf(a, b) : null;
      // Own growth is compared between like intervals: M→E with M→E, E→M with E→M.
      if (g?.ok && a && b && parseMoment(a.moment)?.kind === parseMoment(previous.moment)?.kind)
        earlier.push(g.growth);
    }
    growth = {
      from: { moment: previous.moment, schooljaar: previous.schooljaar },
      to: { moment: current.moment, schooljaar: current.schooljaar },
      value: result?.ok ? result.growth : null,
      refused: result && !result.ok ? result.reason : null,
      percentile,
      peers: Math.max(0, peerCount),
      ownComparison: result?.ok ? compareWithOwnGrowth(result.growth, earlier) : null,
      earlierPercentile,
    };
  }
  const now = placementAt(current, context.vakLabel, context.settings, context.override);
  const before = placementAt(previous, context.vakLabel, context.settings, context.override);
  const previousInstructie = before.effective?.instructie ?? null;
  return {
    ...selection,
    growth,
    placement: {
      ...now,
      previous: previousInstructie,
      movement: movement(previousInstructie, now.effective?.instructie ?? null),
    },
  };
}
