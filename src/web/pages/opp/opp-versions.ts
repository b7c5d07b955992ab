/**
 * The versions of an OPP as a reader wants them: every autosave keeps a version, so a morning's typing
 * is dozens of rows "gewijzigd". A run of changes by one person becomes one row with its count and
 * the time of the last; the steps (vastgesteld, bijgesteld …) stay rows of their own.
 */
import type { OppVersion } from '../../api/opp';

export interface VersionRow extends OppVersion {
  /** How many versions this row stands for (1 for a step). */
  count: number;
  /** The first version of the run. */
  fromVersion: number;
}

export function collapseVersions(versions: readonly OppVersion[]): VersionRow[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const rows: VersionRow[] = [];
  for (const v of newestFirst) {
    const last = rows.at(-1);
    if (last && v.event === 'gewijzigd' && last.event === 'gewijzigd' && last.changedBy === v.changedBy) {
      last.count += 1;
      last.fromVersion = v.version;
    } else rows.push({ ...v, count: 1, fromVersion: v.version });
  }
  return rows;
}
