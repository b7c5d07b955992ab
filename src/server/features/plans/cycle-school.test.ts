/**
 * The cycle as the plans move it (steps 5 and 6 of a period, step 1 of the next), and
 * GET /schools/{id}/cycle: every stamgroep of the school in one period, for the IB and the schoolleider.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import {
  ok,
  planCalls,
  planWorld,
  type CycleStep,
  type GroupCycle,
  type PlanWorld,
} from './plans-test-support';
import type { PlanResponse } from './plans.schema';

describe.each(testEngines())('HGW cycle with plans, and the school overview (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let groupId: string;
  let periods: { id: string; name: string }[];
  const meetpunt = '2025-2026 E';

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    periods = await world.periods();
  });
  afterAll(async () => world.database.dispose());

  const p1 = () => periods[0]?.id ?? '';
  const p2 = () => periods[1]?.id ?? '';
  const step = (cycle: GroupCycle, stap: number): CycleStep => {
    const found = cycle.steps.find((s) => s.stap === stap);
    if (!found) throw new Error(`no step ${stap}`);
    return found;
  };
  /** The stamgroepen of school A in a schooljaar, from the generated rows, in the school's order. */
  const stamgroepen = (schooljaar: string) =>
    world.demo
      .groupsOf(world.demo.schoolA, schooljaar)
      .filter((g) => g.kind === 'stamgroep')
      .sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }))
      .map((g) => ({ id: g.id, name: g.name }));

  it('follows the plans in steps 5 and 6, and the next period’s step 1 follows their evaluation', async () => {
    const create = async (vak: string) =>
      ok(await calls.create(groupId, { periodeId: p1(), vak, vorm: 'groepsplan' }), 201);
    const rekenen = await create('rekenen-wiskunde');
    let cycle = ok(await calls.cycle(groupId));
    expect(cycle.plans).toEqual([
      { id: rekenen.id, vak: 'rekenen-wiskunde', vorm: 'groepsplan', status: 'concept', version: 1 },
    ]);
    // Without a goal the plan is begun but not made: a concept.
    expect(step(cycle, 5)).toMatchObject({
      state: 'bezig',
      done: [],
      missing: [
        { code: 'plansConcept', vakken: ['rekenen-wiskunde'] },
        { code: 'plansMissing', vakken: ['spelling', 'begrijpend-lezen', 'technisch-lezen'] },
      ],
    });
    expect(step(cycle, 6)).toMatchObject({
      state: 'bezig',
      done: [],
      missing: [{ code: 'plansToCarryOut', count: 1, closingKind: 'M' }],
    });
    let next = step(ok(await calls.cycle(groupId, p2())), 1);
    expect(next).toMatchObject({
      state: 'open',
      done: expect.arrayContaining([
        { code: 'previousPlansEvaluated', count: 0 },
        { code: 'groepsoverzichtFilled', meetpunt },
      ]),
      missing: [
        {
          code: 'previousPlansNotEvaluated',
          count: 1,
          vakken: ['rekenen-wiskunde'],
          lastYearGroup: null,
        },
      ],
    });

    const created = [
      rekenen,
      ...(await Promise.all(['spelling', 'begrijpend-lezen', 'technisch-lezen'].map(create))),
    ];
    cycle = ok(await calls.cycle(groupId));
    expect(step(cycle, 5)).toMatchObject({
      state: 'bezig',
      done: [],
      missing: [
        {
          code: 'plansConcept',
          vakken: ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen', 'technisch-lezen'],
        },
      ],
    });
    const basisdoelen = [
      { id: 'b1', kind: 'woorden' as const, text: 'Iedereen werkt mee in de instructie.' },
    ];
    const plans: PlanResponse[] = [];
    for (const plan of created)
      plans.push(ok(await calls.save(plan.id, plan.version, { ...plan.content, basisdoelen })));
    cycle = ok(await calls.cycle(groupId));
    expect(step(cycle, 5)).toMatchObject({ state: 'klaar', missing: [] });
    expect(cycle.plans.map((p) => p.id).sort()).toEqual(plans.map((p) => p.id).sort());
    const waarom = { leerling: '', onderwijs: '', thuis: '' };
    for (const plan of plans.slice(0, 3))
      ok(await calls.evaluate(plan.id, plan.version, { confirmed: {}, waarom }));
    cycle = ok(await calls.cycle(groupId));
    expect(step(cycle, 6)).toMatchObject({
      state: 'bezig',
      done: [{ code: 'plansEvaluated', count: 3 }],
      missing: [{ code: 'plansToCarryOut', count: 1, closingKind: 'M' }],
    });
    const lastPlan = plans[3];
    ok(await calls.evaluate(lastPlan?.id ?? '', lastPlan?.version ?? 0, { confirmed: {}, waarom }));
    cycle = ok(await calls.cycle(groupId));
    expect(step(cycle, 6)).toMatchObject({
      state: 'klaar',
      done: [{ code: 'plansEvaluated', count: 4 }],
      missing: [],
    });
    expect(cycle.plans.every((p) => p.status === 'geevalueerd' && p.version === 3)).toBe(true);
    next = step(ok(await calls.cycle(groupId, p2())), 1);
    expect(next).toMatchObject({
      state: 'klaar',
      done: expect.arrayContaining([
        { code: 'previousPlansEvaluated', count: 4 },
        { code: 'groepsoverzichtFilled', meetpunt },
      ]),
      missing: [],
    });
    // The next period has no plans of its own yet.
    expect(step(ok(await calls.cycle(groupId, p2())), 5).state).toBe('open');
  });

  it('answers 401 without a session, 403 to the bestuur and a leerkracht, another school like a missing one', async () => {
    const before = await countRows(world.database.db, ['audit_log', 'cyclus_stap']);
    expectError(await calls.schoolCycle(world.demo.schoolA, '', null), 401, 'unauthenticated');
    expectError(await calls.schoolCycle(world.demo.schoolA, '', 'bestuur'), 403, 'forbidden');
    // A leerkracht knows the school exists; the overview of all its groups is not theirs.
    expectError(await calls.schoolCycle(world.demo.schoolA, '', 'leerkracht'), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(
        await calls.schoolCycle(world.demo.schoolA, '', who),
        await calls.schoolCycle(unknownId(), '', who),
      );
    }
    expect(await countRows(world.database.db, ['audit_log', 'cyclus_stap'])).toEqual(before);
  });

  it('answers 400 naming the field for a schooljaar or period the school does not have', async () => {
    expectInvalidInput(await calls.schoolCycle(world.demo.schoolA, 'schooljaar=2026'), 'schooljaar');
    expectInvalidInput(await calls.schoolCycle(world.demo.schoolA, 'volgnummer=0'), 'volgnummer');
    expectInvalidInput(await calls.schoolCycle(world.demo.schoolA, 'volgnummer=twee'), 'volgnummer');
    for (const [query, field] of [
      ['schooljaar=2019-2020', 'schooljaar'],
      ['volgnummer=3', 'volgnummer'],
    ] as const) {
      const error = expectError(await calls.schoolCycle(world.demo.schoolA, query), 400, 'invalid_input');
      expect(error.issues?.map((i) => i.field)).toEqual([field]);
    }
  });

  it('shows every stamgroep of the school in the current period, each as its own cycle', async () => {
    const overview = ok(await calls.schoolCycle(world.demo.schoolA));
    expect(overview.schooljaar).toBe(world.demo.currentYear);
    expect(overview.periode).toEqual({ id: p1(), name: periods[0]?.name, volgnummer: 1 });
    expect(overview.periods).toEqual(periods.map((p, i) => ({ id: p.id, name: p.name, volgnummer: i + 1 })));
    const expected = stamgroepen(world.demo.currentYear);
    expect(expected.length).toBeGreaterThan(5);
    expect(overview.groups.map((g) => ({ id: g.group.id, name: g.group.name }))).toEqual(expected);
    for (const entry of overview.groups) {
      const { periods: _p, abilities: _a, ...own } = ok(await calls.cycle(entry.group.id, p1(), 'ib'));
      expect(entry).toEqual(own);
    }
    const groep5 = overview.groups.find((g) => g.group.id === groupId);
    expect([step(groep5 as GroupCycle, 5).state, step(groep5 as GroupCycle, 6).state]).toEqual([
      'klaar',
      'klaar',
    ]);
    expect(ok(await calls.schoolCycle(world.demo.schoolA, '', 'schoolleider'))).toEqual(overview);
    // The next period: its own plans (none yet) and the evaluation of this one.
    const next = ok(await calls.schoolCycle(world.demo.schoolA, 'volgnummer=2'));
    const nextGroep5 = next.groups.find((g) => g.group.id === groupId) as GroupCycle;
    expect([next.periode.id, step(nextGroep5, 1).state, step(nextGroep5, 5).state]).toEqual([
      p2(),
      'klaar',
      'open',
    ]);
  });

  it('shows an earlier schooljaar’s groups and periods when asked', async () => {
    const lastYear = await world.periods('2025-2026');
    const overview = ok(await calls.schoolCycle(world.demo.schoolA, 'schooljaar=2025-2026&volgnummer=2'));
    expect([overview.schooljaar, overview.periode]).toEqual([
      '2025-2026',
      { id: lastYear[1]?.id, name: 'Periode 2 (februari–juli)', volgnummer: 2 },
    ]);
    expect(overview.groups.map((g) => ({ id: g.group.id, name: g.group.name }))).toEqual(
      stamgroepen('2025-2026'),
    );
    expect(overview.groups.every((g) => g.plans.length === 0 && g.group.schooljaar === '2025-2026')).toBe(
      true,
    );
  });
});
