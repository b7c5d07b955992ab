/**
 * GET /bestuur/uitstroom: one cohort's outflow per school and all schools together, for the bestuur
 * only. Records are written here by hand (the demo's own are removed first), so every count below is
 * worked out from the lists in this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, insertUser, TEST_NOW, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput } from '../../../testing/http';
import { ok, pupilsOfSchool } from '../../../testing/ogw-expect';
import { demoWorld, type DemoWorld } from '../../../testing/world';
import type { AdviceCode } from '../../../domain/vo-advies';
import { newId } from '../../db/ids';
import { withoutDemoAdvies } from '../schooladvies/schooladvies-test-support';
import type { BestuurUitstroomResponse } from './bestuur-uitstroom.schema';

const SMALL = '2030-2031';
const LARGE = '2031-2032';

/** One record per [advice, outflow] pair, each for the next pupil of the school not used yet. */
async function record(world: DemoWorld, schoolId: string, cohort: string, pairs: [AdviceCode, AdviceCode][]) {
  const used = new Set(
    (await world.database.db.selectFrom('schooladvies').select('leerling_id').execute()).map(
      (r) => r.leerling_id,
    ),
  );
  const pupils = pupilsOfSchool(world.data, schoolId).filter((id) => !used.has(id));
  const by = world.demo.account('ib@leerwinst.example').id;
  const at = TEST_NOW.toISOString();
  const rows = pairs.map(([advies, uitstroom], i) => ({
    id: newId(TEST_NOW.getTime()),
    school_id: schoolId,
    leerling_id: pupils[i] ?? '',
    schooljaar: cohort,
    definitief_advies: advies,
    uitstroom_niveau: uitstroom,
    version: 1,
    created_by: by,
    created_at: at,
    updated_by: by,
    updated_at: at,
  }));
  await world.database.db.insertInto('schooladvies').values(rows).execute();
}

const times = (n: number, pair: [AdviceCode, AdviceCode]) => Array.from({ length: n }, () => pair);

describe.each(testEngines())('bestuur uitstroom (%s)', (engine) => {
  let world: DemoWorld;
  const get = (who: LoginName | null, query = '') =>
    world.api.call<BestuurUitstroomResponse>('GET', `/bestuur/uitstroom${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });

  beforeAll(async () => {
    world = await demoWorld(engine);
    await withoutDemoAdvies(world);
    const { schoolA, schoolB } = world.demo;
    // SMALL: school A 12 pupils with havo advice: 9 went to havo, 1 to vwo, 2 to vmbo-gt.
    // School B 4 with vmbo-kb advice: 3 to vmbo-kb, 1 to vmbo-bb.
    await record(world, schoolA, SMALL, [
      ...times(9, ['havo', 'havo']),
      ['havo', 'vwo'],
      ...times(2, ['havo', 'vmbo-gt']),
    ]);
    await record(world, schoolB, SMALL, [...times(3, ['vmbo-kb', 'vmbo-kb']), ['vmbo-kb', 'vmbo-bb']]);
    // LARGE: school A 10 (8 op, 2 onder), school B 11 (10 op, 1 boven).
    await record(world, schoolA, LARGE, [...times(8, ['vwo', 'vwo']), ...times(2, ['vwo', 'havo'])]);
    await record(world, schoolB, LARGE, [...times(10, ['havo', 'havo']), ['havo', 'vwo']]);
  });
  afterAll(async () => world.database.dispose());

  it('answers 401 without a session, 403 to a role that sees pupils, 400 naming a malformed cohort', async () => {
    expectError(await get(null), 401, 'unauthenticated');
    for (const who of ['ib', 'leerkracht', 'schoolleider'] as const)
      expectError(await get(who), 403, 'forbidden');
    expectInvalidInput(await get('bestuur', '?cohort=2030'), 'cohort');
  });

  it('shows the newest cohort per school, a school of fewer than ten by its size only', async () => {
    const body = ok(await get('bestuur', `?cohort=${SMALL}`));
    expect(body.cohorts).toEqual([LARGE, SMALL]);
    const a = body.schools.find((s) => s.id === world.demo.schoolA)?.figures;
    const b = body.schools.find((s) => s.id === world.demo.schoolB)?.figures;
    expect(a?.uitstroom).toMatchObject({ n: 12, boven: 1, op: 9, onder: 2, suppressed: false });
    expect(a?.uitstroom.opOfBoven?.share).toBeCloseTo(10 / 12, 12);
    expect(b?.uitstroom).toMatchObject({ n: 4, boven: null, op: null, onder: null, suppressed: true });
    // 4 hidden pupils: the total minus school A would give school B away, so it keeps its size only.
    expect(body.total.uitstroom).toMatchObject({ n: 16, boven: null, opOfBoven: null, suppressed: true });
    expect(body.total.adviezen).toMatchObject({ n: 16, counts: [], suppressed: true });
  });

  it('adds the schools up when no cell is hidden, and defaults to the newest cohort', async () => {
    const body = ok(await get('bestuur'));
    expect(body.cohort).toBe(LARGE);
    expect(body.total.uitstroom).toMatchObject({ n: 21, boven: 1, op: 18, onder: 2, suppressed: false });
    expect(body.total.uitstroom.opOfBoven?.share).toBeCloseTo(19 / 21, 12);
    expect(body.total.adviezen.counts).toEqual([
      { advice: 'havo', count: 11 },
      { advice: 'vwo', count: 10 },
    ]);
  });

  it("shows another bestuur none of this bestuur's schools or cohorts", async () => {
    const other = await createOtherBestuur(world.database.db);
    await insertUser(world.database.db, {
      name: 'Olga Overkant',
      email: 'uitstroom.elders@leerwinst.example',
      role: 'bestuur',
      bestuurId: other.bestuurId,
    });
    const cookie = await world.api.login('uitstroom.elders@leerwinst.example');
    const theirs = ok(
      await world.api.call<BestuurUitstroomResponse>('GET', '/bestuur/uitstroom', { cookie }),
    );
    expect(theirs.schools.map((s) => s.id)).toEqual([other.schoolId]);
    expect([theirs.cohort, theirs.cohorts, theirs.total.pupils]).toEqual([null, [], 0]);
  });
});
