/**
 * A plan about a domein, evaluated per goal: the goals with whom they are for, and the evidence the
 * data pre-fills (the period's observations, the first instrument score after the plan's start) as
 * the text the teacher completes.
 */
import type { GoalStatus, PlanDetail, PlanGoal } from '../../api/types';
import type { Catalog } from '../../i18n/nl';

export type DomeinEvidence = NonNullable<PlanDetail['domein']>;
type GoalEvidence = DomeinEvidence['goals'][string];

export interface DomeinGoal {
  goal: PlanGoal;
  /** The subgroup's name, "Basisdoel" or the pupil's name. */
  of: string;
}

/** Every goal of the plan in reading order: the basisdoel's, each subgroup's, each pupil's own. */
export function domeinGoals(plan: PlanDetail, t: Catalog): DomeinGoal[] {
  const names = new Map(plan.pupils.map((p) => [p.id, p.name]));
  return [
    ...plan.content.basisdoelen.map((goal) => ({ goal, of: t.planDaily.evaluationBasis })),
    ...plan.content.subgroepen.flatMap((s) => s.doelen.map((goal) => ({ goal, of: s.naam }))),
    ...Object.entries(plan.content.leerlingdoelen).flatMap(([id, goals]) =>
      goals.map((goal) => ({ goal, of: names.get(id) ?? '' })),
    ),
  ];
}

/** The evidence as lines of text: a summary, then each observation and score with the pupil's name. */
export function evidenceText(
  evidence: GoalEvidence | undefined,
  names: ReadonlyMap<string, string>,
  t: Catalog,
  formatDate: (iso: string) => string,
): string {
  if (!evidence || (evidence.observations.length === 0 && evidence.scores.length === 0)) return '';
  const g = t.plansGedrag;
  const lines: string[] = [];
  if (evidence.scores.length > 0) {
    const reached = evidence.scores.filter((s) => s.status === 'behaald').length;
    lines.push(g.evidenceScores(reached, evidence.scores.length));
    // The pupils who did not reach it are the ones to talk about; the count says the rest.
    for (const s of evidence.scores.filter((x) => x.status !== 'behaald')) {
      const value =
        s.percentiel !== null
          ? g.percentielValue(String(s.percentiel))
          : g.bandValue(g.bands[s.band ?? ''] ?? s.band ?? '');
      lines.push(
        g.scoreLine(names.get(s.pupilId) ?? '', formatDate(s.date), value, g.statuses[s.status] ?? s.status),
      );
    }
  }
  if (evidence.observations.length > 0) {
    lines.push(g.evidenceObservations(evidence.observations.length));
    for (const o of evidence.observations)
      lines.push(g.observationLine(names.get(o.pupilId) ?? '', formatDate(o.date), o.toelichting ?? ''));
  }
  return lines.join('\n');
}

/** The status the teacher chose, else the data's proposal. */
export const verdictOf = (
  chosen: { status: GoalStatus } | undefined,
  evidence: GoalEvidence | undefined,
): GoalStatus => chosen?.status ?? evidence?.status ?? 'onbekend';
