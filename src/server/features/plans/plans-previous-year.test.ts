/**
 * The first period of a schooljaar follows on from last year's last period, in the group most of the
 * pupils came from: copying "the previous period's plan" and step 1 of the cycle (evaluate the previous
 * plans) reach across the summer to the same children's plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftSchooljaar } from '../../../domain/schooljaar';
import { testEngines } from '../../../testing/databases';
import { LOGIN } from '../../../testing/fixtures';
import { expectError } from '../../../testing/http';
import { ok, planCalls, planWorld, type PlanWorld } from './plans-test-support';
import type { PlanContent, PlanResponse } from './plans.schema';

const VAK = 'rekenen-wiskunde';

describe.each(testEngines())('plans across the schooljaar (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let groupId: string;
  let originId: string;
  let lastYearPlan: PlanResponse;

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    // Where most of this year's Groep 5 sat last year, counted from the generated placements.
    const lastYear = shiftSchooljaar(world.demo.currentYear, -1);
    const now = new Set(world.demo.pupilsOf(groupId));
    const candidates = world.demo.groupsOf(world.demo.schoolA, lastYear).map((g) => ({
      id: g.id,
      name: g.name,
      shared: world.demo.pupilsOf(g.id).filter((p) => now.has(p)).length,
    }));
    candidates.sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name));
    originId = candidates[0]?.id ?? '';
    expect(candidates[0]?.shared).toBeGreaterThan(candidates[1]?.shared ?? 0);

    const lastPeriods = await world.periods(lastYear);
    const made = ok(
      await calls.create(
        originId,
        { periodeId: lastPeriods.at(-1)?.id ?? '', vak: VAK, vorm: 'groepsplan' },
        'ib',
      ),
      201,
    );
    const content: PlanContent = {
      basisdoel: 'Iedereen automatiseert de tafels tot 10.',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: made.content.subgroepen.map((s) => ({
        ...s,
        aanpak: `Aanpak vorig jaar ${s.key}`,
        doelen: [{ id: `d-${s.key}`, kind: 'woorden', text: `Doel vorig jaar ${s.key}` }],
      })),
    };
    lastYearPlan = ok(await calls.save(made.id, made.version, content, 'ib'));
  });
  afterAll(async () => world.database.dispose());

  it('shows last year’s plan of the same children in step 1 of the first period', async () => {
    const periods = await world.periods();
    const cycle = ok(await calls.cycle(groupId, periods[0]?.id));
    const step1 = cycle.steps.find((s) => s.stap === 1);
    const originName = world.data.groep.find((g) => g.id === originId)?.name ?? '';
    expect(step1?.missing).toContainEqual({
      code: 'previousPlansNotEvaluated',
      count: 1,
      vakken: [VAK],
      lastYearGroup: originName,
    });
    const second = ok(await calls.cycle(groupId, periods[1]?.id));
    // Within the year the previous period is the group's own first period, without plans yet.
    expect(second.steps.find((s) => s.stap === 1)?.missing.map((n) => n.code)).not.toContain(
      'previousPlansNotEvaluated',
    );
  });

  it('copies goals and approach from last year’s last period into the first period', async () => {
    const periods = await world.periods();
    const copy = ok(
      await calls.create(groupId, {
        periodeId: periods[0]?.id ?? '',
        vak: VAK,
        vorm: 'groepsplan',
        copyPrevious: true,
      }),
      201,
    );
    expect(copy.content.basisdoel).toBe(lastYearPlan.content.basisdoel);
    const carried = copy.content.subgroepen.filter((s) => s.aanpak.startsWith('Aanpak vorig jaar'));
    expect(carried.length).toBeGreaterThan(0);
    for (const sub of carried) {
      expect(sub.aanpak).toBe(`Aanpak vorig jaar ${sub.key}`);
      expect(sub.doelen.map((d) => ('text' in d ? d.text : null))).toEqual([`Doel vorig jaar ${sub.key}`]);
    }
    // The pupils are this year's, not last year's.
    const pupils = new Set(world.demo.pupilsOf(groupId));
    for (const sub of copy.content.subgroepen)
      for (const p of sub.leerlingen) expect(pupils.has(p)).toBe(true);
  });

  /** Pupils ever placed in a group the demo's Groep 5 teacher teaches: the pupils that teacher may see. */
  const pupilsOfTeacher = () => {
    const account = world.data.accounts.find((a) => a.email === LOGIN.leerkracht);
    const staff = new Set(world.data.medewerker.filter((m) => m.user_id === account?.id).map((m) => m.id));
    const taught = new Set(
      world.data.groep_leerkracht.filter((gl) => staff.has(gl.medewerker_id)).map((gl) => gl.groep_id),
    );
    return new Set(world.data.plaatsing.filter((p) => taught.has(p.groep_id)).map((p) => p.leerling_id));
  };

  it('lets the teacher who now has the children read last year’s plan: their pupils only, read only', async () => {
    // The teacher of this year's Groep 5 did not teach last year's origin group.
    expectError(await calls.cycle(originId, undefined, 'leerkracht'), 404, 'not_found');
    const read = ok(await calls.get(lastYearPlan.id));
    expect([read.overdracht, read.abilities.includes('plan.write')]).toEqual([true, false]);
    const mine = pupilsOfTeacher();
    const all = world.demo.pupilsOf(originId);
    const expected = all.filter((id) => mine.has(id)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(read.pupils.map((p) => p.id).sort()).toEqual(expected);
    for (const sub of read.content.subgroepen)
      for (const id of sub.leerlingen) expect(mine.has(id)).toBe(true);
    expect(read.content.basisdoel).toBe(lastYearPlan.content.basisdoel);
    // The IB sees the plan whole, and not as an overdracht.
    const full = ok(await calls.get(lastYearPlan.id, 'ib'));
    expect(full.overdracht).toBe(false);
    expect(full.pupils.map((p) => p.id).sort()).toEqual([...all].sort());
  });

  it('refuses the overdracht reader every change, and writes nothing', async () => {
    const read = ok(await calls.get(lastYearPlan.id));
    const before = ok(await calls.get(lastYearPlan.id, 'ib'));
    const saved = expectError(await calls.save(read.id, read.version, read.content), 403, 'forbidden');
    expect(saved.message).toBe('Een groepsplan van vorig schooljaar kun je lezen, maar niet wijzigen.');
    const evaluation = { confirmed: {}, waarom: { leerling: '', onderwijs: '', thuis: '' } };
    expectError(await calls.evaluate(read.id, read.version, evaluation), 403, 'forbidden');
    const after = ok(await calls.get(lastYearPlan.id, 'ib'));
    expect([after.version, after.status, after.content]).toEqual([
      before.version,
      before.status,
      before.content,
    ]);
  });

  it('keeps last year’s plan from a teacher without those children and from another school', async () => {
    expectError(await calls.get(lastYearPlan.id, 'leerkracht7'), 404, 'not_found');
    expectError(await calls.get(lastYearPlan.id, 'leerkrachtOtherSchool'), 404, 'not_found');
    expectError(await calls.get(lastYearPlan.id, 'bestuur'), 403, 'forbidden');
  });
});
