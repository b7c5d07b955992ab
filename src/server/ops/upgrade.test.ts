/**
 * Upgrades on both engines: a backup before migrating a database that holds data, none for an empty
 * one, and a failing migration that leaves the database exactly as it was while naming the migration
 * and the backup.
 */
import { existsSync } from 'node:fs';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../testing/databases';
import { TEST_NOW } from '../../testing/fixtures';
import { MigrationFailedError, migrationState } from '../db/database';
import { migrations } from '../db/migrations/index';
import { checksumTables } from './checksum-tables';
import { opsDatabase } from './ops-test-support';
import { inspectBackup } from './restore-inspect';
import { upgradeDatabase } from './upgrade';

const addsTable: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema
      .createTable('proef_nieuw')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .execute();
    await sql`insert into proef_nieuw (id) values ('een')`.execute(db);
    await sql`update leerling set roepnaam = 'Gewijzigd'`.execute(db);
  },
};
const fails: Migration = {
  up: async (db: Kysely<unknown>) => {
    await db.schema.alterTable('leerling').addColumn('proef_kolom', 'text').execute();
    await sql`insert into tabel_die_niet_bestaat (id) values (1)`.execute(db);
  },
};

describe.each(testEngines())('upgrade (%s)', (engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const done of cleanup.splice(0)) await done();
  });
  const ops = async (empty = false) => {
    const database = await opsDatabase(engine, { empty });
    cleanup.push(() => database.dispose());
    return database;
  };

  it('leaves the database as it was when a migration fails, and says which one and where the backup is', async () => {
    const { database, config } = await ops();
    const before = await checksumTables(database);
    const tablesBefore = (await database.db.introspection.getTables()).map((t) => t.name).sort();
    const list = { ...migrations, '9998-proef-nieuw': addsTable, '9999-proef-kapot': fails };

    const failure = await upgradeDatabase(database, config, TEST_NOW, { migrations: list }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(MigrationFailedError);
    const error = failure as MigrationFailedError;
    expect(error.migration).toBe('9999-proef-kapot');
    expect(error.backupPath).toMatch(/leerwinst-voor-upgrade-20261128T100000Z\.(sqlite|dump)$/);
    expect(error.message).toContain('9999-proef-kapot');
    expect(error.message).toContain(error.backupPath ?? '?');

    // Not even the migration that succeeded before it stayed: one transaction.
    expect((await database.db.introspection.getTables()).map((t) => t.name).sort()).toEqual(tablesBefore);
    const leerling = (await database.db.introspection.getTables()).find((t) => t.name === 'leerling');
    expect(leerling?.columns.map((c) => c.name)).not.toContain('proef_kolom');
    expect((await migrationState(database.db)).pending).toEqual([]);
    // Every row as it was; app_meta only gained the record of the backup.
    const after = await checksumTables(database);
    for (const sums of [before, after]) sums.delete('app_meta');
    expect(after).toEqual(before);

    expect(existsSync(error.backupPath ?? '')).toBe(true);
    const inspection = await inspectBackup(error.backupPath ?? '', config);
    cleanup.push(() => inspection.dispose());
    expect(inspection.migrations.pending).toEqual([]);
  });

  it('makes a backup before migrating a database that holds data, and none for an empty one', async () => {
    const list = { ...migrations, '9998-proef-nieuw': addsTable };
    const filled = await ops();
    const result = await upgradeDatabase(filled.database, filled.config, TEST_NOW, { migrations: list });
    expect(result.applied).toEqual(['9998-proef-nieuw']);
    expect(result.backup).toMatch(/leerwinst-voor-upgrade-/);
    const inspection = await inspectBackup(result.backup ?? '', filled.config);
    cleanup.push(() => inspection.dispose());
    // The backup is of the database before the upgrade: the new migration is not in it.
    expect(inspection.migrations.applied).not.toContain('9998-proef-nieuw');

    const empty = await ops(true);
    const none = await upgradeDatabase(empty.database, empty.config, TEST_NOW, { migrations: list });
    expect(none).toEqual({ applied: ['9998-proef-nieuw'], backup: null, warning: null });
    // Nothing pending: no backup either.
    expect(await upgradeDatabase(filled.database, filled.config, TEST_NOW, { migrations: list })).toEqual({
      applied: [],
      backup: null,
      warning: null,
    });
  });

  it('lists applied, pending and unknown migrations', async () => {
    const { database } = await ops(true);
    const list = { ...migrations, '9998-proef-nieuw': addsTable };
    const state = await migrationState(database.db, list);
    expect(state.applied.map((m) => m.name)).toEqual(Object.keys(migrations).sort());
    expect(state.pending).toEqual(['9998-proef-nieuw']);
    const older = Object.fromEntries(Object.entries(migrations).slice(0, -1));
    expect((await migrationState(database.db, older)).unknown).toEqual([Object.keys(migrations).at(-1)]);
  });
});
