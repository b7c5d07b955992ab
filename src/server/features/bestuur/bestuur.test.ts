import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  createOtherBestuur,
  demoLookup,
  insertUser,
  seedDemo,
  type LoginName,
  TEST_NOW,
  unknownId,
  type DemoLookup,
} from '../../../testing/fixtures';
import { expectError, loginAll, testApi } from '../../../testing/http';
import type { BestuurOverviewResponse } from './bestuur.schema';

/** Every generated roepnaam and achternaam as a whole word, so "Noor" does not match "Veldhoven-Noord". */
function pupilNamePattern(data: DemoData): RegExp {
  const names = new Set(data.leerling.flatMap((l) => [l.roepnaam, l.achternaam]));
  const escaped = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'u');
}

describe.each(testEngines())('bestuur API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  /** The figures of one school as the generated data gives them. */
  function expectedCounts(schoolId: string) {
    const previousYear = data.summary.schooljaren.at(-2) ?? '';
    const pupilsOfSchool = new Set(data.leerling.filter((l) => l.school_id === schoolId).map((l) => l.id));
    const results = (year: string) =>
      data.toetsresultaat.filter((r) => r.schooljaar === year && pupilsOfSchool.has(r.leerling_id)).length;
    const groups = demo.groupsOf(schoolId);
    return {
      groups: groups.length,
      pupils: new Set(groups.flatMap((g) => demo.activePupilsOf(g.id))).size,
      resultsThisYear: results(demo.currentYear),
      resultsLastYear: results(previousYear),
    };
  }

  it('answers 401 without a session', async () => {
    expectError(await api.call('GET', '/bestuur/overview'), 401, 'unauthenticated');
  });

  it.each(['leerkracht', 'ib', 'schoolleider', 'beheerder'] as const)(
    'answers 403 to the %s, who has no bestuur role',
    async (who) => {
      expectError(await api.call('GET', '/bestuur/overview', { cookie: as(who) }), 403, 'forbidden');
    },
  );

  it('gives per school the number of groups, pupils and results as generated', async () => {
    const response = await api.call<BestuurOverviewResponse>('GET', '/bestuur/overview', {
      cookie: as('bestuur'),
    });
    expect(response.status).toBe(200);
    expect(response.body.schooljaar).toBe(demo.currentYear);
    const bestuur = data.bestuur[0];
    const schools = [...data.school].sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(response.body.besturen).toEqual([
      {
        id: bestuur?.id,
        name: bestuur?.name,
        schools: schools.map((s) => ({
          id: s.id,
          name: s.name,
          brin: s.brin,
          vestiging: s.vestiging ?? null,
          ...expectedCounts(s.id),
        })),
      },
    ]);
    // The demo has results last year: a count of zero there would mean nothing was counted.
    for (const s of response.body.besturen[0]?.schools ?? []) expect(s.resultsLastYear).toBeGreaterThan(0);
  });

  it('contains no pupil name and no pupil id anywhere in the answer', async () => {
    const pattern = pupilNamePattern(data);
    // The pattern does find names where they are: in a group as the IB sees it.
    const group = await api.call('GET', `/groups/${demo.group(demo.schoolA, 'Groep 5').id}`, {
      cookie: as('ib'),
    });
    expect(JSON.stringify(group.body)).toMatch(pattern);

    const response = await api.call('GET', '/bestuur/overview', { cookie: as('bestuur') });
    expect(response.status).toBe(200);
    const text = JSON.stringify(response.body);
    expect(text).not.toMatch(pattern);
    for (const pupil of data.leerling) expect(text).not.toContain(pupil.id);
  });

  it("leaves out another bestuur's schools, which that bestuur's own account sees", async () => {
    const other = await createOtherBestuur(database.db);
    await insertUser(database.db, {
      name: 'Olga Overkant',
      email: 'bestuur.elders@leerwinst.example',
      role: 'bestuur',
      bestuurId: other.bestuurId,
    });
    const ours = await api.call<BestuurOverviewResponse>('GET', '/bestuur/overview', {
      cookie: as('bestuur'),
    });
    expect(ours.body.besturen.map((b) => b.id)).toEqual([data.summary.bestuurId]);
    expect(ours.body.besturen.flatMap((b) => b.schools.map((s) => s.id))).not.toContain(other.schoolId);

    const cookie = await api.login('bestuur.elders@leerwinst.example');
    const theirs = await api.call<BestuurOverviewResponse>('GET', '/bestuur/overview', { cookie });
    expect(theirs.status).toBe(200);
    expect(theirs.body.besturen.map((b) => b.id)).toEqual([other.bestuurId]);
    expect(theirs.body.besturen[0]?.schools).toMatchObject([
      { id: other.schoolId, groups: 0, pupils: 0, resultsThisYear: 0, resultsLastYear: 0 },
    ]);
  });

  it('counts a result entered this schooljaar for the school of the pupil', async () => {
    const before = await api.call<BestuurOverviewResponse>('GET', '/bestuur/overview', {
      cookie: as('bestuur'),
    });
    const pupilId = demo.pupilsOf(demo.group(demo.schoolB, 'Groep 3/4').id)[0] ?? '';
    const iso = TEST_NOW.toISOString();
    await database.db
      .insertInto('toetsresultaat')
      .values({
        id: unknownId(),
        leerling_id: pupilId,
        toets_id: data.toets[0]?.id ?? '',
        schooljaar: demo.currentYear,
        moment: '2026-11-20',
        afnamedatum: '2026-11-20',
        ruwe_score: null,
        vaardigheidsscore: 50,
        niveau: 'III',
        functioneringsniveau: null,
        dle: null,
        import_id: null,
        created_at: iso,
        updated_at: iso,
      })
      .execute();
    const after = await api.call<BestuurOverviewResponse>('GET', '/bestuur/overview', {
      cookie: as('bestuur'),
    });
    const count = (r: typeof before, schoolId: string) =>
      r.body.besturen[0]?.schools.find((s) => s.id === schoolId)?.resultsThisYear;
    expect(count(after, demo.schoolB)).toBe((count(before, demo.schoolB) ?? Number.NaN) + 1);
    expect(count(after, demo.schoolA)).toBe(count(before, demo.schoolA));
  });
  it('stops counting a pupil whose placement ended during this schooljaar', async () => {
    const overview = () =>
      api.call<BestuurOverviewResponse>('GET', '/bestuur/overview', { cookie: as('bestuur') });
    const pupilsOfA = (r: Awaited<ReturnType<typeof overview>>) =>
      r.body.besturen[0]?.schools.find((s) => s.id === demo.schoolA)?.pupils;
    const before = await overview();
    expect(pupilsOfA(before)).toBe(expectedCounts(demo.schoolA).pupils);
    const placement = data.plaatsing.find((p) => p.groep_id === demo.group(demo.schoolA, 'Groep 4').id);
    await database.db
      .updateTable('plaatsing')
      .set({ end_date: TEST_NOW.toISOString().slice(0, 10) })
      .where('id', '=', placement?.id ?? '')
      .execute();
    expect(pupilsOfA(await overview())).toBe((pupilsOfA(before) ?? Number.NaN) - 1);
  });
});
