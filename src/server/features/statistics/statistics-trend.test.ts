/**
 * GET /schools/{id}/statistics/trend?vak=&jaargroep=&kind=: the same jaargroep over the years next to
 * the cohort that was in it in the first year, computed from the generated results; small cells
 * withheld from the bestuur.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { vakOf, type DemoResult } from '../../../testing/engine-expect';
import { demoLookup, seedDemo, unknownId, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import { expectedCells, pupilNamePattern } from '../../../testing/statistics-expect';
import type { z } from 'zod';
import type { TrendResponse } from './statistics.schema';
import { BESTUUR_MIN_CELL } from './statistics.service';

type Trend = z.infer<typeof TrendResponse>;
const VAK = 'rekenen-wiskunde';
const JAARGROEP = 5;
const KIND = 'M';

describe.each(testEngines())('statistics trend API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let results: DemoResult[];
  /** The schooljaar whose groep 5 M cell was cut to just below the bestuur's minimum. */
  let smallYear: string;
  const years = () => data.summary.resultYears;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    const ofA = new Set(data.leerling.filter((l) => l.school_id === demo.schoolA).map((l) => l.id));
    const all = data.toetsresultaat.filter((r) => ofA.has(r.leerling_id));
    smallYear = years().at(-1) ?? '';
    const cell = all.filter(
      (r) => r.schooljaar === smallYear && r.moment === `${KIND}${JAARGROEP}` && vakOf(data, r) === VAK,
    );
    expect(cell.length).toBeGreaterThan(BESTUUR_MIN_CELL);
    const removed = new Set(cell.slice(BESTUUR_MIN_CELL - 1).map((r) => r.id));
    await database.db
      .deleteFrom('toetsresultaat')
      .where('id', 'in', [...removed])
      .execute();
    results = all.filter((r) => !removed.has(r.id));
  });
  afterAll(async () => database.dispose());

  const trend = (query: Record<string, string>, who?: LoginName, schoolId = demo.schoolA) =>
    api.call<Trend>('GET', `/schools/${schoolId}/statistics/trend?${new URLSearchParams(query).toString()}`, {
      cookie: who ? as(who) : undefined,
    });
  const query = { vak: VAK, jaargroep: String(JAARGROEP), kind: KIND };

  /** The point of one schooljaar and jaargroep as the generated results give it. */
  function expectedPoint(schooljaar: string, jaargroep: number) {
    const cell = expectedCells(data, results, `${schooljaar} ${KIND}`).get(`${jaargroep}|${VAK}`);
    if (!cell) throw new Error(`no cell ${schooljaar} ${jaargroep}`);
    return { ...cell, schooljaar };
  }
  function expectPoint(actual: Trend['sameMoment'][number] | undefined, e: ReturnType<typeof expectedPoint>) {
    expect(actual).toMatchObject({
      schooljaar: e.schooljaar,
      jaargroep: e.jaargroep,
      n: e.n,
      scaleKey: data.toets.find((t) => t.vak === VAK)?.scale_key,
    });
    expect(actual?.meanScore).toBeCloseTo(e.meanScore, 9);
    expect(actual?.share).toBeCloseTo(e.atOrAbove / e.n, 12);
    expect(actual?.interval?.low).toBeCloseTo(e.interval.low, 8);
    expect(actual?.interval?.high).toBeCloseTo(e.interval.high, 8);
  }

  it('answers 401 without a session, 403 to the leerkracht and the beheerder', async () => {
    expectError(await trend(query), 401, 'unauthenticated');
    expectError(await trend(query, 'leerkracht'), 403, 'forbidden');
    expectError(await trend(query, 'beheerder'), 403, 'forbidden');
  });

  it('answers school A to the IB of school B exactly like a missing school', async () => {
    expectSameNotFound(await trend(query, 'ibOtherSchool'), await trend(query, 'ibOtherSchool', unknownId()));
  });

  it.each([
    ['vak', { jaargroep: '5', kind: 'M' }],
    ['jaargroep', { vak: VAK, jaargroep: '9', kind: 'M' }],
    ['jaargroep', { vak: VAK, jaargroep: 'vijf', kind: 'M' }],
    ['kind', { vak: VAK, jaargroep: '5', kind: 'X' }],
  ])('answers 400 naming %s', async (field, q) => {
    expectInvalidInput(await trend(q, 'ib'), field);
  });

  it('gives the same jaargroep at the same moment over the years, and the first year’s cohort onwards', async () => {
    const response = await trend(query, 'ib');
    expect(response.status).toBe(200);
    expect(response.body.minCellSize).toBe(1);
    expect(response.body.sameMoment.map((p) => p.schooljaar)).toEqual(years());
    years().forEach((year, i) => expectPoint(response.body.sameMoment[i], expectedPoint(year, JAARGROEP)));
    expect(response.body.cohort.map((p) => [p.schooljaar, p.jaargroep])).toEqual(
      years().map((y, i) => [y, JAARGROEP + i]),
    );
    years().forEach((year, i) => expectPoint(response.body.cohort[i], expectedPoint(year, JAARGROEP + i)));
  });

  it(`withholds from the bestuur the figures of a point with fewer than ${BESTUUR_MIN_CELL} results`, async () => {
    const full = (await trend(query, 'ib')).body;
    const response = await trend(query, 'bestuur');
    expect(response.status).toBe(200);
    expect(response.body.minCellSize).toBe(BESTUUR_MIN_CELL);
    for (const point of response.body.sameMoment) {
      const ib = full.sameMoment.find((p) => p.schooljaar === point.schooljaar);
      if (point.schooljaar === smallYear) {
        expect(point.n).toBe(BESTUUR_MIN_CELL - 1);
        expect(point).toMatchObject({ meanScore: null, share: null, interval: null });
      } else expect(point).toEqual(ib);
    }
    expect(response.body.sameMoment.map((p) => p.schooljaar)).toContain(smallYear);
    expect(JSON.stringify(response.body)).not.toMatch(pupilNamePattern(data));
  });

  it('gives empty series for a vak without results', async () => {
    const response = await trend({ ...query, vak: 'wereldorientatie' }, 'ib');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ sameMoment: [], cohort: [], minCellSize: 1 });
  });
});
