/**
 * Every results-import route (import, inspect, saved mappings, instruments): 401 without a session,
 * 403 for roles without 'import.run' (also at a school where the user holds another role), 404 for
 * another school exactly as for one that does not exist, 400 naming the field; none of them writes
 * anything when refused.
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
import { asJson, countAll, placedPupils, resultsQuery, uploadApi } from './import-test-support';
import { twoSchoolUser } from './roles-test-support';

type Route = { method: string; path: (schoolId: string) => string; file?: string; json?: unknown };

describe.each(testEngines())('results import routes: access (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let api: ReturnType<typeof testApi>;
  let send: ReturnType<typeof uploadApi>;
  let cookies: Record<LoginName, string>;
  let csv: string;

  const mapping = {
    mapping: { leerlingKey: 0, toets: 1, moment: 2, vaardigheidsscore: 3 },
    headers: ['nr', 'toets', 'moment', 'vs'],
  };
  const instrument = {
    name: 'Leesboog',
    vak: 'begrijpend-lezen',
    version: '2026',
    levelSystem: 'A-E',
    scaleKind: 'vaardigheid',
  };

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    send = uploadApi(database.db, engine);
    cookies = await loginAll(api);
    const pupil = placedPupils(data, demo.schoolA, demo.currentYear)[0];
    csv = `Leerlingnummer;Toets;Moment;Afnamedatum;Vaardigheidsscore\n${pupil?.key};${data.toets[0]?.code};M5;12-01-2027;50`;
    // School A has a mapping, so that "another school's mapping" exists to be refused.
    expect(
      (
        await api.call('PUT', `/schools/${demo.schoolA}/import-mappings/Cito`, {
          cookie: cookies.ib,
          body: mapping,
        })
      ).status,
    ).toBe(200);
  });
  afterAll(async () => database.dispose());

  const routes = (): Route[] => [
    { method: 'POST', path: (s) => resultsQuery(s), file: csv },
    { method: 'POST', path: (s) => `/imports/results/inspect?schoolId=${s}`, file: csv },
    { method: 'GET', path: (s) => `/schools/${s}/import-mappings` },
    { method: 'PUT', path: (s) => `/schools/${s}/import-mappings/Cito`, json: mapping },
    { method: 'DELETE', path: (s) => `/schools/${s}/import-mappings/Cito` },
    { method: 'GET', path: (s) => `/schools/${s}/instruments` },
    { method: 'POST', path: (s) => `/schools/${s}/instruments`, json: instrument },
  ];
  const call = async (route: Route, schoolId: string, who?: LoginName): Promise<TestResponse> =>
    callWith(route, schoolId, who ? cookies[who] : undefined);
  const callWith = async (route: Route, schoolId: string, cookie?: string): Promise<TestResponse> => {
    if (route.file !== undefined)
      return asJson(await send(route.method, route.path(schoolId), route.file, cookie));
    return api.call(route.method, route.path(schoolId), { cookie, body: route.json });
  };

  it('answers 401 on every route without a session, and writes nothing', async () => {
    const before = await countAll(database.db);
    for (const route of routes()) expectError(await call(route, demo.schoolA), 401, 'unauthenticated');
    expect(await countAll(database.db)).toEqual(before);
  });

  it.each(['leerkracht', 'bestuur'] as const)(
    'answers 403 to the %s on every route, and writes nothing',
    async (who) => {
      const before = await countAll(database.db);
      for (const route of routes()) expectError(await call(route, demo.schoolA, who), 403, 'forbidden');
      expect(await countAll(database.db)).toEqual(before);
    },
  );

  it('answers 403 on every route to a leerkracht of school A who is IB at school B, and writes nothing', async () => {
    // A role at the school without 'import.run': the school is known to the user, the action is not hers.
    const cookie = await twoSchoolUser(
      database.db,
      api,
      { role: 'ib', schoolId: demo.schoolB },
      { role: 'leerkracht', schoolId: demo.schoolA },
    );
    const before = await countAll(database.db);
    for (const route of routes()) expectError(await callWith(route, demo.schoolA, cookie), 403, 'forbidden');
    expect(await countAll(database.db)).toEqual(before);
  });

  it('answers school A to the IB of school B exactly like a school that does not exist, on every route', async () => {
    const before = await countAll(database.db);
    for (const route of routes()) {
      expectSameNotFound(
        await call(route, demo.schoolA, 'ibOtherSchool'),
        await call(route, unknownId(), 'ibOtherSchool'),
      );
    }
    expect(await countAll(database.db)).toEqual(before);
    const kept = await api.call<{ mappings: { name: string }[] }>(
      'GET',
      `/schools/${demo.schoolA}/import-mappings`,
      { cookie: cookies.ib },
    );
    expect(kept.body.mappings.map((m) => m.name)).toEqual(['Cito']);
  });

  it('answers 400 naming the field on every route, and writes nothing', async () => {
    const before = await countAll(database.db);
    const a = demo.schoolA;
    const upload = async (path: string, body: string | null = csv) =>
      asJson(await send('POST', path, body, cookies.ib));
    const config = (value: string) =>
      `/imports/results?mode=apply&schoolId=${a}&config=${encodeURIComponent(value)}`;

    expectInvalidInput(await upload('/imports/results?mode=apply'), 'schoolId');
    expectInvalidInput(await upload(`/imports/results?mode=alles&schoolId=${a}`), 'mode');
    expectInvalidInput(
      await upload(`/imports/results?mode=apply&schoolId=${a}&skipInvalid=ja`),
      'skipInvalid',
    );
    const notJson = expectError(await upload(config('{"mapping":')), 400, 'invalid_input');
    expect(notJson.issues?.map((i) => i.field)).toEqual(['config']);
    expectInvalidInput(await upload(config('{"constants":{"moment":"M9"}}')), 'config.constants.moment');
    expectInvalidInput(await upload(config('{"mapping":{"toets":-1}}')), 'config.mapping.toets');
    expectInvalidInput(await upload(`${resultsQuery(a)}&filename=a%00b.csv`), 'filename');
    expectError(await upload(resultsQuery(a), null), 400, 'invalid_input');

    expectInvalidInput(await upload('/imports/results/inspect'), 'schoolId');
    expectError(await upload(`/imports/results/inspect?schoolId=${a}`, null), 400, 'invalid_input');

    const as = { cookie: cookies.ib };
    expectInvalidInput(await api.call('GET', `/schools/${'x'.repeat(65)}/import-mappings`, as), 'schoolId');
    const put = (name: string, body: unknown) =>
      api.call('PUT', `/schools/${a}/import-mappings/${encodeURIComponent(name)}`, { ...as, body });
    expectInvalidInput(await put('Cito', { ...mapping, mapping: { toets: -1 } }), 'mapping.toets');
    expectInvalidInput(await put('Cito', { mapping: mapping.mapping }), 'headers');
    expectInvalidInput(await put('Cito', { ...mapping, constants: { moment: 'X1' } }), 'constants.moment');
    expectInvalidInput(await put('n'.repeat(81), mapping), 'name');
    expectInvalidInput(await put('Cito\u0000', mapping), 'name');
    expectInvalidInput(
      await api.call('DELETE', `/schools/${a}/import-mappings/${'n'.repeat(81)}`, as),
      'name',
    );
    expectInvalidInput(await api.call('GET', `/schools/${'x'.repeat(65)}/instruments`, as), 'schoolId');
    const post = (body: unknown) => api.call('POST', `/schools/${a}/instruments`, { ...as, body });
    expectInvalidInput(await post({ ...instrument, vak: 'gym' }), 'vak');
    expectInvalidInput(await post({ ...instrument, name: 'L' }), 'name');
    expectInvalidInput(await post({ ...instrument, name: 'Lees\u0000boog' }), 'name');
    expect(await countAll(database.db)).toEqual(before);
  });
});
