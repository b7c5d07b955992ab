/**
 * GET /schools/{id}/veiligheid: the yearly monitoring of social safety from pupils' lists inserted here
 * (the demo's own lists are removed first), every expected share counted by hand from the rows below
 * and every interval from the textbook Wilson formula (testing/statistics-expect.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { wilson90 } from '../../../testing/statistics-expect';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { VeiligheidResponse } from './veiligheid.schema';
import { insertSeoScores } from '../../../testing/seo-scores';

type Cell = VeiligheidResponse['scales'][number]['school'];

const YEAR = '2025-2026';

/** A shown cell: count of n, with share and interval from the textbook formula. */
function shown(favourable: number, n: number, missing = 0) {
  return {
    n,
    missing,
    favourable,
    share: expect.closeTo(favourable / n, 12) as unknown as number,
    interval: {
      low: expect.closeTo(wilson90(favourable, n).low, 8) as unknown as number,
      high: expect.closeTo(wilson90(favourable, n).high, 8) as unknown as number,
    },
    suppressed: false,
  } satisfies Cell;
}

const hidden = (n: number, missing = 0): Cell => ({
  n,
  missing,
  favourable: null,
  share: null,
  interval: null,
  suppressed: true,
});

describe.each(testEngines())('veiligheid monitoring (%s)', (engine) => {
  let world: DemoWorld;
  let schoolA: string;
  const pupils: Record<string, number> = {};

  beforeAll(async () => {
    world = await demoWorld(engine);
    schoolA = world.demo.schoolA;
    const db = world.database.db;
    await db.deleteFrom('seo_score').execute();
    const rows: {
      leerling_id: string;
      instrument: string;
      lijst: 'leerling' | 'leerkracht';
      schaal: string;
      schooljaar: string;
      afnamedatum: string;
      band: 'laag' | 'gemiddeld' | 'hoog' | null;
      percentiel: number | null;
    }[] = [];
    const add = (
      ids: string[],
      schaal: string,
      bands: ('laag' | 'gemiddeld' | 'hoog' | null)[],
      more: Partial<(typeof rows)[number]> = {},
    ) =>
      ids.forEach((id, i) =>
        rows.push({
          leerling_id: id,
          instrument: 'kanvas',
          lijst: 'leerling',
          schaal,
          schooljaar: YEAR,
          afnamedatum: '2026-03-10',
          band: bands[i] ?? null,
          percentiel: null,
          ...more,
        }),
      );
    const active = (name: string, year = YEAR) =>
      world.demo.activePupilsOf(world.demo.group(schoolA, name, year).id);
    const g5 = active('Groep 5').slice(0, 12);
    const g6 = active('Groep 6').slice(0, 6);
    const g7 = active('Groep 7').slice(0, 11);
    // Groep 5, safety: 9 favourable (6 hoog, 3 gemiddeld) and 3 laag. The first pupil was laag in
    // November and hoog in March: the latest list counts.
    add(g5, 'veiligheidsbeleving', [
      ...Array<'hoog'>(6).fill('hoog'),
      'gemiddeld',
      'gemiddeld',
      'gemiddeld',
      'laag',
      'laag',
      'laag',
    ]);
    add(g5.slice(0, 1), 'veiligheidsbeleving', ['laag'], { afnamedatum: '2025-11-10' });
    // Groep 5, well-being as percentiles only: 10 at 50 (gemiddeld), 2 at 10 (laag).
    g5.forEach((id, i) => add([id], 'welbevinden', [null], { percentiel: i < 10 ? 50 : 10 }));
    // Groep 6: six pupils, all hoog on both scales: too few to show.
    add(g6, 'veiligheidsbeleving', Array(6).fill('hoog'));
    add(g6, 'welbevinden', Array(6).fill('hoog'));
    // Groep 7: safety only; 5 laag, 5 hoog, and one without band or percentile.
    add(g7, 'veiligheidsbeleving', [...Array(5).fill('laag'), ...Array(5).fill('hoog'), null]);
    // Not part of the monitoring: incidents, the teacher's list, an instrument the Inspectie does not list.
    add(g5, 'incidenten', Array(12).fill('hoog'));
    add(g5, 'welbevinden', Array(12).fill('laag'), { lijst: 'leerkracht' });
    add(g5, 'besef-van-jezelf', Array(12).fill('laag'), { instrument: 'kindbegrip' });
    // The year before: two pupils of groep 8 on ZIEN!.
    add(active('Groep 8', '2024-2025').slice(0, 2), 'veiligheidsbeleving', ['hoog', 'laag'], {
      instrument: 'zien',
      schooljaar: '2024-2025',
      afnamedatum: '2024-11-12',
    });
    await insertSeoScores(
      db,
      rows.map((r) => ({ ...r, school_id: schoolA })),
    );
    // Pupils per jaargroep this year, independently of the code: distinct pupils placed in it.
    const yearGroups = new Set(world.demo.groupsOf(schoolA, YEAR).map((g) => g.id));
    for (const j of ['5', '6', '7', '8'])
      pupils[j] = new Set(
        world.data.plaatsing
          .filter((p) => yearGroups.has(p.groep_id) && p.jaargroep === j)
          .map((p) => p.leerling_id),
      ).size;
  });
  afterAll(async () => world.database.dispose());

  const monitoring = (who: LoginName | null, query = '', school = schoolA) =>
    world.api.call<VeiligheidResponse>('GET', `/schools/${school}/veiligheid${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });

  it('answers 401 without a session, 403 to leerkracht and beheerder, and another school like a missing one', async () => {
    expectError(await monitoring(null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'beheerder'] as const)
      expectError(await monitoring(who), 403, 'forbidden');
    expectSameNotFound(await monitoring('ibOtherSchool'), await monitoring('ibOtherSchool', '', unknownId()));
    const other = await createOtherBestuur(world.database.db);
    expectSameNotFound(
      await monitoring('bestuur', '', other.schoolId),
      await monitoring('bestuur', '', unknownId()),
    );
  });

  it.each(['?schooljaar=2025', '?schooljaar=twintig'])(
    'answers 400 naming the schooljaar for %s',
    async (q) => {
      expectInvalidInput(await monitoring('ib', q), 'schooljaar');
    },
  );

  it('shows the latest year with lists: per scale and groep the share favourable, complete only with every groep', async () => {
    const body = ok(await monitoring('ib'));
    expect(body).toMatchObject({
      schoolId: schoolA,
      schooljaar: YEAR,
      minCellSize: 10,
      confidence: 0.9,
      complete: false,
    });
    expect(body.years).toEqual(expect.arrayContaining(['2024-2025', '2025-2026', '2026-2027']));
    // 12 + 6 + 11 pupils filled in KanVAS, from November to March.
    expect(body.instruments).toEqual([
      { instrument: 'kanvas', firstTaken: '2025-11-10', lastTaken: '2026-03-10', pupils: 29 },
    ]);
    expect(body.groepen).toEqual([
      { jaargroep: '5', pupils: pupils['5'], measured: { veiligheid: 12, welbevinden: 12 } },
      { jaargroep: '6', pupils: pupils['6'], measured: { veiligheid: 6, welbevinden: 6 } },
      { jaargroep: '7', pupils: pupils['7'], measured: { veiligheid: 11, welbevinden: 0 } },
      { jaargroep: '8', pupils: pupils['8'], measured: { veiligheid: 0, welbevinden: 0 } },
    ]);
    expect(body.scales).toEqual([
      {
        instrument: 'kanvas',
        schaal: 'veiligheidsbeleving',
        domain: 'veiligheid',
        firstTaken: '2025-11-10',
        lastTaken: '2026-03-10',
        // School: 9 + 6 + 5 = 20 favourable of 12 + 6 + 10 = 28; one pupil of groep 7 without band.
        school: shown(20, 28, 1),
        groepen: [
          { jaargroep: '5', ...shown(9, 12) },
          { jaargroep: '6', ...hidden(6) },
          // 5 of 10 would show, but then 20 − 9 − 5 gives groep 6's count back: withheld too.
          { jaargroep: '7', ...hidden(10, 1) },
        ],
      },
      {
        instrument: 'kanvas',
        schaal: 'welbevinden',
        domain: 'welbevinden',
        firstTaken: '2026-03-10',
        lastTaken: '2026-03-10',
        // 10 + 6 = 16 of 12 + 6 = 18.
        school: shown(16, 18),
        // Groep 5 alone beside the school total would give groep 6 back: both withheld.
        groepen: [
          { jaargroep: '5', ...hidden(12) },
          { jaargroep: '6', ...hidden(6) },
        ],
      },
    ]);
  });

  it('gives the bestuur the same figures, and another year on request', async () => {
    const ib = ok(await monitoring('ib'));
    const bestuur = ok(await monitoring('bestuur'));
    expect(bestuur.scales).toEqual(ib.scales);
    expect(bestuur.abilities).not.toContain('pupil.read');
    const before = ok(await monitoring('schoolleider', '?schooljaar=2024-2025'));
    expect(before.schooljaar).toBe('2024-2025');
    expect(before.instruments).toEqual([
      { instrument: 'zien', firstTaken: '2024-11-12', lastTaken: '2024-11-12', pupils: 2 },
    ]);
    expect(before.scales.map((s) => [s.schaal, s.school])).toEqual([['veiligheidsbeleving', hidden(2)]]);
    expect(before.complete).toBe(false);
    const empty = ok(await monitoring('ib', '?schooljaar=2019-2020'));
    expect(empty).toMatchObject({ complete: false, groepen: [], scales: [], instruments: [] });
    expect(empty.years).toContain('2019-2020');
  });

  it('is complete once every groep 5–8 was measured on safety and well-being', async () => {
    const db = world.database.db;
    const missing: [string, string][] = [
      ['Groep 7', 'welbevinden'],
      ['Groep 8', 'veiligheidsbeleving'],
      ['Groep 8', 'welbevinden'],
    ];
    for (const [group, schaal] of missing) {
      const [id] = world.demo.activePupilsOf(world.demo.group(schoolA, group, YEAR).id);
      if (!id) throw new Error(`no pupil in ${group}`);
      await insertSeoScores(db, [
        {
          leerling_id: id,
          school_id: schoolA,
          instrument: 'zien',
          lijst: 'leerling',
          schaal,
          schooljaar: YEAR,
          afnamedatum: '2026-03-11',
          percentiel: 60,
        },
      ]);
    }
    const body = ok(await monitoring('ib', `?schooljaar=${YEAR}`));
    expect(body.complete).toBe(true);
    expect(body.instruments.map((i) => i.instrument)).toEqual(['kanvas', 'zien']);
  });
});
