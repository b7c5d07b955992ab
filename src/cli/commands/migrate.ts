/**
 * leerwinst migrate [--status]: brings the database to this version, after a backup when it holds
 * data; with --status only lists the applied and pending migrations.
 */
import type { Config } from '../../server/config';
import {
  MigrationFailedError,
  migrationState,
  NewerDatabaseError,
  type Database,
} from '../../server/db/database';
import { readBackupConfig } from '../../server/ops/backup-config';
import { BackupError } from '../../server/ops/backup';
import { upgradeDatabase } from '../../server/ops/upgrade';
import { CliError, type ParsedArgs } from '../args';

async function printStatus(database: Database): Promise<number> {
  const state = await migrationState(database.db);
  const lines = [
    ...state.applied.map((m) => `uitgevoerd  ${m.name}  (${m.at.slice(0, 16).replace('T', ' ')} UTC)`),
    ...state.pending.map((name) => `wacht       ${name}`),
    ...state.unknown.map((name) => `onbekend    ${name}  (van een nieuwere versie van Leerwinst)`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  process.stdout.write(
    state.unknown.length > 0
      ? 'Deze database is van een nieuwere versie van Leerwinst.\n'
      : state.pending.length > 0
        ? `${state.pending.length} migratie(s) wachten: leerwinst migrate (of de server bij de start) voert ze uit.\n`
        : 'De database is bij.\n',
  );
  return state.unknown.length > 0 ? 1 : 0;
}

/**
 * The upgrade both `leerwinst migrate` and `leerwinst serve` run: a backup first when the database
 * holds data, then the migrations in one transaction; a failure is one clear line.
 */
export async function upgradeWithBackup(database: Database, config: Config): Promise<void> {
  try {
    const result = await upgradeDatabase(
      database,
      readBackupConfig(process.env, config.databaseUrl),
      new Date(),
    );
    if (result.backup) process.stdout.write(`Back-up vóór de upgrade: ${result.backup}\n`);
    if (result.warning) process.stdout.write(`${result.warning}\n`);
    if (result.applied.length > 0) process.stdout.write(`Uitgevoerd: ${result.applied.join(', ')}\n`);
  } catch (error) {
    if (error instanceof MigrationFailedError || error instanceof NewerDatabaseError) {
      throw new CliError(error.message);
    }
    if (error instanceof BackupError) {
      throw new CliError(
        `Er kon vóór de upgrade geen back-up worden gemaakt: ${error.message} De upgrade is niet uitgevoerd.`,
      );
    }
    throw error;
  }
}

export async function migrateCommand(database: Database, config: Config, args: ParsedArgs): Promise<number> {
  if (args.options.has('status')) return printStatus(database);
  const before = (await migrationState(database.db)).pending.length;
  await upgradeWithBackup(database, config);
  if (before === 0) process.stdout.write('De database is al bij.\n');
  return 0;
}
