/**
 * leerwinst restore BESTAND [--yes] [--check]: checks the backup, says what it holds, asks, keeps the
 * current database as a backup, and puts the backup in its place.
 */
import { createInterface } from 'node:readline/promises';
import type { Config } from '../../server/config';
import { redactDatabaseUrl } from '../../server/db/dialect';
import { readBackupConfig } from '../../server/ops/backup-config';
import { PgToolError } from '../../server/ops/pg-tools';
import { refusalOf, restoreBackup } from '../../server/ops/restore';
import { inspectBackup, RestoreRefusedError, type BackupInspection } from '../../server/ops/restore-inspect';
import { CliError, type ParsedArgs } from '../args';
import { RESTORE_USAGE } from '../usage';

function describe(inspection: BackupInspection): string {
  const { migrations } = inspection;
  const version =
    migrations.pending.length > 0
      ? `${migrations.applied.at(-1) ?? '(leeg)'}, ouder dan deze versie: ${migrations.pending.length} migratie(s) volgen bij de volgende start`
      : `${migrations.applied.at(-1) ?? '(leeg)'}, gelijk aan deze versie`;
  const schools = inspection.schools.map((s) => `${s.brin}${s.vestiging ? `-${s.vestiging}` : ''} ${s.name}`);
  return [
    `Back-up:   ${inspection.file}${inspection.encrypted ? ' (versleuteld)' : ''}`,
    `Soort:     ${inspection.format === 'sqlite' ? 'SQLite-database' : 'pg_dump-archief (PostgreSQL)'}, gecontroleerd: in orde`,
    `Versie:    ${version}`,
    `Bestuur:   ${inspection.besturen.join(', ') || '(geen)'}`,
    `Scholen:   ${schools.join('; ') || '(geen)'}`,
    ...(inspection.pupils !== null ? [`Leerlingen: ${inspection.pupils}`] : []),
  ].join('\n');
}

async function confirmed(args: ParsedArgs, databaseUrl: string): Promise<boolean> {
  if (args.options.has('yes')) return true;
  if (!process.stdin.isTTY) {
    throw new CliError(
      'Terugzetten vervangt de huidige database: bevestig met --yes (er wordt eerst een back-up van gemaakt).',
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(
      `\nDe huidige database (${databaseUrl}) wordt vervangen; er wordt eerst een back-up van gemaakt. Doorgaan? [j/N] `,
    );
    return /^(j|ja|y|yes)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export async function restoreCommand(config: Config, args: ParsedArgs): Promise<number> {
  const file = args.positional[1];
  if (!file) throw new CliError(`Gebruik: ${RESTORE_USAGE}`);
  const backups = readBackupConfig(process.env, config.databaseUrl);
  let inspection: BackupInspection;
  try {
    inspection = await inspectBackup(file, backups);
  } catch (error) {
    if (error instanceof RestoreRefusedError || error instanceof PgToolError)
      throw new CliError(error.message);
    throw error;
  }
  try {
    process.stdout.write(`${describe(inspection)}\n`);
    const refusal = refusalOf(inspection, config.databaseUrl);
    if (refusal) throw new CliError(refusal);
    if (args.options.has('check')) return 0;
    if (!(await confirmed(args, redactDatabaseUrl(config.databaseUrl)))) {
      process.stdout.write('Niets veranderd.\n');
      return 1;
    }
    const result = await restoreBackup(inspection, backups, new Date());
    process.stdout.write(
      `Teruggezet.${result.previous ? ` De vervangen database staat in: ${result.previous}` : ''}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefusedError || error instanceof PgToolError)
      throw new CliError(error.message);
    throw error;
  } finally {
    await inspection.dispose();
  }
}
