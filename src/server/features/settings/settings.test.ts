/**
 * GET/PUT /schools/{id}/settings: access, validation, storage, and the effect of each setting on the
 * group analysis (placement mapping, DL convention, signalering rules).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { DEFAULT_DL_CONVENTION, didactischeLeeftijd } from '../../../domain/dl';
import { LEVEL_SYSTEMS } from '../../../domain/levels';
import { DEFAULT_PLACEMENT_MAPPING, INSTRUCTIES } from '../../../domain/placement';
import { DEFAULT_SIGNALERING_CONFIG } from '../../../domain/signalering';
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
import type { GroupAnalysisResponse } from '../analysis/analysis.schema';
import type { SettingsResponse } from './settings.schema';

const WRITES = ['school_setting', 'audit_log'] as const;

describe.each(testEngines())('school settings API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let groupId: string;
  let meetpunten: string[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const pupils = new Set(demo.pupilsOf(groupId));
    meetpunten = sortMeetpunten(
      data.toetsresultaat.filter((r) => pupils.has(r.leerling_id)).map(meetpuntOfResult),
    );
  });
  afterEach(async () => {
    await database.db.deleteFrom('school_setting').execute();
  });
  afterAll(async () => database.dispose());

  const get = (schoolId: string, who?: LoginName) =>
    api.call<SettingsResponse>('GET', `/schools/${schoolId}/settings`, { cookie: who ? as(who) : undefined });
  const put = (schoolId: string, body: unknown, who?: LoginName) =>
    api.call<SettingsResponse>('PUT', `/schools/${schoolId}/settings`, {
      cookie: who ? as(who) : undefined,
      body,
    });
  async function analysis(kind: 'M' | 'E') {
    const meetpunt = meetpunten.filter((m) => m.endsWith(` ${kind}`)).at(-1) ?? '';
    const response = await api.call<GroupAnalysisResponse>(
      'GET',
      `/groups/${groupId}/analysis?meetpunt=${encodeURIComponent(meetpunt)}`,
      { cookie: as('ib') },
    );
    expect(response.status).toBe(200);
    return response.body;
  }
  const currents = (body: GroupAnalysisResponse) =>
    body.pupils.flatMap((p) =>
      Object.values(p.vakken).flatMap((v) => (v.current ? [{ pupilId: p.id, v }] : [])),
    );

  it('answers 401 without a session', async () => {
    expectError(await get(demo.schoolA), 401, 'unauthenticated');
    expectError(await put(demo.schoolA, {}), 401, 'unauthenticated');
  });

  it.each(['leerkracht', 'bestuur'] as const)(
    'answers 403 to the %s, who may not change settings',
    async (who) => {
      const before = await countRows(database.db, WRITES);
      expectError(await get(demo.schoolA, who), 403, 'forbidden');
      expectError(await put(demo.schoolA, { dlConvention: { firstMonth: 8 } }, who), 403, 'forbidden');
      expect(await countRows(database.db, WRITES)).toEqual(before);
    },
  );

  it('answers school A to the IB of school B exactly like a missing school, and writes nothing', async () => {
    const before = await countRows(database.db, WRITES);
    expectSameNotFound(await get(demo.schoolA, 'ibOtherSchool'), await get(unknownId(), 'ibOtherSchool'));
    const body = { dlConvention: { firstMonth: 8 } };
    expectSameNotFound(
      await put(demo.schoolA, body, 'ibOtherSchool'),
      await put(unknownId(), body, 'ibOtherSchool'),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    [{ dlConvention: { firstMonth: 7 } }, 'dlConvention.firstMonth'],
    [{ placementMapping: { III: 'halve groep' } }, 'placementMapping.III'],
    [{ signalering: { lage_groei: { belowPercentile: 80 } } }, 'signalering.lage_groei.belowPercentile'],
    [{ signalering: { niveaudaling: { minLevels: 1.5 } } }, 'signalering.niveaudaling.minLevels'],
    [
      { signalering: { zorgelijke_observatie: { aspects: ['humeur'] } } },
      'signalering.zorgelijke_observatie.aspects.0',
    ],
  ])('answers 400 for %j naming %s, and writes nothing', async (body, field) => {
    const before = await countRows(database.db, WRITES);
    expectInvalidInput(await put(demo.schoolA, body, 'ib'), field);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers 400 naming an unknown setting, and writes nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const error = expectError(
      await put(demo.schoolA, { dlConventie: { firstMonth: 8 } }, 'ib'),
      400,
      'invalid_input',
    );
    expect(error.message).toContain('dlConventie');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('shows the documented defaults while a school has chosen nothing', async () => {
    const response = await get(demo.schoolA, 'schoolleider');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      settings: {},
      effective: {
        dlConvention: DEFAULT_DL_CONVENTION,
        placementMapping: DEFAULT_PLACEMENT_MAPPING,
        signalering: DEFAULT_SIGNALERING_CONFIG,
      },
      levelSystems: LEVEL_SYSTEMS,
    });
  });

  it('stores the school’s choices, only for that school, and replaces them as a whole on the next PUT', async () => {
    const first = { dlConvention: { firstMonth: 8 }, placementMapping: { IV: 'verlengd' } };
    const saved = await put(demo.schoolA, first, 'ib');
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toEqual(first);
    expect((await get(demo.schoolA, 'beheerder')).body).toEqual(saved.body);
    expect(saved.body.effective.placementMapping).toEqual({ ...DEFAULT_PLACEMENT_MAPPING, IV: 'verlengd' });
    expect((await get(demo.schoolB, 'ibOtherSchool')).body.settings).toEqual({});

    const second = await put(demo.schoolA, { placementMapping: { V: 'basis' } }, 'schoolleider');
    expect(second.body.settings).toEqual({ placementMapping: { V: 'basis' } });
    expect(second.body.effective.dlConvention).toEqual(DEFAULT_DL_CONVENTION);
    expect(second.body.effective.placementMapping).toEqual({ ...DEFAULT_PLACEMENT_MAPPING, V: 'basis' });
    const row = await database.db
      .selectFrom('school_setting')
      .selectAll()
      .where('school_id', '=', demo.schoolA)
      .executeTakeFirst();
    expect(row?.updated_by).toBe(demo.account(LOGIN.schoolleider).id);
  });

  it('writes a settings.update audit row naming the changed parts, not their values', async () => {
    const rows = () =>
      database.db.selectFrom('audit_log').selectAll().where('action', '=', 'settings.update').execute();
    const before = await rows();
    expect((await put(demo.schoolA, { dlConvention: { firstMonth: 8 } }, 'ib')).status).toBe(200);
    const after = await rows();
    expect(after.length).toBe(before.length + 1);
    const row = after.find((r) => !before.some((b) => b.id === r.id));
    expect(row).toMatchObject({
      user_id: demo.account(LOGIN.ib).id,
      entity: 'school',
      entity_id: demo.schoolA,
      school_id: demo.schoolA,
      at: TEST_NOW.toISOString(),
    });
    expect(JSON.parse(row?.details ?? '{}')).toEqual({ keys: ['dlConvention'] });
  });

  it('suggests the instructiegroep of the school’s mapping in the group analysis', async () => {
    const changed = INSTRUCTIES.find((i) => i !== DEFAULT_PLACEMENT_MAPPING.III) ?? 'verlengd';
    const atIII = (body: GroupAnalysisResponse) =>
      currents(body).filter(({ v }) => v.current?.level === 'III');
    const before = atIII(await analysis('E'));
    expect(before.length).toBeGreaterThan(0);
    for (const { v } of before)
      expect(v.placement.suggestion?.instructie).toBe(DEFAULT_PLACEMENT_MAPPING.III);

    expect((await put(demo.schoolA, { placementMapping: { III: changed } }, 'ib')).status).toBe(200);
    const after = await analysis('E');
    expect(atIII(after).map((x) => x.pupilId)).toEqual(before.map((x) => x.pupilId));
    for (const { v } of atIII(after)) {
      expect(v.placement.suggestion?.instructie).toBe(changed);
      expect(v.placement.effective).toMatchObject({ source: 'suggestie', instructie: changed });
    }
    // Other levels keep their default.
    for (const { v } of currents(after).filter(({ v }) => v.current?.level !== 'III')) {
      const byDefault = Object.entries(DEFAULT_PLACEMENT_MAPPING).find(
        ([level]) => level === v.current?.level,
      )?.[1];
      expect(v.placement.suggestion?.instructie).toBe(byDefault);
    }
  });

  it('counts one month more DL for a January test with firstMonth 8, and the same for a June test', async () => {
    const dlOf = (body: GroupAnalysisResponse) =>
      new Map(currents(body).map(({ v }) => [v.current?.id, v.current]));
    const [januaryBefore, juneBefore] = [dlOf(await analysis('M')), dlOf(await analysis('E'))];
    expect((await put(demo.schoolA, { dlConvention: { firstMonth: 8 } }, 'ib')).status).toBe(200);
    const [januaryAfter, juneAfter] = [dlOf(await analysis('M')), dlOf(await analysis('E'))];
    expect(januaryAfter.size).toBeGreaterThan(0);
    for (const [id, before] of januaryBefore) {
      const after = januaryAfter.get(id);
      const pupil = data.leerling.find(
        (l) => l.id === data.toetsresultaat.find((r) => r.id === id)?.leerling_id,
      );
      expect(before?.date.slice(5, 7)).toBe('01');
      expect(after?.dl).toBe(
        didactischeLeeftijd(pupil?.groep3_start ?? '', after?.date ?? '', { firstMonth: 8 }),
      );
      expect(after?.dl).toBe((before?.dl ?? Number.NaN) + 1);
    }
    for (const [id, before] of juneBefore) {
      expect(before?.date.slice(5, 7)).toBe('06');
      expect(juneAfter.get(id)?.dl).toBe(before?.dl);
    }
  });

  it('switches a signalering rule on, and a default one off, for the school', async () => {
    const rules = (body: GroupAnalysisResponse) => body.pupils.flatMap((p) => p.signals.map((s) => s.rule));
    const before = rules(await analysis('E'));
    // A missing result is shown apart by default, not signalled; a school may make it a signal.
    expect(before).not.toContain('ontbrekend_resultaat');
    expect(
      (await put(demo.schoolA, { signalering: { ontbrekend_resultaat: { enabled: true } } }, 'ib')).status,
    ).toBe(200);
    const withMissing = rules(await analysis('E'));
    expect(withMissing).toContain('ontbrekend_resultaat');
    expect(withMissing.filter((r) => r !== 'ontbrekend_resultaat').sort()).toEqual([...before].sort());

    const common = before[0] ?? '';
    expect(common).not.toBe('');
    expect((await put(demo.schoolA, { signalering: { [common]: { enabled: false } } }, 'ib')).status).toBe(
      200,
    );
    const after = rules(await analysis('E'));
    expect(after).not.toContain(common);
    expect(after.length).toBe(before.filter((r) => r !== common).length);
  });
});
