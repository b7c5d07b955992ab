/**
 * The bestuur's view of social safety and satisfaction: per school its share of pupils who feel safe
 * and well (the monitoring's scale with the most pupils on each domain), whether its yearly monitoring
 * is complete, and per respondent group its latest survey up to the schooljaar with its share positive;
 * all schools together for
 * safety and well-being. A fixed number of queries whatever the number of schools.
 */
import type { z } from 'zod';
import { schooljaarOf } from '../../../domain/schooljaar';
import { isSmallCell, MIN_CELL_SIZE } from '../../../domain/suppression';
import {
  headlineScale,
  monitoringCell,
  type MonitoringCell,
  type MonitoringDomain,
} from '../../../domain/veiligheid-monitoring';
import { RESPONDENT_GROUPS } from '../../../domain/tevredenheid';
import { schoolsWith } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findSchools } from '../schools/schools.queries';
import { findSurveys } from '../tevredenheid/tevredenheid.queries';
import { findListYears } from '../veiligheid/veiligheid.queries';
import {
  MONITORING_INSTRUMENTS,
  monitoringOfSchools,
  type SchoolMonitoring,
} from '../veiligheid/veiligheid.service';
import type { BestuurWelzijnQuery, BestuurWelzijnResponse } from './bestuur-welzijn.schema';

type SurveyRow = Awaited<ReturnType<typeof findSurveys>>[number];
type School = BestuurWelzijnResponse['schools'][number];

/**
 * The school's scale of this domain with the most pupils (a school may use two instruments), read
 * unsuppressed (`raw`) so the total can add the counts up, and as the bestuur may see it (`shown`).
 */
function headline(monitoring: SchoolMonitoring | undefined, domain: MonitoringDomain) {
  const best = headlineScale(monitoring?.scales ?? [], domain);
  if (!best) return { raw: null, shown: null };
  const { favourable, n, missing } = best.school;
  const shown = {
    ...monitoringCell(favourable ?? 0, n, missing),
    instrument: best.instrument,
    schaal: best.schaal,
  };
  return { raw: { favourable: favourable ?? 0, n, missing }, shown };
}

/** Per respondent group its latest survey: N and the mean share positive of its themes. */
function surveysOf(rows: SurveyRow[]): School['tevredenheid'] {
  return RESPONDENT_GROUPS.flatMap((groep) => {
    const own = rows.filter((r) => r.groep === groep);
    const latest = own
      .map((r) => r.afgenomen_op)
      .sort()
      .at(-1);
    if (!latest) return [];
    const survey = own.filter((r) => r.afgenomen_op === latest);
    const n = Math.max(...survey.map((r) => r.n));
    const shares = survey.flatMap((r) => (r.positief === null ? [] : [r.positief]));
    const suppressed = isSmallCell(n, MIN_CELL_SIZE);
    const positief = shares.length === 0 ? null : shares.reduce((a, b) => a + b, 0) / shares.length;
    return [
      {
        groep,
        afgenomenOp: latest,
        n,
        themas: survey.length,
        positief: suppressed ? null : positief,
        suppressed,
      },
    ];
  });
}

/**
 * All schools together: their counts added up. Withheld when the hidden school cells hold 1–9 pupils
 * together, as the total minus the shown schools would give them back (as bestuur-uitstroom does).
 */
function totalOf(cells: ({ favourable: number; n: number; missing: number } | null)[]): MonitoringCell {
  const present = cells.filter((c) => c !== null);
  const sum = (f: (c: (typeof present)[number]) => number) => present.reduce((total, c) => total + f(c), 0);
  const n = sum((c) => c.n);
  const hidden = sum((c) => (isSmallCell(c.n, MIN_CELL_SIZE) ? c.n : 0));
  const limit = hidden > 0 && hidden < MIN_CELL_SIZE ? Number.POSITIVE_INFINITY : MIN_CELL_SIZE;
  return monitoringCell(
    sum((c) => c.favourable),
    n,
    sum((c) => c.missing),
    limit,
  );
}

/** The schooljaar asked, else the newest with pupils' lists at any school, else with a survey, else today's. */
function chosenYear(asked: string | undefined, listYears: string[], surveys: SurveyRow[], now: Date) {
  return (
    asked ??
    listYears.at(-1) ??
    surveys
      .map((r) => r.schooljaar)
      .sort()
      .at(-1) ??
    schooljaarOf(now)
  );
}

export async function getBestuurWelzijn(
  db: Db,
  actor: Actor,
  query: z.infer<typeof BestuurWelzijnQuery>,
  now: Date,
): Promise<BestuurWelzijnResponse> {
  const ids = schoolsWith(actor, 'bestuur.read');
  const schools = await findSchools(db, ids);
  const listYears = await findListYears(db, ids, MONITORING_INSTRUMENTS);
  const surveys = await findSurveys(db, ids);
  const schooljaar = chosenYear(query.schooljaar, listYears, surveys, now);
  // Unsuppressed here: each school's cell is suppressed below, and the total needs the counts.
  const monitoring = await monitoringOfSchools(db, ids, schooljaar, 1);
  const rows = schools.map((s) => {
    const m = monitoring.get(s.id);
    return {
      school: s,
      complete: m?.complete ?? false,
      veiligheid: headline(m, 'veiligheid'),
      welbevinden: headline(m, 'welbevinden'),
    };
  });
  return {
    schooljaar,
    schooljaren: [...new Set([...listYears, ...surveys.map((r) => r.schooljaar), schooljaar])]
      .sort()
      .reverse(),
    minCellSize: MIN_CELL_SIZE,
    schools: rows.map((r) => ({
      id: r.school.id,
      name: r.school.name,
      veiligheid: r.veiligheid.shown,
      welbevinden: r.welbevinden.shown,
      complete: r.complete,
      // Surveys run on their own rhythm (parents every other year): the latest up to this schooljaar.
      tevredenheid: surveysOf(
        surveys.filter((x) => x.school_id === r.school.id && x.schooljaar <= schooljaar),
      ),
    })),
    total: {
      veiligheid: totalOf(rows.map((r) => r.veiligheid.raw)),
      welbevinden: totalOf(rows.map((r) => r.welbevinden.raw)),
    },
  };
}
