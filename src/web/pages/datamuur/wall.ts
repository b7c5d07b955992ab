/** The datamuur's rules that need no screen: which cards show, how they are labelled, where a drop goes. */
import { compareStrength } from '../../../domain/signalering';
import type { DatamuurCard as Card } from '../../api/types';

export type NameMode = 'namen' | 'initialen' | 'nummers';
export const COLUMNS = ['verkort', 'basis', 'verlengd'] as const;
export type Column = (typeof COLUMNS)[number];
export type Filter = 'signalen' | 'verschoven' | 'opp';

export { apiParamsOf } from './wall-params';

/**
 * Cards that pass every chosen filter (no filter: every card). With "gesignaleerd" the strongest
 * signals come first; otherwise the order stays the class list's.
 */
export function applyFilters(cards: Card[], filters: Filter[]): Card[] {
  const kept = cards.filter(
    (c) =>
      (!filters.includes('signalen') || c.signals.length > 0) &&
      (!filters.includes('verschoven') || c.movement === 'omhoog' || c.movement === 'omlaag') &&
      (!filters.includes('opp') || c.hasOpp),
  );
  return filters.includes('signalen')
    ? [...kept].sort((a, b) => compareStrength(a.signals, b.signals))
    : kept;
}

/** What a card says about the pupil: with names hidden, nothing else of the name is shown. */
export function cardLabel(card: Pick<Card, 'name' | 'initials' | 'number'>, mode: NameMode): string {
  if (mode === 'initialen') return card.initials;
  if (mode === 'nummers') return `#${card.number}`;
  return card.name;
}

/**
 * A card dropped on a column: back to the data's suggestion (the teacher's placement is removed),
 * a move that needs a reason, or nothing (same column, or dropped outside the columns).
 */
export function dropAction(
  card: Pick<Card, 'instructie' | 'override' | 'suggestion'>,
  to: Column | undefined,
): 'reset' | 'move' | null {
  if (!to || to === card.instructie) return null;
  return card.override && card.suggestion?.instructie === to ? 'reset' : 'move';
}

/** In projection, cards share the column's height: more cards, more card columns, smaller cards. */
export function cardGrid(n: number): { columns: number; rows: number } {
  const columns = n > 22 ? 3 : n > 9 ? 2 : 1;
  return { columns, rows: Math.max(1, Math.ceil(n / columns)) };
}

interface MatrixPupil {
  vakken: Partial<Record<string, { placement: { effective: { instructie: string } | null } }>>;
}

/** In how many of the vakken the pupil gets extended instruction. */
export const verlengdCount = (pupil: MatrixPupil, vakken: string[]) =>
  vakken.filter((v) => pupil.vakken[v]?.placement.effective?.instructie === 'verlengd').length;

/** Pupils with extended instruction in the most vakken first; otherwise in the order given. */
export const byVerlengd = <P extends MatrixPupil>(pupils: P[], vakken: string[]): P[] =>
  [...pupils].sort((a, b) => verlengdCount(b, vakken) - verlengdCount(a, vakken));
