import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsToRemove,
  isoWeekKey,
  parseBackupName,
  type BackupKind,
} from './backup-files';

describe('backup file names', () => {
  it('carry the kind and the UTC time, and read back', () => {
    const at = new Date('2026-11-28T02:00:05.123Z');
    const name = backupFileName('dagelijks', at, 'sqlite', true);
    expect(name).toBe('leerwinst-dagelijks-20261128T020005Z.sqlite.enc');
    expect(parseBackupName(name)).toEqual({ kind: 'dagelijks', at: new Date('2026-11-28T02:00:05Z') });
    expect(backupFileName('voor-upgrade', at, 'postgres', false)).toBe(
      'leerwinst-voor-upgrade-20261128T020005Z.dump',
    );
    expect(parseBackupName('leerwinst.sqlite')).toBeNull();
    expect(parseBackupName('leerwinst-onbekend-20261128T020005Z.sqlite')).toBeNull();
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-01-01', '2026-W01'], // a Thursday: week 1
    ['2027-01-01', '2026-W53'], // a Friday: still the last week of 2026, which has 53
    ['2024-12-30', '2025-W01'], // a Monday whose Thursday falls in 2025
    ['2021-01-03', '2020-W53'], // a Sunday
    ['2026-11-28', '2026-W48'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekKey(new Date(`${day}T12:00:00Z`))).toBe(week);
  });
});

describe('retention', () => {
  const daily = (day: string, kind: BackupKind = 'dagelijks') => ({
    kind,
    at: new Date(`${day}T02:00:00Z`),
    day,
  });
  /** A backup every night for 400 nights up to Saturday 28 November 2026, and two made by hand. */
  const files = [
    ...Array.from({ length: 400 }, (_, i) =>
      daily(new Date(Date.UTC(2026, 10, 28) - i * 86_400_000).toISOString().slice(0, 10)),
    ),
    daily('2025-01-15', 'handmatig'),
    daily('2025-02-01', 'voor-upgrade'),
  ];

  it('keeps 7 daily, 4 weekly and 12 monthly backups, and never one made by hand', () => {
    const removed = new Set(backupsToRemove(files, { daily: 7, weekly: 4, monthly: 12 }));
    const kept = files
      .filter((f) => !removed.has(f))
      .map((f) => `${f.kind === 'dagelijks' ? '' : `${f.kind} `}${f.day}`);
    expect(kept.sort()).toEqual(
      [
        // The last seven nights.
        '2026-11-22',
        '2026-11-23',
        '2026-11-24',
        '2026-11-25',
        '2026-11-26',
        '2026-11-27',
        '2026-11-28',
        // The newest of the weeks before (Sundays); the week of 16–22 November is already kept.
        '2026-11-15',
        '2026-11-08',
        // The newest of each of the last twelve months, November included.
        '2026-10-31',
        '2026-09-30',
        '2026-08-31',
        '2026-07-31',
        '2026-06-30',
        '2026-05-31',
        '2026-04-30',
        '2026-03-31',
        '2026-02-28',
        '2026-01-31',
        '2025-12-31',
        'handmatig 2025-01-15',
        'voor-upgrade 2025-02-01',
      ].sort(),
    );
  });

  it('keeps everything while there are fewer backups than the policy allows', () => {
    expect(backupsToRemove(files.slice(0, 5), { daily: 7, weekly: 4, monthly: 12 })).toEqual([]);
  });
});
