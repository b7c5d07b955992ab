/**
 * The daily retention run inside the server: once an hour it looks when the last run was (its audit
 * row), and runs when that is a day ago or never. Several instances may each start one; the run is
 * idempotent (what is gone stays gone), so a double run costs time, not data.
 */
import type { Db } from '../../db/database';
import { log } from '../../log';
import { findLastRetentionRun } from './privacy.queries';
import { runRetention } from './retention.service';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface RetentionSchedule {
  /** Runs when due; the timer calls this, tests may too. Returns whether it ran. */
  check(): Promise<boolean>;
  stop(): void;
}

export function startRetentionSchedule(
  db: Db,
  options: { clock: () => Date; everyMs?: number; firstAfterMs?: number },
): RetentionSchedule {
  let running = false;
  let stopped = false;
  const check = async (): Promise<boolean> => {
    if (stopped || running) return false;
    running = true;
    try {
      const now = options.clock();
      const last = await findLastRetentionRun(db);
      if (last && now.getTime() - new Date(last).getTime() < DAY_MS) return false;
      const done = await runRetention(db, now, false);
      log.info('retention run', { schools: done.length });
      return true;
    } catch (error) {
      log.error('retention run failed', { error });
      return false;
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void check(), options.firstAfterMs ?? 5 * 60 * 1000);
  const every = setInterval(() => void check(), options.everyMs ?? HOUR_MS);
  first.unref();
  every.unref();
  return {
    check,
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
    },
  };
}
