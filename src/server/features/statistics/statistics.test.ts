/**
 * GET /schools/{id}/statistics?meetpunt=: per jaargroep × vak the figures of the generated results at
 * the meetpunt. IB and schoolleider see every cell; the bestuur sees no shares of a cell with fewer
 * than BESTUUR_MIN_CELL results. No answer names a pupil. The trend route is in statistics-trend.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import type { DemoResult } from '../../../testing/engine-expect';
import {
  createOtherBestuur,
  demoLookup,
  seedDemo,
  unknownId,
  type DemoLookup,
  type LoginName,
} from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import {
  expectedCells,
  INSTRUCTIE_OF_LEVEL,
  meetpuntByHand,
  pupilNamePattern,
} from '../../../testing/statistics-expect';
import type { SchoolStatisticsResponse } from './statistics.schema';
import { BESTUUR_MIN_CELL } from './statistics.service';

type Cell = SchoolStatisticsResponse['cells'][number];

/** Meetpunten in time order: by schooljaar, then B, M, E. */
const inTimeOrder = (keys: Iterable<string>) =>
  [...new Set(keys)].sort((a, b) =>
    `${a.slice(0, 9)}${'BME'.indexOf(a.slice(10))}`.localeCompare(
      `${b.slice(0, 9)}${'BME'.indexOf(b.slice(10))}`,
    ),
  );

