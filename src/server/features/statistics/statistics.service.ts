/**
 * Statistics per jaargroep and vak at a meetpunt for the school, and simple trends over years. Shares
 * come with a 90 % Wilson interval. The bestuur sees no share of a cell with fewer than ten pupils, so
 * that no child can be singled out.
 */
import {
  compareMeetpunten,
  meetpuntKey,
  meetpuntOf,
  parseMeetpuntKey,
  parseMoment,
} from '../../../domain/moments';
import { suggestPlacement, effectivePlacement } from '../../../domain/placement';
import { groupStatistics, type GroupStatistics } from '../../../domain/statistics';
import { isVak } from '../../../shared/vakken';
import { schoolsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { findActiveOverrides } from '../analysis/analysis.queries';
import { loadEngineData } from '../analysis/engine-data';
import { enrichResult } from '../analysis/enrich';

export const BESTUUR_MIN_CELL = 10;
const AT_OR_ABOVE = { 'I-V': 'III', 'A-E': 'C', REF: '1F' } as const;

/** Small cells are suppressed for a user who sees the school only as part of a bestuur. */
export function minCellFor(actor: Actor, schoolId: string): number {
  const roles = actor.rolesBySchool.get(schoolId) ?? [];
  return roles.some((r) => r === 'ib' || r === 'schoolleider') ? 1 : BESTUUR_MIN_CELL;
}

/** The distinct (schooljaar, moment) pairs of the school's results: cheap, from the index. */
export async function schoolMeetpunten(db: Db, schoolId: string) {
  const pairs = await db
    .selectFrom('toetsresultaat as r')
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .select(['r.schooljaar', 'r.moment'])
    .distinct()
    .where('l.school_id', '=', schoolId)
    .execute();
  return pairs.map((p) => ({ ...p, meetpunt: meetpuntKey(meetpuntOf({ ...p, afnamedatum: null })) }));
}

async function schoolResults(db: Db, schoolId: string, only?: { schooljaren: string[]; moments: string[] }) {
  return (await loadSchoolResults(db, schoolId, only)).rows;
}

/** The school's results, enriched by the engine, with the engine data (norm means) they were read with. */
export async function loadSchoolResults(
  db: Db,
  schoolId: string,
  only?: { schooljaren: string[]; moments: string[]; vakken?: string[] },
) {
  if (only && (only.schooljaren.length === 0 || only.moments.length === 0))
    return { rows: [], engine: await loadEngineData(db, schoolId, []) };
  let query = db
    .selectFrom('toetsresultaat as r')
    .innerJoin('leerling as l', 'l.id', 'r.leerling_id')
    .innerJoin('toets as t', 't.id', 'r.toets_id')
    .select([
      'r.id',
      'r.leerling_id',
      'r.toets_id',
      'r.schooljaar',
      'r.moment',
      'r.afnamedatum',
      'r.vaardigheidsscore',
      'r.niveau',
      'r.functioneringsniveau',
      'r.dle',
      'l.groep3_start',
      't.name as toets_name',
      't.vak',
      't.scale_key',
      't.level_system',
    ])
    .where('l.school_id', '=', schoolId);
  if (only) query = query.where('r.schooljaar', 'in', only.schooljaren).where('r.moment', 'in', only.moments);
  if (only?.vakken && only.vakken.length > 0) query = query.where('t.vak', 'in', only.vakken);
  const rows = await query.execute();
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
    const e = enrichResult(
      r,
      {
        id: r.toets_id,
        name: r.toets_name,
        vak: r.vak,
        scale_key: r.scale_key,
        level_system: r.level_system,
      },
      r.groep3_start,
      engine,
    );
    const jaargroep = parseMoment(r.moment)?.jaargroep;
    if (jaargroep === undefined || !isVak(e.vak)) return [];
    const suggestion =
      e.level && e.levelSystem
        ? suggestPlacement(e.level, e.levelSystem, engine.settings.placementMapping, {
            moment: e.moment,
            vakLabel: e.vak,
          })
        : null;
    const o = overrideMap.get(`${r.leerling_id}|${e.vak}|${e.schooljaar}|${e.moment}`);
    const placement = effectivePlacement(suggestion, o ? { ...o, at: o.created_at } : null);
    return [{ e, vak: e.vak, jaargroep, instructie: placement?.instructie ?? null }];
  });
  return { rows: enriched, engine };
}

type Cell = GroupStatistics & { jaargroep: number; suppressed: boolean };

