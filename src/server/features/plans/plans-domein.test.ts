/**
 * Plans about a domein (werkhouding, gedrag, sociaal-emotioneel): made like a vak plan but without a
 * toets, starting with the whole group; goals as observable behaviour or an instrument target; the
 * evaluation's evidence from the period's observations and each pupil's next SEO score after the
 * plan's start; the verdict per goal kept with the evaluation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, TEST_NOW, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { ok, planCalls, planWorld, PLAN_WRITES, type Periode, type PlanWorld } from './plans-test-support';
import type { PlanContent, PlanResponse } from './plans.schema';

const GEDRAG = {
  id: 'g-zelfstandig',
  kind: 'gedrag' as const,
  text: 'Werkt 15 minuten zelfstandig aan een taak',
  hoe: 'Observatie tijdens het zelfstandig werken, vijf keer in de periode',
  criterium: '4 van 5 observaties',
};
const BETROKKEN = {
  id: 'g-betrokken',
  kind: 'instrument' as const,
  instrument: 'zien',
  schaal: 'betrokkenheid',
  band: null,
  percentiel: 25,
};

describe.each(testEngines())('groepsplan for a domein (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let groupId: string;
  let periods: Periode[];
  let plan: PlanResponse;
  let pupils: string[];

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    periods = await world.periods();
    pupils = [...world.demo.activePupilsOf(groupId)].sort();
  });
  afterAll(async () => world.database.dispose());

  const p1 = () => periods[0]?.id ?? '';
  const counts = () => countRows(world.database.db, PLAN_WRITES);

  it('refuses without a session (401), for the bestuur or schoolleider (403), and another school or group like a missing one', async () => {
    const body = { periodeId: p1(), vak: 'werkhouding', vorm: 'groepsplan' };
    const before = await counts();
    expectError(await calls.create(groupId, body, null), 401, 'unauthenticated');
    expectError(await calls.create(groupId, body, 'bestuur'), 403, 'forbidden');
    expectError(await calls.create(groupId, body, 'schoolleider'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool', 'leerkrachtOtherSchool'] as const)
      expectSameNotFound(await calls.create(groupId, body, who), await calls.create(unknownId(), body, who));
    expect(await counts()).toEqual(before);
  });

  it('still refuses a leerlingvak without a toets, but not a domein', async () => {
    const refused = await calls.create(groupId, { periodeId: p1(), vak: 'kantklossen', vorm: 'groepsplan' });
    expect(expectError(refused, 400, 'invalid_input').issues?.map((i) => i.field)).toEqual(['vak']);
    plan = ok(await calls.create(groupId, { periodeId: p1(), vak: 'werkhouding', vorm: 'groepsplan' }), 201);
    expect(plan.vak).toBe('werkhouding');
    // The whole group together, a second subgroup empty for who needs more; no toets, so no results.
    expect(plan.content.subgroepen.map((s) => [s.key, [...s.leerlingen].sort()])).toEqual([
      ['groep', pupils],
      ['extra', []],
    ]);
    expect(plan.pupils.every((p) => p.start === null && p.end === null)).toBe(true);
    expect(plan.proposal).toBeNull();
    expect(plan.domein).toEqual({ since: TEST_NOW.toISOString().slice(0, 10), goals: {} });
  });

  it('refuses an incomplete behaviour or instrument goal with 400 naming the field, and saves nothing', async () => {
    const [groep, extra] = plan.content.subgroepen;
    if (!groep || !extra) throw new Error('no subgroups');
    const withGoal = (goal: object) => ({
      ...plan.content,
      subgroepen: [{ ...groep, doelen: [goal] }, extra],
    });
    const before = await counts();
    expectInvalidInput(
      await calls.save(plan.id, plan.version, withGoal({ ...GEDRAG, text: ' ' }) as PlanContent),
      'content.subgroepen.0.doelen.0.text',
    );
    expectInvalidInput(
      await calls.save(plan.id, plan.version, withGoal({ ...BETROKKEN, percentiel: null }) as PlanContent),
      'content.subgroepen.0.doelen.0.band',
    );
    expectInvalidInput(
      await calls.save(plan.id, plan.version, withGoal({ ...BETROKKEN, percentiel: 101 }) as PlanContent),
      'content.subgroepen.0.doelen.0.percentiel',
    );
    expect(await counts()).toEqual(before);
  });

  it("pre-fills the evidence: observations of the domein in the period, and each pupil's next score after the start", async () => {
    const [a = '', b = '', c = ''] = pupils;
    const author = await world.database.db
      .selectFrom('app_user')
      .select('id')
      .where('email', '=', LOGIN.leerkracht)
      .executeTakeFirstOrThrow();
    const observation = (id: string, pupil: string, aspect: string, on: string, text: string) => ({
      id,
      leerling_id: pupil,
      schooljaar: world.demo.currentYear,
      moment: null,
      aspect: aspect as 'werkhouding',
      waardering: 4,
      toelichting: text,
      observed_on: on,
      author_user_id: author.id,
      created_at: `${on}T12:00:00.000Z`,
      updated_at: `${on}T12:00:00.000Z`,
    });
    const periodStart = periods[0]?.startDate ?? '';
    const dayBefore = new Date(Date.parse(periodStart) - 86_400_000).toISOString().slice(0, 10);
    await world.database.db
      .insertInto('observatie')
      .values([
        observation('obs-in', a, 'werkhouding', '2026-12-02', 'Werkte 15 minuten door.'),
        observation('obs-before', a, 'werkhouding', dayBefore, 'Voor de periode.'),
        observation('obs-talent', b, 'talent', '2026-12-03', 'Tekent prachtig.'),
      ])
      .execute();
    const score = (id: string, pupil: string, date: string, percentiel: number) => ({
      id,
      leerling_id: pupil,
      school_id: world.demo.schoolA,
      instrument: 'zien',
      versie: null,
      lijst: 'leerkracht' as const,
      schaal: 'betrokkenheid',
      schooljaar: world.demo.currentYear,
      afnamedatum: date,
      ruwe_score: null,
      percentiel,
      band: null,
      signaal: null,
      import_id: null,
      created_at: `${date}T12:00:00.000Z`,
      updated_at: `${date}T12:00:00.000Z`,
    });
    await world.database.db
      .insertInto('seo_score')
      .values([
        score('s-a-old', a, '2026-10-01', 10), // before the plan: not its evidence
        score('s-a-next', a, '2026-12-10', 40), // a's next score: 40 ≥ 25, reached
        score('s-a-later', a, '2027-01-20', 5), // after the next one: not used
        score('s-b-next', b, '2027-01-15', 20), // b: 20 < 25, not reached
        score('s-c-other', c, '2026-12-10', 90), // c: another scale below
      ])
      .execute();
    await world.database.db
      .updateTable('seo_score')
      .set({ schaal: 'welbevinden' })
      .where('id', '=', 's-c-other')
      .execute();

    const [groep, extra] = plan.content.subgroepen;
    if (!groep || !extra) throw new Error('no subgroups');
    plan = ok(
      await calls.save(plan.id, plan.version, {
        ...plan.content,
        basisdoel: 'Iedereen werkt zelfstandig aan de weektaak.',
        subgroepen: [{ ...groep, doelen: [GEDRAG, BETROKKEN] }, extra],
      }),
    );
    const gedrag = plan.domein?.goals[GEDRAG.id];
    expect(gedrag?.status).toBe('onbekend');
    expect(gedrag?.pupils).toBe(pupils.length);
    expect(gedrag?.observations).toEqual([
      {
        pupilId: a,
        date: '2026-12-02',
        aspect: 'werkhouding',
        waardering: 4,
        toelichting: 'Werkte 15 minuten door.',
      },
    ]);
    const instrument = plan.domein?.goals[BETROKKEN.id];
    expect([...(instrument?.scores ?? [])].sort((x, y) => x.date.localeCompare(y.date))).toEqual([
      { pupilId: a, date: '2026-12-10', percentiel: 40, band: null, status: 'behaald' },
      { pupilId: b, date: '2027-01-15', percentiel: 20, band: null, status: 'niet' },
    ]);
    // One of the two measured pupils reached it: half, so partly (goals.ts: ≥ 80 % reached is behaald).
    expect(instrument?.status).toBe('deels');
  });

  it('keeps the verdict and evidence per goal with the evaluation, and refuses a goal the plan does not have', async () => {
    const before = await counts();
    const why = { leerling: '', onderwijs: 'De timer hielp.', thuis: '' };
    const stray = await calls.evaluate(plan.id, plan.version, {
      confirmed: {},
      waarom: why,
      doelen: { 'g-onbekend': { status: 'behaald', bewijs: '' } },
    });
    expect(expectError(stray, 400, 'invalid_input').issues?.map((i) => i.field)).toEqual([
      'evaluation.doelen',
    ]);
    expect(await counts()).toEqual(before);
    const doelen = {
      [GEDRAG.id]: { status: 'behaald' as const, bewijs: '4 van 5 observaties: werkte 15 minuten door.' },
      [BETROKKEN.id]: {
        status: 'deels' as const,
        bewijs: 'ZIEN! betrokkenheid: 1 van 2 leerlingen op P25 of hoger.',
      },
    };
    const evaluated = ok(await calls.evaluate(plan.id, plan.version, { confirmed: {}, waarom: why, doelen }));
    expect(evaluated.status).toBe('geevalueerd');
    expect(evaluated.evaluation?.doelen).toEqual(doelen);
    expect(ok(await calls.get(plan.id, 'ib')).evaluation?.doelen).toEqual(doelen);
    const [other] = ['ibOtherSchool'] as const;
    expectSameNotFound(await calls.get(plan.id, other), await calls.get(unknownId(), other));
  });
});
