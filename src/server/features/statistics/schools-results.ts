/**
 * The results of several schools read together, for a view across a bestuur (the bestuur grid): one
 * results query over all the schools, and each school's engine data built from one read of the norm
 * rows, DLE points and settings visible to any of them. A fixed number of queries however many schools
 * there are; each row is enriched with its own school's engine data, exactly as loadSchoolResults does
 * for one school. Without the instructiegroep: no view across schools shows it.
 */
import type { Db } from '../../db/database';
import { normTablesOf, type EngineData, type NormTables } from '../analysis/engine-data';
import { effectiveSettings, parseSchoolSettings } from '../settings/settings.service';
import { findDlePoints, findNormRows } from '../norms/norms.queries';
import { enrichSchoolResult, selectsNothing } from './school-results';
import { findSettingsOfSchools } from '../settings/settings.queries';
import { findResultsOfSchoolsWithToets, type ResultSelection } from './statistics.queries';

/**
 * Per school its engine data. The general norm and DLE rows are shared: a school without rows of its
 * own gets the tables built once from the general ones; a school with its own gets them on top, its
 * own replacing the general ones by the usual rule.
 */
async function engineDataOfSchools(
  db: Db,
  schoolIds: string[],
  toetsIds: string[],
  settingRows: readonly { school_id: string; settings: string }[],
): Promise<Map<string, EngineData>> {
  const ids = [...new Set(toetsIds)].sort();
  const [normRows, dleRows] = await Promise.all([
    findNormRows(db, ids, schoolIds),
    findDlePoints(db, ids, schoolIds),
  ]);
  const general = normTablesOf(
    normRows.filter((r) => r.school_id === null),
    dleRows.filter((r) => r.school_id === null),
  );
  const withOwn = new Set([...normRows, ...dleRows].map((r) => r.school_id));
  const stored = new Map(settingRows.map((s) => [s.school_id, s.settings]));
  return new Map(
    schoolIds.map((schoolId) => {
      const visible = (r: { school_id: string | null }) => r.school_id === null || r.school_id === schoolId;
      const tables: NormTables = withOwn.has(schoolId)
        ? normTablesOf(normRows.filter(visible), dleRows.filter(visible))
        : general;
      return [
        schoolId,
        { ...tables, settings: effectiveSettings(parseSchoolSettings(stored.get(schoolId))) },
      ];
    }),
  );
}

/** The enriched results of these schools, each row with its school. */
export async function loadResultsOfSchools(db: Db, schoolIds: string[], only?: ResultSelection) {
  if (schoolIds.length === 0 || selectsNothing(only)) return [];
  // The settings do not depend on the results: read them alongside (on PostgreSQL they overlap).
  const [rows, settings] = await Promise.all([
    findResultsOfSchoolsWithToets(db, schoolIds, only),
    findSettingsOfSchools(db, schoolIds),
  ]);
  const engines = await engineDataOfSchools(
    db,
    schoolIds,
    rows.map((r) => r.toets_id),
    settings,
  );
  return rows.flatMap((r) => {
    const engine = engines.get(r.school_id);
    const row = engine ? enrichSchoolResult(r, engine) : null;
    return row ? [{ ...row, schoolId: r.school_id }] : [];
  });
}

export type SchoolsResult = Awaited<ReturnType<typeof loadResultsOfSchools>>[number];
