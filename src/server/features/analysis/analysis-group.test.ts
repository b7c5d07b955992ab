/**
 * GET /groups/{id}/analysis: every figure compared with the domain functions applied to the generated
 * demo rows (levels from the norms where the LVS gave none, DL, DLE, leerwinst, percentile among
 * comparable starters, placement, group statistics and signals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { compareWithOwnGrowth, growthPercentile } from '../../../domain/growth';
import { levelRank, type Level } from '../../../domain/levels';
import { parseMoment } from '../../../domain/moments';
import { DEFAULT_PLACEMENT_MAPPING, movement } from '../../../domain/placement';
import { signaleer, type VakSignalInput } from '../../../domain/signalering';
import { schooljaarStartYear } from '../../../domain/schooljaar';
import { isVak, VAKKEN } from '../../../shared/vakken';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  demoTables,
  expectedEnrichment,
  meetpuntOfResult,
  peerGrowths,
  sortMeetpunten,
  vakOf,
  viaJson,
  type DemoResult,
  type EngineTables,
} from '../../../testing/engine-expect';
import { demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import type { GroupAnalysisResponse } from './analysis.schema';

type VakAnalysis = GroupAnalysisResponse['pupils'][number]['vakken'][string];

describe.each(testEngines())('group analysis (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let tables: EngineTables;
  let cookies: Record<LoginName, string>;
  let groupId: string;
  let meetpunten: string[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    tables = demoTables(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const pupils = new Set(demo.pupilsOf(groupId));
    meetpunten = sortMeetpunten(
      data.toetsresultaat.filter((r) => pupils.has(r.leerling_id)).map(meetpuntOfResult),
    );
    expect(meetpunten.length).toBeGreaterThan(2);
  });
  afterAll(async () => database.dispose());

  async function analysis(meetpunt?: string): Promise<GroupAnalysisResponse> {
    const query = meetpunt ? `?meetpunt=${encodeURIComponent(meetpunt)}` : '';
    const response = await api.call<GroupAnalysisResponse>('GET', `/groups/${groupId}/analysis${query}`, {
      cookie: cookies.leerkracht,
    });
    expect(response.status).toBe(200);
    return response.body;
  }

  const byDate = (a: DemoResult, b: DemoResult) => (a.afnamedatum ?? '').localeCompare(b.afnamedatum ?? '');
  /** Meetpunt key a is the same as or earlier than b. */
  const notAfter = (a: string, b: string) => sortMeetpunten([a, b])[0] === a;
  const atOrBefore = (r: DemoResult, meetpunt: string) => notAfter(meetpuntOfResult(r), meetpunt);

  /** The pupil's results of a vak up to the meetpunt, and the current and previous result. */
  function selection(pupilId: string, vak: string, meetpunt: string) {
    const history = demo
      .resultsOf(pupilId)
      .filter((r) => vakOf(data, r) === vak && atOrBefore(r, meetpunt))
      .sort(byDate);
    const last = history.at(-1);
    const current = last && meetpuntOfResult(last) === meetpunt ? last : null;
    return { history, current, previous: current ? (history.at(-2) ?? null) : null };
  }

  const level = (r: DemoResult) => expectedEnrichment(data, tables, r).level;
  const mapped = (l: Level | null) => (l ? (DEFAULT_PLACEMENT_MAPPING[l] ?? null) : null);

  /** The growth of the pupil's other comparable starters from one result's moment to another's. */
  function othersGrowths(pupilId: string, from: DemoResult, to: DemoResult) {
    const start = level(from);
    return start
      ? peerGrowths(data, tables, {
          toetsId: to.toets_id,
          fromMoment: from.moment,
          toMoment: to.moment,
          yearOffset: schooljaarStartYear(to.schooljaar) - schooljaarStartYear(from.schooljaar),
          startLevel: start === 'I+' ? 'I' : start,
        })
          .filter((p) => p.leerlingId !== pupilId)
          .map((p) => p.growth)
      : [];
  }

  /** The percentile of the interval before the latest one: "twice in a row" needs both. */
  function earlierPercentile(pupilId: string, s: ReturnType<typeof selection>) {
    const before = s.history.at(-3);
    const { previous } = s;
    if (!s.current || !before || !previous) return null;
    if (before.vaardigheidsscore == null || previous.vaardigheidsscore == null) return null;
    const value = previous.vaardigheidsscore - before.vaardigheidsscore;
    return growthPercentile(value, othersGrowths(pupilId, before, previous));
  }

  /** Growth, its percentile among comparable starters and the comparison with the pupil's own past. */
  function expectedGrowth(pupilId: string, s: ReturnType<typeof selection>) {
    const { current, previous, history } = s;
    if (!current || !previous || current.vaardigheidsscore == null || previous.vaardigheidsscore == null)
      return null;
    const value = current.vaardigheidsscore - previous.vaardigheidsscore;
    const others = othersGrowths(pupilId, previous, current);
    const kind = parseMoment(previous.moment)?.kind;
    const earlier = history.slice(0, -1).flatMap((b, i) => {
      const a = i > 0 ? history[i - 1] : undefined;
      return a &&
        a.vaardigheidsscore != null &&
        b.vaardigheidsscore != null &&
        parseMoment(a.moment)?.kind === kind
        ? [b.vaardigheidsscore - a.vaardigheidsscore]
        : [];
    });
    return viaJson({
      from: { moment: previous.moment, schooljaar: previous.schooljaar },
      to: { moment: current.moment, schooljaar: current.schooljaar },
      value,
      refused: null,
      percentile: growthPercentile(value, others),
      peers: others.length,
      ownComparison: compareWithOwnGrowth(value, earlier),
      earlierPercentile: earlierPercentile(pupilId, s),
    });
  }

  function expectVakAsComputed(
    pupilId: string,
    vak: string,
    actual: VakAnalysis | undefined,
    meetpunt: string,
  ) {
    const s = selection(pupilId, vak, meetpunt);
    expect(actual?.current?.id ?? null).toBe(s.current?.id ?? null);
    expect(actual?.previous?.id ?? null).toBe(s.previous?.id ?? null);
    if (s.current) expect(actual?.current).toMatchObject(expectedEnrichment(data, tables, s.current));
    if (s.previous) expect(actual?.previous).toMatchObject(expectedEnrichment(data, tables, s.previous));
    expect(actual?.growth ?? null).toEqual(expectedGrowth(pupilId, s));
    const now = s.current ? mapped(level(s.current)) : null;
    const before = s.previous ? mapped(level(s.previous)) : null;
    expect(actual?.placement.suggestion?.instructie ?? null).toBe(now);
    expect(actual?.placement.effective?.source ?? null).toBe(now ? 'suggestie' : null);
    if (s.current && now)
      expect(actual?.placement.suggestion?.reason).toContain(`${level(s.current)} op ${s.current.moment}`);
    expect(actual?.placement.previous).toBe(before);
    expect(actual?.placement.movement).toBe(movement(before, now));
  }

  it('lists the meetpunten of the group’s results in time order and defaults to the latest', async () => {
    const body = await analysis();
    expect(body.meetpunten).toEqual(meetpunten);
    expect(body.meetpunt).toBe(meetpunten.at(-1));
    const seen = new Set(
      demo.pupilsOf(groupId).flatMap((id) => demo.resultsOf(id).map((r) => vakOf(data, r))),
    );
    expect(body.vakken).toEqual(VAKKEN.filter((v) => seen.has(v)));
    expect(body.pupils.map((p) => p.id).sort()).toEqual(demo.pupilsOf(groupId).sort());
  });

  it.each([-1, -2, -3])('computes every pupil and vak as the domain does at meetpunt %i', async (offset) => {
    const meetpunt = meetpunten.at(offset) ?? '';
    const body = await analysis(meetpunt);
    expect(body.meetpunt).toBe(meetpunt);
    let compared = 0;
    for (const pupil of body.pupils) {
      for (const vak of body.vakken) {
        expectVakAsComputed(pupil.id, vak, pupil.vakken[vak], meetpunt);
        if (pupil.vakken[vak]?.current) compared++;
      }
    }
    expect(compared).toBeGreaterThan(body.pupils.length);
  });

  it('computes a level from the norms for results the LVS gave none, and DL from groep3_start and the date', async () => {
    const body = await analysis();
    const currents = body.pupils.flatMap((p) =>
      Object.values(p.vakken).flatMap((v) => (v.current ? [v.current] : [])),
    );
    const fromNorms = currents.filter((c) => c.levelSource === 'norm');
    expect(fromNorms.length).toBeGreaterThan(0);
    for (const c of fromNorms)
      expect(data.toetsresultaat.find((r) => r.id === c.id)?.niveau ?? null).toBeNull();
    expect(currents.every((c) => c.level !== null && c.dl !== null)).toBe(true);
    // A DLE wherever the toets's DLE table reaches the score; a pupil far behind, below its first point, has none.
    const floor = (toetsId: string) =>
      Math.min(...data.dle_point.filter((p) => p.toets_id === toetsId).map((p) => p.min_score));
    for (const c of currents) expect(c.dle === null, c.id).toBe((c.score ?? -Infinity) < floor(c.toetsId));
    expect(currents.filter((c) => c.dle !== null).length).toBeGreaterThan(currents.length * 0.9);
  });

  it('finds comparable starters for growth, so the percentile is a number for most pupils', async () => {
    const body = await analysis();
    const growths = body.pupils.flatMap((p) =>
      Object.values(p.vakken).flatMap((v) => (v.growth ? [v.growth] : [])),
    );
    expect(growths.length).toBeGreaterThan(0);
    expect(growths.filter((g) => g.percentile !== null).length).toBeGreaterThan(growths.length / 2);
  });

  it('gives per vak the number of results, the mean score and the share at or above III of the group', async () => {
    const meetpunt = meetpunten.at(-1) ?? '';
    const body = await analysis(meetpunt);
    const bar = levelRank('I-V', 'III') ?? Number.NaN;
    for (const vak of body.vakken) {
      const currents = demo.pupilsOf(groupId).flatMap((id) => {
        const c = selection(id, vak, meetpunt).current;
        return c ? [c] : [];
      });
      const stat = body.statistics.find((s) => s.vak === vak);
      const scores = currents.map((c) => c.vaardigheidsscore ?? Number.NaN);
      const atOrAbove = currents.filter((c) => {
        const l = level(c);
        return l !== null && (levelRank('I-V', l) ?? -1) >= bar;
      }).length;
      expect(stat?.n).toBe(currents.length);
      expect(stat?.meanScore).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 9);
      expect(stat?.atOrAbove).toMatchObject({
        system: 'I-V',
        level: 'III',
        count: atOrAbove,
        n: currents.length,
      });
      expect(stat?.instructieShares.n).toBe(currents.length);
    }
  });

  it('gives every pupil the signals of the domain rules applied to their results and the group’s test moments', async () => {
    const meetpunt = meetpunten.at(-1) ?? '';
    const body = await analysis(meetpunt);
    const pupils = demo.pupilsOf(groupId);
    let signalled = 0;
    for (const pupil of body.pupils) {
      const vakken: VakSignalInput[] = body.vakken.filter(isVak).flatMap((vak) => {
        const s = selection(pupil.id, vak, meetpunt);
        const resultMoments = demo
          .resultsOf(pupil.id)
          .filter((r) => vakOf(data, r) === vak)
          .map(meetpuntOfResult);
        // The group was tested at a meetpunt when at least half of its pupils have a result there.
        const tested = meetpunten.filter((m) => {
          const n = pupils.filter((id) =>
            demo.resultsOf(id).some((r) => vakOf(data, r) === vak && meetpuntOfResult(r) === m),
          );
          return n.length * 2 >= pupils.length && notAfter(m, meetpunt);
        });
        // A pupil without a result at the meetpunt is not judged on an older one: no figures.
        const growth = expectedGrowth(pupil.id, s);
        return [
          {
            vak,
            levels: s.current
              ? s.history.flatMap((r) => {
                  const l = level(r);
                  return l ? [{ moment: r.moment, system: 'I-V' as const, level: l }] : [];
                })
              : [],
            growthPercentile: growth?.percentile ?? null,
            earlierGrowthPercentile: growth?.earlierPercentile ?? null,
            growth: growth?.value ?? null,
            instructie: s.current ? mapped(level(s.current)) : null,
            leerrendement: s.current ? expectedEnrichment(data, tables, s.current).leerrendement : null,
            expectedLrv: null,
            groupTestedMoments: tested.slice(-2),
            resultMoments,
          },
        ];
      });
      const expected = signaleer({ vakken, observations: [] });
      expect(pupil.signals).toEqual(expected);
      signalled += expected.length;
    }
    expect(signalled).toBeGreaterThan(0);
  });
});
