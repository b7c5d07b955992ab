/**
 * Known answers: a small bestuur written straight into the database, with a norm table and a DLE table
 * made up here, and every figure the engine reports for it worked out by hand below. Unlike the tests
 * against the demo, nothing here is computed with the domain functions the server calls, so a wrong
 * formula (say leerrendement × 90 instead of × 100) fails these tests through the API.
 *
 * The setting. One toets (rekenen-wiskunde, I–V). Groep 5 in 2025-2026; every pupil started groep 3
 * in 2023-2024. The group takes M5 on 2026-01-26 and E5 on 2026-06-08.
 *
 * DL (months of education since September of groep 3, ten per year, a started month counts):
 *   M5 on 2026-01-26: groep 3 (10) + groep 4 (10) + September…January of groep 5 (5) = 25
 *   E5 on 2026-06-08: 10 + 10 + September…June (10)                                  = 30
 *
 * Cut scores (the lowest score of a level; below IV is V) and norm means:
 *   moment  IV  III  II   I   mean
 *   M4      30   40  50  60    45
 *   E4      35   45  55  65    50
 *   M5      40   50  60  70    55
 *   E5      48   58  68  78    63
 *   M6      55   65  75  85    70
 * Functioneringsniveau: the latest moment whose mean is at or below the score; "<M4" below 45;
 * ">M6" above 70.
 *
 * DLE table (the DLE of the highest row the score reaches):
 *   score ≥ 30 → 10, ≥ 40 → 15, ≥ 50 → 20, ≥ 55 → 25, ≥ 60 → 28, ≥ 65 → 30, ≥ 70 → 35
 * Leerrendement = DLE / DL × 100, rounded; achterstand = DLE − DL.
 *
 * Placement (the default mapping): I, II → verkort; III, IV → basis; V → verlengd.
 *
 * Comparable starters: ten pupils of Groep 5b (same bestuur) scored 54 on M5 (III, as the LVS gave it)
 * and grew 2, 4, 6, … 20 to E5. Growth percentile = (peers who grew less + half of those who grew as
 * much) / peers × 100, the pupil left out; with fewer than ten peers there is no percentile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { testApi } from '../../../testing/http';
import type { DatamuurResponse } from '../datamuur/datamuur.schema';
import type { GroupAnalysisResponse, PupilAnalysisResponse } from './analysis.schema';
import { insertKnownWorld, type KnownResult, type KnownWorld } from './known-answers-test-support';

const M5 = { schooljaar: '2025-2026', moment: 'M5', afnamedatum: '2026-01-26' };
const E5 = { schooljaar: '2025-2026', moment: 'E5', afnamedatum: '2026-06-08' };
/** A pupil's results: [score, level as the LVS gave it (null: none)] on M5 and on E5. */
const took = (m5: [number, string | null] | null, e5: [number, string | null]): KnownResult[] => [
  ...(m5 ? [{ ...M5, score: m5[0], niveau: m5[1] }] : []),
  { ...E5, score: e5[0], niveau: e5[1] },
];

