/**
 * Everything the engine needs besides the results themselves, loaded once per request: the norm rows
 * and DLE tables visible to the school (its own replace the general ones per toets) and the school's
 * settings.
 */
import type { DlePoint, NormRow } from '../../../domain/norms';
import { dleLookup } from '../../../domain/dl';
import { functioneringsniveauLookup } from '../../../domain/functioneringsniveau';
import type { Db } from '../../db/database';
import type { DlePointTable, NormRowTable } from '../../db/schema';
import { findDlePoints, findNormRows } from '../norms/norms.queries';
import { effectiveSettings, loadSchoolSettings, type EffectiveSettings } from '../settings/settings.service';
import type { EngineSettings } from '../settings/settings.schema';

export interface EngineData {
  /** Per toets id: its norm rows by moment. */
  norms: Map<string, Map<string, NormRow>>;
  dle: Map<string, DlePoint[]>;
  /** Per toets id, prepared once: score → DLE, score → functioneringsniveau. */
  dleOf: Map<string, (score: number | null) => number | null>;
  functioneringsniveauOf: Map<string, (score: number) => string | null>;
  settings: EffectiveSettings;
}

/**
 * A school's own rows replace the general ones with the same key: per toets and moment for norm rows
 * (a school may load norms for one moment only), per toets for a DLE table (a table is one whole).
 */
function ownFirst<T extends { toets_id: string; school_id: string | null }>(
  rows: readonly T[],
  keyOf: (r: T) => string,
): T[] {
  const hasOwn = new Set(rows.filter((r) => r.school_id !== null).map(keyOf));
  return rows.filter((r) => r.school_id !== null || !hasOwn.has(keyOf(r)));
}

export type NormTables = Omit<EngineData, 'settings'>;

type StoredNormRow = Pick<NormRowTable, 'toets_id' | 'school_id' | 'moment' | 'cuts' | 'mean'>;
type StoredDlePoint = Pick<DlePointTable, 'toets_id' | 'school_id' | 'min_score' | 'dle'>;

async function loadNormTables(db: Db, schoolId: string, ids: string[]): Promise<NormTables> {
  const [normRows, dleRows] = await Promise.all([
    findNormRows(db, ids, [schoolId]),
    findDlePoints(db, ids, [schoolId]),
  ]);
  return normTablesOf(normRows, dleRows);
}

/**
 * The prepared tables of one school from the rows visible to it (the general ones and its own; DLE
 * points in min_score order): a caller that read the rows of several schools at once builds each
 * school's tables from its share.
 */
export function normTablesOf(
  normRows: readonly StoredNormRow[],
  dleRows: readonly StoredDlePoint[],
): NormTables {
  const norms = new Map<string, Map<string, NormRow>>();
  for (const r of ownFirst(normRows, (r) => `${r.toets_id}|${r.moment}`)) {
    const byMoment = norms.get(r.toets_id) ?? new Map<string, NormRow>();
    byMoment.set(r.moment, {
      toets: r.toets_id,
      versie: '',
      moment: r.moment,
      cuts: JSON.parse(r.cuts) as NormRow['cuts'],
      gemiddelde: r.mean,
    });
    norms.set(r.toets_id, byMoment);
  }
  const dle = new Map<string, DlePoint[]>();
  for (const r of ownFirst(dleRows, (r) => r.toets_id)) {
    dle.set(r.toets_id, [...(dle.get(r.toets_id) ?? []), { minScore: r.min_score, dle: r.dle }]);
  }
  const dleOf = new Map([...dle].map(([toetsId, points]) => [toetsId, dleLookup(points)]));
  const functioneringsniveauOf = new Map(
    [...norms].map(([toetsId, byMoment]) => [toetsId, functioneringsniveauLookup([...byMoment.values()])]),
  );
  return { norms, dle, dleOf, functioneringsniveauOf };
}

/**
 * Norm and DLE tables change only with a norms write, which raises the results version; a screen asks
 * for the same school and toetsen on every open, so the prepared tables are kept per process and
 * checked against that version (the caller already read it). At most CACHE_LIMIT entries; oldest first.
 * Never mutated after they are built, so requests can share them.
 */
const CACHE_LIMIT = 500;
const cache = new Map<string, { version: string; tables: NormTables }>();

/**
 * `settings`: the school's settings when the caller already started loading them (they do not depend
 * on the toetsen, so a caller can read them together with the results: one round trip less).
 * `version`: the results version, read by the caller; with it the tables may come from the cache.
 */
export async function loadEngineData(
  db: Db,
  schoolId: string,
  toetsIds: string[],
  settings?: Promise<EngineSettings>,
  version?: string,
): Promise<EngineData> {
  const ids = [...new Set(toetsIds)].sort();
  const key = `${schoolId}|${ids.join(',')}`;
  const hit = version === undefined ? undefined : cache.get(key);
  const [tables, own] = await Promise.all([
    hit && hit.version === version ? hit.tables : loadNormTables(db, schoolId, ids),
    settings ?? loadSchoolSettings(db, schoolId),
  ]);
  if (version !== undefined && hit?.tables !== tables) {
    cache.delete(key);
    cache.set(key, { version, tables });
    if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value ?? '');
  }
  return { ...tables, settings: effectiveSettings(own) };
}

/** For the norms list: the rows the engine uses, by the same rule. */
export function normRowsInUse<T extends { toets_id: string; school_id: string | null; moment: string }>(
  rows: T[],
): T[] {
  return ownFirst(rows, (r) => `${r.toets_id}|${r.moment}`);
}
