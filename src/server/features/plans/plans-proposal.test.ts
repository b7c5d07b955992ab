/**
 * GET /plans/{id} once results of the period's closing toetsmoment are in: each pupil's end result and
 * growth, and the data's proposal per pupil and goal (a score, a level, a leerwinst to reach, or words
 * only the teacher judges) and per subgroup. The expected outcomes follow from the numbers inserted here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids';
import { bumpResultsVersion } from '../../results-version';
import { testEngines } from '../../../testing/databases';
import { TEST_NOW } from '../../../testing/fixtures';
import { expectedMeasurements, ok, planCalls, planWorld, type PlanWorld } from './plans-test-support';
import type { PlanContent, PlanResponse } from './plans.schema';

const VAK = 'rekenen-wiskunde';
const G = { score: 'g-score', niveau: 'g-niveau', groei: 'g-groei', woorden: 'g-woorden', b: 'g-b' };

/** A result of the period's closing toetsmoment (M of this year), as an import would store it. */
async function insertClosingResult(world: PlanWorld, pupilId: string, score: number, level: string) {
  const iso = TEST_NOW.toISOString();
  await world.database.db
    .insertInto('toetsresultaat')
    .values({
      id: newId(),
      leerling_id: pupilId,
      toets_id: world.data.toets.find((t) => t.vak === VAK)?.id ?? '',
      schooljaar: world.demo.currentYear,
      moment: 'M5',
      afnamedatum: '2027-01-25',
      ruwe_score: null,
      vaardigheidsscore: score,
      niveau: level,
      functioneringsniveau: null,
      dle: null,
      import_id: null,
      created_at: iso,
      updated_at: iso,
    })
    .execute();
}

