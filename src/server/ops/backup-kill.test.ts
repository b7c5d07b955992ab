/**
 * kill -9 in the middle of a backup (SQLite: the server's own backups are SQLite's): the database and
 * the earlier backups stay usable, the half-written copy never takes a backup's name, and the next
 * backup clears it away.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../testing/fixtures';
import { integrityProblems, openSqliteFile } from '../db/sqlite-file';
import { makeBackup } from './backup';
import { listBackups } from './backup-files';
import { checksumTables } from './checksum-tables';
import { exited, opsDatabase, restoreInto, startChild, type OpsDatabase } from './ops-test-support';

describe('kill -9 during a backup (sqlite)', () => {
  let ops: OpsDatabase;
  beforeAll(async () => {
    ops = await opsDatabase('sqlite');
  });
  afterAll(async () => ops.dispose());

  it('leaves the database and the earlier backups usable', async () => {
    const earlier = await makeBackup(ops.database, ops.config, { kind: 'handmatig', now: TEST_NOW });
    const before = await checksumTables(ops.database);

    let steps = 0;
    let done = false;
    const child = startChild(['slow-backup', ops.url, ops.config.dir], (line) => {
      if (line === 'stap') steps += 1;
      if (line === 'klaar') done = true;
    });
    while (steps < 5 && !done) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    await exited(child);
    expect(done).toBe(false);

    // A copy was under way: its temporary file is there, and no new backup under a real name.
    const files = readdirSync(ops.config.dir);
    expect(files.some((f) => /^\..*\.tmp-\d+$/.test(f))).toBe(true);
    expect(listBackups(ops.config.dir).map((b) => b.path)).toEqual([earlier.file]);

    expect(await checksumTables(ops.database)).toEqual(before);
    const file = openSqliteFile(ops.url.slice('sqlite:'.length));
    expect(await integrityProblems(file.db)).toEqual([]);
    await file.close();

    const { restored, dispose } = await restoreInto('sqlite', ops, earlier.file);
    const restoredSums = await checksumTables(restored);
    await dispose();
    for (const [table, sum] of before)
      if (table !== 'app_meta') expect([table, restoredSums.get(table)]).toEqual([table, sum]);

    // The next backup removes what the killed one left behind.
    await makeBackup(ops.database, ops.config, {
      kind: 'handmatig',
      now: new Date(TEST_NOW.getTime() + 1000),
    });
    expect(readdirSync(ops.config.dir).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(listBackups(ops.config.dir)).toHaveLength(2);
  });
});
