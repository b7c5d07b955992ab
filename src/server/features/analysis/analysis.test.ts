/**
 * Who may see the analyses (GET /groups/{id}/analysis, GET /pupils/{id}/analysis), what a refusal looks
 * like and what is audited. The computed figures are checked in analysis-group.test.ts and
 * analysis-pupil.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { meetpuntOfResult, sortMeetpunten } from '../../../testing/engine-expect';
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
import type { GroupAnalysisResponse, PupilAnalysisResponse } from './analysis.schema';

const WRITES = ['audit_log', 'instructie_override', 'school_setting', 'norm_row'] as const;

describe.each(testEngines())('analysis API access (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let groep5: string;
  let groep7: string;
  /** Of the leerkracht's school: a pupil in their group now and one who never was. */
  let own: string;
  let never: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    groep5 = demo.group(demo.schoolA, 'Groep 5').id;
    groep7 = demo.group(demo.schoolA, 'Groep 7').id;
    const pupils = demo.pupilsByTeacher(LOGIN.leerkracht);
    own = pupils.current.find((id) => demo.resultsOf(id).length > 0) ?? '';
    never = pupils.never.find((id) => demo.resultsOf(id).length > 0) ?? '';
    for (const id of [own, never]) expect(id).not.toBe('');
  });
  afterAll(async () => database.dispose());

  const groupAnalysis = (groupId: string, who?: LoginName, meetpunt?: string) =>
    api.call<GroupAnalysisResponse>(
      'GET',
      `/groups/${groupId}/analysis${meetpunt === undefined ? '' : `?meetpunt=${encodeURIComponent(meetpunt)}`}`,
      { cookie: who ? as(who) : undefined },
    );
  const pupilAnalysis = (pupilId: string, who?: LoginName) =>
    api.call<PupilAnalysisResponse>('GET', `/pupils/${pupilId}/analysis`, {
      cookie: who ? as(who) : undefined,
    });

  it('answers 401 without a session on both routes', async () => {
    expectError(await groupAnalysis(groep5), 401, 'unauthenticated');
    expectError(await pupilAnalysis(own), 401, 'unauthenticated');
  });

  it.each(['bestuur', 'beheerder'] as const)(
    'answers 403 to the %s, who may not see a group or a pupil',
    async (who) => {
      expectError(await groupAnalysis(groep5, who), 403, 'forbidden');
      expectError(await pupilAnalysis(own, who), 403, 'forbidden');
    },
  );

  it('shows the leerkracht the analysis of their own group', async () => {
    const response = await groupAnalysis(groep5, 'leerkracht');
    expect(response.status).toBe(200);
    expect(response.body.group.id).toBe(groep5);
    expect(response.body.pupils.map((p) => p.id).sort()).toEqual(demo.pupilsOf(groep5).sort());
    expect(response.body.abilities).toContain('placement.write');
  });

  it('answers Groep 7 of the same school to the leerkracht of Groep 5 exactly like a missing group', async () => {
    expectSameNotFound(
      await groupAnalysis(groep7, 'leerkracht'),
      await groupAnalysis(unknownId(), 'leerkracht'),
    );
  });

  it.each(['leerkrachtOtherSchool', 'ibOtherSchool'] as const)(
    'answers a group and a pupil of school A to the %s exactly like missing ones',
    async (who) => {
      expectSameNotFound(await groupAnalysis(groep5, who), await groupAnalysis(unknownId(), who));
      expectSameNotFound(await pupilAnalysis(own, who), await pupilAnalysis(unknownId(), who));
    },
  );

  it('answers a pupil never in the leerkracht’s groups exactly like a missing pupil, and audits nothing', async () => {
    const before = await countRows(database.db, WRITES);
    expectSameNotFound(
      await pupilAnalysis(never, 'leerkracht'),
      await pupilAnalysis(unknownId(), 'leerkracht'),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each(['ib', 'schoolleider'] as const)('shows the %s any pupil of the school', async (who) => {
    for (const id of [own, never]) {
      const response = await pupilAnalysis(id, who);
      expect(response.status).toBe(200);
      expect(response.body.pupilId).toBe(id);
    }
  });

  it('answers 400 naming meetpunt for a meetpunt that is not one, and writes nothing', async () => {
    const before = await countRows(database.db, WRITES);
    for (const bad of ['2025-2026', '2025/2026 M', '2025-2026 X', 'M5']) {
      expectInvalidInput(await groupAnalysis(groep5, 'ib', bad), 'meetpunt');
    }
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers 400 naming meetpunt for a meetpunt at which the group has no results, and writes nothing', async () => {
    const pupils = new Set(demo.pupilsOf(groep5));
    const meetpunten = sortMeetpunten(
      data.toetsresultaat.filter((r) => pupils.has(r.leerling_id)).map(meetpuntOfResult),
    );
    const first = meetpunten[0] ?? '';
    const before = `${Number(first.slice(0, 4)) - 1}-${first.slice(0, 4)} M`;
    expect(meetpunten).not.toContain(before);
    const counts = await countRows(database.db, WRITES);
    const error = expectError(await groupAnalysis(groep5, 'ib', before), 400, 'invalid_input');
    expect(error.message).toContain(`meetpunt ${before}`);
    expect(error.issues?.map((i) => i.field)).toEqual(['meetpunt']);
    expect(await countRows(database.db, WRITES)).toEqual(counts);
  });

  it('answers 400 naming the id for an id longer than 64 characters', async () => {
    expectInvalidInput(await groupAnalysis('x'.repeat(65), 'ib'), 'groupId');
    expectInvalidInput(await pupilAnalysis('x'.repeat(65), 'ib'), 'pupilId');
  });

  it('writes a group.analysis.read audit row with the group, the school, the pupils and the meetpunt', async () => {
    const userId = demo.account(LOGIN.leerkracht7).id;
    const reads = () =>
      database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'group.analysis.read')
        .where('user_id', '=', userId)
        .execute();
    const before = await reads();
    const response = await groupAnalysis(groep7, 'leerkracht7');
    expect(response.status).toBe(200);
    const after = await reads();
    expect(after.length).toBe(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({
      entity: 'groep',
      entity_id: groep7,
      school_id: demo.schoolA,
      leerling_id: null,
    });
    expect(JSON.parse(row?.details ?? '{}')).toEqual({
      pupils: demo.pupilsOf(groep7).length,
      leerlingIds: [...demo.pupilsOf(groep7)].sort(),
      meetpunt: response.body.meetpunt,
    });
  });

  it('writes a pupil.analysis.read audit row with the pupil for every read', async () => {
    const reads = () =>
      database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'pupil.analysis.read')
        .where('leerling_id', '=', own)
        .execute();
    const before = await reads();
    expect((await pupilAnalysis(own, 'leerkracht')).status).toBe(200);
    const after = await reads();
    expect(after.length).toBe(before.length + 1);
    expect(after.find((r) => !before.some((b) => b.id === r.id))).toMatchObject({
      user_id: demo.account(LOGIN.leerkracht).id,
      entity: 'leerling',
      entity_id: own,
      school_id: demo.schoolA,
      at: TEST_NOW.toISOString(),
    });
  });
});
