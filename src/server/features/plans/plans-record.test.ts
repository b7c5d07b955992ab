/**
 * A groepsplan version is a meaningful step: saving while typing keeps the draft, "vastleggen" (POST
 * /plans/{id}/record) and evaluating make a version. A plan stays concept until it has a goal. The
 * basisdoel's goals are evaluated for every pupil like a subgroup's goals; a pupil may have goals of
 * their own. Each pupil carries what comparable starters reached (p90 of their growth to the closing
 * moment), worked out here from the generated rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, seedDemo, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import { loginAll, testApi } from '../../../testing/http';
import { demoTables, peerGrowths, vakOf } from '../../../testing/engine-expect';
import { expectError } from '../../../testing/http';
import { ok, planCalls, planWorld, type PlanWorld } from './plans-test-support';
import type { PlanContent, PlanResponse } from './plans.schema';

const VAK = 'rekenen-wiskunde';

describe.each(testEngines())('groepsplan versions, goals and starters (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let groupId: string;
  let plan: PlanResponse;

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    const [periode] = await world.periods();
    plan = ok(await calls.create(groupId, { periodeId: periode?.id, vak: VAK, vorm: 'groepsplan' }), 201);
  });
  afterAll(async () => world.database.dispose());

  const withGoals = (content: PlanContent, pupil: string): PlanContent => ({
    ...content,
    basisdoel: 'Iedereen rekent vlot tot 100.',
    basisdoelen: [{ id: 'b1', kind: 'groei', target: 4 }],
    subgroepen: content.subgroepen.map((s, i) => ({
      ...s,
      doelen: [{ id: `s${i}`, kind: 'score', target: 60 }],
    })),
    leerlingdoelen: { [pupil]: [{ id: 'eigen', kind: 'woorden', text: 'Schrijft de tussenstappen op.' }] },
  });

  it('stays concept without goals and refuses to be vastgelegd until it has one', async () => {
    expect([plan.stage, plan.unrecorded, plan.history.map((h) => h.reason)]).toEqual([
      'concept',
      false,
      ['aangemaakt'],
    ]);
    const refused = expectError(await calls.record(plan.id, plan.version), 400, 'invalid_input');
    expect(refused.issues?.map((i) => i.field)).toEqual(['content']);
  });

  const stepFive = async () => {
    const cycle = ok(await calls.cycle(groupId, plan.periode.id));
    const five = cycle.steps.find((s) => s.stap === 5);
    const notes = [...(five?.done ?? []), ...(five?.missing ?? [])];
    const vakkenOf = (code: string) =>
      notes.flatMap((n) => (n.code === code && 'vakken' in n ? n.vakken : []));
    return { state: five?.state, made: vakkenOf('plansMade'), concept: vakkenOf('plansConcept') };
  };

  it('cannot be evaluated without goals, and counts in the cycle as a concept, not as a plan made', async () => {
    const waarom = { leerling: 'Ging goed.', onderwijs: '', thuis: '' };
    const refused = expectError(
      await calls.evaluate(plan.id, plan.version, { confirmed: {}, waarom }),
      400,
      'invalid_input',
    );
    expect(refused.message).toBe(
      'Een groepsplan zonder doelen blijft een concept: geef eerst de doelen op, dan kun je het evalueren.',
    );
    expect(refused.issues?.map((i) => i.field)).toEqual(['content']);
    const after = ok(await calls.get(plan.id));
    expect([after.status, after.stage, after.version]).toEqual(['concept', 'concept', plan.version]);
    const five = await stepFive();
    expect(five.made).not.toContain(VAK);
    expect(five.concept).toEqual([VAK]);
    expect(five.state).not.toBe('klaar');
  });

  it('keeps the draft on every save, and makes a version only when vastgelegd', async () => {
    const pupil = plan.content.subgroepen[0]?.leerlingen[0] ?? '';
    world.at(10);
    let current = ok(await calls.save(plan.id, plan.version, withGoals(plan.content, pupil)));
    world.at(20);
    current = ok(
      await calls.save(plan.id, current.version, { ...current.content, basisdoel: 'Rekent vlot.' }),
    );
    expect([current.version, current.stage, current.unrecorded, current.history.length]).toEqual([
      3,
      'actief',
      true,
      1,
    ]);
    // With a goal the plan is made: step 5 names it so, no longer as a concept.
    expect(await stepFive()).toMatchObject({ concept: [], made: expect.arrayContaining([VAK]) });
    world.at(30);
    current = ok(await calls.record(plan.id, current.version));
    expect([current.version, current.unrecorded]).toEqual([4, false]);
    expect(current.history.map((h) => [h.number, h.version, h.reason])).toEqual([
      [2, 4, 'vastgelegd'],
      [1, 1, 'aangemaakt'],
    ]);
    expect(current.history[0]?.changes).toEqual(
      expect.arrayContaining([{ code: 'basisdoel' }, { code: 'pupilGoals' }]),
    );
    // Nothing changed since: a second "vastleggen" has nothing to keep; an old counter is a conflict.
    expectError(await calls.record(plan.id, current.version), 409, 'conflict');
    expectError(await calls.record(plan.id, 2), 409, 'conflict');
    plan = current;
  });

  it('evaluates the basisdoel like a subgroup goal, and a pupil’s own goal for that pupil only', async () => {
    const pupil = plan.content.subgroepen[0]?.leerlingen[0] ?? '';
    const everyone = plan.content.subgroepen.flatMap((s) => s.leerlingen);
    const confirmed = Object.fromEntries(
      everyone.map((id) => [
        id,
        {
          b1: 'behaald' as const,
          [`s${plan.content.subgroepen.findIndex((s) => s.leerlingen.includes(id))}`]: 'niet' as const,
          ...(id === pupil ? { eigen: 'deels' as const } : {}),
        },
      ]),
    );
    const waarom = { leerling: '', onderwijs: '', thuis: '' };
    const other = everyone.find((id) => id !== pupil) ?? '';
    const stray = expectError(
      await calls.evaluate(plan.id, plan.version, {
        confirmed: { ...confirmed, [other]: { eigen: 'behaald' } },
        waarom,
      }),
      400,
      'invalid_input',
    );
    expect(stray.issues?.map((i) => i.field)).toEqual(['evaluation.confirmed']);
    world.at(40);
    const evaluated = ok(await calls.evaluate(plan.id, plan.version, { confirmed, waarom }));
    expect([evaluated.status, evaluated.stage, evaluated.history[0]?.reason]).toEqual([
      'geevalueerd',
      'geevalueerd',
      'geevalueerd',
    ]);
    expect(evaluated.evaluation?.confirmed[pupil]).toEqual(confirmed[pupil]);
    world.at(50);
    const reopened = ok(await calls.newVersion(plan.id, evaluated.version));
    expect([reopened.stage, reopened.history[0]?.reason, reopened.history.length]).toEqual([
      'actief',
      'heropend',
      4,
    ]);
  });

  it('refuses a pupil’s own goal for a pupil outside the group', async () => {
    const current = ok(await calls.get(plan.id));
    const stranger = world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, 'Groep 7').id)[0] ?? '';
    const body = {
      ...current.content,
      leerlingdoelen: { [stranger]: [{ id: 'x', kind: 'groei', target: 3 }] },
    };
    const refused = expectError(
      await calls.save(plan.id, current.version, body as PlanContent),
      400,
      'invalid_input',
    );
    expect(refused.issues?.map((i) => i.field)).toEqual(['content.subgroepen']);
  });
});

// Four schools, so that most start levels have ten or more comparable starters in the bestuur.
describe.each(testEngines())('groepsplan starters outlook (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  let planId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db, { schools: 4 });
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    const groupId = demo.group(demo.schoolA, 'Groep 5').id;
    const periods = await api.call<{ periods: { id: string }[] }>(
      'GET',
      `/schools/${demo.schoolA}/periods?schooljaar=${demo.currentYear}`,
      { cookie: cookies.ib },
    );
    const created = await api.call<PlanResponse>('POST', `/groups/${groupId}/plans`, {
      cookie: cookies.leerkracht,
      body: { periodeId: periods.body.periods[0]?.id, vak: VAK, vorm: 'groepsplan' },
    });
    planId = ok(created, 201).id;
  });
  afterAll(async () => database.dispose());

  it('gives each pupil the growth 90 % of comparable starters stayed at or below, to the closing moment', async () => {
    const current = ok(
      await api.call<PlanResponse>('GET', `/plans/${planId}`, { cookie: cookies.leerkracht }),
    );
    const tables = demoTables(data);
    let compared = 0;
    for (const p of current.pupils) {
      const start = demo
        .resultsOf(p.id)
        .filter((r) => vakOf(data, r) === VAK && r.moment === p.start?.moment)
        .at(-1);
      const level = p.start?.level;
      if (!start || !level || !p.start) {
        expect(p.starters).toBeNull();
        continue;
      }
      // The plan's first period closes with M; the pupils are in groep 5 now: M5, a schooljaar after E4.
      const growths = peerGrowths(data, tables, {
        toetsId: start.toets_id,
        fromMoment: p.start.moment,
        toMoment: 'M5',
        yearOffset: 1,
        startLevel: level === 'I+' ? 'I' : (level as never),
      })
        .map((g) => g.growth)
        .sort((a, b) => a - b);
      const p90 = growths.length >= 10 ? growths[Math.ceil(0.9 * growths.length) - 1] : undefined;
      expect(p.starters).toEqual(p90 === undefined ? null : { p90, peers: growths.length });
      if (p90 !== undefined) compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });
});
