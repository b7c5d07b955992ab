/** leerwinst backup [BESTAND]: a consistent copy while the server runs (SQLite) or a pg_dump (PostgreSQL). */
import type { Config } from '../../server/config';
import { openDatabase } from '../../server/db/database';
import { readBackupConfig } from '../../server/ops/backup-config';
import { BackupError, makeBackup } from '../../server/ops/backup';
import { PgToolError } from '../../server/ops/pg-tools';
import { CliError, type ParsedArgs } from '../args';

function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1).replace('.', ',')} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

export async function backupCommand(config: Config, args: ParsedArgs): Promise<number> {
  const backups = readBackupConfig(process.env, config.databaseUrl);
  const database = await openDatabase(config.databaseUrl);
  try {
    if (database.engine === 'postgres') {
      process.stdout.write(
        'PostgreSQL: de back-up maakt pg_dump (een momentopname, ook terwijl de app draait)…\n',
      );
    }
    const result = await makeBackup(database, backups, {
      kind: 'handmatig',
      now: new Date(),
      file: args.positional[1],
    });
    process.stdout.write(
      `Back-up gemaakt: ${result.file} (${formatBytes(result.bytes)}${result.encrypted ? ', versleuteld' : ''})\n`,
    );
    if (!result.encrypted) {
      process.stdout.write(
        'Niet versleuteld: bewaar het bestand even zorgvuldig als de database zelf (of zet BACKUP_KEY).\n',
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof BackupError || error instanceof PgToolError) throw new CliError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}
