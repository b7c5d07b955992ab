/**
 * GET /groups/{id}/export: who may download a groepsoverzicht, what a refusal looks like, and the one
 * audit row an export writes. The files themselves are checked in group-export.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  demoLookup,
  LOGIN,
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
import type { GroupAnalysisResponse } from '../analysis/analysis.schema';
import { rawApi } from './export-test-support';

describe.each(testEngines())('groepsoverzicht export access (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let get: ReturnType<typeof rawApi>;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let groupId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    api = testApi(database.db, engine);
    get = rawApi(database.db, engine);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
  });
  afterAll(async () => database.dispose());

  const exportPath = (format: string) => `/groups/${groupId}/export?format=${format}`;

  async function analysis(): Promise<GroupAnalysisResponse> {
    const response = await api.call<GroupAnalysisResponse>('GET', `/groups/${groupId}/analysis`, {
      cookie: as('leerkracht'),
    });
    expect(response.status).toBe(200);
    return response.body;
  }

  const auditRows = (action: string, who: string) =>
    database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .where('user_id', '=', demo.account(who).id)
      .execute();

  it('answers 401 without a session', async () => {
    expectError(await api.call('GET', exportPath('xlsx')), 401, 'unauthenticated');
  });

  it.each(['bestuur', 'beheerder'] as const)(
    'answers 403 to the %s, who may not read a group',
    async (who) => {
      expectError(await api.call('GET', exportPath('xlsx'), { cookie: as(who) }), 403, 'forbidden');
    },
  );

  it('answers Groep 7 to the leerkracht of Groep 5 exactly like a missing group', async () => {
    const groep7 = demo.group(demo.schoolA, 'Groep 7').id;
    expectSameNotFound(
      await api.call('GET', `/groups/${groep7}/export?format=csv`, { cookie: as('leerkracht') }),
      await api.call('GET', `/groups/${unknownId()}/export?format=csv`, { cookie: as('leerkracht') }),
    );
  });

  it.each(['leerkrachtOtherSchool', 'ibOtherSchool'] as const)(
    'answers a group of school A to the %s exactly like a missing group',
    async (who) => {
      expectSameNotFound(
        await api.call('GET', exportPath('xlsx'), { cookie: as(who) }),
        await api.call('GET', `/groups/${unknownId()}/export?format=xlsx`, { cookie: as(who) }),
      );
    },
  );

  it('answers 400 naming the field for a missing or unknown format and a malformed meetpunt', async () => {
    const call = (query: string) =>
      api.call('GET', `/groups/${groupId}/export${query}`, { cookie: as('ib') });
    expectInvalidInput(await call(''), 'format');
    expectInvalidInput(await call('?format=xls'), 'format');
    expectInvalidInput(await call('?format=csv&meetpunt=2026%20M'), 'meetpunt');
    const none = expectError(await call('?format=csv&meetpunt=2001-2002%20M'), 400, 'invalid_input');
    expect(none.issues?.map((i) => i.field)).toEqual(['meetpunt']);
  });

  it('writes one export.group audit row with counts and no analysis read; nothing when refused', async () => {
    const before = await auditRows('export.group', LOGIN.leerkracht);
    const reads = (await auditRows('group.analysis.read', LOGIN.leerkracht)).length;
    expect((await get(exportPath('csv'), as('leerkracht'))).status).toBe(200);
    const after = await auditRows('export.group', LOGIN.leerkracht);
    expect(after.length).toBe(before.length + 1);
    expect((await auditRows('group.analysis.read', LOGIN.leerkracht)).length).toBe(reads);
    const row = after.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({
      entity: 'groep',
      entity_id: groupId,
      school_id: demo.schoolA,
      leerling_id: null,
    });
    const expected = await analysis();
    expect(JSON.parse(row?.details ?? '{}')).toEqual({
      format: 'csv',
      meetpunt: expected.meetpunt,
      pupils: expected.pupils.length,
      vakken: expected.vakken.length,
    });

    const groep7 = demo.group(demo.schoolA, 'Groep 7').id;
    expect((await get(`/groups/${groep7}/export?format=csv`, as('leerkracht'))).status).toBe(404);
    expect((await get(exportPath('pdf'), as('leerkracht'))).status).toBe(400);
    expect((await auditRows('export.group', LOGIN.leerkracht)).length).toBe(after.length);
  });
});