describe.each(testEngines())('groepsplan evaluation proposal (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let plan: PlanResponse;
  /** Pupils by their part in the story: p1 … p6 in subgroup A, p7 and p8 (and the rest) in B. */
  const p: Record<string, string> = {};
  const start: Record<string, number> = {};
  const end: Record<string, { score: number; level: string }> = {};
  let content: PlanContent;

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    const groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    const [periode] = await world.periods();
    plan = ok(await calls.create(groupId, { periodeId: periode?.id, vak: VAK, vorm: 'groepsplan' }), 201);

    // Start results (E of last year) from the generated data; choose pupils for each outcome.
    const measured = expectedMeasurements(world, groupId, VAK, `${world.demo.currentYear} M`);
    const active = new Set(world.demo.activePupilsOf(groupId));
    const candidates = measured.filter(
      (m) => active.has(m.id) && m.startMeetpunt === '2025-2026 E' && m.start?.score != null && m.start.level,
    );
    const top = [...candidates].sort((a, b) => (b.start?.score ?? 0) - (a.start?.score ?? 0))[0];
    const low = candidates.find((m) => m.start?.level === 'V' && m.id !== top?.id);
    const others = candidates.filter((m) => m.id !== top?.id && m.id !== low?.id);
    const roles = ['p1', 'p3', 'p4', 'p5', 'p7', 'p8'];
    if (!top || !low || others.length < roles.length)
      throw new Error('the demo group lacks the pupils needed');
    p.p2 = top.id;
    p.p6 = low.id;
    roles.forEach((role, i) => (p[role] = others[i]?.id ?? ''));
    for (const m of candidates) start[m.id] = m.start?.score ?? 0;
    const s = (role: string) => start[p[role] ?? ''] ?? 0;

    // The score goal lies 10 above the best start, so nobody starts at or above it.
    const T = s('p2') + 10;
    const TB = Math.min(s('p7'), s('p8')) + 3;
    const ends: [string, number, string][] = [
      ['p1', T + 2, 'I'], // score reached; growth ≥ 12; level above III
      ['p2', s('p2') + 6, 'II'], // 6 of the 10 points: partly; growth 6 of 12: partly; level reached
      ['p3', s('p3') + 1, 'III'], // one point: not reached; level exactly the target
      ['p4', s('p4') - 5, 'V'], // went down: not reached, level not reached
      ['p6', s('p6') + 1, 'IV'], // from V to IV, one below III: partly
      ['p7', s('p7') + 3, 'III'],
      ['p8', s('p8') + 3, 'III'],
    ];
    for (const [role, score, level] of ends) {
      end[p[role] ?? ''] = { score, level };
      await insertClosingResult(world, p[role] ?? '', score, level);
    }
    await bumpResultsVersion(world.database.db, TEST_NOW);

    const inA = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((r) => p[r] ?? '');
    const [a, b] = plan.content.subgroepen;
    if (!a || !b) throw new Error('expected two subgroups');
    content = {
      basisdoel: 'Vlot rekenen tot 1000',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: [
        {
          ...a,
          key: 'A',
          naam: 'Groep A',
          leerlingen: inA,
          doelen: [
            { id: G.score, kind: 'score', target: T },
            { id: G.niveau, kind: 'niveau', target: 'III' },
            { id: G.groei, kind: 'groei', target: 12 },
            { id: G.woorden, kind: 'woorden', text: 'Legt uit hoe hij rekent.' },
          ],
        },
        {
          ...b,
          key: 'B',
          naam: 'Groep B',
          leerlingen: [...active].filter((id) => !inA.includes(id)),
          doelen: [{ id: G.b, kind: 'score', target: TB }],
        },
      ],
    };
    plan = ok(await calls.save(plan.id, plan.version, content));
  });
  afterAll(async () => world.database.dispose());

  it('shows each pupil’s end result and growth once the closing toetsmoment is in', async () => {
    const current = ok(await calls.get(plan.id));
    expect([current.startMeetpunt, current.closingMeetpunt]).toEqual([
      '2025-2026 E',
      `${world.demo.currentYear} M`,
    ]);
    for (const pupil of current.pupils) {
      const e = end[pupil.id];
      expect([pupil.id, pupil.end, pupil.growth]).toEqual([
        pupil.id,
        e ? { moment: 'M5', score: e.score, level: e.level } : null,
        e ? e.score - (start[pupil.id] ?? Number.NaN) : null,
      ]);
    }
    expect(current.pupils.filter((x) => x.end).length).toBe(7);
  });

  it('proposes per pupil and goal what the numbers say, and per subgroup from its pupils with a result', async () => {
    const { proposal } = ok(await calls.get(plan.id));
    const statuses = (role: string) =>
      Object.fromEntries(
        Object.entries(proposal?.pupils[p[role] ?? ''] ?? {}).map(([goal, v]) => [goal, v.status]),
      );
    const a = (score: string, niveau: string, groei: string) => ({
      [G.score]: score,
      [G.niveau]: niveau,
      [G.groei]: groei,
      [G.woorden]: 'onbekend',
    });
    expect(statuses('p1')).toEqual(a('behaald', 'behaald', 'behaald'));
    expect(statuses('p2')).toEqual(a('deels', 'behaald', 'deels'));
    expect(statuses('p3')).toEqual(a('niet', 'behaald', 'niet'));
    expect(statuses('p4')).toEqual(a('niet', 'niet', 'niet'));
    expect(statuses('p5')).toEqual(a('onbekend', 'onbekend', 'onbekend'));
    expect(statuses('p6')).toEqual(a('niet', 'deels', 'niet'));
    expect([statuses('p7'), statuses('p8')]).toEqual([{ [G.b]: 'behaald' }, { [G.b]: 'behaald' }]);
    const unmeasured = content.subgroepen[1]?.leerlingen.filter((id) => id !== p.p7 && id !== p.p8) ?? [];
    expect(unmeasured.length).toBeGreaterThan(5);
    for (const id of unmeasured) expect(proposal?.pupils[id]?.[G.b]?.status).toBe('onbekend');
    // Every proposal says why, as a code the browser words.
    const details = Object.values(proposal?.pupils ?? {}).flatMap((g) =>
      Object.values(g).map((v) => v.detail),
    );
    expect(details.length).toBeGreaterThan(0);
    for (const d of details) expect(d.code).toMatch(/^[a-z_]+$/);
    // p1 ended 2 above the score goal (set up above): reached, with both figures.
    const first = proposal?.pupils[p.p1 ?? '']?.[G.score]?.detail;
    expect(first?.code === 'score' ? first.score - first.target : null).toBe(2);
    // Subgroup A: score 1 of 5 known reached, 1 partly → not; level 3 of 5 reached, 1 partly → partly.
    expect(proposal?.subgroups).toEqual({
      A: {
        [G.score]: { status: 'niet', known: 5, behaald: 1 },
        [G.niveau]: { status: 'deels', known: 5, behaald: 3 },
        [G.groei]: { status: 'niet', known: 5, behaald: 1 },
        [G.woorden]: { status: 'onbekend', known: 0, behaald: 0 },
      },
      B: { [G.b]: { status: 'behaald', known: 2, behaald: 2 } },
    });
  });

  it('evaluates a plan of last year from the generated E results: growth ≥ 0 counts as reached', async () => {
    const earlier = world.demo.group(world.demo.schoolA, 'Groep 5', '2025-2026').id;
    const [, periode] = await world.periods('2025-2026');
    const created = ok(
      await calls.create(earlier, { periodeId: periode?.id, vak: VAK, vorm: 'blokplan' }),
      201,
    );
    const all = world.demo.activePupilsOf(earlier);
    const [first] = created.content.subgroepen;
    const single: PlanContent = {
      basisdoel: '',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: [
        {
          ...(first as NonNullable<typeof first>),
          leerlingen: all,
          doelen: [{ id: 'g', kind: 'groei', target: 0 }],
        },
      ],
    };
    const saved = ok(await calls.save(created.id, created.version, single));
    const expected = expectedMeasurements(world, earlier, VAK, '2025-2026 E');
    expect(
      saved.pupils.map(({ id, name, start: s, end: e, growth }) => ({ id, name, start: s, end: e, growth })),
    ).toEqual(expected.map(({ startMeetpunt: _m, ...m }) => m));
    expect([saved.startMeetpunt, saved.closingMeetpunt]).toEqual(['2025-2026 M', '2025-2026 E']);
    const want = Object.fromEntries(
      expected
        .filter((m) => all.includes(m.id))
        .map((m) => [m.id, m.growth === null ? 'onbekend' : m.growth >= 0 ? 'behaald' : 'niet']),
    );
    const got = Object.fromEntries(
      Object.entries(saved.proposal?.pupils ?? {}).map(([id, g]) => [id, g.g?.status]),
    );
    expect(got).toEqual(want);
    const values = Object.values(want);
    const known = values.filter((v) => v !== 'onbekend').length;
    const reached = values.filter((v) => v === 'behaald').length;
    expect([known > 10, reached > 0, reached < known]).toEqual([true, true, true]);
    const share = reached / known;
    expect(saved.proposal?.subgroups[first?.key ?? '']?.g).toEqual({
      status: share >= 0.8 ? 'behaald' : share >= 0.5 ? 'deels' : 'niet',
      known,
      behaald: reached,
    });
  });
});
