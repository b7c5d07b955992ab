/**
 * The result table of a school at one meetpunt: one row per result with the pupil's leerlingnummer,
 * name and group, the level as the LVS gave it or as the norms give it (and which of the two), and the
 * functioneringsniveau. Names are in it, so it needs pupil.read over the whole school (IB,
 * schoolleider); statistics.read alone (the bestuur) is not enough.
 */
import { parseMoment } from '../../../domain/moments';
import { fullName, sortName } from '../../../shared/names';
import { vakRank } from '../../../shared/vakken';
import type { z } from 'zod';
import { audit } from '../../audit';
import { requireWholeSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { loadEngineData } from '../analysis/engine-data';
import { enrichResult, type EnrichedResult } from '../analysis/enrich';
import { schoolMeetpunten } from '../statistics/statistics.service';
import { tableDownload, type Download } from './download';
import { findSchool, findSchoolPlacements, findSchoolResults } from './exports.queries';
import type { TableExportQuery } from './exports.schema';
import { placementAt, sortMeetpuntKeys } from './placement-at';
import { dateCell, vakNaam, type Cell, type Column, type Table } from './table';

type ResultRow = Awaited<ReturnType<typeof findSchoolResults>>[number];
type PlacementRow = Awaited<ReturnType<typeof findSchoolPlacements>>[number];

export interface ResultLine {
  row: ResultRow;
  enriched: EnrichedResult;
  placement: PlacementRow | null;
}

const LEVEL_SOURCE: Record<'lvs' | 'norm', string> = { lvs: 'LVS', norm: 'berekend uit normen' };

export const RESULT_COLUMNS: readonly Column[] = [
  { header: 'Leerlingnummer' },
  { header: 'Naam' },
  { header: 'Groep' },
  { header: 'Jaargroep', width: 11 },
  { header: 'Vak' },
  { header: 'Toets' },
  { header: 'Versie' },
  { header: 'Moment' },
  { header: 'Afnamedatum', width: 13 },
  { header: 'Vaardigheidsscore' },
  { header: 'Niveau' },
  { header: 'Niveau-bron' },
  { header: 'Functioneringsniveau' },
];

/** The jaargroep the school registered for the pupil then; the moment's ("M5") when unplaced. */
function jaargroepOf(line: ResultLine): Cell {
  const registered = line.placement?.jaargroep;
  if (registered) return /^\d+$/.test(registered) ? Number(registered) : registered;
  return parseMoment(line.row.moment)?.jaargroep ?? null;
}

function compareLines(a: ResultLine, b: ResultLine): number {
  return (
    (a.placement?.name ?? '').localeCompare(b.placement?.name ?? '', 'nl', { numeric: true }) ||
    sortName(a.row).localeCompare(sortName(b.row), 'nl') ||
    a.row.leerling_id.localeCompare(b.row.leerling_id) ||
    vakRank(a.row.vak) - vakRank(b.row.vak) ||
    a.row.vak.localeCompare(b.row.vak) ||
    a.row.toets_name.localeCompare(b.row.toets_name, 'nl') ||
    a.enriched.date.localeCompare(b.enriched.date)
  );
}

export function resultsTable(schoolName: string, meetpunt: string | null, lines: ResultLine[]): Table {
  const rows = [...lines]
    .sort(compareLines)
    .map((line): Cell[] => [
      line.row.las_key,
      fullName(line.row),
      line.placement?.name ?? null,
      jaargroepOf(line),
      vakNaam(line.row.vak),
      line.row.toets_name,
      line.row.toets_version,
      line.row.moment,
      dateCell(line.row.afnamedatum),
      line.enriched.score,
      line.enriched.level,
      line.enriched.levelSource ? LEVEL_SOURCE[line.enriched.levelSource] : null,
      line.enriched.functioneringsniveau,
    ]);
  return {
    sheetName: 'Resultaten',
    title: `Resultaten ${schoolName}${meetpunt ? `, ${meetpunt}` : ''}`,
    columns: [...RESULT_COLUMNS],
    rows,
  };
}

/** The meetpunt asked for, else the latest one with results; one without results is bad input. */
async function chooseMeetpunt(db: Db, schoolId: string, asked: string | undefined): Promise<string | null> {
  const meetpunten = sortMeetpuntKeys((await schoolMeetpunten(db, schoolId)).map((p) => p.meetpunt));
  if (asked && !meetpunten.includes(asked)) {
    throw invalidInput(`Er zijn geen resultaten op meetpunt ${asked}.`, [
      { field: 'meetpunt', message: 'geen resultaten op dit meetpunt' },
    ]);
  }
  return asked ?? meetpunten.at(-1) ?? null;
}

/**
 * The school's results at the meetpunt, made complete by the engine, each with the placement it was
 * taken in. The schooljaar narrows the query; the enriched meetpunt decides, because a continuously
 * normed test's date says which meetpunt it belongs to.
 */
async function resultLinesAt(db: Db, schoolId: string, meetpunt: string | null): Promise<ResultLine[]> {
  if (!meetpunt) return [];
  const schooljaar = meetpunt.slice(0, 9);
  const [rows, placements] = await Promise.all([
    findSchoolResults(db, schoolId, schooljaar),
    findSchoolPlacements(db, schoolId, schooljaar),
  ]);
  const engine = await loadEngineData(
    db,
    schoolId,
    rows.map((r) => r.toets_id),
  );
  return rows.flatMap((row): ResultLine[] => {
    const enriched = enrichResult(
      row,
      {
        id: row.toets_id,
        name: row.toets_name,
        vak: row.vak,
        scale_key: row.scale_key,
        level_system: row.level_system,
      },
      row.groep3_start,
      engine,
    );
    if (enriched.meetpunt !== meetpunt) return [];
    return [
      { row, enriched, placement: placementAt(placements, row.leerling_id, schooljaar, row.afnamedatum) },
    ];
  });
}

export async function exportSchoolResults(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof TableExportQuery>,
  now: Date,
): Promise<Download> {
  requireWholeSchool(actor, schoolId, 'pupil.read');
  const school = await findSchool(db, schoolId);
  if (!school) throw notFound('De school');
  const meetpunt = await chooseMeetpunt(db, schoolId, query.meetpunt);
  const lines = await resultLinesAt(db, schoolId, meetpunt);
  const download = await tableDownload(
    resultsTable(school.name, meetpunt, lines),
    query.format,
    ['resultaten', school.name, meetpunt ?? ''],
    now,
  );
  await audit(db, now, {
    userId: actor.userId,
    action: 'export.results',
    entity: 'school',
    entityId: school.id,
    schoolId: school.id,
    details: {
      format: query.format,
      meetpunt,
      results: lines.length,
      pupils: new Set(lines.map((l) => l.row.leerling_id)).size,
    },
  });
  return download;
}
