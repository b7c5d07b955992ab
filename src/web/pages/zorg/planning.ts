/**
 * The jaarplanning as the IB fills it in: a date per group and period. The grid starts from the
 * groepsbesprekingen already planned; what is sent is only what is new or moved.
 */
import type { BesprekingSummary, PlanningInput } from '../../api/zorg';

export type PlanningGrid = Record<string, string>;

export const cellKey = (groepId: string, periodeId: string) => `${groepId}|${periodeId}`;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The groepsbespreking already in a cell (the earliest, should there be two). */
export function existingByCell(besprekingen: readonly BesprekingSummary[]): Map<string, BesprekingSummary> {
  const cells = new Map<string, BesprekingSummary>();
  const sorted = [...besprekingen].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
  for (const b of sorted) {
    if (b.kind !== 'groepsbespreking' || !b.group || !b.periode) continue;
    const key = cellKey(b.group.id, b.periode.id);
    if (!cells.has(key)) cells.set(key, b);
  }
  return cells;
}

/** The dates as they are stored: the grid the editor starts from. */
export function gridOf(existing: ReadonlyMap<string, BesprekingSummary>): PlanningGrid {
  return Object.fromEntries([...existing.entries()].map(([key, b]) => [key, b.plannedOn]));
}

/**
 * The cells to send: a complete date that differs from the stored one. A held or vastgestelde
 * bespreking keeps its date (the server would leave it anyway), so it is not sent.
 */
export function planningItems(
  grid: PlanningGrid,
  existing: ReadonlyMap<string, BesprekingSummary>,
): PlanningInput['items'] {
  return Object.entries(grid).flatMap(([key, plannedOn]) => {
    const [groepId = '', periodeId = ''] = key.split('|');
    const before = existing.get(key);
    if (!ISO_DAY.test(plannedOn)) return [];
    if (before && (before.status !== 'gepland' || before.plannedOn === plannedOn)) return [];
    return [{ groepId, periodeId, plannedOn }];
  });
}

/** One date for every group in a period, where no date is filled in yet. */
export function fillPeriod(
  grid: PlanningGrid,
  groepIds: readonly string[],
  periodeId: string,
  plannedOn: string,
): PlanningGrid {
  const next = { ...grid };
  for (const groepId of groepIds) {
    const key = cellKey(groepId, periodeId);
    if (!next[key]) next[key] = plannedOn;
  }
  return next;
}
