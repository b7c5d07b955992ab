/**
 * PUT /plans/{id}: saving names the version the editor started from. A save from an older version is
 * refused with 409 and the plan as it stands, and changes nothing; every accepted save is audited, but
 * keeps a version in the history only when it goes on from someone else's work (autosave is not a
 * version: see plans-record.test.ts). Bad content is refused naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import {
  historyOf,
  ok,
  planAudits,
  planCalls,
  planWorld,
  PLAN_WRITES,
  timeAt,
  type PlanWorld,
} from './plans-test-support';
import type { PlanContent, PlanResponse } from './plans.schema';

describe.each(testEngines())('groepsplan saves and conflicts (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let groupId: string;
  let plan: PlanResponse;

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    const [periode] = await world.periods();
    plan = ok(
      await calls.create(groupId, { periodeId: periode?.id, vak: 'spelling', vorm: 'groepsplan' }),
      201,
    );
  });
  afterAll(async () => world.database.dispose());

  const counts = () => countRows(world.database.db, PLAN_WRITES);
  const versions = () =>
    world.database.db
      .selectFrom('groepsplan_versie')
      .select(['version', 'status', 'content', 'saved_by', 'saved_at'])
      .where('plan_id', '=', plan.id)
      .orderBy('version')
      .execute();
  /** The plan's content with a mark in the basisdoel and the first subgroup's texts. */
  const edited = (base: PlanContent, mark: string): PlanContent => ({
    basisdoel: `Basisdoel ${mark}`,
    basisdoelen: [],
    leerlingdoelen: {},
    subgroepen: base.subgroepen.map((s, i) =>
      i === 0
        ? {
            ...s,
            doelen: [{ id: `doel-${mark}`, kind: 'score', target: 120 }],
            aanpak: `Aanpak ${mark}`,
            minutenPerWeek: 30,
          }
        : s,
    ),
  });
  const name = (who: 'leerkracht' | 'ib') => world.demo.account(LOGIN[who]).name;

  it('refuses the second of two editors who started from the same version, with the plan as it stands', async () => {
    const start = ok(await calls.get(plan.id, 'ib'));
    expect(start.version).toBe(1);
    const contentA = edited(start.content, 'A');
    const atA = world.at(10);
    const savedA = ok(await calls.save(plan.id, 1, contentA, 'leerkracht'));
    expect([savedA.version, savedA.status, savedA.updatedBy, savedA.updatedAt]).toEqual([
      2,
      'concept',
      name('leerkracht'),
      atA,
    ]);
    expect(savedA.content).toEqual(contentA);

    // The IB still has version 1 open and saves over it.
    world.at(20);
    const before = await counts();
    const stale = expectError(
      await calls.save(plan.id, 1, edited(start.content, 'B'), 'ib'),
      409,
      'conflict',
    );
    expect(stale.current).toMatchObject({
      version: 2,
      content: contentA,
      updatedBy: name('leerkracht'),
      updatedAt: atA,
    });
    expect(stale.message).toContain(name('leerkracht'));
    expect(await counts()).toEqual(before);
    const after = ok(await calls.get(plan.id, 'ib'));
    expect([after.version, after.content, after.updatedBy]).toEqual([2, contentA, name('leerkracht')]);

    // Having seen the other change, the IB saves on top of version 2.
    const contentB = edited(contentA, 'B');
    const atB = world.at(30);
    const savedB = ok(await calls.save(plan.id, 2, contentB, 'ib'));
    expect([savedB.version, savedB.content, savedB.updatedBy, savedB.updatedAt]).toEqual([
      3,
      contentB,
      name('ib'),
      atB,
    ]);
    // Now the leerkracht is behind; a version from the future is refused as well.
    for (const version of [2, 1, 9]) {
      const late = expectError(
        await calls.save(plan.id, version, edited(contentA, 'C'), 'leerkracht'),
        409,
        'conflict',
      );
      expect(late.current).toMatchObject({ version: 3, content: contentB, updatedBy: name('ib') });
    }
    expect(ok(await calls.get(plan.id)).content).toEqual(contentB);
  });

  it('keeps the creation and the teacher’s work the IB went on from as versions, not every save; audits each save', async () => {
    const current = ok(await calls.get(plan.id));
    const teacher = world.demo.account(LOGIN.leerkracht);
    const ib = world.demo.account(LOGIN.ib);
    // Version 1: created. Version 2: the teacher's save, kept when the IB went on with the plan.
    // Version 3, the IB's own save, is the draft: not (yet) in the history.
    expect(historyOf(current)).toEqual([
      [2, 'concept', teacher.name, timeAt(10)],
      [1, 'concept', teacher.name, plan.updatedAt],
    ]);
    expect(current.history.map((h) => [h.number, h.reason])).toEqual([
      [2, 'voor_ander'],
      [1, 'aangemaakt'],
    ]);
    expect([current.version, current.unrecorded]).toEqual([3, true]);
    const stored = await versions();
    expect(stored.map((v) => [v.version, v.saved_by, v.saved_at])).toEqual([
      [1, teacher.id, plan.updatedAt],
      [2, teacher.id, timeAt(10)],
    ]);
    // Each version holds the content as it was saved then.
    expect(JSON.parse(stored[0]?.content ?? '')).toEqual(plan.content);
    expect((JSON.parse(stored[1]?.content ?? '') as PlanContent).basisdoel).toBe('Basisdoel A');
    expect(current.content.basisdoel).toBe('Basisdoel B');
    expect(await planAudits(world, 'plan.save', plan.id)).toEqual([
      {
        userId: teacher.id,
        entity: 'groepsplan',
        schoolId: world.demo.schoolA,
        at: timeAt(10),
        details: { version: 2 },
      },
      {
        userId: ib.id,
        entity: 'groepsplan',
        schoolId: world.demo.schoolA,
        at: timeAt(30),
        details: { version: 3 },
      },
    ]);
  });

  it('lets exactly one of two saves from the same version at the same moment win', async () => {
    const { version, content } = ok(await calls.get(plan.id));
    world.at(40);
    const before = await counts();
    const responses = await Promise.all([
      calls.save(plan.id, version, edited(content, 'X'), 'leerkracht'),
      calls.save(plan.id, version, edited(content, 'Y'), 'ib'),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const winner = responses.find((r) => r.status === 200)?.body as PlanResponse;
    expect(winner.version).toBe(version + 1);
    expect(ok(await calls.get(plan.id)).content).toEqual(winner.content);
    const added = await counts();
    // One save audit more, and the read above; nothing from the loser. The plan was the IB's: a win
    // by the leerkracht keeps the IB's work as a version, a win by the IB is just the draft.
    const kept = winner.updatedBy === name('leerkracht') ? 1 : 0;
    expect([added.groepsplan_versie, added.groepsplan]).toEqual([
      (before.groepsplan_versie ?? 0) + kept,
      before.groepsplan,
    ]);
    expect((await planAudits(world, 'plan.save', plan.id)).length).toBe(3);
  });

  it('refuses a save without a session (401), by the bestuur or the schoolleider (403), and from others as a missing plan', async () => {
    const { version, content } = ok(await calls.get(plan.id));
    const before = await counts();
    const body = edited(content, 'Z');
    expectError(await calls.save(plan.id, version, body, null), 401, 'unauthenticated');
    expectError(await calls.save(plan.id, version, body, 'bestuur'), 403, 'forbidden');
    expectError(await calls.save(plan.id, version, body, 'schoolleider'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(
        await calls.save(plan.id, version, body, who),
        await calls.save(unknownId(), version, body, who),
      );
    }
    expect(await counts()).toEqual(before);
    expect(ok(await calls.get(plan.id)).version).toBe(version);
  });

  it('answers 400 naming the field for bad content, and writes nothing', async () => {
    const { version, content } = ok(await calls.get(plan.id));
    const [sub] = content.subgroepen;
    if (!sub) throw new Error('no subgroup');
    const withSub = (changes: object): PlanContent => ({ ...content, subgroepen: [{ ...sub, ...changes }] });
    const stranger = world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, 'Groep 7').id)[0] ?? '';
    const before = await counts();
    const cases: [unknown, string][] = [
      [{ ...content, subgroepen: [] }, 'content.subgroepen'],
      [withSub({ naam: '   ' }), 'content.subgroepen.0.naam'],
      [withSub({ doelen: [{ id: 'd', kind: 'score' }] }), 'content.subgroepen.0.doelen.0.target'],
      [
        withSub({ doelen: [{ id: 'd', kind: 'groei', target: 501 }] }),
        'content.subgroepen.0.doelen.0.target',
      ],
      [withSub({ doelen: [{ id: 'd', kind: 'raden', target: 1 }] }), 'content.subgroepen.0.doelen.0.kind'],
      [withSub({ minutenPerWeek: -5 }), 'content.subgroepen.0.minutenPerWeek'],
      [withSub({ aanpak: 'x'.repeat(5001) }), 'content.subgroepen.0.aanpak'],
      [{ subgroepen: content.subgroepen }, 'content.basisdoel'],
    ];
    for (const [body, field] of cases) {
      expectInvalidInput(await calls.save(plan.id, version, body as PlanContent, 'leerkracht'), field);
    }
    expectInvalidInput(await calls.save(plan.id, 0, content, 'leerkracht'), 'version');
    const foreign = expectError(
      await calls.save(
        plan.id,
        version,
        withSub({ leerlingen: [...sub.leerlingen, stranger] }),
        'leerkracht',
      ),
      400,
      'invalid_input',
    );
    expect(foreign.issues?.map((i) => i.field)).toEqual(['content.subgroepen']);
    expect(await counts()).toEqual(before);
    expect(ok(await calls.get(plan.id)).content).toEqual(content);
  });
});
