/**
 * Moving an installation between databases: SQLite → each test engine → SQLite again, one school at a
 * time with --merge, and the refusals that leave the target untouched. The expectations come from the
 * demo data and from checksums computed over the whole tables afterwards, not from the transfer's own
 * report.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../testing/databases';
import { countRows, seedDemo, TEST_NOW } from '../../testing/fixtures';
import { newId } from '../db/ids';
import { checksumTables } from './checksum-tables';
import { findSchoolAnchor } from './scope.queries';
import { EPHEMERAL_TABLES } from './table-graph';
import { transfer, TransferRefusedError } from './transfer';

const options = { anchors: null, merge: false, dryRun: false, now: TEST_NOW, batchSize: 100 } as const;

async function schoolScope(database: TestDatabase, brin: string) {
  const anchor = await findSchoolAnchor(database.db, brin, null);
  if (!anchor) throw new Error(`no school ${brin}`);
  return { kind: 'school' as const, bestuur: [anchor.bestuur_id], school: [anchor.id] };
}

/** Tables whose whole-table checksums differ between the two databases. */
async function differingTables(a: TestDatabase, b: TestDatabase): Promise<string[]> {
  const [left, right] = [await checksumTables(a), await checksumTables(b)];
  return [...left.keys()]
    .filter((t) => !EPHEMERAL_TABLES.includes(t))
    .filter((t) => JSON.stringify(left.get(t)) !== JSON.stringify(right.get(t)));
}

