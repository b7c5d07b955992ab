/** The periods of a schooljaar as the editor holds them: rows with a key of their own until saved. */
import { ApiError } from '../../api/client';
import type { PeriodInput, Periods } from '../../api/types';

export type PeriodRow = PeriodInput & { key: string };

export const toRows = (data: Periods): PeriodRow[] =>
  data.periods.map((p) => ({
    key: p.id,
    id: p.id,
    name: p.name,
    startDate: p.startDate,
    endDate: p.endDate,
    closingKind: p.closingKind,
  }));

/** What is sent: the rows without the editor's keys. */
export const toInput = (rows: PeriodRow[]): PeriodInput[] => rows.map(({ key: _key, ...rest }) => rest);

/** A new, empty period at the end; its key stays unique even after rows were removed. */
export const withNewRow = (rows: PeriodRow[], name: string, now: number): PeriodRow[] => [
  ...rows,
  { key: `nieuw-${rows.length}-${now}`, id: null, name, startDate: '', endDate: '', closingKind: null },
];

/** The closing toetsmoment as chosen in the select ('none' or anything else: no closing moment). */
export const closingKindOf = (value: string | null): PeriodRow['closingKind'] =>
  value === 'B' || value === 'M' || value === 'E' ? value : null;

/** The error of one cell, from the server's issues ("periods.1.endDate" → row 1, field endDate). */
export function issueFor(error: unknown, index: number, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.find((i) => i.field === `periods.${index}.${field}`)?.message;
}