const WORLD: KnownWorld = {
  schooljaar: '2025-2026',
  toets: { vak: 'rekenen-wiskunde', levelSystem: 'I-V' },
  norms: [
    { moment: 'M4', cuts: { IV: 30, III: 40, II: 50, I: 60 }, mean: 45 },
    { moment: 'E4', cuts: { IV: 35, III: 45, II: 55, I: 65 }, mean: 50 },
    { moment: 'M5', cuts: { IV: 40, III: 50, II: 60, I: 70 }, mean: 55 },
    { moment: 'E5', cuts: { IV: 48, III: 58, II: 68, I: 78 }, mean: 63 },
    { moment: 'M6', cuts: { IV: 55, III: 65, II: 75, I: 85 }, mean: 70 },
  ],
  dle: [
    [30, 10],
    [40, 15],
    [50, 20],
    [55, 25],
    [60, 28],
    [65, 30],
    [70, 35],
  ],
  groups: [
    {
      name: 'Groep 5',
      jaargroep: '5',
      groep3Start: '2023-2024',
      pupils: {
        Anna: took([52, null], [70, null]),
        Bram: took([45, 'IV'], [50, 'IV']),
        Cas: took([38, 'V'], [40, 'V']),
        Dewi: took(null, [80, 'II']),
        Eva: took([55, 'III'], [56, 'IV']),
      },
    },
    {
      name: 'Groep 5b',
      jaargroep: '5',
      groep3Start: '2023-2024',
      pupils: Object.fromEntries(
        [2, 4, 6, 8, 10, 12, 14, 16, 18, 20].map((growth) => [
          `Starter +${growth}`,
          took([54, 'III'], [54 + growth, null]),
        ]),
      ),
    },
  ],
  ibEmail: 'ib@ka.example',
};
const GROEP_5 = ['Anna', 'Bram', 'Cas', 'Dewi', 'Eva'];