describe.each(testEngines())('transfer (SQLite → %s)', (engine) => {
  let source: TestDatabase;
  let data: DemoData;
  const disposables: TestDatabase[] = [];
  const fresh = async (kind: typeof engine) => {
    const database = await createTestDatabase(kind, { migrate: false });
    disposables.push(database);
    return database;
  };

  beforeAll(async () => {
    source = await createTestDatabase('sqlite');
    data = await seedDemo(source.db);
    // The audit trail has no foreign keys: rows about a school, about a pupil, and about neither.
    const second = data.school[1];
    const pupil = data.leerling.find((p) => p.school_id === second?.id);
    const audit = (id: string, school: string | null, leerling: string | null) => ({
      id,
      at: TEST_NOW.toISOString(),
      user_id: null,
      action: 'test.transfer',
      entity: 'test',
      entity_id: null,
      leerling_id: leerling,
      school_id: school,
      details: JSON.stringify({ n: 1.5, ok: true }),
    });
    await source.db
      .insertInto('audit_log')
      .values([
        audit('audit-school', second?.id ?? null, null),
        audit('audit-pupil', null, pupil?.id ?? null),
        audit('audit-installation', null, null),
      ])
      .execute();
  });
  afterAll(async () => {
    await source.dispose();
    for (const d of disposables) await d.dispose();
  });

  it('copies a whole installation there and back with equal checksums for every table', async () => {
    const target = await fresh(engine);
    const progress: string[] = [];
    const report = await transfer(source, target, {
      ...options,
      onProgress: (p) => progress.push(`${p.table}:${p.done}/${p.total}`),
    });
    expect(report.tables.find((t) => t.table === 'leerling')?.written).toBe(data.leerling.length);
    expect(report.tables.find((t) => t.table === 'toetsresultaat')?.written).toBe(data.toetsresultaat.length);
    // Batches of 100: the results table reports its progress more than once, ending at the total.
    const results = progress.filter((p) => p.startsWith('toetsresultaat:'));
    expect(results.length).toBeGreaterThan(1);
    expect(results.at(-1)).toBe(`toetsresultaat:${data.toetsresultaat.length}/${data.toetsresultaat.length}`);
    expect(await differingTables(source, target)).toEqual([]);

    const back = await fresh('sqlite');
    await transfer(target, back, options);
    expect(await differingTables(source, back)).toEqual([]);
    expect(await countRows(back.db, ['leerling', 'plaatsing', 'audit_log'])).toEqual(
      await countRows(source.db, ['leerling', 'plaatsing', 'audit_log']),
    );
  });

  it('moves one school, then the other with --merge, and ends with the whole bestuur', async () => {
    const target = await fresh(engine);
    const [first, second] = data.school;
    if (!first || !second) throw new Error('the demo has two schools');
    await transfer(source, target, { ...options, anchors: await schoolScope(source, first.brin) });
    const pupilsOfFirst = data.leerling.filter((p) => p.school_id === first.id).length;
    expect((await countRows(target.db, ['leerling'])).leerling).toBe(pupilsOfFirst);
    expect((await countRows(target.db, ['school'])).school).toBe(1);
    // Of the audit rows only the one about neither school came along.
    const audit = await target.db.selectFrom('audit_log').select('id').execute();
    expect(audit.map((a) => a.id)).toEqual(['audit-installation']);

    const report = await transfer(source, target, {
      ...options,
      merge: true,
      anchors: await schoolScope(source, second.brin),
    });
    // The bestuur and the landelijke toetsen came with the first school and stay as they are.
    expect(report.tables.find((t) => t.table === 'bestuur')).toMatchObject({ written: 0, kept: 1 });
    expect(report.tables.find((t) => t.table === 'toets')?.kept).toBe(data.toets.length);
    // A merge raises the results version, so caches of the target's server notice the new results.
    expect(await differingTables(source, target)).toEqual(['app_meta']);
  });

  it('refuses a target that holds data without --merge, and a school it already holds with it', async () => {
    const target = await fresh(engine);
    await transfer(source, target, options);
    const before = await checksumTables(target);
    await expect(transfer(source, target, options)).rejects.toThrow(/bevat al gegevens/);
    const school = await schoolScope(source, data.school[0]?.brin ?? '');
    const refusal = transfer(source, target, { ...options, merge: true, anchors: school });
    await expect(refusal).rejects.toThrow(/al rijen met dezelfde id: school \(1\)/);
    expect(await checksumTables(target)).toEqual(before);
  });

  it('rolls everything back when the target refuses a row (an e-mail address under another id)', async () => {
    const target = await fresh(engine);
    await transfer(source, target, {
      ...options,
      anchors: await schoolScope(source, data.school[0]?.brin ?? ''),
    });
    // An account of only the second school, already in the target under another id.
    const second = data.school[1];
    const ownAccount = data.accounts.find((a) =>
      data.role_assignment.every((r) => r.user_id !== a.id || r.school_id === second?.id),
    );
    if (!ownAccount || !second) throw new Error('the demo has an account of the second school alone');
    await target.db
      .insertInto('app_user')
      .values({
        id: newId(TEST_NOW.getTime()),
        name: 'Iemand anders',
        email: ownAccount.email,
        password_hash: 'x',
        active: 1,
        created_at: TEST_NOW.toISOString(),
        last_login_at: null,
      })
      .execute();
    const before = await checksumTables(target);
    const refusal = transfer(source, target, {
      ...options,
      merge: true,
      anchors: await schoolScope(source, second.brin),
    });
    await expect(refusal).rejects.toThrow(/Tabel app_user: de doeldatabase weigert een rij/);
    expect(await checksumTables(target)).toEqual(before);
  });

  it('writes nothing on a dry run, and reports what it would copy', async () => {
    const target = await fresh(engine);
    const report = await transfer(source, target, { ...options, dryRun: true });
    expect(report.tables.find((t) => t.table === 'leerling')).toMatchObject({
      selected: data.leerling.length,
      written: 0,
      target: null,
    });
    // With --merge too: a target without tables has nothing to merge with.
    const merged = await transfer(source, target, { ...options, dryRun: true, merge: true });
    expect(merged.tables.every((t) => t.kept === 0 && t.clashes === 0)).toBe(true);
    const tables = await target.db.introspection.getTables();
    expect(tables).toEqual([]);
  });

  it('refuses to copy into a target from a newer version', async () => {
    const target = await fresh(engine);
    await transfer(source, target, { ...options, dryRun: true });
    await target.db.schema
      .createTable('kysely_migration')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('timestamp', 'text')
      .execute();
    await sql`insert into kysely_migration (name, timestamp) values ('9999-uit-de-toekomst', ${TEST_NOW.toISOString()})`.execute(
      target.db,
    );
    await expect(transfer(source, target, options)).rejects.toBeInstanceOf(TransferRefusedError);
  });
});
