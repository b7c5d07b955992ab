/**
 * PUT /groups/{id}/groepsoverzicht/{pupilId}: a pupil's row with optimistic concurrency. Each save names
 * the version it started from; a save based on an older version is refused with the row as it stands,
 * and changes nothing. Audited without the texts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  demoLookup,
  LOGIN,
  seedDemo,
  TEST_NOW,
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
import type { GroepsoverzichtResponse, SavedRow } from './groepsoverzicht.schema';

const WRITES = ['groepsoverzicht_rij', 'cluster_indeling', 'audit_log'] as const;
const texts = (prefix: string) => ({
  stimulerend: `${prefix}: werkt graag samen`,
  belemmerend: `${prefix}: snel afgeleid`,
  behoeftePedagogisch: `${prefix}: heeft nodig dat de leerkracht aandacht geeft aan de start`,
  behoefteDidactisch: `${prefix}: heeft nodig dat het concreet begint`,
});

describe.each(testEngines())('groepsoverzicht writes (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let now = TEST_NOW;
  let groupId: string;
  let periodeId: string;
  let pupils: string[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine, () => now);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    pupils = demo.activePupilsOf(groupId);
    periodeId = (await overview()).periode.id;
  });
  afterAll(async () => database.dispose());

  async function overview(periode?: string) {
    const query = periode ? `?periode=${periode}` : '';
    const response = await api.call<GroepsoverzichtResponse>(
      'GET',
      `/groups/${groupId}/groepsoverzicht${query}`,
      {
        cookie: cookies.leerkracht,
      },
    );
    expect(response.status).toBe(200);
    return response.body;
  }
  const save = (pupilId: string, body: object, who: LoginName, group = groupId) =>
    api.call<SavedRow>('PUT', `/groups/${group}/groepsoverzicht/${pupilId}`, { cookie: cookies[who], body });
  const rowOf = async (pupilId: string) => (await overview()).pupils.find((p) => p.id === pupilId)?.row;
  const auditRows = (action: string) =>
    database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('at').execute();
  const at = (seconds: number) => {
    now = new Date(TEST_NOW.getTime() + seconds * 1000);
    return now.toISOString();
  };

  it('refuses a save based on an older version with the row as it stands, and accepts one on the newest', async () => {
    const pupilId = pupils[0] ?? '';
    const [a, b] = [demo.account(LOGIN.leerkracht).name, demo.account(LOGIN.ib).name];
    const aAt = at(10);
    const first = await save(pupilId, { periodeId, version: 0, ...texts('A') }, 'leerkracht');
    expect(first.status).toBe(200);
    const rowA = { ...texts('A'), version: 1, updatedBy: a, updatedAt: aAt };
    expect(first.body).toEqual(rowA);

    at(20);
    const before = await countRows(database.db, WRITES);
    const stale = expectError(
      await save(pupilId, { periodeId, version: 0, ...texts('B') }, 'ib'),
      409,
      'conflict',
    );
    expect(stale.current).toEqual(rowA);
    expect(stale.message).toContain(a);
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect(await rowOf(pupilId)).toEqual(rowA);

    const bAt = at(30);
    const second = await save(pupilId, { periodeId, version: 1, ...texts('B') }, 'ib');
    expect(second.status).toBe(200);
    const rowB = { ...texts('B'), version: 2, updatedBy: b, updatedAt: bAt };
    expect(second.body).toEqual(rowB);

    // A, still on version 1, is now the one behind.
    at(40);
    const late = expectError(
      await save(pupilId, { periodeId, version: 1, ...texts('A2') }, 'leerkracht'),
      409,
      'conflict',
    );
    expect(late.current).toEqual(rowB);
    expect(await rowOf(pupilId)).toEqual(rowB);
    const ahead = expectError(
      await save(pupilId, { periodeId, version: 5, ...texts('A3') }, 'leerkracht'),
      409,
      'conflict',
    );
    expect(ahead.current).toEqual(rowB);
  });

  it('lets one of two first saves at the same moment win and refuses the other', async () => {
    const pupilId = pupils[1] ?? '';
    at(50);
    const responses = await Promise.all([
      save(pupilId, { periodeId, version: 0, ...texts('A') }, 'leerkracht'),
      save(pupilId, { periodeId, version: 0, ...texts('B') }, 'ib'),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.status === 200)?.body;
    expect(winner?.version).toBe(1);
    expect(await rowOf(pupilId)).toEqual(winner);
  });

  it('answers 403 to the bestuur and the schoolleider, 404 to a leerkracht of another group or for a pupil not in the group', async () => {
    const pupilId = pupils[2] ?? '';
    const body = { periodeId, version: 0, ...texts('X') };
    const before = await countRows(database.db, WRITES);
    expectError(
      await api.call('PUT', `/groups/${groupId}/groepsoverzicht/${pupilId}`, { body }),
      401,
      'unauthenticated',
    );
    expectError(await save(pupilId, body, 'bestuur'), 403, 'forbidden');
    expectError(await save(pupilId, body, 'schoolleider'), 403, 'forbidden');
    expectSameNotFound(
      await save(pupilId, body, 'leerkracht7'),
      await save(pupilId, body, 'leerkracht7', unknownId()),
    );
    expectSameNotFound(
      await save(pupilId, body, 'ibOtherSchool'),
      await save(pupilId, body, 'ibOtherSchool', unknownId()),
    );
    const elsewhere = demo.activePupilsOf(demo.group(demo.schoolA, 'Groep 7').id)[0] ?? '';
    expectSameNotFound(
      await save(elsewhere, body, 'leerkracht'),
      await save(unknownId(), body, 'leerkracht'),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each(['stimulerend', 'belemmerend', 'behoeftePedagogisch', 'behoefteDidactisch'] as const)(
    'answers 400 naming %s when it is over 4000 characters, and takes 4000',
    async (field) => {
      const pupilId = pupils[3] ?? '';
      const version = (await rowOf(pupilId))?.version ?? -1;
      const before = await countRows(database.db, WRITES);
      const body = { periodeId, version, ...texts('L') };
      expectInvalidInput(await save(pupilId, { ...body, [field]: 'x'.repeat(4001) }, 'leerkracht'), field);
      expect(await countRows(database.db, WRITES)).toEqual(before);
      const saved = await save(pupilId, { ...body, [field]: 'x'.repeat(4000) }, 'leerkracht');
      expect([saved.status, saved.body[field].length, saved.body.version]).toEqual([200, 4000, version + 1]);
    },
  );

  it('answers 400 for a periode of another group’s schooljaar or a version below 0', async () => {
    const pupilId = pupils[4] ?? '';
    const earlier = demo.group(demo.schoolA, 'Groep 5', data.summary.schooljaren.at(-2)).id;
    const other = await api.call<GroepsoverzichtResponse>('GET', `/groups/${earlier}/groepsoverzicht`, {
      cookie: cookies.leerkracht,
    });
    const error = expectError(
      await save(pupilId, { periodeId: other.body.periode.id, version: 0, ...texts('P') }, 'leerkracht'),
      400,
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.field)).toEqual(['periode']);
    expectInvalidInput(
      await save(pupilId, { periodeId, version: -1, ...texts('P') }, 'leerkracht'),
      'version',
    );
    expect(await rowOf(pupilId)).toMatchObject({ version: 0 });
  });

  it('audits every save with the pupil and the version, never the texts', async () => {
    const pupilId = pupils[5] ?? '';
    const before = await auditRows('groepsoverzicht.update');
    at(60);
    expect((await save(pupilId, { periodeId, version: 0, ...texts('Geheim') }, 'leerkracht')).status).toBe(
      200,
    );
    at(70);
    expect((await save(pupilId, { periodeId, version: 1, ...texts('Geheim') }, 'ib')).status).toBe(200);
    const added = (await auditRows('groepsoverzicht.update')).filter(
      (r) => !before.some((x) => x.id === r.id),
    );
    expect(added.map((r) => [r.user_id, r.leerling_id, r.school_id, JSON.parse(r.details ?? '{}')])).toEqual([
      [demo.account(LOGIN.leerkracht).id, pupilId, demo.schoolA, { periode: periodeId, version: 1 }],
      [demo.account(LOGIN.ib).id, pupilId, demo.schoolA, { periode: periodeId, version: 2 }],
    ]);
    expect(added.map((r) => r.details).join()).not.toContain('Geheim');
  });
});
