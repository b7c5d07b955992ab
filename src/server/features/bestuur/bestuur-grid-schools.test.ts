/**
 * GET /bestuur/schooloverzicht reads every school's results in one go: each school's cell must count
 * that school's pupils only, with levels from that school's norms. Two schools with hand-worked counts,
 * where school A has its own norm table for the toets and school B reads the general one, so a row
 * counted under the wrong school or levelled with the wrong table changes a figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { TEST_NOW } from '../../../testing/fixtures';
import {
  addSchooljaar,
  addToets,
  cellResults,
  EMPTY_YEAR,
  insertResults,
  levels,
  ok,
  ogwWorld,
  type OgwWorld,
} from '../../../testing/ogw-expect';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { SchooloverzichtResponse } from '../schooloverzicht/schooloverzicht.schema';
import type { BestuurGridResponse } from './bestuur-grid.schema';

const VAK = 'begrijpend-lezen';

async function insertNormRow(db: Db, toetsId: string, schoolId: string | null, cuts: object) {
  await db
    .insertInto('norm_row')
    .values({
      id: newId(TEST_NOW.getTime()),
      toets_id: toetsId,
      school_id: schoolId,
      moment: 'M5',
      cuts: JSON.stringify(cuts),
      mean: null,
      label: null,
      created_by: null,
      created_at: TEST_NOW.toISOString(),
    })
    .execute();
}

describe.each(testEngines())('bestuur grid, school by school (%s)', (engine) => {
  let world: OgwWorld;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    const db = world.database.db;
    const { schoolA, schoolB } = world.demo;
    for (const schoolId of [schoolA, schoolB]) await addSchooljaar(db, schoolId, EMPTY_YEAR);
    const toetsId = await addToets(db, {
      vak: VAK,
      name: 'Lezen (normtoets)',
      version: '1',
      scaleKey: 'bl-n',
    });
    // III or higher from 40 in the general table, from 50 in school A's own (which replaces it there).
    await insertNormRow(db, toetsId, null, { IV: 20, III: 40, II: 60, I: 80 });
    await insertNormRow(db, toetsId, schoolA, { IV: 30, III: 50, II: 70, I: 90 });
    const scores = [25, 35, 45, 55, 65, 75, 85, 95, 45, 55, 35, 65];
    const scored = (schoolId: string, s: readonly number[], from = 0) =>
      cellResults(world, {
        schoolId,
        vak: VAK,
        moment: 'M5',
        date: '2024-01-25',
        levels: s.map(() => ''),
        scores: s,
        from,
        toetsId,
      }).map((r) => ({ ...r, niveau: null }));
    await insertResults(db, [
      // School A, own table: 55 55 65 65 75 85 95 at III or higher → 7 of 12.
      ...scored(schoolA, scores),
      // Three more with the LVS's own level V: kept over the norms (95 would be I) → 7 of 15.
      ...cellResults(world, {
        schoolId: schoolA,
        vak: VAK,
        moment: 'M5',
        date: '2024-01-25',
        levels: levels({ V: 3 }),
        scores: [95, 95, 95],
        from: 12,
        toetsId,
      }),
      // School B, general table: 45 45 55 55 65 65 75 85 95, then 41 and 49 → 11 of 15.
      ...scored(schoolB, [...scores, 10, 41, 49]),
    ]);
  });
  afterAll(async () => world.database.dispose());

  const query = `?schooljaar=${EMPTY_YEAR}&moment=M&vak=${VAK}`;

  it("counts each school's pupils in its own cell, levelled by its own norms", async () => {
    const body = ok(
      await world.api.call<BestuurGridResponse>('GET', `/bestuur/schooloverzicht${query}`, {
        cookie: world.cookies.bestuur,
      }),
    );
    const five = (schoolId: string) =>
      body.schools.find((s) => s.id === schoolId)?.cells.find((c) => c.jaargroep === 5);
    const a = five(world.demo.schoolA);
    const b = five(world.demo.schoolB);
    expect([a?.n, a?.suppressed, b?.n, b?.suppressed]).toEqual([15, false, 15, false]);
    expect(a?.value).toBeCloseTo(7 / 15, 12);
    expect(b?.value).toBeCloseTo(11 / 15, 12);
    // Nobody has a result in another jaargroep of this year, and no other school is in the grid.
    expect(body.schools.map((s) => s.id).sort()).toEqual([world.demo.schoolA, world.demo.schoolB].sort());
    const elsewhere = body.schools.flatMap((s) => s.cells.filter((c) => c.jaargroep !== 5));
    expect(elsewhere.every((c) => c.n === 0)).toBe(true);
    const total = body.total.find((c) => c.jaargroep === 5);
    expect(total).toMatchObject({ n: 30, suppressed: false });
    expect(total?.value).toBeCloseTo(18 / 30, 12);
  });

  it('offers the years with results at the moment: one without a schooljaar of its own too, none between', async () => {
    // An old result of school A at M5 in a year the school has no schooljaar for (imported history).
    const toetsId = (
      await world.database.db
        .selectFrom('toets')
        .select('id')
        .where('vak', '=', VAK)
        .executeTakeFirstOrThrow()
    ).id;
    const [old] = cellResults(world, {
      schoolId: world.demo.schoolA,
      vak: VAK,
      moment: 'M5',
      schooljaar: '2019-2020',
      date: '2020-01-20',
      levels: ['III'],
      toetsId,
    });
    if (old) await insertResults(world.database.db, [old]);
    const yearsAt = (kind: string) => [
      ...new Set(world.data.toetsresultaat.filter((r) => r.moment.startsWith(kind)).map((r) => r.schooljaar)),
    ];
    const offered = async (moment: string) =>
      ok(
        await world.api.call<BestuurGridResponse>('GET', `/bestuur/schooloverzicht?moment=${moment}`, {
          cookie: world.cookies.bestuur,
        }),
      ).schooljaren;
    // The demo's own years, and the two years of results added here at M5 only.
    expect(await offered('M')).toEqual([...yearsAt('M'), EMPTY_YEAR, '2019-2020'].sort().reverse());
    expect(await offered('E')).toEqual(yearsAt('E').sort().reverse());
  });

  it("agrees with each school's own schooloverzicht", async () => {
    for (const [schoolId, who, n, count] of [
      [world.demo.schoolA, 'ib', 15, 7],
      [world.demo.schoolB, 'ibOtherSchool', 15, 11],
    ] as const) {
      const own = ok(
        await world.api.call<SchooloverzichtResponse>('GET', `/schools/${schoolId}/schooloverzicht${query}`, {
          cookie: world.cookies[who],
        }),
      );
      const figure = own.cells
        .find((x) => x.jaargroep === 5 && x.vak === VAK)
        ?.figures.find((f) => f.kind === 'atOrAbove');
      expect(figure?.n).toBe(n);
      expect(figure?.value).toBeCloseTo(count / n, 12);
    }
  });
});
