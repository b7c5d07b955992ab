/**
 * Datamuur placement: which instruction group a pupil's level suggests. The suggestion is only that: a
 * teacher may place a pupil elsewhere because of onderwijsbehoeften, and that override (with its reason,
 * author and date) wins and is kept.
 *
 * Defaults: A/B → verkort, C → basis, D/E → verlengd (Kappen & Vernooy); for I–V no source gives a
 * mapping, so I+/I/II → verkort, III/IV → basis, V → verlengd (closest to the A–E percentiles, our
 * decision); REF 2F/1S → verkort, 1F → basis, <1F → verlengd. AVI is an absolute reading level, not a
 * position in the norm group, so it has no default. A school can change every entry.
 */
import { isLevelOf, type Level, type LevelSystem } from './levels';

export type Instructie = 'verkort' | 'basis' | 'verlengd';
export const INSTRUCTIES: readonly Instructie[] = ['verkort', 'basis', 'verlengd'];

/** A school's mapping from level to instruction group; a level without an entry gets no suggestion. */
export type PlacementMapping = Partial<Record<Level, Instructie>>;

export const DEFAULT_PLACEMENT_MAPPING: Readonly<PlacementMapping> = {
  A: 'verkort',
  B: 'verkort',
  C: 'basis',
  D: 'verlengd',
  E: 'verlengd',
  'I+': 'verkort',
  I: 'verkort',
  II: 'verkort',
  III: 'basis',
  IV: 'basis',
  V: 'verlengd',
  '2F/1S': 'verkort',
  '1F': 'basis',
  '<1F': 'verlengd',
};

/** The default mapping with a school's own entries on top. */
export function schoolPlacementMapping(own: PlacementMapping): PlacementMapping {
  return { ...DEFAULT_PLACEMENT_MAPPING, ...own };
}

export interface PlacementSuggestion {
  instructie: Instructie;
  /** Why, in Dutch, e.g. "II op M5 rekenen-wiskunde". */
  reason: string;
}

export interface PlacementContext {
  moment: string;
  vakLabel: string;
}

/** Null when the level is not one of the system's or the mapping has no entry for it (AVI by default). */
export function suggestPlacement(
  level: Level,
  system: LevelSystem,
  mapping: PlacementMapping,
  context: PlacementContext,
): PlacementSuggestion | null {
  if (!isLevelOf(system, level)) return null;
  const instructie = mapping[level];
  if (instructie === undefined) return null;
  const moment = context.moment.trim();
  const reason = [moment === '' ? level : `${level} op ${moment}`, context.vakLabel.trim()]
    .filter((p) => p !== '')
    .join(' ');
  return { instructie, reason };
}

export interface PlacementOverride {
  instructie: Instructie;
  reason: string;
  author: string;
  /** When the teacher decided, ISO date or date-time. */
  at: string;
}

export type EffectivePlacement =
  | { source: 'suggestie'; instructie: Instructie; reason: string }
  | { source: 'leerkracht'; instructie: Instructie; reason: string; author: string; at: string };

/** The override if there is one, else the suggestion; null when there is neither. */
export function effectivePlacement(
  suggestion: PlacementSuggestion | null,
  override?: PlacementOverride | null,
): EffectivePlacement | null {
  if (override) {
    const { instructie, reason, author, at } = override;
    return { source: 'leerkracht', instructie, reason, author, at };
  }
  if (suggestion)
    return { source: 'suggestie', instructie: suggestion.instructie, reason: suggestion.reason };
  return null;
}

/** 2 = verkort … 0 = verlengd: up means toward less instruction needed. */
export function instructieRank(instructie: Instructie): number {
  return 2 - INSTRUCTIES.indexOf(instructie);
}

/** Change between two placements; null when either is unknown. */
export function movement(
  previous: Instructie | null,
  current: Instructie | null,
): 'omhoog' | 'omlaag' | 'gelijk' | null {
  if (previous === null || current === null) return null;
  const delta = instructieRank(current) - instructieRank(previous);
  return delta > 0 ? 'omhoog' : delta < 0 ? 'omlaag' : 'gelijk';
}
