/**
 * Retention per category, on the demo's pupils who left. The expectations come from the generated
 * placements (who left, and when) and from rows the test adds itself, not from the code under test.
 * With periods of 1 (dossier), 2 (zorg) and 3 years (results), counted from the last leaving day L:
 * at L + 1 year every leaver has lost the dossier and keeps care data and name; at L + 2 years the care
 * data and the name are gone and the results stay; at L + 3 years the pupils are gone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, TEST_NOW } from '../../../testing/fixtures';
import { expectError, expectInvalidInput } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import { newId } from '../../db/ids';
import type { DB } from '../../db/schema';
import { describeTables } from '../../db/introspect';
import type { RetentionCounts } from './privacy.schema';
import { addYears, runRetentionForSchool } from './retention.service';

const POLICY = { leerlingdossier: 1, zorg: 2, resultaten: 3, auditlog: 1 };

describe.each(testEngines())('retention (%s)', (engine) => {
  let world: DemoWorld;
  let leftOn: Map<string, string>;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  /** A moment `years` after the last pupil left. */
  const after = (years: number) =>
    new Date(`${addYears([...leftOn.values()].sort().at(-1) ?? '', years)}T12:00:00.000Z`);
  const due = (years: number, at: Date) =>
    [...leftOn].filter(([, left]) => addYears(left, years) <= day(at)).map(([id]) => id);

  beforeAll(async () => {
    world = await demoWorld(engine);
    const { data, demo } = world;
    const ofA = new Set(data.leerling.filter((l) => l.school_id === demo.schoolA).map((l) => l.id));
    const byPupil = new Map<string, (string | null)[]>();
    for (const p of data.plaatsing.filter((x) => ofA.has(x.leerling_id))) {
      byPupil.set(p.leerling_id, [...(byPupil.get(p.leerling_id) ?? []), p.end_date ?? null]);
    }
    leftOn = new Map(
      [...byPupil].flatMap(([id, ends]) =>
        ends.every((e) => e !== null) ? [[id, ends.map(String).sort().at(-1) ?? ''] as const] : [],
      ),
    );
  });
  afterAll(async () => world.database.dispose());

  const policy = (who: 'schoolleider' | 'ib', body: unknown) =>
    world.api.call<{ effective: typeof POLICY; due: RetentionCounts }>(
      'PUT',
      `/schools/${world.demo.schoolA}/retention`,
      { cookie: world.cookies[who], body },
    );

  it('has pupils who left, so every category is tried', () => {
    expect(leftOn.size).toBeGreaterThan(1);
    expect(due(1, after(1))).toHaveLength(leftOn.size);
    expect(due(2, after(1)).length).toBeLessThan(leftOn.size);
  });

  it('shows the defaults, refuses results kept shorter than the rest, and is the schoolleider’s', async () => {
    const shown = ok(
      await world.api.call<{ settings: object; effective: typeof POLICY; due: RetentionCounts }>(
        'GET',
        `/schools/${world.demo.schoolA}/retention`,
        { cookie: world.cookies.schoolleider },
      ),
    );
    expect(shown.settings).toEqual({});
    expect(shown.effective).toEqual({ leerlingdossier: 2, zorg: 5, resultaten: 10, auditlog: 5 });
    expect(shown.due.anonymised).toBe(due(2, TEST_NOW).filter((id) => due(5, TEST_NOW).includes(id)).length);
    expectInvalidInput(await policy('schoolleider', { resultaten: 4 }), 'resultaten');
    expectInvalidInput(await policy('schoolleider', { zorg: 0 }), 'zorg');
    expectError(await policy('ib', POLICY), 403, 'forbidden');
    expect(ok(await policy('schoolleider', POLICY)).effective).toEqual(POLICY);
    const rows = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'retention.update')
      .execute();
    expect(rows.map((r) => [r.user_id, r.school_id])).toEqual([
      [world.demo.account(LOGIN.schoolleider).id, world.demo.schoolA],
    ]);
  });

  /** The last pupil to leave: the one whose periods run out last. */
  const latest = () => [...leftOn].sort((a, b) => a[1].localeCompare(b[1])).at(-1)?.[0] ?? '';
  const rowsOf = async (table: 'observatie' | 'verzorger' | 'toetsresultaat', ids: string[]) =>
    ids.length === 0
      ? 0
      : (await world.database.db.selectFrom(table).select('id').where('leerling_id', 'in', ids).execute())
          .length;

  async function addDossierAndCare(leerling_id: string) {
    const { db } = world.database;
    const iso = TEST_NOW.toISOString();
    await db
      .insertInto('observatie')
      .values({
        id: newId(TEST_NOW.getTime()),
        leerling_id,
        schooljaar: '2025-2026',
        moment: null,
        aspect: 'werkhouding',
        waardering: 2,
        toelichting: 'Werkt rommelig',
        observed_on: '2026-03-01',
        author_user_id: world.demo.account(LOGIN.leerkracht).id,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    await db
      .insertInto('verzorger')
      .values({
        id: newId(TEST_NOW.getTime()),
        leerling_id,
        school_id: world.demo.schoolA,
        name: 'Ouder van een vertrokken leerling',
        relation: 'moeder',
        phone: null,
        email: null,
        gezag: 1,
        source: 'hand',
        las_key: null,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
  }

  it('counts in a dry run exactly what the run then does; a year on, the dossier goes and the rest stays', async () => {
    const { db } = world.database;
    const pupil = latest();
    await addDossierAndCare(pupil);
    const old = { at: '2020-01-01T00:00:00.000Z', action: 'pupil.read', entity: 'leerling', user_id: null };
    const none = { entity_id: null, leerling_id: null, details: null };
    await db
      .insertInto('audit_log')
      .values([
        { id: newId(TEST_NOW.getTime()), ...old, ...none, school_id: world.demo.schoolA },
        { id: newId(TEST_NOW.getTime()), ...old, ...none, school_id: world.demo.schoolB },
      ])
      .execute();
    const tables = (await describeTables(db, engine)).map((t) => t.name) as (keyof DB)[];
    const before = await countRows(db, tables);
    const resultsBefore = await rowsOf('toetsresultaat', [...leftOn.keys()]);
    const dry = await runRetentionForSchool(db, world.demo.schoolA, after(1), true);
    expect(await countRows(db, tables)).toEqual(before);
    const done = await runRetentionForSchool(db, world.demo.schoolA, after(1), false);
    expect(done).toEqual(dry);
    expect(done).toMatchObject({
      anonymised: due(2, after(1)).length,
      resultaten: { pupils: 0, rows: 0 },
      auditlog: { rows: 1 },
    });
    expect(done.leerlingdossier.rows).toBeGreaterThanOrEqual(1);
    expect([await rowsOf('observatie', [pupil]), await rowsOf('verzorger', [pupil])]).toEqual([0, 1]);
    const kept = await db
      .selectFrom('leerling')
      .select('roepnaam')
      .where('id', '=', pupil)
      .executeTakeFirst();
    expect(kept?.roepnaam).toBe(world.demo.pupil(pupil).roepnaam);
    expect(await rowsOf('toetsresultaat', [...leftOn.keys()])).toBe(resultsBefore);
    // The other school's old audit row is that school's business.
    expect(
      await db.selectFrom('audit_log').select('school_id').where('at', '<', '2021-01-01').execute(),
    ).toEqual([{ school_id: world.demo.schoolB }]);
  });

  it('two years on, takes the care data and the name, keeps the results, and does it once', async () => {
    const { db } = world.database;
    const resultsBefore = await rowsOf('toetsresultaat', [...leftOn.keys()]);
    const done = await runRetentionForSchool(db, world.demo.schoolA, after(2), false);
    expect(done.anonymised).toBe(leftOn.size - due(2, after(1)).length);
    expect(done.zorg.pupils).toBeGreaterThanOrEqual(1);
    expect(await rowsOf('verzorger', [latest()])).toBe(0);
    const pupils = await db
      .selectFrom('leerling')
      .selectAll()
      .where('id', 'in', [...leftOn.keys()])
      .execute();
    expect(pupils).toHaveLength(leftOn.size);
    for (const p of pupils) {
      expect([p.roepnaam, p.voorvoegsel, p.geboortedatum, p.eckid, p.las_key]).toEqual([
        'Leerling',
        null,
        null,
        null,
        `anoniem-${p.id}`,
      ]);
      expect(p.anonymised_at).not.toBeNull();
    }
    expect(await rowsOf('toetsresultaat', [...leftOn.keys()])).toBe(resultsBefore);
    expect(await runRetentionForSchool(db, world.demo.schoolA, after(2), false)).toEqual({
      leerlingdossier: { pupils: 0, rows: 0 },
      zorg: { pupils: 0, rows: 0 },
      anonymised: 0,
      resultaten: { pupils: 0, rows: 0 },
      auditlog: { rows: 0 },
    });
  });

  it('deletes every pupil whose results are past their period, with all their rows, on both engines', async () => {
    const { db } = world.database;
    const gone = due(3, after(3));
    expect(gone.length).toBe(leftOn.size);
    const done = await runRetentionForSchool(db, world.demo.schoolA, after(3), false);
    expect(done.resultaten.pupils).toBe(gone.length);
    expect(await db.selectFrom('leerling').select('id').where('id', 'in', gone).execute()).toEqual([]);
    expect(
      await db.selectFrom('toetsresultaat').select('id').where('leerling_id', 'in', gone).execute(),
    ).toEqual([]);
    expect(await db.selectFrom('plaatsing').select('id').where('leerling_id', 'in', gone).execute()).toEqual(
      [],
    );
    // The school's figures still answer, and the run is in the audit log, by no one.
    ok(
      await world.api.call('GET', `/schools/${world.demo.schoolA}/statistics`, { cookie: world.cookies.ib }),
    );
    const runs = await db.selectFrom('audit_log').selectAll().where('action', '=', 'retention.run').execute();
    // Two runs two years on and this one; the dry run wrote nothing, and the run a year on is older
    // than the audit log's own period of a year by now.
    expect(runs.map((r) => [r.user_id, r.school_id, r.at])).toEqual([
      [null, world.demo.schoolA, after(2).toISOString()],
      [null, world.demo.schoolA, after(2).toISOString()],
      [null, world.demo.schoolA, after(3).toISOString()],
    ]);
  });
});
