/**
 * Backups on both engines: a copy that restores to the same data, made while another process keeps
 * writing; encrypted with a key from the environment; and the record of the last one.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../testing/databases';
import { countRows, TEST_NOW } from '../../testing/fixtures';
import { makeBackup } from './backup';
import { readLastBackup } from './backup.queries';
import { checksumTables } from './checksum-tables';
import { exited, opsDatabase, restoreInto, startChild } from './ops-test-support';
import { inspectBackup, RestoreRefusedError } from './restore-inspect';

const KEY = 'correct horse battery staple';

describe.each(testEngines())('backup (%s)', (engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const done of cleanup.splice(0)) await done();
  });
  const ops = async (options: { key?: string } = {}) => {
    const database = await opsDatabase(engine, options);
    cleanup.push(() => database.dispose());
    return database;
  };

  it('makes a copy that restores to the same rows in every table, and records it', async () => {
    const from = await ops();
    const backup = await makeBackup(from.database, from.config, { kind: 'handmatig', now: TEST_NOW });
    expect(backup.file).toMatch(
      engine === 'sqlite' ? /leerwinst-handmatig-20261128T100000Z\.sqlite$/ : /\.dump$/,
    );
    const recorded = await readLastBackup(from.database.db);
    expect(recorded).toMatchObject({
      file: backup.file,
      bytes: backup.bytes,
      kind: 'handmatig',
      at: TEST_NOW.toISOString(),
    });

    const { restored, dispose } = await restoreInto(engine, from, backup.file);
    cleanup.push(dispose);
    const [a, b] = [await checksumTables(from.database), await checksumTables(restored)];
    // The record of the backup is written after the copy, so only app_meta may differ.
    for (const [table, sum] of a)
      if (table !== 'app_meta') expect([table, b.get(table)]).toEqual([table, sum]);
  });

  it('encrypts with BACKUP_KEY: the file reveals nothing, and a wrong key is refused', async () => {
    const from = await ops({ key: KEY });
    const backup = await makeBackup(from.database, from.config, { kind: 'handmatig', now: TEST_NOW });
    expect(backup.encrypted).toBe(true);
    const bytes = readFileSync(backup.file);
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('LWENC01\n');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('PGDMP'))).toBe(false);

    const wrong = { ...from.config, key: 'een heel andere sleutel!' };
    await expect(inspectBackup(backup.file, wrong)).rejects.toThrow(/sleutel \(BACKUP_KEY\) past niet/);
    const none = { ...from.config, key: undefined };
    await expect(inspectBackup(backup.file, none)).rejects.toThrow(RestoreRefusedError);

    const { restored, dispose } = await restoreInto(engine, from, backup.file, KEY);
    cleanup.push(dispose);
    expect(await countRows(restored.db, ['leerling'])).toEqual(
      await countRows(from.database.db, ['leerling']),
    );
  });

  it('taken while another process writes, holds every change committed before it, without gaps', async () => {
    const from = await ops();
    let committed = 0;
    const writer = startChild(['write-load', from.url], (line) => (committed = Number(line)));
    cleanup.push(async () => {
      writer.kill('SIGKILL');
      await exited(writer);
    });
    while (committed < 50) await new Promise((r) => setTimeout(r, 20));
    const before = committed;
    const backup = await makeBackup(from.database, from.config, { kind: 'handmatig', now: TEST_NOW });
    writer.kill('SIGKILL');
    await exited(writer);

    const { restored, dispose } = await restoreInto(engine, from, backup.file);
    cleanup.push(dispose);
    const rows = await sql<{
      id: string;
    }>`select id from audit_log where id like 'load-%' order by id`.execute(restored.db);
    const numbers = rows.rows.map((r) => Number(r.id.slice(5)));
    expect(numbers.length).toBeGreaterThanOrEqual(before);
    // One snapshot: load-1 … load-k, nothing missing in between.
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});
