/**
 * A groepsplan as the teacher types it. Goal targets stay text until they are a number (or a level)
 * the server accepts; incomplete goals are kept in the editor and left out of what is saved.
 */
import { aboveStarters } from '../../../domain/goals';
import type { PlanContent, PlanGoal, PlanSubgroup } from '../../api/types';
import type { Catalog } from '../../i18n/nl';

export type DraftGoal =
  | { id: string; kind: 'woorden'; text: string }
  | { id: string; kind: 'score' | 'groei' | 'niveau'; target: string }
  /** Observable behaviour (a plan about a domein): what, how it is observed, when it is reached. */
  | { id: string; kind: 'gedrag'; text: string; hoe: string; criterium: string }
  /** A target on a social-emotional instrument's scale: a band or a percentile (typed as text). */
  | {
      id: string;
      kind: 'instrument';
      instrument: string;
      schaal: string;
      band: 'laag' | 'gemiddeld' | 'hoog' | null;
      percentiel: string;
    };
export type DraftSubgroup = Omit<PlanSubgroup, 'doelen'> & { doelen: DraftGoal[] };
export interface DraftContent {
  basisdoel: string;
  /** The basisdoel as goals for every pupil, evaluated like a subgroup's. */
  basisdoelen: DraftGoal[];
  subgroepen: DraftSubgroup[];
  /** Optional goals of one pupil, by pupil id. */
  leerlingdoelen: Record<string, DraftGoal[]>;
}

export function toDraftGoal(g: PlanGoal): DraftGoal {
  if (g.kind === 'woorden' || g.kind === 'gedrag') return g;
  if (g.kind === 'instrument') return { ...g, percentiel: g.percentiel === null ? '' : String(g.percentiel) };
  return { id: g.id, kind: g.kind, target: String(g.target) };
}

export const toDraft = (content: PlanContent): DraftContent => ({
  basisdoel: content.basisdoel,
  basisdoelen: content.basisdoelen.map(toDraftGoal),
  subgroepen: content.subgroepen.map((s) => ({ ...s, doelen: s.doelen.map(toDraftGoal) })),
  leerlingdoelen: Object.fromEntries(
    Object.entries(content.leerlingdoelen).map(([id, goals]) => [id, goals.map(toDraftGoal)]),
  ),
});

/** A number as teachers type it: a decimal comma is a decimal point. Null when it is not a number. */
export function parseTarget(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** The goal as the server takes it, or null while it is not complete. */
export function completeGoal(goal: DraftGoal): PlanGoal | null {
  if (goal.kind === 'woorden') return goal.text.trim() ? { ...goal, text: goal.text.trim() } : null;
  if (goal.kind === 'gedrag')
    return goal.text.trim()
      ? { ...goal, text: goal.text.trim(), hoe: goal.hoe.trim(), criterium: goal.criterium.trim() }
      : null;
  if (goal.kind === 'instrument') {
    const percentiel = goal.percentiel.trim() === '' ? null : parseTarget(goal.percentiel);
    const valid = percentiel === null || (percentiel >= 0 && percentiel <= 100);
    if (!goal.instrument || !goal.schaal || !valid || (goal.band === null && percentiel === null))
      return null;
    if (goal.percentiel.trim() !== '' && percentiel === null) return null;
    return { ...goal, percentiel };
  }
  const target = goal.target.trim();
  if (!target) return null;
  if (goal.kind === 'niveau') return { id: goal.id, kind: 'niveau', target: target.toUpperCase() };
  const n = parseTarget(target);
  return n === null ? null : { id: goal.id, kind: goal.kind, target: n };
}

/** Every goal of the draft: the basisdoel's, the subgroups', the pupils' own. */
export const allDraftGoals = (draft: DraftContent): DraftGoal[] => [
  ...draft.basisdoelen,
  ...draft.subgroepen.flatMap((s) => s.doelen),
  ...Object.values(draft.leerlingdoelen).flat(),
];

export const incompleteGoals = (draft: DraftContent) =>
  allDraftGoals(draft).filter((g) => completeGoal(g) === null).length;

const completeGoals = (goals: DraftGoal[]) =>
  goals.map(completeGoal).filter((g): g is PlanGoal => g !== null);

/**
 * What is saved: complete goals only, a subgroup without a name keeps its key as name, and a pupil
 * without own goals is left out.
 */
export const toContent = (draft: DraftContent): PlanContent => ({
  basisdoel: draft.basisdoel,
  basisdoelen: completeGoals(draft.basisdoelen),
  subgroepen: draft.subgroepen.map((s) => ({
    ...s,
    naam: s.naam.trim() || s.key,
    doelen: completeGoals(s.doelen),
  })),
  leerlingdoelen: Object.fromEntries(
    Object.entries(draft.leerlingdoelen).flatMap(([id, goals]) => {
      const complete = completeGoals(goals);
      return complete.length > 0 ? [[id, complete]] : [];
    }),
  ),
});

interface StarterPupil {
  start: { score: number | null } | null;
  starters: { p90: number; peers: number } | null;
}

/**
 * The gentle warning on a goal that asks more growth than 90 % of comparable starters made: how many
 * of the goal's pupils it is above that for, and the figures of the pupil it is furthest above for.
 */
export function goalAboveStarters(
  goal: DraftGoal,
  pupils: readonly StarterPupil[],
): { needed: number; p90: number; pupils: number; of: number } | null {
  const complete = completeGoal(goal);
  // Behaviour and instrument goals have no vaardigheidsscore to compare with starters.
  if (!complete || complete.kind === 'gedrag' || complete.kind === 'instrument') return null;
  const above = pupils.flatMap((p) => {
    const warning = aboveStarters(complete, p.start?.score ?? null, p.starters?.p90 ?? null);
    return warning ? [warning] : [];
  });
  const furthest = [...above].sort((a, b) => b.needed - b.p90 - (a.needed - a.p90))[0];
  return furthest ? { ...furthest, pupils: above.length, of: pupils.length } : null;
}

/** Another kind of goal: words keep the text typed so far, a target starts empty. */
export function changeKind(goal: DraftGoal, kind: DraftGoal['kind']): DraftGoal {
  if (kind === goal.kind) return goal;
  const text =
    goal.kind === 'woorden' || goal.kind === 'gedrag'
      ? goal.text
      : goal.kind === 'instrument'
        ? ''
        : goal.target;
  if (kind === 'woorden') return { id: goal.id, kind, text };
  if (kind === 'gedrag') return { id: goal.id, kind, text, hoe: '', criterium: '' };
  if (kind === 'instrument')
    return { id: goal.id, kind, instrument: 'zien', schaal: '', band: null, percentiel: '' };
  return { id: goal.id, kind, target: '' };
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
  const g = t.plansGedrag;
  if (goal.kind === 'gedrag') return g.summaryGedrag(goal.text, goal.hoe, goal.criterium);
  if (goal.kind === 'instrument') {
    const target = goal.percentiel.trim()
      ? g.targetPercentiel(goal.percentiel.trim())
      : g.targetBand(goal.band ? (g.bands[goal.band] ?? goal.band) : '…');
    return g.summaryInstrument(
      t.veiligheid.instrumentNames[goal.instrument] ?? goal.instrument,
      g.scaleNames[goal.schaal] ?? goal.schaal,
      target,
    );
  }
  return t.plan.goalSummary[goal.kind]?.(goal.target || '…') ?? goal.target;
}

/** Short and unique enough within one plan; crypto.randomUUID is missing on plain-http school servers. */
export const newGoalId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
