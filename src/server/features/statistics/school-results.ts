/**
 * A school's results as the OGW views read them (statistics, schooloverzicht, trends, the bestuur grid):
 * enriched by the engine (levels, meetpunt, scale), with the jaargroep of the moment and the
 * instructiegroep in force, and the engine data (norm means) they were read with.
 */
import { parseMoment } from '../../../domain/moments';
import { effectivePlacement, suggestPlacement } from '../../../domain/placement';
import { isVak } from '../../../shared/vakken';
import type { Db } from '../../db/database';
import { findActiveOverrides } from '../analysis/analysis.queries';
import { loadEngineData, type EngineData } from '../analysis/engine-data';
import { enrichResult } from '../analysis/enrich';
import { findSchoolResultsWithToets, type ResultSelection } from './statistics.queries';

type StoredResult = Awaited<ReturnType<typeof findSchoolResultsWithToets>>[number];

/** True when a selection asks for nothing (an empty list), which SQL's `in ()` cannot say. */
export function selectsNothing(only: ResultSelection | undefined): boolean {
  const none = (list: readonly string[] | undefined) => list !== undefined && list.length === 0;
  return only !== undefined && (none(only.schooljaren) || none(only.moments) || none(only.pupilIds));
}

/**
 * One stored result enriched by the school's engine data, with the jaargroep of its moment; null for a
 * result the OGW views do not count (a moment without a jaargroep, a toets outside the vakken).
 */
export function enrichSchoolResult(r: StoredResult, engine: EngineData) {
  const toets = {
    id: r.toets_id,
    name: r.toets_name,
    vak: r.vak,
    scale_key: r.scale_key,
    level_system: r.level_system,
  };
  const e = enrichResult(r, toets, r.groep3_start, engine);
  const jaargroep = parseMoment(r.moment)?.jaargroep;
  if (jaargroep === undefined || !isVak(e.vak)) return null;
  return { e, vak: e.vak, jaargroep };
}

export async function loadSchoolResults(db: Db, schoolId: string, only?: ResultSelection) {
  if (selectsNothing(only)) return { rows: [], engine: await loadEngineData(db, schoolId, []) };
  const rows = await findSchoolResultsWithToets(db, schoolId, only);
  const engine = await loadEngineData(
    db,
    schoolId,
    rows.map((r) => r.toets_id),
  );
  const overrides = await findActiveOverrides(db, [...new Set(rows.map((r) => r.leerling_id))]);
  const overrideMap = new Map(
    overrides.map((o) => [`${o.leerling_id}|${o.vak}|${o.schooljaar}|${o.moment}`, o]),
  );
  const enriched = rows.flatMap((r) => {
    const row = enrichSchoolResult(r, engine);
    if (!row) return [];
    const { e } = row;
    const suggestion =
      e.level && e.levelSystem
        ? suggestPlacement(e.level, e.levelSystem, engine.settings.placementMapping, {
            moment: e.moment,
            vakLabel: e.vak,
          })
        : null;
    const o = overrideMap.get(`${r.leerling_id}|${e.vak}|${e.schooljaar}|${e.moment}`);
    const placement = effectivePlacement(suggestion, o ? { ...o, at: o.created_at } : null);
    return [{ ...row, instructie: placement?.instructie ?? null }];
  });
  return { rows: enriched, engine };
}

export type SchoolResult = Awaited<ReturnType<typeof loadSchoolResults>>['rows'][number];
