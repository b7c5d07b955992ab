/** The evaluation of a groepsplan: the data's proposal, and what the teacher confirms or changes. */
import type { GoalStatus, PlanContent, PlanDetail, PlanEvaluation } from '../../api/types';

const emptyEvaluation = (): PlanEvaluation => ({
  confirmed: {},
  waarom: { leerling: '', onderwijs: '', thuis: '' },
});

/**
 * The teacher's unfinished evaluation as kept in the browser, or a fresh one. Only what the teacher
 * changed is kept, so goals added later still follow the data's proposal; a damaged entry is dropped.
 */
export function restoreEvaluation(stored: string | null): PlanEvaluation {
  const fresh = emptyEvaluation();
  if (!stored) return fresh;
  try {
    const saved = JSON.parse(stored) as PlanEvaluation;
    return { confirmed: saved.confirmed, waarom: { ...fresh.waarom, ...saved.waarom } };
  } catch {
    return fresh;
  }
}

/** A pupil's status for a goal: what the teacher chose, else the data's proposal, else unknown. */
export function goalStatus(
  draft: PlanEvaluation,
  proposal: PlanDetail['proposal'],
  pupilId: string,
  goalId: string,
): GoalStatus {
  return draft.confirmed[pupilId]?.[goalId] ?? proposal?.pupils[pupilId]?.[goalId]?.status ?? 'onbekend';
}

/** The draft with one status chosen by the teacher. */
export const withStatus = (
  draft: PlanEvaluation,
  pupilId: string,
  goalId: string,
  status: GoalStatus,
): PlanEvaluation => ({
  ...draft,
  confirmed: { ...draft.confirmed, [pupilId]: { ...draft.confirmed[pupilId], [goalId]: status } },
});

/**
 * What is recorded: a status for every pupil and each of their goals (the basisdoel's, their
 * subgroup's, their own), as shown on the screen.
 */
export function confirmedStatuses(
  content: PlanContent,
  statusOf: (pupilId: string, goalId: string) => GoalStatus,
): PlanEvaluation['confirmed'] {
  const confirmed: PlanEvaluation['confirmed'] = {};
  const basis = content.basisdoelen ?? [];
  for (const sub of content.subgroepen)
    for (const id of sub.leerlingen) {
      const own = content.leerlingdoelen?.[id] ?? [];
      for (const goal of [...basis, ...sub.doelen, ...own])
        (confirmed[id] ??= {})[goal.id] = statusOf(id, goal.id);
    }
  return confirmed;
}