describe.each(testEngines())('school statistics API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  /** School A's results after two cells of the latest meetpunt were cut to just below and at the minimum. */
  let results: DemoResult[];
  let meetpunten: string[];
  let small: string;
  let boundary: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    const ofA = new Set(data.leerling.filter((l) => l.school_id === demo.schoolA).map((l) => l.id));
    const all = data.toetsresultaat.filter((r) => ofA.has(r.leerling_id));
    meetpunten = inTimeOrder(all.map(meetpuntByHand));
    const latest = meetpunten.at(-1) ?? '';
    const large = [...expectedCells(data, all, latest).values()]
      .filter((c) => c.vak === 'spelling' && c.n > BESTUUR_MIN_CELL)
      .sort((a, b) => b.jaargroep - a.jaargroep);
    const [first, second] = large;
    if (!first || !second) throw new Error('the demo needs two large spelling cells');
    small = `${first.jaargroep}|spelling`;
    boundary = `${second.jaargroep}|spelling`;
    const inCell = (key: string) => (r: DemoResult) =>
      meetpuntByHand(r) === latest &&
      `${r.moment.slice(1)}|${data.toets.find((t) => t.id === r.toets_id)?.vak}` === key;
    const removed = new Set(
      [
        ...all.filter(inCell(small)).slice(BESTUUR_MIN_CELL - 1),
        ...all.filter(inCell(boundary)).slice(BESTUUR_MIN_CELL),
      ].map((r) => r.id),
    );
    await database.db
      .deleteFrom('toetsresultaat')
      .where('id', 'in', [...removed])
      .execute();
    results = all.filter((r) => !removed.has(r.id));
  });
  afterAll(async () => database.dispose());

  const statistics = (schoolId: string, who?: LoginName, meetpunt?: string) =>
    api.call<SchoolStatisticsResponse>(
      'GET',
      `/schools/${schoolId}/statistics${meetpunt === undefined ? '' : `?meetpunt=${encodeURIComponent(meetpunt)}`}`,
      { cookie: who ? as(who) : undefined },
    );
  const keyOf = (c: Cell) => `${c.jaargroep}|${c.vak}`;

  function expectCellsAsGenerated(cells: Cell[], meetpunt: string) {
    const expected = expectedCells(data, results, meetpunt);
    expect(cells.map(keyOf).sort()).toEqual([...expected.keys()].sort());
    for (const cell of cells) {
      const e = expected.get(keyOf(cell));
      if (!e) throw new Error(`no expected cell ${keyOf(cell)}`);
      expect(cell).toMatchObject({ n: e.n, suppressed: false, moment: meetpunt });
      expect(cell.meanScore).toBeCloseTo(e.meanScore, 9);
      const levels = cell.levelShares.find((s) => s.system === 'I-V')?.levels ?? [];
      expect(Object.fromEntries(levels.map((l) => [l.value, l.count]))).toEqual(e.levelCounts);
      for (const l of levels) expect(l.share).toBeCloseTo((e.levelCounts[l.value] ?? Number.NaN) / e.n, 12);
      expect(cell.atOrAbove).toMatchObject({ system: 'I-V', level: 'III', count: e.atOrAbove, n: e.n });
      expect(cell.atOrAbove?.share).toBeCloseTo(e.atOrAbove / e.n, 12);
      expect(cell.atOrAbove?.interval?.low).toBeCloseTo(e.interval.low, 8);
      expect(cell.atOrAbove?.interval?.high).toBeCloseTo(e.interval.high, 8);
      const byInstructie: Record<string, number> = {};
      for (const [level, count] of Object.entries(e.levelCounts)) {
        const instructie = INSTRUCTIE_OF_LEVEL[level] ?? '';
        byInstructie[instructie] = (byInstructie[instructie] ?? 0) + count;
      }
      const instructies = cell.instructieShares;
      expect(Object.fromEntries(instructies.groups.map((g) => [g.value, g.count]))).toEqual(byInstructie);
      for (const g of instructies.groups)
        expect(g.share).toBeCloseTo((byInstructie[g.value] ?? Number.NaN) / instructies.n, 12);
    }
  }

  it('answers 401 without a session', async () => {
    expectError(await statistics(demo.schoolA), 401, 'unauthenticated');
  });

  it.each(['leerkracht', 'beheerder'] as const)(
    'answers 403 to the %s, who may not read statistics',
    async (who) => {
      expectError(await statistics(demo.schoolA, who), 403, 'forbidden');
    },
  );

  it('answers school A to the IB of school B, and another bestuur’s school to the bestuur, like missing schools', async () => {
    expectSameNotFound(
      await statistics(demo.schoolA, 'ibOtherSchool'),
      await statistics(unknownId(), 'ibOtherSchool'),
    );
    const other = await createOtherBestuur(database.db);
    expectSameNotFound(await statistics(other.schoolId, 'bestuur'), await statistics(unknownId(), 'bestuur'));
  });

  it('answers 400 naming meetpunt for a malformed meetpunt or one without results', async () => {
    expectInvalidInput(await statistics(demo.schoolA, 'ib', '2025-2026'), 'meetpunt');
    const first = meetpunten[0] ?? '';
    const earlier = `${Number(first.slice(0, 4)) - 1}-${first.slice(0, 4)} E`;
    const error = expectError(await statistics(demo.schoolA, 'ib', earlier), 400, 'invalid_input');
    expect(error.message).toContain(earlier);
    expect(error.issues?.map((i) => i.field)).toEqual(['meetpunt']);
  });

  it.each(['ib', 'schoolleider'] as const)(
    'gives the %s every cell of the latest meetpunt in full',
    async (who) => {
      const response = await statistics(demo.schoolA, who);
      expect(response.status).toBe(200);
      expect(response.body.meetpunten).toEqual(meetpunten);
      expect(response.body.meetpunt).toBe(meetpunten.at(-1));
      expect(response.body.minCellSize).toBe(1);
      expectCellsAsGenerated(response.body.cells, meetpunten.at(-1) ?? '');
      const n = response.body.cells.reduce((sum, c) => sum + c.n, 0);
      expect(n).toBe(results.filter((r) => meetpuntByHand(r) === meetpunten.at(-1)).length);
    },
  );

  it('gives the figures of an earlier meetpunt on request', async () => {
    const meetpunt = meetpunten[0] ?? '';
    const response = await statistics(demo.schoolA, 'ib', meetpunt);
    expect(response.body.meetpunt).toBe(meetpunt);
    expectCellsAsGenerated(response.body.cells, meetpunt);
  });

  it(`withholds from the bestuur the shares of cells with fewer than ${BESTUUR_MIN_CELL} results, and shows the rest`, async () => {
    const full = (await statistics(demo.schoolA, 'ib')).body.cells;
    const response = await statistics(demo.schoolA, 'bestuur');
    expect(response.status).toBe(200);
    expect(response.body.minCellSize).toBe(BESTUUR_MIN_CELL);
    expect(response.body.cells.map(keyOf)).toEqual(full.map(keyOf));
    const hidden = response.body.cells.filter((c) => c.n < BESTUUR_MIN_CELL);
    expect(hidden.map(keyOf)).toEqual([small]);
    for (const cell of hidden) {
      expect(cell).toMatchObject({ suppressed: true, meanScore: null, levelShares: [] });
      expect(cell.instructieShares.groups).toEqual([]);
      expect(cell.atOrAbove).toBeNull();
    }
    const shown = response.body.cells.filter((c) => c.n >= BESTUUR_MIN_CELL);
    expect(shown.map(keyOf)).toContain(boundary);
    for (const cell of shown) expect(cell).toEqual(full.find((c) => keyOf(c) === keyOf(cell)));
  });

  it('names no pupil and carries no pupil id, for the bestuur nor for the IB', async () => {
    const pattern = pupilNamePattern(data);
    const group = await api.call('GET', `/groups/${demo.group(demo.schoolA, 'Groep 5').id}/analysis`, {
      cookie: as('ib'),
    });
    expect(JSON.stringify(group.body)).toMatch(pattern);
    for (const who of ['bestuur', 'ib'] as const) {
      for (const meetpunt of meetpunten) {
        const text = JSON.stringify((await statistics(demo.schoolA, who, meetpunt)).body);
        expect(text).not.toMatch(pattern);
        for (const pupil of data.leerling) expect(text).not.toContain(pupil.id);
      }
    }
  });
});
