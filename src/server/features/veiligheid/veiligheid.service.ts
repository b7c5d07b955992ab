/**
 * The yearly monitoring of social safety of a school (domain/veiligheid-monitoring.ts): the pupils'
 * lists of the instruments the Inspectie accepts, on their safety and well-being scales. Two queries
 * serve any number of schools, so the bestuur reads its schools the same way.
 */
import { currentSchooljaar } from '../../../domain/schooljaar';
import { isSeoFavourable } from '../../../domain/seo';
import { MIN_CELL_SIZE } from '../../../domain/suppression';
import {
  jaargroepOn,
  monitoringOverview,
  MONITORING_DOMAINS,
  type MonitoringDomain,
  type MonitoringOverview,
  type MonitoringScore,
} from '../../../domain/veiligheid-monitoring';
import { SEO_INSTRUMENTS, seoInstrumentByCode } from '../../../imports/seo/catalog';
import { abilitiesAt, requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import {
  findMonitoringYears,
  findPupilLists,
  findSchoolName,
  findYearPlacements,
} from './veiligheid.queries';
import type { VeiligheidResponse } from './veiligheid.schema';

/** The catalog's instruments whose supplier delivers the Inspectie's monitoring data. */
export const MONITORING_INSTRUMENTS = SEO_INSTRUMENTS.filter((i) => i.inspectieMonitoring).map((i) => i.code);

type ListRow = Awaited<ReturnType<typeof findPupilLists>>[number];
type PlacementRow = Awaited<ReturnType<typeof findYearPlacements>>[number];

/** The scale of a list row when it is a safety or well-being scale of the catalog. */
function monitoringScale(instrument: string, schaal: string) {
  const scale = seoInstrumentByCode(instrument)?.scales.find((s) => s.code === schaal);
  if (!scale || !(MONITORING_DOMAINS as readonly string[]).includes(scale.domain)) return null;
  return { ...scale, domain: scale.domain as MonitoringDomain };
}

export interface SchoolMonitoring extends MonitoringOverview {
  instruments: VeiligheidResponse['instruments'];
}

function monitoringOf(lists: ListRow[], placements: PlacementRow[], minCellSize: number): SchoolMonitoring {
  const placementsOf = new Map<string, { jaargroep: string; startDate: string; endDate: string | null }[]>();
  for (const p of placements) {
    const list = placementsOf.get(p.leerling_id) ?? [];
    list.push({ jaargroep: p.jaargroep, startDate: p.start_date, endDate: p.end_date });
    placementsOf.set(p.leerling_id, list);
  }
  const scores: MonitoringScore[] = lists.flatMap((r) => {
    const scale = monitoringScale(r.instrument, r.schaal);
    if (!scale) return [];
    return [
      {
        leerlingId: r.leerling_id,
        jaargroep: jaargroepOn(placementsOf.get(r.leerling_id) ?? [], r.afnamedatum),
        instrument: r.instrument,
        schaal: r.schaal,
        domain: scale.domain,
        afnamedatum: r.afnamedatum,
        // "Voelt zich veilig": not at the unfavourable end (domain/seo.ts, shared with the pupil's view).
        favourable: isSeoFavourable(r, scale.higherIsBetter),
      },
    ];
  });
  const pupils: Record<string, number> = {};
  for (const [, list] of placementsOf) {
    for (const j of new Set(list.map((p) => p.jaargroep))) pupils[j] = (pupils[j] ?? 0) + 1;
  }
  const instruments = [...new Set(scores.map((s) => s.instrument))].sort().map((instrument) => {
    const own = scores.filter((s) => s.instrument === instrument);
    const dates = own.map((s) => s.afnamedatum).sort();
    return {
      instrument,
      firstTaken: dates[0] ?? '',
      lastTaken: dates.at(-1) ?? '',
      pupils: new Set(own.map((s) => s.leerlingId)).size,
    };
  });
  return { ...monitoringOverview(scores, pupils, minCellSize), instruments };
}

/** The monitoring of each school in one schooljaar, read in two queries whatever the number of schools. */
export async function monitoringOfSchools(
  db: Db,
  schoolIds: readonly string[],
  schooljaar: string,
  minCellSize = MIN_CELL_SIZE,
): Promise<Map<string, SchoolMonitoring>> {
  const lists = await findPupilLists(db, schoolIds, MONITORING_INSTRUMENTS, schooljaar);
  const placements = await findYearPlacements(db, schoolIds, [schooljaar]);
  return new Map(
    schoolIds.map((id) => [
      id,
      monitoringOf(
        lists.filter((r) => r.school_id === id),
        placements.filter((p) => p.school_id === id),
        minCellSize,
      ),
    ]),
  );
}

/**
 * The school's monitoring in every schooljaar in which its pupils filled in a list, oldest first: two
 * queries for all the years together, each year counted as its own monitoring.
 */
export async function monitoringPerYear(
  db: Db,
  schoolId: string,
  minCellSize = MIN_CELL_SIZE,
): Promise<Map<string, SchoolMonitoring>> {
  const lists = await findPupilLists(db, [schoolId], MONITORING_INSTRUMENTS, null);
  const years = [...new Set(lists.map((r) => r.schooljaar))].sort();
  const placements = await findYearPlacements(db, [schoolId], years);
  return new Map(
    years.map((year) => [
      year,
      monitoringOf(
        lists.filter((r) => r.schooljaar === year),
        placements.filter((p) => p.schooljaar === year),
        minCellSize,
      ),
    ]),
  );
}

/**
 * The school's monitoring in a schooljaar (by default the latest with pupils' lists, else the current
 * one). Every reader gets the same suppression under ten pupils: the overview is made to be handed to
 * the Inspectie, and its figures are about groups, not about the pupils the IB knows by name.
 */
export async function schoolMonitoring(
  db: Db,
  actor: Actor,
  schoolId: string,
  asked: string | undefined,
  now: Date,
): Promise<VeiligheidResponse> {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const school = await findSchoolName(db, schoolId);
  if (!school) throw notFound('De school');
  const years = await findMonitoringYears(db, schoolId);
  const listed = await findPupilLists(db, [schoolId], MONITORING_INSTRUMENTS, null);
  const schooljaar = asked ?? listed.at(-1)?.schooljaar ?? currentSchooljaar(years, now);
  const monitoring = (await monitoringOfSchools(db, [schoolId], schooljaar)).get(schoolId);
  if (!monitoring) throw notFound('De school');
  return {
    schoolId,
    schoolName: school.name,
    schooljaar,
    years: [...new Set([...years, schooljaar])].sort(),
    abilities: abilitiesAt(actor, schoolId),
    minCellSize: MIN_CELL_SIZE,
    confidence: 0.9,
    ...monitoring,
  };
}
