import { createContext } from 'react';
import type { DraftGoal } from './plan-draft';

/** The kinds of goal a plan offers: a toets vak measures scores and levels, a domein behaviour. */
export const VAK_GOAL_KINDS: readonly DraftGoal['kind'][] = ['score', 'niveau', 'groei', 'woorden'];
export const DOMEIN_GOAL_KINDS: readonly DraftGoal['kind'][] = ['gedrag', 'instrument', 'woorden'];

export const GoalKindsContext = createContext<readonly DraftGoal['kind'][]>(VAK_GOAL_KINDS);

/** A new goal starts as the plan's first kind. */
export function emptyGoal(kind: DraftGoal['kind'], id: string): DraftGoal {
  if (kind === 'woorden') return { id, kind, text: '' };
  if (kind === 'gedrag') return { id, kind, text: '', hoe: '', criterium: '' };
  if (kind === 'instrument') return { id, kind, instrument: 'zien', schaal: '', band: null, percentiel: '' };
  return { id, kind, target: '' };
}
