/**
 * GET /schools/{id}/veiligheid/trend: the yearly monitoring over the years, from pupils' lists inserted
 * here (the demo's own lists are removed first). Every share is counted by hand from the rows below and
 * every interval comes from the textbook Wilson formula (testing/statistics-expect.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { createOtherBestuur, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { wilson90 } from '../../../testing/statistics-expect';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { VeiligheidTrendResponse } from './veiligheid-trend.schema';
import type { VeiligheidResponse } from './veiligheid.schema';
import { insertSeoScores } from '../../../testing/seo-scores';

type Band = 'laag' | 'gemiddeld' | 'hoog' | null;
interface Row {
  leerling_id: string;
  instrument: string;
  lijst: 'leerling' | 'leerkracht';
  schaal: string;
  schooljaar: string;
  afnamedatum: string;
  band: Band;
  percentiel: number | null;
}

const shown = (instrument: string, schaal: string, favourable: number, n: number) => ({
  instrument,
  schaal,
  n,
  missing: 0,
  favourable,
  share: expect.closeTo(favourable / n, 12) as unknown as number,
  interval: {
    low: expect.closeTo(wilson90(favourable, n).low, 8) as unknown as number,
    high: expect.closeTo(wilson90(favourable, n).high, 8) as unknown as number,
  },
  suppressed: false,
});

const hidden = (instrument: string, schaal: string, n: number) => ({
  instrument,
  schaal,
  n,
  missing: 0,
  favourable: null,
  share: null,
  interval: null,
  suppressed: true,
});

describe.each(testEngines())('veiligheid trend (%s)', (engine) => {
  let world: DemoWorld;
  let schoolA: string;

  beforeAll(async () => {
    world = await demoWorld(engine);
    schoolA = world.demo.schoolA;
    const db = world.database.db;
    await db.deleteFrom('seo_score').execute();
    const rows: Row[] = [];
    const add = (ids: string[], base: Omit<Row, 'leerling_id' | 'band'>, bands: Band[]) =>
      ids.forEach((id, i) => rows.push({ ...base, leerling_id: id, band: bands[i] ?? null }));
    const active = (name: string) => world.demo.activePupilsOf(world.demo.group(schoolA, name).id);
    const [g5, g6, g7, g8] = ['Groep 5', 'Groep 6', 'Groep 7', 'Groep 8'].map((g) => active(g).slice(0, 5));
    if (!g5 || !g6 || !g7 || !g8 || g8.length < 5) throw new Error('the demo has groep 5–8');
    const pupils = active('Groep 5').concat(active('Groep 6')).slice(0, 20);
    const kanvas = (schooljaar: string, schaal: string, afnamedatum: string) =>
      ({
        instrument: 'kanvas',
        lijst: 'leerling',
        schaal,
        schooljaar,
        afnamedatum,
        percentiel: null,
      }) as const;
    const zien = (schooljaar: string, schaal: string, afnamedatum: string) =>
      ({ ...kanvas(schooljaar, schaal, afnamedatum), instrument: 'zien' }) as const;
    const times = (count: number, band: Band) => Array<Band>(count).fill(band);

    // 2023-2024 (before the school's own years in the demo): safety only, 9 of 12 favourable.
    add(pupils.slice(0, 12), kanvas('2023-2024', 'veiligheidsbeleving', '2024-03-12'), [
      ...times(5, 'hoog'),
      ...times(4, 'gemiddeld'),
      ...times(3, 'laag'),
    ]);
    // 2024-2025: no lists at all.
    // 2025-2026: two instruments on safety; ZIEN! has more pupils (14 against 11), so it speaks:
    // 7 of 14, the first pupil laag in November but hoog in March, the latest list counting.
    add(pupils.slice(0, 11), kanvas('2025-2026', 'veiligheidsbeleving', '2026-03-10'), [
      ...times(10, 'hoog'),
      'laag',
    ]);
    add(pupils.slice(0, 1), zien('2025-2026', 'veiligheidsbeleving', '2025-11-12'), ['laag']);
    add(pupils.slice(0, 14), zien('2025-2026', 'veiligheidsbeleving', '2026-03-10'), [
      ...times(7, 'hoog'),
      ...times(7, 'laag'),
    ]);
    // Well-being: eight pupils on KanVAS, too few for a figure; the teacher's list does not count.
    add(pupils.slice(0, 8), kanvas('2025-2026', 'welbevinden', '2026-03-10'), times(8, 'hoog'));
    add(
      pupils,
      { ...zien('2025-2026', 'welbevinden', '2026-03-10'), lijst: 'leerkracht' },
      times(20, 'laag'),
    );
    // 2026-2027, this year: five pupils of each groep 5–8 on well-being as percentiles, 15 of 20 at 50
    // (gemiddeld), 5 at 10 (laag); one pupil of each groep on safety, four in all: every groep measured.
    [...g5, ...g6, ...g7, ...g8].forEach((id, i) =>
      rows.push({
        ...zien('2026-2027', 'welbevinden', '2026-11-16'),
        leerling_id: id,
        band: null,
        percentiel: i < 15 ? 50 : 10,
      }),
    );
    add(
      [g5, g6, g7, g8].map((g) => g[0] ?? ''),
      zien('2026-2027', 'veiligheidsbeleving', '2026-11-16'),
      times(4, 'hoog'),
    );
    await insertSeoScores(
      db,
      rows.map((r) => ({ ...r, school_id: schoolA })),
    );
  });
  afterAll(async () => world.database.dispose());

  const trend = (who: LoginName | null, query = '', school = schoolA) =>
    world.api.call<VeiligheidTrendResponse>('GET', `/schools/${school}/veiligheid/trend${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });

  it('answers 401 without a session, 403 to leerkracht and beheerder, and another school like a missing one', async () => {
    expectError(await trend(null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'beheerder'] as const)
      expectError(await trend(who), 403, 'forbidden');
    expectSameNotFound(await trend('ibOtherSchool'), await trend('ibOtherSchool', '', unknownId()));
    const other = await createOtherBestuur(world.database.db);
    expectSameNotFound(await trend('bestuur', '', other.schoolId), await trend('bestuur', '', unknownId()));
  });

  it.each(['?jaren=1', '?jaren=11', '?jaren=twee', '?jaren=2.5'])(
    'answers 400 naming jaren for %s',
    async (q) => {
      const error = expectInvalidInput(await trend('ib', q), 'jaren');
      expect(error.message).toMatch(/schooljaren/);
    },
  );

  it('gives every schooljaar from the first lists to this one, a domain per year on its largest scale', async () => {
    const body = ok(await trend('ib'));
    expect(body).toMatchObject({ schoolId: schoolA, minCellSize: 10, confidence: 0.9 });
    expect(body.years).toEqual([
      {
        schooljaar: '2023-2024',
        complete: false,
        veiligheid: shown('kanvas', 'veiligheidsbeleving', 9, 12),
        welbevinden: null,
      },
      { schooljaar: '2024-2025', complete: false, veiligheid: null, welbevinden: null },
      {
        schooljaar: '2025-2026',
        complete: false,
        veiligheid: shown('zien', 'veiligheidsbeleving', 7, 14),
        welbevinden: hidden('kanvas', 'welbevinden', 8),
      },
      {
        schooljaar: '2026-2027',
        complete: true,
        veiligheid: hidden('zien', 'veiligheidsbeleving', 4),
        welbevinden: shown('zien', 'welbevinden', 15, 20),
      },
    ]);
  });

  it('gives the bestuur the same figures, the newest years on request, and each year as its monitoring', async () => {
    const ib = ok(await trend('ib'));
    expect(ok(await trend('bestuur')).years).toEqual(ib.years);
    const lastTwo = ok(await trend('schoolleider', '?jaren=2'));
    expect(lastTwo.years.map((y) => y.schooljaar)).toEqual(['2025-2026', '2026-2027']);
    expect(lastTwo.years).toEqual(ib.years.slice(-2));
    for (const year of ib.years) {
      const monitoring = ok(
        await world.api.call<VeiligheidResponse>(
          'GET',
          `/schools/${schoolA}/veiligheid?schooljaar=${year.schooljaar}`,
          { cookie: world.cookies.ib },
        ),
      );
      expect(monitoring.complete).toBe(year.complete);
      for (const domain of ['veiligheid', 'welbevinden'] as const) {
        const point = year[domain];
        const scale = monitoring.scales.find(
          (s) => s.domain === domain && s.instrument === point?.instrument && s.schaal === point.schaal,
        );
        expect(
          point === null
            ? undefined
            : { ...scale?.school, instrument: point.instrument, schaal: point.schaal },
        ).toEqual(point ?? undefined);
      }
    }
  });

  it('has no years for a school whose pupils never filled in a list', async () => {
    expect(ok(await trend('bestuur', '', world.demo.schoolB)).years).toEqual([]);
  });
});
