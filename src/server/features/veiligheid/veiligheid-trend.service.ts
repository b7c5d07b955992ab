/**
 * The school's yearly monitoring of social safety over the years (the trends page): per schooljaar and
 * domain the share of pupils in a favourable band on the scale that speaks for the domain, with its
 * N, 90 % interval and no figure under ten pupils, exactly as the monitoring of that year shows it.
 */
import type { z } from 'zod';
import { schooljaarOf, shiftSchooljaar } from '../../../domain/schooljaar';
import { MIN_CELL_SIZE } from '../../../domain/suppression';
import { headlineScale, type MonitoringDomain } from '../../../domain/veiligheid-monitoring';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import type { VeiligheidTrendQuery, VeiligheidTrendResponse } from './veiligheid-trend.schema';
import { findSchoolName } from './veiligheid.queries';
import { monitoringPerYear, type SchoolMonitoring } from './veiligheid.service';

type Point = VeiligheidTrendResponse['years'][number]['veiligheid'];

function pointOf(monitoring: SchoolMonitoring | undefined, domain: MonitoringDomain): Point {
  const scale = headlineScale(monitoring?.scales ?? [], domain);
  return scale ? { instrument: scale.instrument, schaal: scale.schaal, ...scale.school } : null;
}

/**
 * The schooljaren from the first to the last, each one: a year without lists stays in the line as a
 * gap, since the Inspectie expects the monitoring every year.
 */
function yearsFrom(first: string, last: string): string[] {
  const years = [first];
  while ((years.at(-1) ?? last) < last) years.push(shiftSchooljaar(years.at(-1) ?? last, 1));
  return years;
}

export async function schoolMonitoringTrend(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof VeiligheidTrendQuery>,
  now: Date,
): Promise<VeiligheidTrendResponse> {
  requireAtSchool(actor, schoolId, 'statistics.read');
  const school = await findSchoolName(db, schoolId);
  if (!school) throw notFound('De school');
  const perYear = await monitoringPerYear(db, schoolId);
  const [first] = perYear.keys();
  const last = [...perYear.keys(), schooljaarOf(now)].sort().at(-1);
  const years = first === undefined || last === undefined ? [] : yearsFrom(first, last);
  return {
    schoolId,
    schoolName: school.name,
    minCellSize: MIN_CELL_SIZE,
    confidence: 0.9,
    years: years.slice(-(query.jaren ?? years.length)).map((schooljaar) => {
      const monitoring = perYear.get(schooljaar);
      return {
        schooljaar,
        complete: monitoring?.complete ?? false,
        veiligheid: pointOf(monitoring, 'veiligheid'),
        welbevinden: pointOf(monitoring, 'welbevinden'),
      };
    }),
  };
}
