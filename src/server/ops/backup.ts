/**
 * One backup, on either engine: SQLite through its online backup API, PostgreSQL through pg_dump.
 * The copy is written under a temporary name, checked, encrypted when a key is set, flushed to disk
 * and only then renamed to its real name: a process killed half-way leaves no file that looks like a
 * backup, and never touches the database or earlier backups.
 */
import { mkdirSync } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Database } from '../db/database';
import { copySqlite, integrityProblems, makeSelfContained, openSqliteFile } from '../db/sqlite-file';
import type { BackupConfig } from './backup-config';
import { encryptFile } from './backup-crypto';
import { backupFileName, removeAbandonedTemporaries, temporaryName, type BackupKind } from './backup-files';
import { postgresVersion, recordLastBackup } from './backup.queries';
import { pgArchiveReadable, pgDump, pgDumpProblem, PgToolError } from './pg-tools';

export interface BackupResult {
  file: string;
  bytes: number;
  encrypted: boolean;
  kind: BackupKind;
  at: Date;
}

export interface BackupOptions {
  kind: BackupKind;
  now: Date;
  /** Where to write; default: a named file in the backup folder. */
  file?: string;
  /** SQLite: pages per step of the online backup; default all at once (see copySqlite). */
  pagesPerStep?: number;
  onStep?: (remaining: number, total: number) => void;
}

export class BackupError extends Error {}

export async function makeBackup(
  database: Database,
  config: BackupConfig,
  options: BackupOptions,
): Promise<BackupResult> {
  const encrypted = config.key !== undefined;
  const file = resolve(
    options.file ?? `${config.dir}/${backupFileName(options.kind, options.now, database.engine, encrypted)}`,
  );
  mkdirSync(dirname(file), { recursive: true });
  removeAbandonedTemporaries(dirname(file));
  const plain = temporaryName(file);
  const sealed = temporaryName(file, '.enc');
  try {
    if (database.engine === 'sqlite') await copySqliteChecked(database, plain, options);
    else await dumpPostgres(database, config.databaseUrl, plain);
    if (config.key !== undefined) {
      await encryptFile(plain, sealed, config.key);
      await rm(plain);
    }
    const written = config.key !== undefined ? sealed : plain;
    await flush(written);
    await rename(written, file);
    await flush(dirname(file));
  } finally {
    await rm(plain, { force: true });
    await rm(sealed, { force: true });
  }
  const result = { file, bytes: (await stat(file)).size, encrypted, kind: options.kind, at: options.now };
  await recordLastBackup(database.db, { ...result, at: result.at.toISOString() });
  return result;
}

async function copySqliteChecked(database: Database, path: string, options: BackupOptions): Promise<void> {
  await copySqlite(database.db, path, { pagesPerStep: options.pagesPerStep, onStep: options.onStep });
  const copy = openSqliteFile(path);
  try {
    await makeSelfContained(copy.db);
    const problems = await integrityProblems(copy.db, true);
    if (problems.length > 0) {
      throw new BackupError(`De kopie is niet in orde (${problems[0]}); er is geen back-up gemaakt.`);
    }
  } finally {
    await copy.close();
  }
}

async function dumpPostgres(database: Database, url: string, path: string): Promise<void> {
  const problem = await pgDumpProblem(await postgresVersion(database.db));
  if (problem) {
    throw new BackupError(
      `Een back-up van PostgreSQL maakt pg_dump, een programma van PostgreSQL zelf. ${problem}`,
    );
  }
  try {
    await pgDump(url, path);
  } catch (error) {
    throw new BackupError(error instanceof PgToolError ? error.message : String(error));
  }
  if (!(await pgArchiveReadable(path)))
    throw new BackupError('pg_restore kan de zojuist gemaakte dump niet lezen.');
}

/** fsync: the rename must not reach the disk before the data it names. */
async function flush(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
