/**
 * The SEO import routes (inspect, preview/apply): 401 without a session, 403 for roles without
 * 'import.run' (also at a school where the user holds another role), another school answered exactly
 * like one that does not exist, 400 naming the field; none of them writes anything when refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, seedDemo, unknownId, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
  type TestResponse,
} from '../../../testing/http';
import { asJson, countAll, uploadApi } from './import-test-support';
import { twoSchoolUser } from './roles-test-support';
import { insertSeoPupils, seoFixture, seoQuery } from './seo-test-support';

describe.each(testEngines())('SEO import routes: access (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let send: ReturnType<typeof uploadApi>;
  let api: ReturnType<typeof testApi>;
  let cookies: Record<LoginName, string>;
  const file = seoFixture('zien-leerkrachtlijst-groep6.csv');

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    await insertSeoPupils(database.db, demo.schoolA);
    api = testApi(database.db, engine);
    send = uploadApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const paths = (schoolId: string) => [
    `/imports/seo/inspect?schoolId=${schoolId}`,
    seoQuery(schoolId, 'preview'),
    seoQuery(schoolId, 'apply'),
  ];
  const post = async (path: string, cookie?: string): Promise<TestResponse> =>
    asJson(await send('POST', path, file, cookie));

  it('answers 401 on every route without a session, and writes nothing', async () => {
    const before = await countAll(database.db);
    for (const path of paths(demo.schoolA)) expectError(await post(path), 401, 'unauthenticated');
    expect(await countAll(database.db)).toEqual(before);
  });

  it.each(['leerkracht', 'bestuur'] as const)(
    'answers 403 to the %s on every route, and writes nothing',
    async (who) => {
      const before = await countAll(database.db);
      for (const path of paths(demo.schoolA)) expectError(await post(path, cookies[who]), 403, 'forbidden');
      expect(await countAll(database.db)).toEqual(before);
    },
  );

  it('answers 403 to a leerkracht of school A who is IB at school B, and writes nothing', async () => {
    const cookie = await twoSchoolUser(
      database.db,
      api,
      { role: 'ib', schoolId: demo.schoolB },
      { role: 'leerkracht', schoolId: demo.schoolA },
    );
    const before = await countAll(database.db);
    for (const path of paths(demo.schoolA)) expectError(await post(path, cookie), 403, 'forbidden');
    expect(await countAll(database.db)).toEqual(before);
  });

  it('answers school A to the IB of school B exactly like a school that does not exist', async () => {
    const before = await countAll(database.db);
    const [inside, outside] = [paths(demo.schoolA), paths(unknownId())];
    for (let i = 0; i < inside.length; i += 1) {
      expectSameNotFound(
        await post(inside[i] ?? '', cookies.ibOtherSchool),
        await post(outside[i] ?? '', cookies.ibOtherSchool),
      );
    }
    expect(await countAll(database.db)).toEqual(before);
  });

  it('answers 400 naming the field for a bad mode, bad JSON and a bad mapping, and writes nothing', async () => {
    const before = await countAll(database.db);
    const badMode = await post(`/imports/seo?mode=later&schoolId=${demo.schoolA}`, cookies.ib);
    expectInvalidInput(badMode, 'mode');
    const badJson = await post(`${seoQuery(demo.schoolA, 'apply')}&config=%7Bnee`, cookies.ib);
    const jsonError = expectError(badJson, 400, 'invalid_input');
    expect(jsonError.message).toBe('De koppeling (config) is geen geldige JSON.');
    expect(jsonError.issues?.map((i) => i.field)).toEqual(['config']);
    const badColumn = await post(
      seoQuery(demo.schoolA, 'apply', { config: { mapping: { leerlingKey: -1 } } }),
      cookies.ib,
    );
    expectInvalidInput(badColumn, 'config.mapping.leerlingKey');
    const badMeasure = await post(
      seoQuery(demo.schoolA, 'apply', {
        config: { scaleColumns: [{ column: 3, schaal: 'welbevinden', measure: 'gevoel' }] },
      }),
      cookies.ib,
    );
    expectInvalidInput(badMeasure, 'config.scaleColumns.0.measure');
    const badHeader = await post(`/imports/seo/inspect?schoolId=${demo.schoolA}&headerRow=0`, cookies.ib);
    expectInvalidInput(badHeader, 'headerRow');
    expect(await countAll(database.db)).toEqual(before);
  });
});