describe.each(testEngines())('analysis known answers (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let cookie: string;
  let groupId: string;
  let schoolId: string;
  let pupil: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const ids = await insertKnownWorld(database.db, WORLD);
    groupId = ids.groupIds['Groep 5'] ?? '';
    schoolId = ids.schoolId;
    pupil = ids.pupilIds;
    api = testApi(database.db, engine);
    cookie = await api.login(WORLD.ibEmail);
  });
  afterAll(async () => database.dispose());

  async function get<T>(path: string): Promise<T> {
    const response = await api.call<T>('GET', path, { cookie });
    expect(response.status).toBe(200);
    return response.body;
  }
  const groupAnalysis = () => get<GroupAnalysisResponse>(`/groups/${groupId}/analysis`);
  const signalsOf = (body: GroupAnalysisResponse, name: string) =>
    body.pupils.find((p) => p.id === pupil[name])?.signals;
  const vakOf = (body: GroupAnalysisResponse, name: string) =>
    body.pupils.find((p) => p.id === pupil[name])?.vakken['rekenen-wiskunde'];

  it('gives each pupil’s E5 result its level, functioneringsniveau, DL, DLE, leerrendement and achterstand', async () => {
    const body = await groupAnalysis();
    expect(body.meetpunten).toEqual(['2025-2026 M', '2025-2026 E']);
    expect(body.meetpunt).toBe('2025-2026 E');
    const current = (name: string) => {
      const c = vakOf(body, name)?.current;
      return (
        c && [
          c.score,
          c.level,
          c.levelSource,
          c.functioneringsniveau,
          c.dl,
          c.dle,
          c.leerrendement,
          c.achterstand,
        ]
      );
    };
    // Every E5 result has DL 30. Columns: score, level, source, functioneringsniveau, DL, DLE, LR, DLE − DL.
    // Anna 70: E5 cuts 68 ≤ 70 < 78 → II (no LVS level: from the norms); means ≤ 70 up to M6 (70) → M6;
    //   DLE row 70 → 35; 35 / 30 × 100 = 116.7 → 117; 35 − 30 = 5.
    expect(current('Anna')).toEqual([70, 'II', 'norm', 'M6', 30, 35, 117, 5]);
    // Bram 50: the LVS gave IV (48 ≤ 50 < 58 agrees); means ≤ 50: M4 45, E4 50 → E4;
    //   DLE row 50 → 20; 20 / 30 × 100 = 66.7 → 67; 20 − 30 = −10.
    expect(current('Bram')).toEqual([50, 'IV', 'lvs', 'E4', 30, 20, 67, -10]);
    // Cas 40: V (below 48); below the first mean 45 → <M4; DLE row 40 → 15; 15 / 30 × 100 = 50; −15.
    expect(current('Cas')).toEqual([40, 'V', 'lvs', '<M4', 30, 15, 50, -15]);
    // Dewi 80: the LVS gave II, the norms say I (≥ 78): the LVS level stays; 80 above the last mean
    //   (70) → >M6; DLE row 70 → 35; 117; +5.
    expect(current('Dewi')).toEqual([80, 'II', 'lvs', '>M6', 30, 35, 117, 5]);
    expect(vakOf(body, 'Dewi')?.current?.levelNote).toContain(
      'Het LVS gaf II, de ingeladen normtabel geeft I',
    );
    // Eva 56: the LVS gave IV (48 ≤ 56 < 58); means ≤ 56 up to M5 (55) → M5; DLE row 55 → 25;
    //   25 / 30 × 100 = 83.3 → 83; −5.
    expect(current('Eva')).toEqual([56, 'IV', 'lvs', 'M5', 30, 25, 83, -5]);
  });

  it('places growth among comparable starters, leaving the pupil out', async () => {
    const body = await groupAnalysis();
    const growth = (name: string) => {
      const g = vakOf(body, name)?.growth;
      return g && { value: g.value, peers: g.peers, percentile: g.percentile };
    };
    // Anna started at III (52 on M5, from the norms). Her peers: the ten starters (2 … 20) and Eva
    // (also III on M5, grew 1): 11. Grew less than 18: eight starters (2 … 16) and Eva = 9; as much: one
    // starter. (9 + ½) / 11 × 100 = 86.36…
    expect(growth('Anna')).toMatchObject({ value: 18, peers: 11 });
    expect(growth('Anna')?.percentile).toBeCloseTo((9.5 / 11) * 100, 9);
    // Eva started at III and grew 1: her peers are the ten starters and Anna; none grew less → 0.
    expect(growth('Eva')).toEqual({ value: 1, peers: 11, percentile: 0 });
    // Bram (IV) and Cas (V) have no one who started where they started: no percentile.
    expect(growth('Bram')).toEqual({ value: 5, peers: 0, percentile: null });
    expect(growth('Cas')).toEqual({ value: 2, peers: 0, percentile: null });
    // Dewi has no M5 result, so no growth.
    expect(vakOf(body, 'Dewi')?.growth).toBeNull();
  });

  it('suggests the instruction group of the level, with the movement since M5, and signals who needs attention', async () => {
    const body = await groupAnalysis();
    const placed = (name: string) => {
      const p = vakOf(body, name)?.placement;
      return p && [p.effective?.instructie, p.previous, p.movement];
    };
    // Anna III (basis) → II (verkort): up. Bram IV → IV, Eva III → IV: basis both times. Cas V → V.
    expect(placed('Anna')).toEqual(['verkort', 'basis', 'omhoog']);
    expect(placed('Bram')).toEqual(['basis', 'basis', 'gelijk']);
    expect(placed('Cas')).toEqual(['verlengd', 'verlengd', 'gelijk']);
    expect(placed('Dewi')).toEqual(['verkort', null, null]);
    expect(placed('Eva')).toEqual(['basis', 'basis', 'gelijk']);
    expect(vakOf(body, 'Anna')?.placement.suggestion?.reason).toBe('II op E5 rekenen-wiskunde');
    // By the default rules nobody here needs attention beyond their instruction group. Cas is at V
    // again, but in verlengde instructie and growing (+2; no percentile, so "stalled" means no growth).
    // Dewi's missing M5 is shown apart, not signalled. Eva's percentile 0 < 10 is one interval, not two.
    for (const name of GROEP_5) expect(signalsOf(body, name)).toEqual([]);
  });

  it('signals by the school’s own rules: V again outside verlengd, a missing result, low growth once', async () => {
    // V → basisinstructie, growth below p10 once is enough, and a missing result is a signal.
    const settings = {
      placementMapping: { V: 'basis' },
      signalering: { lage_groei: { times: 1 }, ontbrekend_resultaat: { enabled: true } },
    };
    expect((await api.call('PUT', `/schools/${schoolId}/settings`, { cookie, body: settings })).status).toBe(
      200,
    );
    try {
      const body = await groupAnalysis();
      expect(signalsOf(body, 'Anna')).toEqual([]);
      expect(signalsOf(body, 'Bram')).toEqual([]);
      // Cas: V on M5 (38) and on E5 (40), now in basisinstructie.
      expect(signalsOf(body, 'Cas')).toEqual([
        {
          rule: 'twee_keer_laagste',
          vak: 'rekenen-wiskunde',
          severity: 'medium',
          params: {
            previous: { level: 'V', moment: 'M5' },
            current: { level: 'V', moment: 'E5' },
            why: 'not_verlengd',
            instructie: 'basis',
            percentile: null,
          },
        },
      ]);
      // Dewi: no M5 result while four of the five were tested then.
      expect(signalsOf(body, 'Dewi')).toEqual([
        {
          rule: 'ontbrekend_resultaat',
          vak: 'rekenen-wiskunde',
          severity: 'low',
          params: { moments: ['2025-2026 M'] },
        },
      ]);
      // Eva: percentile 0 among her eleven peers (worked out above), below 10; no earlier interval.
      expect(signalsOf(body, 'Eva')).toEqual([
        {
          rule: 'lage_groei',
          vak: 'rekenen-wiskunde',
          severity: 'medium',
          params: { percentile: 0, earlierPercentile: null, below: 10 },
        },
      ]);
    } finally {
      await api.call('PUT', `/schools/${schoolId}/settings`, { cookie, body: {} });
    }
  });

  it('gives the group’s E5 statistics: n, mean score and the share at or above III', async () => {
    const [stat] = (await groupAnalysis()).statistics;
    // Scores 70, 50, 40, 80, 56: mean 296 / 5 = 59.2. At or above III: Anna (II) and Dewi (II): 2 of 5.
    expect(stat).toMatchObject({ vak: 'rekenen-wiskunde', n: 5, meanScore: 59.2 });
    expect(stat?.atOrAbove).toMatchObject({ system: 'I-V', level: 'III', count: 2, n: 5, share: 0.4 });
  });

  it('gives a pupil’s whole history, each result with its own DL, DLE and leerrendement', async () => {
    const body = await get<PupilAnalysisResponse>(`/pupils/${pupil.Anna}/analysis`);
    const history = body.vakken[0]?.history.map((r) => [
      r.moment,
      r.level,
      r.functioneringsniveau,
      r.dl,
      r.dle,
      r.leerrendement,
    ]);
    // M5 52: 50 ≤ 52 < 60 → III; means ≤ 52: M4, E4 → E4; DL 25; DLE row 50 → 20; 20 / 25 × 100 = 80.
    expect(history).toEqual([
      ['M5', 'III', 'E4', 25, 20, 80],
      ['E5', 'II', 'M6', 30, 35, 117],
    ]);
    expect(body.vakken[0]?.growth?.value).toBe(18);
    expect(body.signals).toEqual([]);
  });

  it('puts each card of the datamuur in the instruction group worked out above', async () => {
    const wall = await get<DatamuurResponse>(`/groups/${groupId}/datamuur`);
    expect([wall.vak, wall.meetpunt]).toEqual(['rekenen-wiskunde', '2025-2026 E']);
    const cards = Object.fromEntries(
      GROEP_5.map((name) => {
        const c = wall.cards.find((card) => card.id === pupil[name]);
        return [name, c && [c.level, c.instructie, c.previousInstructie, c.movement]];
      }),
    );
    expect(cards).toEqual({
      Anna: ['II', 'verkort', 'basis', 'omhoog'],
      Bram: ['IV', 'basis', 'basis', 'gelijk'],
      Cas: ['V', 'verlengd', 'verlengd', 'gelijk'],
      Dewi: ['II', 'verkort', null, null],
      Eva: ['IV', 'basis', 'basis', 'gelijk'],
    });
  });
});
