import { Migrator, NO_MIGRATIONS, type MigrationProvider } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../testing/databases';
import { migrateToLatest } from './database';
import { migrations } from './migrations/index';

describe.each(testEngines())('migrations (%s)', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(engine, { migrate: false });
  });
  afterAll(async () => database.dispose());

  it('run up to the latest, down to nothing and up again', async () => {
    const applied = await migrateToLatest(database.db);
    expect(applied).toEqual(Object.keys(migrations));
    const provider: MigrationProvider = { getMigrations: async () => migrations };
    const migrator = new Migrator({ db: database.db, provider });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    const tables = await database.db.introspection.getTables();
    expect(tables.map((t) => t.name).filter((n) => !n.startsWith('kysely_'))).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual(Object.keys(migrations));
  });

  it('enforce the rules the data model promises', async () => {
    const db = database.db;
    const now = new Date().toISOString();
    await db
      .insertInto('bestuur')
      .values({ id: 'b', name: 'B', bestuursnummer: null, created_at: now })
      .execute();
    const school = {
      bestuur_id: 'b',
      brin: '12AB',
      name: 'S',
      schoolweging: null,
      created_at: now,
      updated_at: now,
    };
    await db
      .insertInto('school')
      .values({ ...school, id: 's1', vestiging: null })
      .execute();
    // The same BRIN without a vestiging twice is one school too many.
    await expect(
      db
        .insertInto('school')
        .values({ ...school, id: 's2', vestiging: null })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('school')
      .values({ ...school, id: 's3', vestiging: '01' })
      .execute();
    // Foreign keys are on (SQLite needs a pragma for that).
    await expect(
      db
        .insertInto('schooljaar')
        .values({
          id: 'x',
          school_id: 'nope',
          name: '2025-2026',
          start_date: '2025-08-01',
          end_date: '2026-07-31',
        })
        .execute(),
    ).rejects.toThrow();
    await db
      .insertInto('app_user')
      .values({
        id: 'u',
        name: 'U',
        email: 'u@x.nl',
        password_hash: 'h',
        active: 1,
        created_at: now,
        last_login_at: null,
      })
      .execute();
    // A role holds at a school or across a bestuur: never both, never neither.
    await expect(
      db
        .insertInto('role_assignment')
        .values({ id: 'r1', user_id: 'u', role: 'ib', school_id: 's1', bestuur_id: 'b', created_at: now })
        .execute(),
    ).rejects.toThrow();
    await expect(
      db
        .insertInto('role_assignment')
        .values({ id: 'r2', user_id: 'u', role: 'ib', school_id: null, bestuur_id: null, created_at: now })
        .execute(),
    ).rejects.toThrow();
  });
});
