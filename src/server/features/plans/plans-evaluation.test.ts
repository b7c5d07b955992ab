/**
 * POST /plans/{id}/evaluation: the teacher confirms the outcome per pupil and goal with the why, which
 * locks the plan (no save, no second evaluation). POST /plans/{id}/new-version opens an evaluated plan
 * again as a new concept version; the history keeps the evaluated one. Both audited.
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
  type PlanWorld,
} from './plans-test-support';
import type { PlanContent, PlanEvaluation, PlanResponse } from './plans.schema';

const VAK = 'rekenen-wiskunde';
const G = { score: 'g-score', woorden: 'g-woorden' };

describe.each(testEngines())('groepsplan evaluation and new version (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let plan: PlanResponse;
  let content: PlanContent;
  const p: Record<string, string> = {};

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    const groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    const [periode] = await world.periods();
    plan = ok(await calls.create(groupId, { periodeId: periode?.id, vak: VAK, vorm: 'groepsplan' }), 201);
    const [first, ...rest] = plan.content.subgroepen;
    if (!first) throw new Error('no subgroup');
    [p.p1 = '', p.p3 = ''] = first.leerlingen;
    content = {
      basisdoel: 'Vlot rekenen tot 1000',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: [
        {
          ...first,
          doelen: [
            { id: G.score, kind: 'score', target: 150 },
            { id: G.woorden, kind: 'woorden', text: 'Legt uit hoe hij rekent.' },
          ],
        },
        ...rest,
      ],
    };
    plan = ok(await calls.save(plan.id, plan.version, content));
  });
  afterAll(async () => world.database.dispose());

  const counts = () => countRows(world.database.db, PLAN_WRITES);

  const evaluation = (): PlanEvaluation => ({
    confirmed: {
      [p.p1 ?? '']: { [G.score]: 'behaald', [G.woorden]: 'behaald' },
      [p.p3 ?? '']: { [G.score]: 'deels' },
    },
    waarom: { leerling: 'Werkte hard.', onderwijs: 'Meer verlengde instructie.', thuis: 'Oefende thuis.' },
  });

  it('refuses an evaluation without a session, by the wrong role, from others, or with bad input; writes nothing', async () => {
    const { version } = ok(await calls.get(plan.id));
    const before = await counts();
    expectError(await calls.evaluate(plan.id, version, evaluation(), null), 401, 'unauthenticated');
    expectError(await calls.evaluate(plan.id, version, evaluation(), 'bestuur'), 403, 'forbidden');
    expectError(await calls.evaluate(plan.id, version, evaluation(), 'schoolleider'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool'] as const) {
      expectSameNotFound(
        await calls.evaluate(plan.id, version, evaluation(), who),
        await calls.evaluate(unknownId(), version, evaluation(), who),
      );
    }
    const bad = { ...evaluation(), confirmed: { [p.p1 ?? '']: { [G.score]: 'misschien' } } };
    expectInvalidInput(
      await calls.evaluate(plan.id, version, bad as never),
      `evaluation.confirmed.${p.p1}.${G.score}`,
    );
    for (const confirmed of [
      { [unknownId()]: { [G.score]: 'behaald' } },
      { [p.p1 ?? '']: { onbekend: 'behaald' } },
    ]) {
      const stray = expectError(
        await calls.evaluate(plan.id, version, { ...evaluation(), confirmed } as never),
        400,
        'invalid_input',
      );
      expect(stray.issues?.map((i) => i.field)).toEqual(['evaluation.confirmed']);
    }
    const noHome = { ...evaluation(), waarom: { leerling: '', onderwijs: '' } };
    expectInvalidInput(await calls.evaluate(plan.id, version, noHome as never), 'evaluation.waarom.thuis');
    expectInvalidInput(await calls.evaluate(plan.id, 0, evaluation()), 'version');
    expectError(await calls.evaluate(plan.id, version - 1, evaluation()), 409, 'conflict');
    expect(await counts()).toEqual(before);
    expect(ok(await calls.get(plan.id))).toMatchObject({ status: 'concept', version, evaluation: null });
  });

  it('locks the plan when the teacher confirms the evaluation, and opens it again as a new version', async () => {
    const { version } = ok(await calls.get(plan.id));
    const teacher = world.demo.account(LOGIN.leerkracht);
    const ib = world.demo.account(LOGIN.ib);
    expectError(await calls.newVersion(plan.id, version), 409, 'conflict');

    const atEval = world.at(100);
    const evaluated = ok(await calls.evaluate(plan.id, version, evaluation()));
    expect(evaluated).toMatchObject({ status: 'geevalueerd', version: version + 1, updatedBy: teacher.name });
    expect([evaluated.evaluation, evaluated.content]).toEqual([evaluation(), content]);
    expect(historyOf(evaluated)[0]).toEqual([version + 1, 'geevalueerd', teacher.name, atEval]);

    // Locked: no save, no second evaluation, whatever the version; nothing written.
    world.at(110);
    const before = await counts();
    for (const v of [version + 1, version]) {
      expectError(await calls.save(plan.id, v, { ...content, basisdoel: 'Anders' }, 'ib'), 409, 'conflict');
      expectError(await calls.evaluate(plan.id, v, evaluation(), 'ib'), 409, 'conflict');
    }
    expectError(await calls.newVersion(plan.id, version, 'ib'), 409, 'conflict');
    expect(await counts()).toEqual(before);
    expect(ok(await calls.get(plan.id))).toMatchObject({
      status: 'geevalueerd',
      version: version + 1,
      content,
    });

    const atReopen = world.at(120);
    const reopened = ok(await calls.newVersion(plan.id, version + 1, 'ib'));
    expect(reopened).toMatchObject({
      status: 'concept',
      version: version + 2,
      evaluation: null,
      content,
      updatedBy: ib.name,
    });
    expect(historyOf(reopened).slice(0, 2)).toEqual([
      [version + 2, 'concept', ib.name, atReopen],
      [version + 1, 'geevalueerd', teacher.name, atEval],
    ]);
    const kept = await world.database.db
      .selectFrom('groepsplan_versie')
      .select(['status', 'evaluation'])
      .where('plan_id', '=', plan.id)
      .where('version', '=', version + 1)
      .executeTakeFirstOrThrow();
    expect([kept.status, JSON.parse(kept.evaluation ?? 'null')]).toEqual(['geevalueerd', evaluation()]);

    const atSave = world.at(130);
    const saved = ok(await calls.save(plan.id, version + 2, { ...content, basisdoel: 'Verder' }));
    expect([saved.version, saved.status, saved.content.basisdoel, saved.updatedAt]).toEqual([
      version + 3,
      'concept',
      'Verder',
      atSave,
    ]);
    const audits = await Promise.all(
      ['plan.evaluate', 'plan.reopen'].map((a) => planAudits(world, a, plan.id)),
    );
    expect(audits.map((rows) => rows.map((r) => [r.userId, r.at, r.details]))).toEqual([
      [[teacher.id, atEval, { version: version + 1 }]],
      [[ib.id, atReopen, { version: version + 2 }]],
    ]);
  });

  it('refuses a new version without a session, by the wrong role, or from others, and writes nothing', async () => {
    const { version } = ok(await calls.get(plan.id));
    const before = await counts();
    expectError(await calls.newVersion(plan.id, version, null), 401, 'unauthenticated');
    expectError(await calls.newVersion(plan.id, version, 'bestuur'), 403, 'forbidden');
    expectError(await calls.newVersion(plan.id, version, 'schoolleider'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool'] as const) {
      expectSameNotFound(
        await calls.newVersion(plan.id, version, who),
        await calls.newVersion(unknownId(), version, who),
      );
    }
    expectInvalidInput(await calls.newVersion(plan.id, 0), 'version');
    expect(await counts()).toEqual(before);
  });
});
