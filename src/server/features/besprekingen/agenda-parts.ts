/**
 * Pieces that several agendas share: the OPPs of pupils against their expectation, the groepsplannen
 * of a period in brief, and the pupil's latest result per vak as the OPP progress reads it.
 */
import type { PupilAnalysis } from '../analysis/analysis.core';
import { PlanContent, PlanEvaluation } from '../plans/plans.schema';
import {
  oppProgress,
  oppSummary,
  onTrackOverall,
  readOppContent,
  type CurrentResult,
  type OppRow,
} from '../zorg/opp-summary';
import type { findPlansOfGroupPeriod } from './agenda.queries';
import type { OppOnAgenda } from './agenda.schema';

/** The pupil's current result per vak in the analysis, in the form the OPP progress reads. */
export function currentResultsOf(analysis: PupilAnalysis | undefined) {
  return (vak: string): CurrentResult | null => {
    const current = analysis?.vakken.get(vak)?.current;
    if (!current) return null;
    return {
      meetpunt: current.meetpunt,
      moment: current.moment,
      dl: current.dl,
      dle: current.dle,
      level: current.level,
      levelSystem: current.levelSystem,
    };
  };
}

export function oppOnAgenda(
  row: OppRow,
  pupil: { id: string; name: string },
  analysis: PupilAnalysis | undefined,
): OppOnAgenda {
  const vakken = oppProgress(readOppContent(row.content), currentResultsOf(analysis));
  return { pupil, opp: oppSummary(row), onTrack: onTrackOverall(vakken), vakken };
}

type PlanRow = Awaited<ReturnType<typeof findPlansOfGroupPeriod>>[number];

function evaluationSummary(text: string | null) {
  if (text === null) return null;
  const parsed = PlanEvaluation.safeParse(JSON.parse(text));
  if (!parsed.success) return null;
  const counts = { behaald: 0, deels: 0, niet: 0, onbekend: 0 };
  for (const goals of Object.values(parsed.data.confirmed))
    for (const status of Object.values(goals)) counts[status] += 1;
  return { counts, waarom: parsed.data.waarom };
}

/** A groepsplan in brief: its goals per subgroup and what its evaluation concluded. */
export function planOnAgenda(row: PlanRow) {
  const content = PlanContent.safeParse(JSON.parse(row.content));
  const subgroepen = content.success ? content.data.subgroepen : [];
  return {
    id: row.id,
    vak: row.vak,
    vorm: row.vorm,
    status: row.status,
    basisdoel: content.success ? content.data.basisdoel : '',
    goals: subgroepen.flatMap((s) => s.doelen.map((goal) => ({ subgroep: s.naam, goal }))),
    evaluation: evaluationSummary(row.evaluation),
  };
}
