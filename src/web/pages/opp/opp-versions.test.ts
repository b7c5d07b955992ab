import { describe, expect, it } from 'vitest';
import type { OppVersion } from '../../api/opp';
import { collapseVersions } from './opp-versions';

const v = (version: number, event: OppVersion['event'], changedBy = 'Ingrid'): OppVersion => ({
  version,
  status: event === 'vastgesteld' ? 'vastgesteld' : 'concept',
  event,
  reason: null,
  changedBy,
  changedAt: `2026-11-28T10:0${version}:00Z`,
});

describe('collapseVersions', () => {
  it('makes one row of a run of changes by one person, newest first, with the count', () => {
    const rows = collapseVersions([
      v(1, 'aangemaakt'),
      v(2, 'gewijzigd'),
      v(3, 'gewijzigd'),
      v(4, 'gewijzigd'),
    ]);
    expect(rows.map((r) => [r.version, r.event, r.count, r.fromVersion])).toEqual([
      [4, 'gewijzigd', 3, 2],
      [1, 'aangemaakt', 1, 1],
    ]);
    expect(rows[0]?.changedAt).toBe('2026-11-28T10:04:00Z');
  });

  it('keeps changes by another person and every step as rows of their own', () => {
    const rows = collapseVersions([
      v(1, 'aangemaakt'),
      v(2, 'gewijzigd'),
      v(3, 'gewijzigd', 'Piet'),
      v(4, 'vastgesteld'),
      v(5, 'gewijzigd'),
    ]);
    expect(rows.map((r) => [r.version, r.count])).toEqual([
      [5, 1],
      [4, 1],
      [3, 1],
      [2, 1],
      [1, 1],
    ]);
  });
});
