/**
 * What comparable starters reached: for a pupil's start result and a later moment (a groepsplan's
 * closing toetsmoment), the growth that 90 % of the bestuur's pupils who started at the same level,
 * on the same scale and at the same moments, stayed at or below. A goal above it is not wrong, but
 * worth a second look (the groepsplan shows a gentle warning with the figure).
 */
import { growthAtShare } from '../../../domain/goals';
import type { Db } from '../../db/database';
import { resultsVersion } from '../../results-version';
import { findBestuurOfSchool } from './analysis.queries';
import { loadEngineData } from './engine-data';
import type { EnrichedResult } from './enrich';
import { loadAllPeerGroups, peerKeyString, type PeerKey } from './growth-peers';

export interface OutlookRequest {
  pupilId: string;
  start: EnrichedResult;
  /** The moment the growth runs to, e.g. "M5", and how many schooljaren later it lies. */
  toMoment: string;
  yearOffset: number;
}

export interface StartersOutlook {
  p90: number;
  peers: number;
}

/** Fewer starters than this say too little (the same floor as the growth percentile). */
const MIN_PEERS = 10;

export async function startersOutlook(
  db: Db,
  schoolId: string,
  requests: readonly OutlookRequest[],
): Promise<Map<string, StartersOutlook>> {
  const result = new Map<string, StartersOutlook>();
  const usable = requests.filter((r) => r.start.score !== null && r.start.level !== null);
  if (usable.length === 0) return result;
  const [school, version] = await Promise.all([findBestuurOfSchool(db, schoolId), resultsVersion(db)]);
  const engine = await loadEngineData(
    db,
    schoolId,
    usable.map((r) => r.start.toetsId),
    undefined,
    version,
  );
  const keyOf = (r: OutlookRequest): PeerKey => ({
    scaleKey: r.start.scaleKey,
    system: r.start.levelSystem,
    fromMoment: r.start.moment,
    toMoment: r.toMoment,
    yearOffset: r.yearOffset,
  });
  const scaleOf = new Map(usable.map((r) => [r.start.toetsId, r.start.scaleKey]));
  const peers = await loadAllPeerGroups(db, school.bestuur_id, usable.map(keyOf), engine, scaleOf, version);
  for (const r of usable) {
    const level = r.start.level === 'I+' ? 'I' : (r.start.level ?? '');
    const group = peers.get(peerKeyString(keyOf(r)))?.get(level);
    const sorted = group?.distribution.sorted ?? [];
    const p90 = sorted.length >= MIN_PEERS ? growthAtShare(sorted, 0.9) : null;
    if (p90 !== null) result.set(r.pupilId, { p90, peers: sorted.length });
  }
  return result;
}
