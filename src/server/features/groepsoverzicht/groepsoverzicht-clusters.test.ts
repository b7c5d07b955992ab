/**
 * PUT /groups/{id}/clusters: the clusters per vak of a period start as the datamuur's instructiegroepen
 * and change per pupil and vak, audited. (The OPP mark that used to be set here follows the OPP now:
 * see opp/opp-steps.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  demoLookup,
  LOGIN,
  seedDemo,
  TEST_NOW,
  type DemoLookup,
  type LoginName,
} from '../../../testing/fixtures';
import { expectError, loginAll, testApi } from '../../../testing/http';
import type { DatamuurResponse } from '../datamuur/datamuur.schema';
import type { GroepsoverzichtResponse } from './groepsoverzicht.schema';

const WRITES = ['groepsoverzicht_rij', 'cluster_indeling', 'audit_log'] as const;

describe.each(testEngines())('groepsoverzicht clusters (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let now = TEST_NOW;
  let groupId: string;
  let periodeId: string;
  let pupils: string[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
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
  const auditRows = (action: string) =>
    database.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('at').execute();
  const at = (seconds: number) => {
    now = new Date(TEST_NOW.getTime() + seconds * 1000);
    return now.toISOString();
  };

  describe('clusters', () => {
    const putClusters = (body: object, who: LoginName = 'leerkracht') =>
      api.call('PUT', `/groups/${groupId}/clusters`, { cookie: cookies[who], body });

    it('start as the datamuur’s instructiegroepen, and change for one pupil and one vak only', async () => {
      const start = await overview();
      expect(start.vakken.length).toBeGreaterThan(1);
      for (const vak of start.vakken) {
        const muur = await api.call<DatamuurResponse>(
          'GET',
          `/groups/${groupId}/datamuur?${new URLSearchParams({ vak, meetpunt: start.meetpunt ?? '' }).toString()}`,
          { cookie: cookies.leerkracht },
        );
        expect(muur.status).toBe(200);
        const expected = Object.fromEntries(
          muur.body.cards.flatMap((c) => (c.instructie ? [[c.id, c.instructie]] : [])),
        );
        expect(Object.keys(expected).length).toBeGreaterThan(10);
        expect(start.clusters[vak]).toEqual(expected);
      }
      const [vak] = start.vakken;
      const pupilId = pupils[0] ?? '';
      const cluster = start.clusters[vak ?? '']?.[pupilId] === 'verlengd' ? 'verkort' : 'verlengd';
      at(80);
      expect(
        (await putClusters({ periodeId, vak, assignments: [{ leerlingId: pupilId, cluster }] })).status,
      ).toBe(200);
      const after = await overview();
      const expected = structuredClone(start.clusters);
      (expected[vak ?? ''] ?? {})[pupilId] = cluster;
      expect(after.clusters).toEqual(expected);
      expect(after.clusters).not.toEqual(start.clusters);
      // A group of its own name, trimmed; and the other period keeps the datamuur's.
      const other = start.periods.find((p) => p.id !== periodeId)?.id ?? '';
      expect(
        (
          await putClusters({
            periodeId,
            vak,
            assignments: [{ leerlingId: pupilId, cluster: '  Tafelgroep ' }],
          })
        ).status,
      ).toBe(200);
      expect((await overview()).clusters[vak ?? '']?.[pupilId]).toBe('Tafelgroep');
      expect((await overview(other)).clusters[vak ?? '']?.[pupilId]).toBe(
        start.clusters[vak ?? '']?.[pupilId],
      );
    });

    it('refuses a pupil of another group with 400, the bestuur with 403, another leerkracht with 404', async () => {
      const vak = (await overview()).vakken[0];
      const stranger = demo.activePupilsOf(demo.group(demo.schoolA, 'Groep 7').id)[0] ?? '';
      const assignments = [
        { leerlingId: pupils[1] ?? '', cluster: 'basis' },
        { leerlingId: stranger, cluster: 'basis' },
      ];
      const before = await countRows(database.db, WRITES);
      const error = expectError(await putClusters({ periodeId, vak, assignments }), 400, 'invalid_input');
      expect(error.issues?.map((i) => i.field)).toEqual(['assignments']);
      const unknownVak = { periodeId, vak: 'kantklossen', assignments: assignments.slice(0, 1) };
      const vakError = expectError(await putClusters(unknownVak), 400, 'invalid_input');
      expect(vakError.issues?.map((i) => i.field)).toEqual(['vak']);
      expectError(await putClusters({ periodeId, vak, assignments: [] }, 'bestuur'), 403, 'forbidden');
      expectError(await putClusters({ periodeId, vak, assignments: [] }, 'leerkracht7'), 404, 'not_found');
      expect(await countRows(database.db, WRITES)).toEqual(before);
    });

    it('audits a change of clusters with the vak and the number of pupils', async () => {
      const vak = (await overview()).vakken[1];
      const before = await auditRows('clusters.update');
      at(90);
      const assignments = pupils.slice(0, 3).map((leerlingId) => ({ leerlingId, cluster: 'intensief' }));
      expect((await putClusters({ periodeId, vak, assignments }, 'ib')).status).toBe(200);
      const added = (await auditRows('clusters.update')).filter((r) => !before.some((x) => x.id === r.id));
      expect(
        added.map((r) => [r.user_id, r.entity, r.entity_id, r.school_id, JSON.parse(r.details ?? '{}')]),
      ).toEqual([[demo.account(LOGIN.ib).id, 'groep', groupId, demo.schoolA, { vak, pupils: 3 }]]);
    });
  });
});
