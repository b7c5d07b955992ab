/**
 * Safe upgrades: before migrations change a database that holds data, a backup; the migrations run
 * in one transaction (database.ts), so a failure leaves the database as it was and names the
 * migration and the backup (MigrationFailedError).
 */
import type { Migration } from 'kysely';
import { migrateToLatest, type Database } from '../db/database';
import { holdsData } from '../db/introspect';
import type { BackupConfig } from './backup-config';
import { makeBackup } from './backup';
import { postgresVersion } from './backup.queries';
import { pgDumpProblem } from './pg-tools';

export interface UpgradeResult {
  applied: string[];
  /** The backup made before migrating; null when there was nothing to migrate or nothing in it. */
  backup: string | null;
  /** Why no backup could be made (PostgreSQL without a suitable pg_dump). */
  warning: string | null;
}

export async function upgradeDatabase(
  database: Database,
  config: BackupConfig,
  now: Date,
  options: { migrations?: Record<string, Migration> } = {},
): Promise<UpgradeResult> {
  let backup: string | null = null;
  let warning: string | null = null;
  const applied = await migrateToLatest(database.db, {
    migrations: options.migrations,
    beforeMigrating: async () => {
      if (!(await holdsData(database.db, database.engine))) return undefined;
      if (database.engine === 'postgres') {
        const problem = await pgDumpProblem(await postgresVersion(database.db));
        if (problem) {
          // PostgreSQL rolls a failed upgrade back by itself; a missing tool should not stop the app.
          warning = `Geen back-up vóór de upgrade: ${problem} De upgrade loopt wel in één transactie.`;
          return undefined;
        }
      }
      backup = (await makeBackup(database, config, { kind: 'voor-upgrade', now })).file;
      return backup;
    },
  });
  return { applied, backup, warning };
}
