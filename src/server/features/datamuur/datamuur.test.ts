/**
 * GET /groups/{id}/datamuur: one card per pupil of the group for one vak at one meetpunt, with the
 * figures the group analysis gives for that vak and meetpunt, the teacher's override with author and
 * reason, the signals of that vak (and of observations), and the OPP mark. Access as the group.
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
import { updateOppSince } from '../pupils/pupils.queries';
import type { DatamuurResponse } from './datamuur.schema';

describe.each(testEngines())('group datamuur API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let now = TEST_NOW;
  let groupId: string;
  /** Per vak, the meetpunten at which a pupil of the group has a result of that vak. */
  let meetpuntenByVak: Map<string, string[]>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine, () => now);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const pupils = new Set(demo.pupilsOf(groupId));
    const results = data.toetsresultaat.filter((r) => pupils.has(r.leerling_id));
    meetpuntenByVak = new Map();
    for (const r of results) {
      const vak = vakOf(data, r);
      meetpuntenByVak.set(vak, sortMeetpunten([...(meetpuntenByVak.get(vak) ?? []), meetpuntOfResult(r)]));
    }
    expect(meetpuntenByVak.size).toBeGreaterThan(1);
  });
  afterAll(async () => database.dispose());

  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const wall = (params: Record<string, string> = {}, who: LoginName | null = 'leerkracht', id = groupId) =>
    api.call<DatamuurResponse>('GET', `/groups/${id}/datamuur?${query(params)}`, {
      cookie: who ? cookies[who] : undefined,
    });
  async function okWall(params: Record<string, string> = {}) {
    const response = await wall(params);
    expect(response.status).toBe(200);
    return response.body;
  }
  async function analysis(meetpunt: string) {
    const response = await api.call<GroupAnalysisResponse>(
      'GET',
      `/groups/${groupId}/analysis?${query({ meetpunt })}`,
      { cookie: cookies.leerkracht },
    );
    expect(response.status).toBe(200);
    return response.body;
  }
  const card = (w: DatamuurResponse, pupilId: string) => {
    const found = w.cards.find((c) => c.id === pupilId);
    if (!found) throw new Error(`no card for ${pupilId}`);
    return found;
  };

  /** The pupil's latest result of the vak before the meetpunt: what a card without one there shows. */
  function lastBefore(pupilId: string, vak: string, meetpunt: string) {
    const earlier = demo
      .resultsOf(pupilId)
      .filter((r) => vakOf(data, r) === vak && meetpuntOfResult(r) !== meetpunt)
      .filter((r) => sortMeetpunten([meetpuntOfResult(r), meetpunt])[0] !== meetpunt)
      .sort((x, y) => (x.afnamedatum ?? '').localeCompare(y.afnamedatum ?? ''))
      .at(-1);
    return earlier
      ? { score: earlier.vaardigheidsscore ?? null, moment: earlier.moment, schooljaar: earlier.schooljaar }
      : null;
  }

  /**
   * The card's figures as the group analysis gives them for the vak at the wall's meetpunt. A pupil
   * without a result there has no figures at it: the card carries the latest earlier result as such,
   * and the moment the classmates were tested (where the teacher can place the pupil).
   */
  function expectAsAnalysis(w: DatamuurResponse, a: GroupAnalysisResponse, vak: string) {
    expect(w.cards.map((c) => c.name)).toEqual(a.pupils.map((p) => p.name));
    const tested = a.pupils.flatMap((p) => {
      const current = p.vakken[vak]?.current;
      return current ? [{ moment: current.moment, schooljaar: current.schooljaar }] : [];
    })[0];
    for (const p of a.pupils) {
      const v = p.vakken[vak];
      const c = card(w, p.id);
      if (!v?.current) {
        expect([c.moment, c.schooljaar]).toEqual([tested?.moment, tested?.schooljaar]);
        const last = lastBefore(p.id, vak, w.meetpunt ?? '');
        if (last) expect(c.lastResult).toMatchObject(last);
        else expect(c.lastResult).toBeNull();
      } else expect(c.lastResult).toBeNull();
      expect({
        level: c.level,
        levelSource: c.levelSource,
        score: c.score,
        moment: v?.current ? c.moment : null,
        schooljaar: v?.current ? c.schooljaar : null,
        instructie: c.instructie,
        suggestion: c.suggestion,
        previousInstructie: c.previousInstructie,
        movement: c.movement,
        signals: c.signals,
        jaargroep: c.jaargroep,
        leftOn: c.leftOn,
      }).toEqual({
        level: v?.current?.level ?? null,
        levelSource: v?.current?.levelSource ?? null,
        score: v?.current?.score ?? null,
        moment: v?.current?.moment ?? null,
        schooljaar: v?.current?.schooljaar ?? null,
        instructie: v?.placement.effective?.instructie ?? null,
        suggestion: v?.placement.suggestion ?? null,
        previousInstructie: v?.placement.previous ?? null,
        movement: v?.placement.movement ?? null,
        signals: p.signals.filter((s) => s.vak === null || s.vak === vak),
        jaargroep: p.jaargroep,
        leftOn: p.leftOn,
      });
    }
  }

  it('answers 401 without a session and 403 to the bestuur, and reads nothing', async () => {
    const before = await countRows(database.db, ['audit_log']);
    expectError(await wall({}, null), 401, 'unauthenticated');
    expectError(await wall({}, 'bestuur'), 403, 'forbidden');
    expect(await countRows(database.db, ['audit_log'])).toEqual(before);
  });

  it('answers a group of another school, or one the leerkracht does not teach, like a missing group', async () => {
    const otherSchool = demo.groupsOf(demo.schoolB)[0]?.id ?? '';
    const notTaught = demo.group(demo.schoolA, 'Groep 7').id;
    expectSameNotFound(await wall({}, 'leerkracht', otherSchool), await wall({}, 'leerkracht', unknownId()));
    expectSameNotFound(await wall({}, 'leerkracht', notTaught), await wall({}, 'leerkracht', unknownId()));
    expectSameNotFound(await wall({}, 'ib', otherSchool), await wall({}, 'ib', unknownId()));
  });

  it('answers 400 for a vak or meetpunt it has no results for, or one in the wrong form', async () => {
    const before = await countRows(database.db, ['audit_log']);
    const vak = expectError(await wall({ vak: 'muziek' }), 400, 'invalid_input');
    expect(vak.issues?.map((i) => i.field)).toEqual(['vak']);
    expectInvalidInput(await wall({ vak: 'x'.repeat(61) }), 'vak');
    expectInvalidInput(await wall({ meetpunt: '2025 M' }), 'meetpunt');
    expectInvalidInput(await wall({ meetpunt: '2025-2026 X' }), 'meetpunt');
    const missing = expectError(await wall({ meetpunt: '2019-2020 M' }), 400, 'invalid_input');
    expect(missing.issues?.map((i) => i.field)).toEqual(['meetpunt']);
    expect(await countRows(database.db, ['audit_log'])).toEqual(before);
  });

  it('shows exactly the group’s pupils, each card as the group analysis has it, for every vak and meetpunt', async () => {
    const vakken = [...meetpuntenByVak.keys()];
    let overall = await okWall();
    expect([...overall.vakken].sort()).toEqual([...vakken].sort());
    let compared = 0;
    for (const vak of overall.vakken) {
      const meetpunten = meetpuntenByVak.get(vak) ?? [];
      for (const meetpunt of meetpunten) {
        const w = await okWall({ vak, meetpunt });
        expect([w.vak, w.meetpunt, w.meetpunten]).toEqual([vak, meetpunt, meetpunten]);
        expect(w.cards.map((c) => c.id).sort()).toEqual(demo.pupilsOf(groupId).sort());
        expect(w.cards.map((c) => c.number)).toEqual(w.cards.map((_, i) => i + 1));
        expect(new Set(w.cards.map((c) => c.groupName))).toEqual(new Set(['Groep 5']));
        expectAsAnalysis(w, await analysis(meetpunt), vak);
        compared += w.cards.filter((c) => c.instructie !== null).length;
      }
    }
    expect(compared).toBeGreaterThan(50);
    // Without a choice: the first vak, at its latest meetpunt.
    const first = overall.vakken[0] ?? '';
    overall = await okWall();
    expect(overall).toEqual(await okWall({ vak: first, meetpunt: meetpuntenByVak.get(first)?.at(-1) ?? '' }));
    expect(overall.abilities).toContain('placement.write');
  });

  it('keeps only the signals of the chosen vak, and those of a worrying observation on every vak', async () => {
    const vakken = [...meetpuntenByVak.keys()];
    const lists = vakken.map((v) => meetpuntenByVak.get(v) ?? []);
    const meetpunt = lists.reduce((a, b) => a.filter((m) => b.includes(m))).at(-1) ?? '';
    // The default rules flag few pupils; with growth below p50 once as a signal, many pupils are
    // signalled in several vakken, so the wall's choice of vak is visible.
    const wide = { signalering: { lage_groei: { belowPercentile: 50, times: 1 } } };
    const put = (body: unknown) =>
      api.call('PUT', `/schools/${demo.schoolA}/settings`, { cookie: cookies.ib, body });
    expect((await put(wide)).status).toBe(200);
    const a = await analysis(meetpunt);
    expect(a.pupils.some((p) => new Set(p.signals.map((s) => s.vak)).size > 1)).toBe(true);
    const pupilId = a.pupils[0]?.id ?? '';
    const observed = await api.call('POST', `/pupils/${pupilId}/observations`, {
      cookie: cookies.leerkracht,
      body: { aspect: 'welbevinden', waardering: 1 },
    });
    expect(observed.status).toBe(201);
    for (const vak of vakken) {
      const w = await okWall({ vak, meetpunt });
      expect(w.cards.flatMap((c) => c.signals).every((s) => s.vak === null || s.vak === vak)).toBe(true);
      expect(
        card(w, pupilId)
          .signals.filter((s) => s.vak === null)
          .map((s) => s.rule),
      ).toEqual(['zorgelijke_observatie']);
      expectAsAnalysis(w, await analysis(meetpunt), vak);
    }
    expect((await put({})).status).toBe(200);
  });

  it('shows a teacher’s placement with author and reason, and keeps the suggestion', async () => {
    const vak = [...meetpuntenByVak.keys()][0] ?? '';
    const meetpunt = meetpuntenByVak.get(vak)?.at(-1) ?? '';
    const before = await okWall({ vak, meetpunt });
    const chosen = before.cards.find((c) => c.suggestion && c.moment && c.schooljaar);
    if (!chosen?.suggestion || !chosen.moment || !chosen.schooljaar)
      throw new Error('no card with a suggestion');
    const instructie = INSTRUCTIES.find((i) => i !== chosen.suggestion?.instructie) ?? 'basis';
    now = new Date(TEST_NOW.getTime() + 60_000);
    const reason = 'Heeft de uitleg nodig bij breuken.';
    const placed = await api.call('PUT', `/pupils/${chosen.id}/placement`, {
      cookie: cookies.leerkracht,
      body: { vak, schooljaar: chosen.schooljaar, moment: chosen.moment, instructie, reason },
    });
    expect(placed.status).toBe(200);
    const after = await okWall({ vak, meetpunt });
    // The movement since the previous meetpunt follows the new instructie, and so may the signals (a
    // pupil at the lowest level twice is served by verlengde instructie only); the analysis check covers both.
    expect(card(after, chosen.id)).toEqual({
      ...chosen,
      instructie,
      movement: card(after, chosen.id).movement,
      signals: card(after, chosen.id).signals,
      override: { reason, author: demo.account(LOGIN.leerkracht).name, at: now.toISOString() },
    });
    expect(after.cards.filter((c) => c.id !== chosen.id)).toEqual(
      before.cards.filter((c) => c.id !== chosen.id),
    );
    expectAsAnalysis(after, await analysis(meetpunt), vak);
  });

  it('keeps a pupil who missed the test on the wall without a level, and lets the teacher place them with a reason', async () => {
    const walls = await Promise.all(
      [...meetpuntenByVak].flatMap(([vak, meetpunten]) =>
        meetpunten.map((meetpunt) => okWall({ vak, meetpunt })),
      ),
    );
    const w = walls.find((x) => x.cards.some((c) => c.level === null && c.lastResult !== null && c.moment));
    const missed = w?.cards.find((c) => c.level === null && c.lastResult !== null && c.moment);
    if (!w?.vak || !missed?.moment || !missed.schooljaar) throw new Error('no pupil who missed a test');
    // No level, no score, no suggestion at this meetpunt: only the earlier result, named as such.
    expect([missed.level, missed.score, missed.suggestion, missed.instructie]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const reason = 'Was ziek bij de toets; werkt in de les op het niveau van de basisgroep.';
    now = new Date(TEST_NOW.getTime() + 90_000);
    const placed = await api.call('PUT', `/pupils/${missed.id}/placement`, {
      cookie: cookies.leerkracht,
      body: { vak: w.vak, schooljaar: missed.schooljaar, moment: missed.moment, instructie: 'basis', reason },
    });
    expect(placed.status).toBe(200);
    const after = card(await okWall({ vak: w.vak, meetpunt: w.meetpunt ?? '' }), missed.id);
    expect(after).toMatchObject({
      level: null,
      instructie: 'basis',
      lastResult: missed.lastResult,
      override: { reason, author: demo.account(LOGIN.leerkracht).name, at: now.toISOString() },
    });
    const back = await api.call(
      'DELETE',
      `/pupils/${missed.id}/placement?${query({ vak: w.vak, schooljaar: missed.schooljaar, moment: missed.moment })}`,
      { cookie: cookies.leerkracht },
    );
    expect(back.status).toBe(200);
    expect(card(await okWall({ vak: w.vak, meetpunt: w.meetpunt ?? '' }), missed.id).instructie).toBeNull();
  });

  // The mark follows leerling.opp_since, which the OPP steps set (vaststellen) and clear (afsluiten).
  it('follows the pupil’s OPP mark as it is set and cleared', async () => {
    const pupilId = demo.activePupilsOf(groupId)[1] ?? '';
    const opp = (since: string | null) => updateOppSince(database.db, pupilId, since, now.toISOString());
    expect((await okWall()).cards.filter((c) => c.hasOpp)).toEqual([]);
    await opp('2026-09-01');
    expect((await okWall()).cards.filter((c) => c.hasOpp).map((c) => c.id)).toEqual([pupilId]);
    await opp(null);
    expect((await okWall()).cards.filter((c) => c.hasOpp)).toEqual([]);
  });

  it('writes an audit row for every read, with the vak, the meetpunt and the pupils’ ids, no names', async () => {
    const rows = () =>
      database.db.selectFrom('audit_log').selectAll().where('action', '=', 'datamuur.read').execute();
    const before = await rows();
    const vak = [...meetpuntenByVak.keys()].at(-1) ?? '';
    const meetpunt = meetpuntenByVak.get(vak)?.[0] ?? '';
    now = new Date(TEST_NOW.getTime() + 120_000);
    await okWall({ vak, meetpunt });
    const added = (await rows()).filter((r) => !before.some((b) => b.id === r.id));
    expect(added.map((r) => [r.user_id, r.entity, r.entity_id, r.school_id, r.leerling_id, r.at])).toEqual([
      [demo.account(LOGIN.leerkracht).id, 'groep', groupId, demo.schoolA, null, now.toISOString()],
    ]);
    expect(JSON.parse(added[0]?.details ?? '{}')).toEqual({
      vak,
      meetpunt,
      pupils: demo.pupilsOf(groupId).length,
      leerlingIds: [...demo.pupilsOf(groupId)].sort(),
    });
  });
});
