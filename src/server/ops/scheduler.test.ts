/**
 * The server's daily backup on SQLite: made when the last one is a day old, pruned by the retention,
 * left alone when recent; and nothing on PostgreSQL, where the board's own backups do this.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../testing/databases';
import { TEST_NOW } from '../../testing/fixtures';
import { backupFileName, listBackups } from './backup-files';
import { opsDatabase } from './ops-test-support';
import { backupDue, DAY_MS, startBackupSchedule } from './scheduler';

describe('when a daily backup is due', () => {
  it('is due without one, after a day, and when the last one lies in the future', () => {
    expect(backupDue(null, TEST_NOW)).toBe(true);
    expect(backupDue(new Date(TEST_NOW.getTime() - DAY_MS + 60_000), TEST_NOW)).toBe(false);
    expect(backupDue(new Date(TEST_NOW.getTime() - DAY_MS), TEST_NOW)).toBe(true);
    expect(backupDue(new Date(TEST_NOW.getTime() + 3 * DAY_MS), TEST_NOW)).toBe(true);
  });
});

describe.each(testEngines())('the daily backup (%s)', (engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const done of cleanup.splice(0)) await done();
  });

  it(
    engine === 'sqlite' ? 'is made when due and prunes the old ones' : 'is left to the board on PostgreSQL',
    async () => {
      const ops = await opsDatabase(engine);
      cleanup.push(() => ops.dispose());
      const config = { ...ops.config, auto: true, keep: { daily: 3, weekly: 0, monthly: 0 } };
      mkdirSync(config.dir, { recursive: true });
      for (let i = 1; i <= 10; i++) {
        const at = new Date(TEST_NOW.getTime() - i * DAY_MS);
        writeFileSync(join(config.dir, backupFileName('dagelijks', at, engine, false)), 'oud');
      }
      writeFileSync(
        join(config.dir, backupFileName('handmatig', new Date('2025-01-01T00:00:00Z'), engine, false)),
        'x',
      );
      let now = TEST_NOW;
      const schedule = startBackupSchedule(ops.database, config, {
        clock: () => now,
        firstAfterMs: 3_600_000,
      });
      cleanup.push(async () => schedule.stop());

      const first = await schedule.check();
      if (engine === 'postgres') {
        expect(first).toBeNull();
        return;
      }
      expect(first?.kind).toBe('dagelijks');
      expect(listBackups(config.dir).map((b) => `${b.kind} ${b.at.toISOString().slice(0, 10)}`)).toEqual([
        'dagelijks 2026-11-28',
        'dagelijks 2026-11-27',
        'dagelijks 2026-11-26',
        'handmatig 2025-01-01',
      ]);
      now = new Date(TEST_NOW.getTime() + 2 * 60 * 60 * 1000);
      expect(await schedule.check()).toBeNull();
      now = new Date(TEST_NOW.getTime() + DAY_MS + 60_000);
      expect((await schedule.check())?.file).toMatch(/leerwinst-dagelijks-20261129T100100Z\.sqlite$/);
    },
  );
});
