/**
 * The OPP as every route answers it: the stored record with, beside it, the figures from the pupil's
 * results (made complete by the analysis engine, with the school's own DLE tables), the terms, the
 * overleg, the evaluations and the versions. Reads only; the caller audits.
 */
import { allowedSteps, oppTerms } from '../../../domain/opp';
import { fullName } from '../../../shared/names';
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findResultsWithToets } from '../analysis/analysis.queries';
import { loadEngineData } from '../analysis/engine-data';
import { enrichResult, type EnrichedResult } from '../analysis/enrich';
import { findPlacementsOfPupil } from '../pupils/pupils.queries';
import { loadZorgSettings } from '../zorg/zorg-settings';
import { vakView } from './opp-figures';
import {
  VERSION_EVENTS,
  WHERE_PARENTS_TURN,
  type EvaluatieVak,
  type OppResponse,
  type VersionEvent,
} from './opp-response.schema';
import { vaststellenBlockers, type OppAccess } from './opp.policy';
import { findEvaluaties, findOppVersies, findOverleggen } from './opp.queries';
import type { OppContent } from './opp.schema';

type Pupil = OppAccess['pupil'];

export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

export function contentOf(row: { content: string }): OppContent {
  return JSON.parse(row.content) as OppContent;
}

/** The pupil's results made complete as the pupil page shows them, and the DLE tables behind them. */
export async function pupilFigures(db: Db, pupil: Pupil, extraToetsen: readonly string[] = []) {
  const rows = await findResultsWithToets(db, [pupil.id]);
  const engine = await loadEngineData(db, pupil.school_id, [...rows.map((r) => r.toets_id), ...extraToetsen]);
  const results: EnrichedResult[] = rows.map((r) =>
    enrichResult(
      r,
      {
        id: r.toets_id,
        name: r.toets_name,
        vak: r.vak,
        scale_key: r.scale_key,
        level_system: r.level_system,
      },
      pupil.groep3_start,
      engine,
    ),
  );
  return { results, dle: engine.dle };
}

/** Per vak of the content, the view with the expected and the real line. */
export async function vakViews(db: Db, pupil: Pupil, content: OppContent) {
  const baselineToetsen = content.vakken.flatMap((v) => (v.baseline?.toetsId ? [v.baseline.toetsId] : []));
  const { results, dle } = await pupilFigures(db, pupil, baselineToetsen);
  return content.vakken.map((v) =>
    vakView(
      v,
      results.filter((r) => r.vak === v.vak),
      dle,
    ),
  );
}

/** A version row's reason is an event code, or the user's own words for a bijstelling or an end. */
function versionEvent(reason: string, status: string): { event: VersionEvent; reason: string | null } {
  const known = VERSION_EVENTS.find((e) => e === reason);
  if (known) return { event: known, reason: null };
  return { event: status === 'beeindigd' ? 'beeindigd' : 'bijgesteld', reason };
}

type EvaluatieRow = Awaited<ReturnType<typeof findEvaluaties>>[number];
type OverlegRow = Awaited<ReturnType<typeof findOverleggen>>[number];

function presentEvaluatie(e: EvaluatieRow) {
  return {
    id: e.id,
    kind: e.kind,
    evaluatedOn: e.evaluated_on,
    withParents: e.with_parents === 1,
    vakken: (JSON.parse(e.content) as { vakken?: EvaluatieVak[] }).vakken ?? [],
    note: e.note,
    recordedBy: e.recorded_by_name,
    recordedAt: e.recorded_at,
  };
}

function presentOverleg(o: OverlegRow) {
  return {
    id: o.id,
    oppVersion: o.opp_version,
    heldOn: o.held_on,
    participants: o.participants,
    parentsView: o.parents_view,
    outcome: o.outcome,
    note: o.note,
    whereToTurn: o.outcome === 'geen_overeenstemming' ? [...WHERE_PARENTS_TURN] : [],
    recordedBy: o.recorded_by_name,
    recordedAt: o.recorded_at,
  };
}

export async function oppView(db: Db, actor: Actor, access: OppAccess, now: Date): Promise<OppResponse> {
  const { opp, pupil } = access;
  const content = contentOf(opp);
  const [versies, overleggen, evaluaties, placements, settings, perVak] = await Promise.all([
    findOppVersies(db, opp.id),
    findOverleggen(db, opp.id),
    findEvaluaties(db, opp.id),
    findPlacementsOfPupil(db, pupil.id),
    loadZorgSettings(db, pupil.school_id),
    vakViews(db, pupil, content),
  ]);
  const lastWithParents = evaluaties.find((e) => e.kind === 'evaluatie' && e.with_parents === 1);
  const terms = oppTerms(
    {
      status: opp.status,
      decidedOn: opp.decided_on,
      vastgesteldOn: opp.vastgesteld_on,
      lastEvaluationWithParentsOn: lastWithParents?.evaluated_on ?? null,
      termWeeks: settings.oppTermWeeks,
    },
    todayOf(now),
  );
  const blockers = vaststellenBlockers(opp, content, overleggen);
  const current = placements[0];
  return {
    id: opp.id,
    pupil: {
      id: pupil.id,
      name: fullName(pupil),
      schoolId: pupil.school_id,
      group: current && current.end_date === null ? { id: current.id, name: current.name } : null,
      leftOn: current && current.end_date !== null ? current.end_date : null,
    },
    status: opp.status,
    version: opp.version,
    decidedOn: opp.decided_on,
    vastgesteldOn: opp.vastgesteld_on,
    endedOn: opp.ended_on,
    content,
    terms: { termWeeks: settings.oppTermWeeks, ...terms },
    perVak,
    overleggen: overleggen.map(presentOverleg),
    evaluaties: evaluaties.map(presentEvaluatie),
    versions: versies.map((v) => ({
      version: v.version,
      status: v.status,
      ...versionEvent(v.reason, v.status),
      changedBy: v.changed_by_name,
      changedAt: v.changed_at,
    })),
    canVaststellen: { allowed: blockers.length === 0, reasons: blockers },
    steps: allowedSteps(opp.status),
    updatedBy: opp.updated_by_name,
    updatedAt: opp.updated_at,
    abilities: abilitiesAt(actor, pupil.school_id),
  };
}
