/**
 * GET /groups/{id}/groepsoverzicht: the HGW periods of the group's schooljaar (two halves, created on
 * first use, once), and per pupil the figures of the group analysis at the meetpunt that closes the
 * period: the latest meetpunt tested on or before the period's end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { levelsOf } from '../../../domain/levels';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  demoTables,
  expectedEnrichment,
  meetpuntOfResult,
  sortMeetpunten,
  vakOf,
} from '../../../testing/engine-expect';
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
import type { GroepsoverzichtResponse } from './groepsoverzicht.schema';

type Vak = GroupAnalysisResponse['pupils'][number]['vakken'][string];

describe.each(testEngines())('groepsoverzicht API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let groupId: string;
  let previousYear: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    // A school that has not set up its periods: the demo without its leerlingzorg, whose
    // besprekingen need them (the periods are made on first use, which these tests follow).
    data = await seedDemo(database.db, { zorg: false });
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    previousYear = data.summary.schooljaren.at(-2) ?? '';
  });
  afterAll(async () => database.dispose());

  const overview = (id: string, who: LoginName | null = 'leerkracht', periode?: string) =>
    api.call<GroepsoverzichtResponse>(
      'GET',
      `/groups/${id}/groepsoverzicht${periode === undefined ? '' : `?periode=${encodeURIComponent(periode)}`}`,
      { cookie: who ? cookies[who] : undefined },
    );
  async function ok(id: string, periode?: string) {
    const response = await overview(id, 'leerkracht', periode);
    expect(response.status).toBe(200);
    return response.body;
  }
  const periodsIn = (schooljaar: string) =>
    database.db
      .selectFrom('periode')
      .select(['id', 'volgnummer'])
      .where('school_id', '=', demo.schoolA)
      .where('schooljaar', '=', schooljaar)
      .orderBy('volgnummer')
      .execute();

  /** From the demo rows: the latest meetpunt of the group whose first test day is on or before `end`. */
  function closingMeetpunt(id: string, end: string) {
    const pupils = new Set(demo.pupilsOf(id));
    const first = new Map<string, string>();
    for (const r of data.toetsresultaat.filter((x) => pupils.has(x.leerling_id))) {
      const m = meetpuntOfResult(r);
      const date = r.afnamedatum ?? '';
      if (!first.has(m) || date < (first.get(m) ?? '')) first.set(m, date);
    }
    return sortMeetpunten([...first].filter(([, date]) => date <= end).map(([m]) => m)).at(-1) ?? null;
  }

  /** The pupil's latest result of the vak before the meetpunt, with its level: what a pupil who missed it shows. */
  function lastBefore(pupilId: string, vak: string, meetpunt: string) {
    const tables = demoTables(data);
    const r = demo
      .resultsOf(pupilId)
      .filter((x) => vakOf(data, x) === vak && meetpuntOfResult(x) !== meetpunt)
      .filter((x) => sortMeetpunten([meetpuntOfResult(x), meetpunt])[0] !== meetpunt)
      .sort((x, y) => (x.afnamedatum ?? '').localeCompare(y.afnamedatum ?? ''))
      .at(-1);
    return r
      ? { level: expectedEnrichment(data, tables, r).level, moment: r.moment, schooljaar: r.schooljaar }
      : null;
  }

  /** What the overview must say of a vak, from the group analysis at the same meetpunt. */
  function summary(v: Vak | undefined, last: ReturnType<typeof lastBefore> = null) {
    const [current, previous] = [v?.current ?? null, v?.previous ?? null];
    // Levels best first: a smaller index than the previous one is a level up.
    const list: readonly string[] = current?.levelSystem ? levelsOf(current.levelSystem) : [];
    const [now, before] = [list.indexOf(current?.level ?? ''), list.indexOf(previous?.level ?? '')];
    const order =
      now >= 0 && before >= 0 && current?.levelSystem === previous?.levelSystem
        ? Math.sign(before - now)
        : null;
    return {
      level: current?.level ?? null,
      previousLevel: previous?.level ?? null,
      trend: order === null ? null : order > 0 ? 'omhoog' : order < 0 ? 'omlaag' : 'gelijk',
      moment: current?.moment ?? null,
      score: current?.score ?? null,
      growth: v?.growth?.value ?? null,
      growthFrom: v?.growth?.from.moment ?? null,
      percentile: v?.growth?.percentile ?? null,
      functioneringsniveau: current?.functioneringsniveau ?? null,
      instructie: v?.placement.effective?.instructie ?? null,
      instructieByTeacher: v?.placement.effective?.source === 'leerkracht',
      // Shown as "laatste resultaat", only when there is none at the meetpunt.
      last: current ? null : last,
    };
  }

  async function expectAsAnalysis(id: string, o: GroepsoverzichtResponse, meetpunt: string) {
    const response = await api.call<GroupAnalysisResponse>(
      'GET',
      `/groups/${id}/analysis?meetpunt=${encodeURIComponent(meetpunt)}`,
      { cookie: cookies.ib },
    );
    expect(response.status).toBe(200);
    const a = response.body;
    expect(o.meetpunt).toBe(meetpunt);
    expect(o.vakken).toEqual(a.vakken);
    // Every vak of the demo is tested at the same meetpunten, so each vak's own latest is this one.
    expect(o.vakMeetpunten).toEqual(Object.fromEntries(a.vakken.map((vak) => [vak, meetpunt])));
    expect(o.pupils.map((p) => [p.id, p.name, p.jaargroep])).toEqual(
      a.pupils.map((p) => [p.id, p.name, p.jaargroep]),
    );
    for (const p of o.pupils) {
      const pa = a.pupils.find((x) => x.id === p.id);
      const expected: Record<string, ReturnType<typeof summary>> = {};
      for (const vak of a.vakken) expected[vak] = summary(pa?.vakken[vak], lastBefore(p.id, vak, meetpunt));
      expect(p.vakken).toEqual(expected);
      expect(p.signals).toEqual(pa?.signals);
    }
    const levels = o.pupils.flatMap((p) => Object.values(p.vakken)).filter((v) => v.level && v.trend);
    expect(levels.length).toBeGreaterThan(20);
  }

  it('answers 401 without a session, 403 to the bestuur, and writes no periods', async () => {
    expectError(await overview(groupId, null), 401, 'unauthenticated');
    expectError(await overview(groupId, 'bestuur'), 403, 'forbidden');
    expect(await countRows(database.db, ['periode'])).toEqual({ periode: 0 });
  });

  it('answers a group of another school, or one the leerkracht does not teach, like a missing group', async () => {
    const otherSchool = demo.groupsOf(demo.schoolB)[0]?.id ?? '';
    const notTaught = demo.group(demo.schoolA, 'Groep 7').id;
    expectSameNotFound(await overview(otherSchool), await overview(unknownId()));
    expectSameNotFound(await overview(notTaught), await overview(unknownId()));
    expectSameNotFound(await overview(otherSchool, 'ib'), await overview(unknownId(), 'ib'));
    expect(await countRows(database.db, ['periode'])).toEqual({ periode: 0 });
  });

  it('creates the two halves of the schooljaar on first use, once, and opens on the current one', async () => {
    const first = await ok(groupId);
    const start = Number(demo.currentYear.slice(0, 4));
    expect(first.periods.map((p) => [p.startDate, p.endDate])).toEqual([
      [`${start}-08-01`, `${start + 1}-01-31`],
      [`${start + 1}-02-01`, `${start + 1}-07-31`],
    ]);
    expect(first.periods.map((p) => p.name)).toEqual([
      expect.stringMatching(/^Periode 1/),
      expect.stringMatching(/^Periode 2/),
    ]);
    const today = TEST_NOW.toISOString().slice(0, 10);
    const current = first.periods.find((p) => p.startDate <= today && today <= p.endDate);
    expect(first.periode).toEqual({ id: current?.id, name: current?.name });
    expect(first.group).toEqual({
      id: groupId,
      name: 'Groep 5',
      schooljaar: demo.currentYear,
      schoolId: demo.schoolA,
    });
    const stored = await periodsIn(demo.currentYear);
    expect(stored.map((p) => [p.id, p.volgnummer])).toEqual(first.periods.map((p, i) => [p.id, i + 1]));
    // Another group of the same school and year shares the periods.
    const again = await overview(demo.group(demo.schoolA, 'Groep 7').id, 'ib');
    expect(again.body.periods).toEqual(first.periods);
    expect((await ok(groupId)).periods).toEqual(first.periods);
    expect(await countRows(database.db, ['periode'])).toEqual({ periode: 2 });
  });

  it('survives first requests at the same moment: all answer, two periods exist', async () => {
    const earlier = demo.group(demo.schoolA, 'Groep 5', previousYear).id;
    expect(await periodsIn(previousYear)).toEqual([]);
    const responses = await Promise.all([1, 2, 3, 4].map(() => overview(earlier)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const stored = await periodsIn(previousYear);
    expect(stored).toHaveLength(2);
    for (const r of responses) expect(r.body.periods.map((p) => p.id)).toEqual(stored.map((p) => p.id));
  });

  it('shows each pupil as the group analysis does at the meetpunt that closes the current period', async () => {
    const o = await ok(groupId);
    const end = o.periods.find((p) => p.id === o.periode.id)?.endDate ?? '';
    const meetpunt = closingMeetpunt(groupId, end);
    if (!meetpunt) throw new Error('no meetpunt before the period ends');
    await expectAsAnalysis(groupId, o, meetpunt);
    expect(o.pupils.map((p) => p.id).sort()).toEqual(demo.pupilsOf(groupId).sort());
    expect(o.pupils.every((p) => !p.hasOpp && p.row.version === 0 && p.row.updatedBy === null)).toBe(true);
    expect(o.abilities).toContain('groepsoverzicht.write');
    expect(o.abilities).not.toContain('opp.write');
  });

  it('takes the meetpunt of a past period: M for the first half, E for the second', async () => {
    const earlier = demo.group(demo.schoolA, 'Groep 5', previousYear).id;
    const { periods } = await ok(earlier);
    const meetpunten = periods.map((p) => closingMeetpunt(earlier, p.endDate));
    expect(meetpunten).toEqual([`${previousYear} M`, `${previousYear} E`]);
    for (const [i, p] of periods.entries()) {
      const o = await ok(earlier, p.id);
      expect(o.periode.id).toBe(p.id);
      await expectAsAnalysis(earlier, o, meetpunten[i] ?? '');
    }
  });

  it('answers 400 for a periode of another schooljaar, an unknown one, or one in the wrong form', async () => {
    const earlier = await ok(demo.group(demo.schoolA, 'Groep 5', previousYear).id);
    for (const periode of [earlier.periods[0]?.id ?? '', unknownId()]) {
      const error = expectError(await overview(groupId, 'leerkracht', periode), 400, 'invalid_input');
      expect(error.issues?.map((i) => i.field)).toEqual(['periode']);
    }
    expectInvalidInput(await overview(groupId, 'leerkracht', 'p'.repeat(65)), 'periode');
  });

  it('writes an audit row for the read, with the period and the pupils’ ids, no names', async () => {
    const rows = () =>
      database.db.selectFrom('audit_log').selectAll().where('action', '=', 'groepsoverzicht.read').execute();
    const before = await rows();
    const o = await ok(groupId);
    const added = (await rows()).filter((r) => !before.some((b) => b.id === r.id));
    expect(added.map((r) => [r.user_id, r.entity, r.entity_id, r.school_id, r.leerling_id])).toEqual([
      [demo.account(LOGIN.leerkracht).id, 'groep', groupId, demo.schoolA, null],
    ]);
    expect(JSON.parse(added[0]?.details ?? '{}')).toEqual({
      periode: o.periode.id,
      pupils: o.pupils.length,
      leerlingIds: demo.pupilsOf(groupId).sort(),
    });
  });
});
