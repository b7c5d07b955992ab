/**
 * Puts a checked backup (restore-inspect.ts) in place of the current database, after making a backup
 * of the current one, so a restore can itself be undone. SQLite: the backup API writes the copy into
 * the database file under SQLite's locks. PostgreSQL: the archive replaces the tables in one
 * transaction.
 */
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseUnreachableError, openDatabase, type Database } from '../db/database';
import { parseDatabaseUrl, redactDatabaseUrl } from '../db/dialect';
import { describeTables, holdsData } from '../db/introspect';
import { integrityProblems, looksLikeSqlite, openSqliteFile, writeSqliteInto } from '../db/sqlite-file';
import type { BackupConfig } from './backup-config';
import { backupFileName } from './backup-files';
import { makeBackup } from './backup';
import { pgRestoreReplacing } from './pg-tools';
import { RestoreRefusedError, type BackupInspection } from './restore-inspect';

export interface RestoreResult {
  /** Where the replaced database went; null when there was none. */
  previous: string | null;
}

/** Refusals that depend only on the file and the target's engine. */
export function refusalOf(inspection: BackupInspection, databaseUrl: string): string | null {
  if (inspection.migrations.unknown.length > 0) {
    return `De back-up is van een nieuwere versie van Leerwinst (migratie ${inspection.migrations.unknown.join(', ')}); installeer eerst die versie.`;
  }
  const engine = parseDatabaseUrl(databaseUrl).engine;
  if (engine === 'postgres' && inspection.format === 'sqlite') {
    return `Dit is een back-up van een SQLite-database. Zet haar over naar PostgreSQL met: leerwinst transfer --from sqlite:${inspection.file} --to ${redactDatabaseUrl(databaseUrl)}`;
  }
  if (engine === 'sqlite' && inspection.format === 'pg-dump') {
    return 'Dit is een pg_dump-archief van PostgreSQL; het kan alleen in een PostgreSQL-database worden teruggezet.';
  }
  return null;
}

export async function restoreBackup(
  inspection: BackupInspection,
  config: BackupConfig,
  now: Date,
): Promise<RestoreResult> {
  const refusal = refusalOf(inspection, config.databaseUrl);
  if (refusal) throw new RestoreRefusedError(refusal);
  const target = parseDatabaseUrl(config.databaseUrl);
  if (target.engine === 'sqlite') return restoreSqlite(inspection, config, target.path, now);
  return restorePostgres(inspection, config, now);
}

async function restoreSqlite(
  inspection: BackupInspection,
  config: BackupConfig,
  path: string,
  now: Date,
): Promise<RestoreResult> {
  const previous = existsSync(path) ? await keepCurrent(config, path, now) : null;
  await writeSqliteInto(inspection.plainPath, path);
  const restored = openSqliteFile(path);
  try {
    const problems = await integrityProblems(restored.db, true);
    if (problems.length > 0) throw new RestoreRefusedError(`Na het terugzetten: ${problems[0]}`);
  } finally {
    await restored.close();
  }
  return { previous };
}

/** A backup of the database about to be replaced; one that cannot be opened is moved aside whole. */
async function keepCurrent(config: BackupConfig, path: string, now: Date): Promise<string | null> {
  let current: Database | undefined;
  try {
    current = await openDatabase(config.databaseUrl);
    if (!(await holdsData(current.db, current.engine))) return null;
    return (await makeBackup(current, config, { kind: 'voor-terugzetten', now })).file;
  } catch (error) {
    if (!isUnreadable(error, path)) {
      throw new RestoreRefusedError(
        `Er kon geen back-up van de huidige database worden gemaakt (${error instanceof Error ? error.message : String(error)}); er is niets veranderd.`,
      );
    }
    const aside = join(config.dir, `${backupFileName('voor-terugzetten', now, 'sqlite', false)}.onleesbaar`);
    await current?.close();
    current = undefined;
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(`${path}${suffix}`)) await rename(`${path}${suffix}`, `${aside}${suffix}`);
    await rename(path, aside);
    return aside;
  } finally {
    await current?.close();
  }
}

/** A file that is no SQLite database, or one SQLite calls corrupt: nothing to back up, only to keep. */
function isUnreadable(error: unknown, path: string): boolean {
  if (!looksLikeSqlite(path)) return true;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || error instanceof DatabaseUnreachableError;
}

async function restorePostgres(
  inspection: BackupInspection,
  config: BackupConfig,
  now: Date,
): Promise<RestoreResult> {
  const current = await openDatabase(config.databaseUrl);
  let previous: string | null = null;
  let tables: string[];
  try {
    if (await holdsData(current.db, current.engine)) {
      previous = (await makeBackup(current, config, { kind: 'voor-terugzetten', now })).file;
    }
    const kysely = (await current.db.introspection.getTables({ withInternalKyselyTables: true }))
      .map((t) => t.name)
      .filter((name) => name.startsWith('kysely_'));
    tables = [...(await describeTables(current.db, current.engine)).map((t) => t.name), ...kysely];
  } finally {
    await current.close();
  }
  await pgRestoreReplacing(config.databaseUrl, inspection.plainPath, tables);
  return { previous };
}
