/**
 * PUT/DELETE /pupils/{id}/placement: a teacher's placement in another instructiegroep than the data
 * suggests. It wins in the group analysis with author and reason; a new one closes the previous one, a
 * removal returns to the suggestion, and the history and the audit trail stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { INSTRUCTIES } from '../../../domain/placement';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { meetpuntOfResult, sortMeetpunten, vakOf } from '../../../testing/engine-expect';
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

const WRITES = ['instructie_override', 'audit_log'] as const;

describe.each(testEngines())('placement override API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let now = TEST_NOW;
  let groupId: string;
  /** A pupil of the leerkracht's group with a result at the group's latest meetpunt, and its key. */
  let own: string;
  let key: { vak: string; schooljaar: string; moment: string };
  let never: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine, () => now);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const pupils = demo.pupilsByTeacher(LOGIN.leerkracht);
    const latest = sortMeetpunten(
      pupils.current.flatMap((id) => demo.resultsOf(id).map(meetpuntOfResult)),
    ).at(-1);
    const result = pupils.current
      .flatMap((id) => demo.resultsOf(id))
      .find((r) => meetpuntOfResult(r) === latest);
    if (!result) throw new Error('no result at the latest meetpunt');
    own = result.leerling_id;
    key = { vak: vakOf(data, result), schooljaar: result.schooljaar, moment: result.moment };
    never = pupils.never[0] ?? '';
    expect(never).not.toBe('');
  });
  afterAll(async () => database.dispose());

  const put = (pupilId: string, body: unknown, who?: LoginName) =>
    api.call('PUT', `/pupils/${pupilId}/placement`, { cookie: who ? as(who) : undefined, body });
  const remove = (pupilId: string, query: Record<string, string>, who?: LoginName) =>
    api.call('DELETE', `/pupils/${pupilId}/placement?${new URLSearchParams(query).toString()}`, {
      cookie: who ? as(who) : undefined,
    });
  async function placementInGroup() {
    const response = await api.call<GroupAnalysisResponse>('GET', `/groups/${groupId}/analysis`, {
      cookie: as('leerkracht'),
    });
    expect(response.status).toBe(200);
    return response.body.pupils.find((p) => p.id === own)?.vakken[key.vak]?.placement;
  }
  const overrides = () =>
    database.db
      .selectFrom('instructie_override')
      .selectAll()
      .where('leerling_id', '=', own)
      .orderBy('created_at')
      .execute();
  const body = (instructie: string, reason = 'Werkt zelfstandig goed door, heeft de uitleg niet nodig.') => ({
    ...key,
    instructie,
    reason,
  });

  it('answers 401 without a session', async () => {
    expectError(await put(own, body('basis')), 401, 'unauthenticated');
    expectError(await remove(own, key), 401, 'unauthenticated');
  });

  it.each(['bestuur', 'beheerder', 'schoolleider'] as const)(
    'answers 403 to the %s, who may not place pupils',
    async (who) => {
      const before = await countRows(database.db, WRITES);
      expectError(await put(own, body('basis'), who), 403, 'forbidden');
      expectError(await remove(own, key, who), 403, 'forbidden');
      expect(await countRows(database.db, WRITES)).toEqual(before);
    },
  );

  it('answers a pupil never in the leerkracht’s groups, or of another school, exactly like a missing pupil', async () => {
    const before = await countRows(database.db, WRITES);
    expectSameNotFound(
      await put(never, body('basis'), 'leerkracht'),
      await put(unknownId(), body('basis'), 'leerkracht'),
    );
    expectSameNotFound(await remove(never, key, 'leerkracht'), await remove(unknownId(), key, 'leerkracht'));
    expectSameNotFound(
      await put(own, body('basis'), 'ibOtherSchool'),
      await put(unknownId(), body('basis'), 'ibOtherSchool'),
    );
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    ['a reason of two letters', 'reason', { reason: 'nb' }],
    ['an unknown instructiegroep', 'instructie', { instructie: 'plus' }],
    ['a schooljaar of one year', 'schooljaar', { schooljaar: '2025' }],
    ['no vak', 'vak', { vak: undefined }],
  ] as const)('answers 400 for %s, naming %s, and writes nothing', async (_, field, change) => {
    const before = await countRows(database.db, WRITES);
    expectInvalidInput(await put(own, { ...body('verlengd'), ...change }, 'leerkracht'), field);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers 400 naming vak for a removal without one', async () => {
    expectInvalidInput(
      await remove(own, { schooljaar: key.schooljaar, moment: key.moment }, 'leerkracht'),
      'vak',
    );
  });

  it('answers 400 naming moment when the pupil has no result at that moment, and writes nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const moments = new Set(demo.resultsOf(own).map((r) => `${r.schooljaar}|${r.moment}`));
    const none = { ...body('verlengd'), moment: `B${key.moment.slice(1)}` };
    expect(moments.has(`${none.schooljaar}|${none.moment}`)).toBe(false);
    const error = expectError(await put(own, none, 'leerkracht'), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toEqual(['moment']);
    expect(error.message).toContain(`geen resultaat voor ${key.vak} op ${none.moment} in ${key.schooljaar}`);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('lets the override win with author and reason, closes it on a second one, and returns to the suggestion on removal', async () => {
    const initial = await placementInGroup();
    const suggested = initial?.suggestion?.instructie;
    expect(initial?.effective).toEqual({ source: 'suggestie', ...initial?.suggestion });
    const [first, second] = INSTRUCTIES.filter((i) => i !== suggested);
    if (!suggested || !first || !second) throw new Error('the result needs a suggestion');

    now = new Date(TEST_NOW.getTime() + 60_000);
    const firstAt = now.toISOString();
    const put1 = await put(own, body(first, '  Mist de basis van de tafels.  '), 'leerkracht');
    expect(put1.status).toBe(200);
    const teacher = demo.account(LOGIN.leerkracht).name;
    const override1 = {
      instructie: first,
      reason: 'Mist de basis van de tafels.',
      author: teacher,
      at: firstAt,
    };
    expect(put1.body).toEqual({ override: override1 });
    const afterFirst = await placementInGroup();
    expect(afterFirst?.effective).toEqual({ source: 'leerkracht', ...override1 });
    expect(afterFirst?.suggestion?.instructie).toBe(suggested);

    now = new Date(TEST_NOW.getTime() + 120_000);
    const secondAt = now.toISOString();
    expect((await put(own, body(second), 'ib')).status).toBe(200);
    expect((await placementInGroup())?.effective).toMatchObject({
      source: 'leerkracht',
      instructie: second,
      author: demo.account(LOGIN.ib).name,
      at: secondAt,
    });
    const history = await overrides();
    expect(history.map((o) => [o.instructie, o.ended_at, o.ended_by])).toEqual([
      [first, secondAt, demo.account(LOGIN.ib).id],
      [second, null, null],
    ]);

    now = new Date(TEST_NOW.getTime() + 180_000);
    const removed = await remove(own, key, 'leerkracht');
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ override: null });
    expect((await placementInGroup())?.effective).toEqual({ source: 'suggestie', ...initial?.suggestion });
    const ended = await overrides();
    expect(ended.map((o) => [o.instructie, o.ended_at, o.ended_by])).toEqual([
      [first, secondAt, demo.account(LOGIN.ib).id],
      [second, now.toISOString(), demo.account(LOGIN.leerkracht).id],
    ]);

    const before = await countRows(database.db, WRITES);
    expectError(await remove(own, key, 'leerkracht'), 404, 'not_found');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('writes an audit row for every override and removal, with the pupil and without the reason', async () => {
    const rows = () =>
      database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('leerling_id', '=', own)
        .where('action', 'in', ['placement.override', 'placement.override.remove'])
        .orderBy('at')
        .execute();
    const before = await rows();
    now = new Date(TEST_NOW.getTime() + 240_000);
    expect((await put(own, body('verlengd', 'Geheim: thuis gaat het niet goed.'), 'leerkracht')).status).toBe(
      200,
    );
    now = new Date(TEST_NOW.getTime() + 300_000);
    expect((await remove(own, key, 'leerkracht')).status).toBe(200);
    const added = (await rows()).filter((r) => !before.some((b) => b.id === r.id));
    const active = await overrides();
    expect(added.map((r) => [r.action, r.user_id, r.school_id, r.entity])).toEqual([
      ['placement.override', demo.account(LOGIN.leerkracht).id, demo.schoolA, 'instructie_override'],
      ['placement.override.remove', demo.account(LOGIN.leerkracht).id, demo.schoolA, 'instructie_override'],
    ]);
    expect(added[0]?.entity_id).toBe(active.at(-1)?.id);
    expect(JSON.parse(added[0]?.details ?? '{}')).toEqual({
      vak: key.vak,
      moment: key.moment,
      instructie: 'verlengd',
    });
    expect(added.map((r) => r.details ?? '').join(' ')).not.toContain('Geheim');
  });

  it('lets a leerkracht place only pupils of the group they teach now; the IB may place a former pupil', async () => {
    const former = demo.pupilsByTeacher(LOGIN.leerkracht).former;
    const result = former.flatMap((id) => demo.resultsOf(id))[0];
    if (!result) throw new Error('the demo has no former pupil of the leerkracht with a result');
    const formerKey = { vak: vakOf(data, result), schooljaar: result.schooljaar, moment: result.moment };
    const body = { ...formerKey, instructie: 'basis', reason: 'Werkt goed mee in de kleine groep.' };
    const before = await countRows(database.db, WRITES);
    const refused = expectError(await put(result.leerling_id, body, 'leerkracht'), 403, 'forbidden');
    expect(refused.message).toContain('huidige groep');
    expect(await countRows(database.db, WRITES)).toEqual(before);
    expect((await put(result.leerling_id, body, 'ib')).status).toBe(200);
  });
});
