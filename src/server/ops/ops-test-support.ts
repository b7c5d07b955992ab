/**
 * For the backup, restore and upgrade tests: a database that another process can open (a SQLite
 * file, or a PostgreSQL test database) with a folder beside it for backups, and child processes that
 * write or back up while the test watches, or gets killed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase, type Database } from '../db/database';
import type { Engine } from '../db/dialect';
import { createTestDatabase } from '../../testing/databases';
import { seedDemo, TEST_NOW } from '../../testing/fixtures';
import { DEFAULT_RETENTION, type BackupConfig } from './backup-config';
import { restoreBackup } from './restore';
import { inspectBackup } from './restore-inspect';

const ROOT = join(import.meta.dirname, '../../..');

export interface OpsDatabase {
  database: Database;
  url: string;
  dir: string;
  config: BackupConfig;
  dispose(): Promise<void>;
}

/** A database of the engine (with the small demo unless `empty`) and an empty backup folder. */
export async function opsDatabase(engine: Engine, options: { empty?: boolean; key?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'leerwinst-ops-'));
  let database: Database;
  let url: string;
  let close: () => Promise<void>;
  if (engine === 'sqlite') {
    url = `sqlite:${join(dir, 'leerwinst.sqlite')}`;
    database = await openDatabase(url);
    await migrateToLatest(database.db);
    close = () => database.close();
  } else {
    const test = await createTestDatabase(engine);
    database = test;
    url = test.url;
    close = () => test.dispose();
  }
  if (!options.empty) await seedDemo(database.db, { schools: 2, years: 1 });
  const config: BackupConfig = {
    databaseUrl: url,
    dir: join(dir, 'backups'),
    keep: DEFAULT_RETENTION,
    key: options.key,
    auto: false,
  };
  return {
    database,
    url,
    dir,
    config,
    async dispose() {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  } satisfies OpsDatabase;
}

/** The child script below, started with the arguments; its stdout is handed over line by line. */
export function startChild(args: string[], onLine: (line: string) => void): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/run-ts.js'), join(ROOT, 'src/server/ops/child-test-support.ts'), ...args],
    {
      env: { ...process.env, LOG_LEVEL: 'silent' },
    },
  );
  let buffer = '';
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  });
  return child;
}

export function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

/** Checks and restores the file into a new, empty database of the engine, and opens that. */
export async function restoreInto(engine: Engine, from: OpsDatabase, file: string, key?: string) {
  let url = `sqlite:${join(from.dir, `teruggezet-${Date.now()}.sqlite`)}`;
  let dispose = async (): Promise<void> => undefined;
  if (engine === 'postgres') {
    const target = await createTestDatabase('postgres', { migrate: false });
    url = target.url;
    dispose = () => target.dispose();
  }
  const config = { ...from.config, databaseUrl: url, key };
  const inspection = await inspectBackup(file, config);
  try {
    await restoreBackup(inspection, config, TEST_NOW);
  } finally {
    await inspection.dispose();
  }
  const restored = await openDatabase(url);
  return {
    restored,
    dispose: async () => {
      await restored.close();
      await dispose();
    },
  };
}
