/**
 * What is in a backup file, before anything is replaced: its format, whether it is whole (SQLite's
 * integrity check; for a pg_dump archive its table of contents and the tables read), which version
 * of Leerwinst wrote it, and which bestuur and schools it holds. Works on a private copy, so the
 * backup itself is never opened for writing.
 */
import { copyFile, open, rm } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { migrationState } from '../db/database';
import { migrations } from '../db/migrations/index';
import { integrityProblems, looksLikeSqlite, openSqliteFile } from '../db/sqlite-file';
import type { BackupConfig } from './backup-config';
import { decryptFile, isEncrypted, WrongKeyError } from './backup-crypto';
import { temporaryName } from './backup-files';
import { pgArchiveReadable, pgArchiveRows } from './pg-tools';
import { countPupils, listBesturen, listSchools } from './restore.queries';

export type BackupFormat = 'sqlite' | 'pg-dump';

export interface BackupInspection {
  file: string;
  format: BackupFormat;
  encrypted: boolean;
  /** A plain, private copy to restore from; removed by dispose(). */
  plainPath: string;
  migrations: { applied: string[]; pending: string[]; unknown: string[] };
  besturen: string[];
  schools: { brin: string; vestiging: string | null; name: string }[];
  /** Null for a pg_dump archive (counting would read the whole table). */
  pupils: number | null;
  dispose(): Promise<void>;
}

/** The file will not be restored; the message says why, in Dutch. */
export class RestoreRefusedError extends Error {}

async function formatOf(path: string): Promise<BackupFormat | null> {
  if (looksLikeSqlite(path)) return 'sqlite';
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    await file.read(head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP' ? 'pg-dump' : null;
  } finally {
    await file.close();
  }
}

function versions(applied: string[]) {
  const known = Object.keys(migrations).sort();
  return {
    applied,
    pending: known.filter((m) => !applied.includes(m)),
    unknown: applied.filter((m) => !known.includes(m)),
  };
}

export async function inspectBackup(file: string, config: BackupConfig): Promise<BackupInspection> {
  if (!existsSync(file)) throw new RestoreRefusedError(`Het bestand ${file} bestaat niet.`);
  mkdirSync(config.dir, { recursive: true });
  const plainPath = temporaryName(join(config.dir, `terugzetten-${basename(file)}`));
  const dispose = async () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) await rm(`${plainPath}${suffix}`, { force: true });
  };
  const encrypted = await isEncrypted(file);
  try {
    if (encrypted) {
      if (config.key === undefined) {
        throw new RestoreRefusedError('Deze back-up is versleuteld: zet de sleutel in BACKUP_KEY.');
      }
      await decryptFile(file, plainPath, config.key);
    } else {
      await copyFile(file, plainPath);
    }
    const format = await formatOf(plainPath);
    if (!format) {
      throw new RestoreRefusedError(
        `${file} is geen back-up van Leerwinst (geen SQLite-database en geen pg_dump-archief).`,
      );
    }
    const contents = format === 'sqlite' ? await readSqlite(plainPath) : await readPgArchive(plainPath);
    return { file, format, encrypted, plainPath, ...contents, dispose };
  } catch (error) {
    await dispose();
    if (error instanceof WrongKeyError) throw new RestoreRefusedError(error.message);
    throw error;
  }
}

async function readSqlite(path: string) {
  let copy: ReturnType<typeof openSqliteFile> | undefined;
  try {
    copy = openSqliteFile(path);
    const problems = await integrityProblems(copy.db);
    if (problems.length > 0) throw new RestoreRefusedError(`De back-up is beschadigd: ${problems[0]}`);
    const state = await migrationState(copy.db);
    return {
      migrations: versions(state.applied.map((m) => m.name)),
      besturen: (await listBesturen(copy.db)).map((b) => b.name),
      schools: await listSchools(copy.db),
      pupils: await countPupils(copy.db),
    };
  } catch (error) {
    if (error instanceof RestoreRefusedError) throw error;
    throw new RestoreRefusedError(
      `De back-up is beschadigd of onleesbaar: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await copy?.close();
  }
}

async function readPgArchive(path: string) {
  if (!(await pgArchiveReadable(path))) {
    throw new RestoreRefusedError(
      'Het pg_dump-archief is beschadigd of onvolledig (pg_restore kan het niet lezen).',
    );
  }
  try {
    const applied = (await pgArchiveRows(path, 'kysely_migration')).map((r) => r.name ?? '').sort();
    const schools = (await pgArchiveRows(path, 'school')).map((r) => ({
      brin: r.brin ?? '',
      vestiging: r.vestiging ?? null,
      name: r.name ?? '',
    }));
    const besturen = (await pgArchiveRows(path, 'bestuur')).map((r) => r.name ?? '');
    return { migrations: versions(applied), besturen, schools, pupils: null };
  } catch (error) {
    throw new RestoreRefusedError(
      `Het pg_dump-archief is beschadigd: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
