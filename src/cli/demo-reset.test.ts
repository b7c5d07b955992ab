/**
 * `leerwinst demo --reset` as a user runs it, against a real database of each engine: the demo anew
 * after a question (or --yes), and a refusal, with nothing deleted, when the database holds anything
 * besides the demo.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/database';
import type { Engine } from '../server/db/dialect';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { countRows, insertUser } from '../testing/fixtures';

const BIN = join(import.meta.dirname, '../../bin/leerwinst.js');

function run(args: string[], url: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // No terminal to answer the question: the reset then needs --yes.
    child.stdin.end();
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const TABLES = [
  'bestuur',
  'school',
  'leerling',
  'toetsresultaat',
  'app_user',
  'observatie',
  'groepsplan',
] as const;

/** A database the CLI reaches by URL: a file for SQLite (an in-memory one dies with its process). */
async function databaseFor(engine: Engine): Promise<TestDatabase> {
  if (engine !== 'sqlite') return createTestDatabase(engine, { migrate: false });
  const dir = mkdtempSync(join(tmpdir(), 'leerwinst-reset-'));
  const url = `sqlite:${join(dir, 'db.sqlite')}`;
  const opened = await openDatabase(url);
  return {
    ...opened,
    url,
    dispose: async () => {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.each(testEngines())('leerwinst demo --reset (%s)', (engine) => {
  let database: TestDatabase;
  let url: string;

  beforeAll(async () => {
    database = await databaseFor(engine);
    url = database.url;
  });
  afterAll(async () => database.dispose());

  it('loads the demo into an empty database, and refuses a second plain load with the way to reset', async () => {
    expect((await run(['demo', '--reset'], url)).code).toBe(0);
    const again = await run(['demo'], url);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('leerwinst demo --reset');
  });

  it('asks before deleting: without a terminal it wants --yes, and changes nothing', async () => {
    const before = await countRows(database.db, TABLES);
    const asked = await run(['demo', '--reset'], url);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toContain('bevestig met --yes');
    expect(await countRows(database.db, TABLES)).toEqual(before);
  });

  it('deletes every change made in the demo and loads it anew with --yes', async () => {
    const before = await countRows(database.db, TABLES);
    expect(before.bestuur).toBe(1);
    expect(before.groepsplan).toBeGreaterThan(0);
    const removed = await database.db.deleteFrom('observatie').execute();
    expect(Number(removed[0]?.numDeletedRows ?? 0)).toBeGreaterThan(0);
    const reset = await run(['demo', '--reset', '--yes'], url);
    expect(reset.stderr).toBe('');
    expect(reset.code).toBe(0);
    expect(reset.stdout).toContain('Demo opnieuw geladen');
    expect(await countRows(database.db, TABLES)).toEqual(before);
  });

  it('refuses, deleting nothing, when the database holds an account outside the demo', async () => {
    const school = await database.db.selectFrom('school').select('id').executeTakeFirstOrThrow();
    await insertUser(database.db, {
      name: 'Echte IB',
      email: 'ib@echte-school.nl',
      role: 'ib',
      schoolId: school.id,
    });
    const before = await countRows(database.db, TABLES);
    const refused = await run(['demo', '--reset', '--yes'], url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('accounts buiten de demo (ib@echte-school.nl)');
    expect(await countRows(database.db, TABLES)).toEqual(before);
  });
});
