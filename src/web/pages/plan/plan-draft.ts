/**
 * A groepsplan as the teacher types it. Goal targets stay text until they are a number (or a level)
 * the server accepts; incomplete goals are kept in the editor and left out of what is saved.
 */
import type { PlanContent, PlanGoal, PlanSubgroup } from '../../api/types';
import type { Catalog } from '../../i18n/nl';

export type DraftGoal =
  | { id: string; kind: 'woorden'; text: string }
  | { id: string; kind: 'score' | 'groei' | 'niveau'; target: string };
export type DraftSubgroup = Omit<PlanSubgroup, 'doelen'> & { doelen: DraftGoal[] };
export interface DraftContent {
  basisdoel: string;
  subgroepen: DraftSubgroup[];
}

export const toDraftGoal = (g: PlanGoal): DraftGoal =>
  g.kind === 'woorden' ? g : { id: g.id, kind: g.kind, target: String(g.target) };

export const toDraft = (content: PlanContent): DraftContent => ({
  basisdoel: content.basisdoel,
  subgroepen: content.subgroepen.map((s) => ({ ...s, doelen: s.doelen.map(toDraftGoal) })),
});

/** A number as teachers type it: a decimal comma is a decimal point. Null when it is not a number. */
export function parseTarget(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** The goal as the server takes it, or null while it is not complete. */
export function completeGoal(goal: DraftGoal): PlanGoal | null {
  if (goal.kind === 'woorden') return goal.text.trim() ? { ...goal, text: goal.text.trim() } : null;
  const target = goal.target.trim();
  if (!target) return null;
  if (goal.kind === 'niveau') return { id: goal.id, kind: 'niveau', target: target.toUpperCase() };
  const n = parseTarget(target);
  return n === null ? null : { id: goal.id, kind: goal.kind, target: n };
}

export const incompleteGoals = (draft: DraftContent) =>
  draft.subgroepen.reduce((n, s) => n + s.doelen.filter((g) => completeGoal(g) === null).length, 0);

/** What is saved: complete goals only, and a subgroup without a name keeps its key as name. */
export const toContent = (draft: DraftContent): PlanContent => ({
  basisdoel: draft.basisdoel,
  subgroepen: draft.subgroepen.map((s) => ({
    ...s,
    naam: s.naam.trim() || s.key,
    doelen: s.doelen.map(completeGoal).filter((g): g is PlanGoal => g !== null),
  })),
});

/** Another kind of goal: words keep the text typed so far, a target starts empty. */
export function changeKind(goal: DraftGoal, kind: DraftGoal['kind']): DraftGoal {
  if (kind === goal.kind) return goal;
  const text = goal.kind === 'woorden' ? goal.text : goal.target;
  return kind === 'woorden' ? { id: goal.id, kind, text } : { id: goal.id, kind, target: '' };
}

/** Moves a pupil into subgroup `to` (at the end), out of whichever subgroup held them. */
export const movePupil = (draft: DraftContent, pupilId: string, to: string): DraftContent => ({
  ...draft,
  subgroepen: draft.subgroepen.map((s) => ({
    ...s,
    leerlingen:
      s.key === to
        ? [...s.leerlingen.filter((id) => id !== pupilId), pupilId]
        : s.leerlingen.filter((id) => id !== pupilId),
  })),
});

/** A goal as one line on paper: "vaardigheidsscore ≥ 180" or the leerdoel itself. */
export function goalSummary(goal: DraftGoal, t: Catalog): string {
  if (goal.kind === 'woorden') return goal.text;
  return t.plan.goalSummary[goal.kind]?.(goal.target || '…') ?? goal.target;
}

/** Short and unique enough within one plan; crypto.randomUUID is missing on plain-http school servers. */
export const newGoalId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