function cellsOf(rows: Awaited<ReturnType<typeof schoolResults>>, minCell: number): Cell[] {
  const byVak = new Map<string, typeof rows>();
  for (const r of rows) {
    // Doorstroomtoets results (referentieniveaus) are shown in the schooloverzicht's own block; in a
    // cell they would split the vak into a second row of a different level system.
    if (r.e.levelSystem === 'REF') continue;
    byVak.set(r.vak, [...(byVak.get(r.vak) ?? []), r]);
  }
  return [...byVak.values()].flatMap((vakRows) => {
    const system = vakRows.find((r) => r.e.levelSystem && r.e.levelSystem !== 'AVI')?.e.levelSystem ?? null;
    const level = system && system !== 'AVI' ? AT_OR_ABOVE[system] : null;
    const stats = groupStatistics(
      vakRows.flatMap((r) =>
        isVak(r.vak)
          ? [
              {
                groupKey: String(r.jaargroep),
                moment: r.e.meetpunt,
                vak: r.vak,
                scaleKey: r.e.scaleKey,
                score: r.e.score,
                system: r.e.levelSystem,
                level: r.e.level,
                instructie: r.instructie,
              },
            ]
          : [],
      ),
      { atOrAbove: system && level ? { system, level } : null },
    );
    return stats.map((s) => suppress({ ...s, jaargroep: Number(s.groupKey), suppressed: false }, minCell));
  });
}

/**
 * A small cell keeps only its size: the bestuur may know that a jaargroep had 7 pupils tested, but no
 * figure that could point at one of them (not even "0 at or above III").
 */
function suppress(cell: Cell, minCell: number): Cell {
  if (cell.n >= minCell) return cell;
  return {
    ...cell,
    suppressed: true,
    meanScore: null,
    levelShares: [],
    instructieShares: { n: cell.instructieShares.n, groups: [] },
    atOrAbove: null,
  };
}

function assertStatisticsScope(actor: Actor, schoolId: string): void {
  if (!schoolsWhere(actor, 'statistics.read').includes(schoolId)) throw notFound('De school');
}

export async function getSchoolStatistics(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: { meetpunt?: string | undefined },
) {
  assertStatisticsScope(actor, schoolId);
  const pairs = await schoolMeetpunten(db, schoolId);
  const meetpunten = [...new Set(pairs.map((p) => p.meetpunt))]
    .flatMap((k) => {
      const m = parseMeetpuntKey(k);
      return m ? [m] : [];
    })
    .sort(compareMeetpunten)
    .map(meetpuntKey);
  if (query.meetpunt && !meetpunten.includes(query.meetpunt)) {
    throw invalidInput(`Er zijn geen resultaten op meetpunt ${query.meetpunt}.`, [
      { field: 'meetpunt', message: 'geen resultaten' },
    ]);
  }
  const meetpunt = query.meetpunt ?? meetpunten.at(-1) ?? null;
  const minCellSize = minCellFor(actor, schoolId);
  const at = pairs.filter((p) => p.meetpunt === meetpunt);
  const rows = await schoolResults(db, schoolId, {
    schooljaren: [...new Set(at.map((p) => p.schooljaar))],
    moments: [...new Set(at.map((p) => p.moment))],
  });
  const cells = cellsOf(
    rows.filter((r) => r.e.meetpunt === meetpunt),
    minCellSize,
  ).sort((a, b) => a.jaargroep - b.jaargroep || a.vak.localeCompare(b.vak));
  return { meetpunten, meetpunt, minCellSize, cells };
}

export async function getTrend(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: { vak: string; jaargroep: number; kind: 'B' | 'M' | 'E' },
) {
  assertStatisticsScope(actor, schoolId);
  const minCellSize = minCellFor(actor, schoolId);
  const rows = (await schoolResults(db, schoolId)).filter((r) => r.vak === query.vak);
  const cells = cellsOf(
    rows.filter((r) => parseMeetpuntKey(r.e.meetpunt)?.kind === query.kind),
    minCellSize,
  );
  const point = (c: Cell) => ({
    schooljaar: c.moment.slice(0, 9),
    jaargroep: c.jaargroep,
    n: c.n,
    meanScore: c.meanScore,
    share: c.atOrAbove?.share ?? null,
    interval: c.atOrAbove?.interval ?? null,
    scaleKey: c.scaleKey,
  });
  const sameMoment = cells
    .filter((c) => c.jaargroep === query.jaargroep)
    .map(point)
    .sort((a, b) => a.schooljaar.localeCompare(b.schooljaar));
  const first = sameMoment[0]?.schooljaar;
  const startYear = first ? Number(first.slice(0, 4)) : null;
  // The cohort at the level of jaargroep × schooljaar cells: the group that was in this jaargroep in
  // the first year, one jaargroep higher each following year.
  const cohort =
    startYear === null
      ? []
      : cells
          .filter((c) => c.jaargroep - query.jaargroep === Number(c.moment.slice(0, 4)) - startYear)
          .map(point)
          .sort((a, b) => a.schooljaar.localeCompare(b.schooljaar));
  return { sameMoment, cohort, minCellSize };
}
