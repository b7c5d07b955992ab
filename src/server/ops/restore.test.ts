/**
 * Restore on both engines: it replaces the current database and keeps that one as a backup of its
 * own; it refuses a file from a newer version, a damaged file and a file that is no backup, and then
 * the current database stays exactly as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../testing/databases';
import { TEST_NOW } from '../../testing/fixtures';
import type { Db } from '../db/database';
import { makeBackup } from './backup';
import { checksumTables } from './checksum-tables';
import { opsDatabase, restoreInto, type OpsDatabase } from './ops-test-support';
import { restoreBackup } from './restore';
import { inspectBackup, RestoreRefusedError } from './restore-inspect';

async function auditMark(db: Db, id: string): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id,
      at: TEST_NOW.toISOString(),
      user_id: null,
      action: 'test.mark',
      entity: 'test',
      entity_id: null,
      leerling_id: null,
      school_id: null,
      details: null,
    })
    .execute();
}

async function hasMark(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('audit_log').select('id').where('id', '=', id).execute()).length === 1;
}

/** Inspect and restore into the ops database itself, as `leerwinst restore FILE --yes` does. */
async function restoreOver(ops: OpsDatabase, file: string) {
  const inspection = await inspectBackup(file, ops.config);
  try {
    return await restoreBackup(inspection, ops.config, new Date(TEST_NOW.getTime() + 60_000));
  } finally {
    await inspection.dispose();
  }
}

describe.each(testEngines())('restore (%s)', (engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const done of cleanup.splice(0)) await done();
  });
  const ops = async () => {
    const database = await opsDatabase(engine);
    cleanup.push(() => database.dispose());
    return database;
  };

  it('replaces the current database and keeps the replaced one as a backup of its own', async () => {
    const current = await ops();
    const backup = await makeBackup(current.database, current.config, { kind: 'handmatig', now: TEST_NOW });
    await auditMark(current.database.db, 'na-de-backup');

    const result = await restoreOver(current, backup.file);
    expect(await hasMark(current.database.db, 'na-de-backup')).toBe(false);
    expect(result.previous).toMatch(/leerwinst-voor-terugzetten-20261128T100100Z\.(sqlite|dump)$/);

    // The replaced database, with the change made after the backup, can itself be restored.
    const { restored, dispose } = await restoreInto(engine, current, result.previous ?? '');
    cleanup.push(dispose);
    expect(await hasMark(restored.db, 'na-de-backup')).toBe(true);
  });

  it('refuses a backup from a newer version of Leerwinst, and changes nothing', async () => {
    const newer = await ops();
    await sql`insert into kysely_migration (name, timestamp) values ('9999-uit-de-toekomst', ${TEST_NOW.toISOString()})`.execute(
      newer.database.db,
    );
    const backup = await makeBackup(newer.database, newer.config, { kind: 'handmatig', now: TEST_NOW });
    const current = await ops();
    const before = await checksumTables(current.database);
    const inspection = await inspectBackup(backup.file, current.config);
    cleanup.push(() => inspection.dispose());
    expect(inspection.migrations.unknown).toEqual(['9999-uit-de-toekomst']);
    await expect(restoreBackup(inspection, current.config, TEST_NOW)).rejects.toThrow(
      /nieuwere versie van Leerwinst \(migratie 9999-uit-de-toekomst\)/,
    );
    expect(await checksumTables(current.database)).toEqual(before);
  });

  it('refuses a damaged backup and a file that is no backup, and changes nothing', async () => {
    const current = await ops();
    const backup = await makeBackup(current.database, current.config, { kind: 'handmatig', now: TEST_NOW });
    await auditMark(current.database.db, 'blijft');
    const before = await checksumTables(current.database);

    const bytes = readFileSync(backup.file);
    const damaged = join(current.dir, 'beschadigd');
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restoreOver(current, damaged)).rejects.toBeInstanceOf(RestoreRefusedError);

    const foreign = join(current.dir, 'geen-backup.txt');
    writeFileSync(foreign, 'Dit is een boodschappenlijst.\n');
    await expect(restoreOver(current, foreign)).rejects.toThrow(/geen back-up van Leerwinst/);

    expect(await checksumTables(current.database)).toEqual(before);
  });

  it('tells which bestuur and schools a backup holds', async () => {
    const current = await ops();
    const backup = await makeBackup(current.database, current.config, { kind: 'handmatig', now: TEST_NOW });
    const inspection = await inspectBackup(backup.file, current.config);
    cleanup.push(() => inspection.dispose());
    const schools = await current.database.db
      .selectFrom('school')
      .select(['brin', 'name'])
      .orderBy('brin')
      .execute();
    expect(inspection.schools.map((s) => [s.brin, s.name])).toEqual(schools.map((s) => [s.brin, s.name]));
    expect(inspection.besturen).toHaveLength(1);
    expect(inspection.migrations.pending).toEqual([]);
    expect(inspection.format).toBe(engine === 'sqlite' ? 'sqlite' : 'pg-dump');
  });
});
