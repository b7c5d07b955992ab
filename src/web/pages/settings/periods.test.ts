import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { Periods } from '../../api/types';
import { closingKindOf, issueFor, toInput, toRows, withNewRow } from './periods';

const data = {
  periods: [
    { id: 'p1', name: 'Periode 1', startDate: '2025-08-25', endDate: '2026-01-31', closingKind: 'M' },
    { id: 'p2', name: 'Periode 2', startDate: '2026-02-01', endDate: '2026-07-10', closingKind: null },
  ],
} as unknown as Periods;

describe('toRows and toInput', () => {
  it('gives back what was loaded when nothing changed', () => {
    expect(toInput(toRows(data))).toEqual([
      { id: 'p1', name: 'Periode 1', startDate: '2025-08-25', endDate: '2026-01-31', closingKind: 'M' },
      { id: 'p2', name: 'Periode 2', startDate: '2026-02-01', endDate: '2026-07-10', closingKind: null },
    ]);
  });
});

describe('withNewRow', () => {
  it('adds an empty period without an id at the end', () => {
    const rows = withNewRow(toRows(data), 'Periode 3', 1000);
    expect(rows).toHaveLength(3);
    expect(toInput(rows)[2]).toEqual({
      id: null,
      name: 'Periode 3',
      startDate: '',
      endDate: '',
      closingKind: null,
    });
  });

  it('gives every new row a key of its own', () => {
    const once = withNewRow(toRows(data), 'a', 1000);
    const removed = once.filter((r) => r.key !== 'p1');
    const twice = withNewRow(removed, 'b', 2000);
    const keys = twice.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('closingKindOf', () => {
  it('knows B, M and E; anything else is no closing moment', () => {
    expect(closingKindOf('B')).toBe('B');
    expect(closingKindOf('E')).toBe('E');
    expect(closingKindOf('none')).toBeNull();
    expect(closingKindOf(null)).toBeNull();
  });
});

describe('issueFor', () => {
  const refused = new ApiError(400, 'invalid_input', 'Niet goed', [
    { field: 'periods.1.endDate', message: 'moet na de begindatum liggen' },
    { field: 'periods.0.name', message: 'is verplicht' },
  ]);

  it("finds the server's message for one cell", () => {
    expect(issueFor(refused, 1, 'endDate')).toBe('moet na de begindatum liggen');
    expect(issueFor(refused, 0, 'name')).toBe('is verplicht');
  });

  it('has nothing for other cells, or for an error without issues', () => {
    expect(issueFor(refused, 0, 'endDate')).toBeUndefined();
    expect(issueFor(new Error('x'), 1, 'endDate')).toBeUndefined();
    expect(issueFor(null, 1, 'endDate')).toBeUndefined();
  });
});
