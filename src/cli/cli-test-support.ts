/**
 * For the command-line tests only: `leerwinst` run as a separate process against a database with the
 * demo (a SQLite file, or a PostgreSQL test database), and a folder for the files it reads.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoData } from '../demo/generator';
import { migrateToLatest, openDatabase, type Database } from '../server/db/database';
import type { Engine } from '../server/db/dialect';
import { createTestDatabase } from '../testing/databases';
import { seedDemo } from '../testing/fixtures';

const BIN = join(import.meta.dirname, '../../bin/leerwinst.js');

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], databaseUrl: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface CliDatabase {
  database: Database;
  url: string;
  data: DemoData;
  dir: string;
  /** Writes a file into the test folder and returns its path. */
  file(name: string, content: string | Uint8Array): string;
  dispose(): Promise<void>;
}

/** A database with the demo that a child process can open, and a folder for input files. */
export async function cliDatabase(engine: Engine): Promise<CliDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'leerwinst-import-'));
  let database: Database;
  let url: string;
  let close: () => Promise<void>;
  if (engine === 'sqlite') {
    url = `sqlite:${join(dir, 'db.sqlite')}`;
    database = await openDatabase(url);
    await migrateToLatest(database.db);
    close = () => database.close();
  } else {
    const test = await createTestDatabase(engine);
    database = test;
    url = test.url;
    close = () => test.dispose();
  }
  const data = await seedDemo(database.db);
  return {
    database,
    url,
    data,
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    async dispose() {
      await close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
