/**
 * Comparable starters: other pupils of the bestuur who took the same test lineage (scale) at the same
 * two moments and started at the same level. A pupil's growth is placed among theirs as a percentile,
 * so a child is compared with children who started where it started, not only with the mean.
 */
import { parseLevel, type LevelSystem } from '../../../domain/levels';
import { levelFromNorms } from '../../../domain/norms';
import { isDateMoment } from '../../../domain/moments';
import { peerDistribution, type PeerDistribution } from '../../../domain/growth';
import { schooljaarStartYear } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import { findStarterPairs } from './analysis.queries';
import type { EngineData } from './engine-data';
import { resultsVersion } from '../../results-version';

export interface PeerKey {
  scaleKey: string;
  system: LevelSystem | null;
  fromMoment: string;
  toMoment: string;
  /** Schooljaren between the two results (0 for M5 → E5, 1 for E4 → M5). */
  yearOffset: number;
}

export interface PeerGroup {
  distribution: PeerDistribution;
  /** Pupils in the distribution: their own growth is left out when they are compared. */
  members: ReadonlySet<string>;
}

export function peerKeyString(k: PeerKey): string {
  return `${k.scaleKey}|${k.fromMoment}|${k.toMoment}|${k.yearOffset}`;
}

/** Per start level: the growth of every pupil with that start, for one peer key. */
export type PeerGroups = Map<string, PeerGroup>;

export async function loadPeerGroups(
  db: Db,
  bestuurId: string,
  key: PeerKey,
  engine: EngineData,
): Promise<PeerGroups> {
  const groups: PeerGroups = new Map();
  // Continuously normed tests have a date as moment: no two pupils share one, so no peers.
  if (isDateMoment(key.fromMoment) || isDateMoment(key.toMoment)) return groups;
  const collected = new Map<string, { growths: number[]; members: Set<string> }>();
  const rows = await findStarterPairs(db, bestuurId, key);
  for (const r of rows) {
    if (schooljaarStartYear(r.to_year) - schooljaarStartYear(r.from_year) !== key.yearOffset) continue;
    if (r.from_score === null || r.to_score === null) continue;
    const level = startLevel(r.niveau, r.from_score, r.toets_id, key, engine);
    if (level === null) continue;
    const group = collected.get(level) ?? { growths: [], members: new Set<string>() };
    group.growths.push(r.to_score - r.from_score);
    group.members.add(r.leerling_id);
    collected.set(level, group);
  }
  for (const [level, group] of collected) {
    groups.set(level, { distribution: peerDistribution(group.growths), members: group.members });
  }
  return groups;
}

function startLevel(
  given: string | null,
  score: number,
  toetsId: string,
  key: PeerKey,
  engine: EngineData,
): string | null {
  if (!key.system) return null;
  if (given) {
    const parsed = parseLevel(given, key.system);
    // I+ is a refinement of I: starters at I and I+ are one group of comparable pupils.
    if (parsed.ok) return parsed.level === 'I+' ? 'I' : parsed.level;
  }
  const norm = engine.norms.get(toetsId)?.get(key.fromMoment);
  if (!norm || key.system === 'AVI') return null;
  const level = levelFromNorms(score, norm, key.system);
  return level === 'I+' ? 'I' : level;
}

/**
 * Peer groups change only when results or norms are written, so they are cached per process and
 * checked against the results version in the database (one cheap read per request). The cache holds at
 * most CACHE_LIMIT keys; the oldest go first.
 */
const CACHE_LIMIT = 2000;
const cache = new Map<string, { version: string; groups: PeerGroups }>();

/**
 * What start levels computed from norms depend on: the norm rows at the starting moment of the toetsen
 * on the scale. Schools of a bestuur that use the same (general) norms share one entry, so the starters
 * of a whole bestuur are read once after a change, not once per school; a school's own norms give its
 * own entry.
 */
function normsSignature(key: PeerKey, engine: EngineData, scaleOf: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  for (const [toetsId, byMoment] of engine.norms) {
    const norm = byMoment.get(key.fromMoment);
    if (norm && scaleOf.get(toetsId) === key.scaleKey) parts.push(`${toetsId}=${JSON.stringify(norm.cuts)}`);
  }
  return `${key.system ?? ''}|${parts.sort().join(';')}`;
}

/**
 * Loads each distinct peer key once, from the cache when the results have not changed.
 * `scaleOf`: the scale of every toets in `engine.norms` (the caller's results know it).
 * `version`: the results version when the caller already read it with its other queries.
 */
export async function loadAllPeerGroups(
  db: Db,
  bestuurId: string,
  keys: PeerKey[],
  engine: EngineData,
  scaleOf: ReadonlyMap<string, string>,
  version?: string,
): Promise<Map<string, PeerGroups>> {
  const result = new Map<string, PeerGroups>();
  if (keys.length === 0) return result;
  const current = version ?? (await resultsVersion(db));
  const unique = new Map(keys.map((k) => [peerKeyString(k), k]));
  const misses: [string, string, PeerKey][] = [];
  for (const [id, key] of unique) {
    const cacheKey = `${bestuurId}|${id}|${normsSignature(key, engine, scaleOf)}`;
    const hit = cache.get(cacheKey);
    if (hit && hit.version === current) result.set(id, hit.groups);
    else misses.push([id, cacheKey, key]);
  }
  // Independent reads: on PostgreSQL each gets its own connection from the pool.
  const loaded = await Promise.all(misses.map(([, , key]) => loadPeerGroups(db, bestuurId, key, engine)));
  misses.forEach(([id, cacheKey], i) => {
    const groups = loaded[i] ?? new Map();
    cache.delete(cacheKey);
    cache.set(cacheKey, { version: current, groups });
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
    result.set(id, groups);
  });
  return result;
}
