/**
 * The server's own backups on SQLite: once an hour it looks at the last successful backup, and when
 * that is a day old (or there is none) it makes one into the backup folder and prunes the old daily
 * ones (7 daily, 4 weekly, 12 monthly by default). A machine that sleeps at night simply catches up
 * when it wakes. On PostgreSQL the board's own backups (pg_dump, snapshots) do this job.
 */
import { rm } from 'node:fs/promises';
import type { Database } from '../db/database';
import { log } from '../log';
import type { BackupConfig } from './backup-config';
import { backupsToRemove, listBackups } from './backup-files';
import { makeBackup, type BackupResult } from './backup';
import { readLastBackup } from './backup.queries';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupSchedule {
  /** One line for the server's start-up message: where the backups go, or why there are none. */
  summary: string;
  /** Makes the daily backup when it is due; the timers call this, tests may too. */
  check(): Promise<BackupResult | null>;
  stop(): void;
}

function summaryOf(database: Database, config: BackupConfig): string {
  if (database.engine !== 'sqlite') {
    return 'Back-ups: regel ze voor PostgreSQL zelf (pg_dump of leerwinst backup; zie docs/OPERATIONS.md).';
  }
  if (config.databaseUrl.endsWith(':memory:'))
    return 'Back-ups: geen (de database staat alleen in het geheugen).';
  if (!config.auto) return 'Back-ups: de dagelijkse back-up staat uit (BACKUP_AUTO=0).';
  const { daily, weekly, monthly } = config.keep;
  return `Back-ups: elke dag in ${config.dir} (bewaard: ${daily} dagelijks, ${weekly} wekelijks, ${monthly} maandelijks${config.key ? ', versleuteld' : ''}).`;
}

/** Due when there is none, when the last is a day old, or when it lies in the future (a clock reset). */
export function backupDue(lastAt: Date | null, now: Date): boolean {
  if (!lastAt) return true;
  const age = now.getTime() - lastAt.getTime();
  return age >= DAY_MS || age < -60 * 60 * 1000;
}

export function startBackupSchedule(
  database: Database,
  config: BackupConfig,
  options: { clock: () => Date; everyMs?: number; firstAfterMs?: number },
): BackupSchedule {
  let running = false;
  let stopped = false;
  const check = async (): Promise<BackupResult | null> => {
    if (stopped || running || database.engine !== 'sqlite' || !config.auto) return null;
    running = true;
    try {
      const now = options.clock();
      const last = await readLastBackup(database.db);
      if (!backupDue(last ? new Date(last.at) : null, now)) return null;
      // Steps of 1,000 pages (4 MB) keep the server answering while the copy runs.
      const result = await makeBackup(database, config, { kind: 'dagelijks', now, pagesPerStep: 1000 });
      for (const old of backupsToRemove(listBackups(config.dir), config.keep))
        await rm(old.path, { force: true });
      log.info('backup made', { file: result.file, bytes: result.bytes });
      return result;
    } catch (error) {
      log.error('backup failed', { error });
      return null;
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), options.firstAfterMs ?? 60_000);
  const every = setInterval(() => void check(), options.everyMs ?? 60 * 60 * 1000);
  first.unref();
  every.unref();
  return {
    summary: summaryOf(database, config),
    check,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
