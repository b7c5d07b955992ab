/**
 * Migration 0011: one ambition per school, schooljaar, vak, jaargroep, moment and measure. A database
 * written before it may hold several for one key; the migration keeps the latest active one, moves the
 * others' history into its history (in time order, renumbered) with a last version that says why, points
 * an afspraak at the one that stays, and from then on a unique index refuses a second one.
 */
import { Migrator, type MigrationProvider } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { migrations } from '../../db/migrations/index';

const THIS = '0011-ambitie-per-maat';
const names = Object.keys(migrations);
const BEFORE = names[names.indexOf(THIS) - 1] ?? '';

const III = (minShare: number) =>
  JSON.stringify({ kind: 'atOrAbove', system: 'I-V', level: 'III', minShare });
const WORDS = JSON.stringify({ kind: 'woorden', text: 'Elke les begint met het lesdoel.' });

describe.each(testEngines())('migration 0011-ambitie-per-maat (%s)', (engine) => {
  let database: TestDatabase;
  const migrator = () => {
    const provider: MigrationProvider = { getMigrations: async () => migrations };
    return new Migrator({ db: database.db, provider });
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine, { migrate: false });
    const to = await migrator().migrateTo(BEFORE);
    expect(to.error).toBeUndefined();
    const db = database.db;
    const at = '2025-08-01T08:00:00.000Z';
    await db
      .insertInto('bestuur')
      .values({ id: 'b', name: 'B', bestuursnummer: null, created_at: at })
      .execute();
    await db
      .insertInto('school')
      .values({
        id: 's',
        bestuur_id: 'b',
        brin: '12AB',
        vestiging: null,
        name: 'S',
        schoolweging: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db
      .insertInto('app_user')
      .values({
        id: 'u',
        name: 'U',
        email: 'u@x.nl',
        password_hash: 'h',
        active: 1,
        created_at: at,
        last_login_at: null,
      })
      .execute();
    const ambition = (
      id: string,
      target: string,
      status: 'actief' | 'vervallen',
      version: number,
      updated: string,
    ) => ({
      id,
      school_id: 's',
      schooljaar: '2025-2026',
      vak: target === WORDS ? null : 'spelling',
      jaargroep: target === WORDS ? null : 5,
      moment: target === WORDS ? null : ('M' as const),
      kind: (JSON.parse(target) as { kind: string }).kind,
      target,
      evaluation: null,
      status,
      version,
      created_by: 'u',
      created_at: at,
      updated_by: 'u',
      updated_at: updated,
    });
    await db
      .insertInto('ambitie')
      .values([
        ambition('a1', III(0.6), 'actief', 2, '2025-09-01T08:00:00.000Z'),
        ambition('a2', III(0.7), 'actief', 1, '2025-10-01T08:00:00.000Z'),
        // The latest of the three, but dropped: the latest active one stays.
        ambition('a3', III(0.8), 'vervallen', 2, '2025-11-01T08:00:00.000Z'),
        ambition(
          'top',
          JSON.stringify({ kind: 'atOrAbove', system: 'I-V', level: 'I', minShare: 0.2 }),
          'actief',
          1,
          at,
        ),
        ambition('w1', WORDS, 'actief', 1, at),
        ambition('w2', WORDS, 'actief', 1, at),
      ])
      .execute();
    const change = (
      id: string,
      ambitie: string,
      version: number,
      action: 'aangemaakt' | 'gewijzigd' | 'vervallen',
      target: string,
      day: string,
    ) => ({
      id,
      ambitie_id: ambitie,
      version,
      action,
      target,
      evaluation: null,
      reason: `reden ${id}`,
      decided_by: 'team',
      changed_by: 'u',
      changed_at: `2025-${day}T08:00:00.000Z`,
    });
    await db
      .insertInto('ambitie_wijziging')
      .values([
        change('c1', 'a1', 1, 'aangemaakt', III(0.5), '08-01'),
        change('c2', 'a1', 2, 'gewijzigd', III(0.6), '09-01'),
        change('c3', 'a2', 1, 'aangemaakt', III(0.7), '10-01'),
        change('c4', 'a3', 1, 'aangemaakt', III(0.8), '10-15'),
        change('c5', 'a3', 2, 'vervallen', III(0.8), '11-01'),
        change('c6', 'top', 1, 'aangemaakt', III(0.2), '08-01'),
        change('c7', 'w1', 1, 'aangemaakt', WORDS, '08-01'),
        change('c8', 'w2', 1, 'aangemaakt', WORDS, '08-01'),
      ])
      .execute();
    await db
      .insertInto('afspraak')
      .values({
        id: 'af',
        school_id: 's',
        bespreking_id: null,
        groep_id: null,
        leerling_id: null,
        text: 'Ambitie spelling 5 bijstellen',
        owner_user_id: 'u',
        deadline: null,
        status: 'open',
        link_kind: 'ambitie',
        link_id: 'a1',
        version: 1,
        created_by: 'u',
        created_at: at,
        updated_by: 'u',
        updated_at: at,
        closed_at: null,
      })
      .execute();
    const up = await migrator().migrateToLatest();
    expect(up.error).toBeUndefined();
  });
  afterAll(async () => database.dispose());

  it('keeps the latest active ambition of a key, gives every ambition its measure, and leaves words alone', async () => {
    const rows = await database.db.selectFrom('ambitie').selectAll().orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.measure, r.status, JSON.parse(r.target)])).toEqual([
      ['a2', 'atOrAbove:I-V:III', 'actief', JSON.parse(III(0.7))],
      ['top', 'atOrAbove:I-V:I', 'actief', { kind: 'atOrAbove', system: 'I-V', level: 'I', minShare: 0.2 }],
      ['w1', null, 'actief', JSON.parse(WORDS)],
      ['w2', null, 'actief', JSON.parse(WORDS)],
    ]);
    expect(rows[0]?.version).toBe(6);
  });

  it('moves the others’ history into the one that stays, in time order, with a last version that says why', async () => {
    const history = await database.db
      .selectFrom('ambitie_wijziging')
      .selectAll()
      .where('ambitie_id', '=', 'a2')
      .orderBy('version')
      .execute();
    expect(history.map((h) => [h.version, h.id, h.action, JSON.parse(h.target)])).toEqual([
      [1, 'c1', 'aangemaakt', JSON.parse(III(0.5))],
      [2, 'c2', 'gewijzigd', JSON.parse(III(0.6))],
      [3, 'c3', 'aangemaakt', JSON.parse(III(0.7))],
      [4, 'c4', 'aangemaakt', JSON.parse(III(0.8))],
      [5, 'c5', 'vervallen', JSON.parse(III(0.8))],
      [6, expect.any(String), 'samengevoegd', JSON.parse(III(0.7))],
    ]);
    expect(history.slice(0, 5).map((h) => h.reason)).toEqual(
      ['c1', 'c2', 'c3', 'c4', 'c5'].map((c) => `reden ${c}`),
    );
    expect(history[5]?.reason).toMatch(/^Samengevoegd: .* stonden 3 ambities\. De laatst gewijzigde geldt/);
    const left = await database.db
      .selectFrom('ambitie_wijziging')
      .select('ambitie_id')
      .where('ambitie_id', 'in', ['a1', 'a3'])
      .execute();
    expect(left).toEqual([]);
  });

  it('points an afspraak about a merged ambition at the one that stays', async () => {
    const afspraak = await database.db.selectFrom('afspraak').select('link_id').executeTakeFirstOrThrow();
    expect(afspraak.link_id).toBe('a2');
  });

  it('refuses a second ambition for a key from now on, but not a second one in words', async () => {
    const row = await database.db
      .selectFrom('ambitie')
      .selectAll()
      .where('id', '=', 'a2')
      .executeTakeFirstOrThrow();
    await expect(
      database.db
        .insertInto('ambitie')
        .values({ ...row, id: 'a4' })
        .execute(),
    ).rejects.toThrow();
    const words = await database.db
      .selectFrom('ambitie')
      .selectAll()
      .where('id', '=', 'w1')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('ambitie')
      .values({ ...words, id: 'w3' })
      .execute();
    await database.db
      .insertInto('ambitie')
      .values({ ...row, id: 'a5', moment: 'E' })
      .execute();
  });
});
