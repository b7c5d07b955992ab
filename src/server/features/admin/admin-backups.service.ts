/**
 * The beheerder's view of the backups: the last successful one and whether it is recent. The server
 * makes one a day on SQLite (server/ops/scheduler.ts); older than two days means something stopped.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { readLastBackup } from '../../ops/backup.queries';
import type { BackupStatusResponse } from './admin-backups.schema';

export const STALE_AFTER_HOURS = 48;

/** The route's access (school.manage) is the whole rule: backups belong to the installation. */
export async function backupStatus(
  db: Db,
  _actor: Actor,
  now: Date,
): Promise<z.infer<typeof BackupStatusResponse>> {
  const last = await readLastBackup(db);
  if (!last) return { last: null, ageHours: null, status: 'none', staleAfterHours: STALE_AFTER_HOURS };
  const ageHours = Math.max(0, Math.floor((now.getTime() - new Date(last.at).getTime()) / 3_600_000));
  return {
    // The file's name, not its path: where the server keeps its files is none of the browser's business.
    last: {
      at: last.at,
      file: basename(last.file),
      bytes: last.bytes,
      encrypted: last.encrypted,
      kind: last.kind,
    },
    ageHours,
    status: ageHours >= STALE_AFTER_HOURS ? 'stale' : 'ok',
    staleAfterHours: STALE_AFTER_HOURS,
  };
}
