/**
 * POST /groups/{id}/plans and GET /plans/{id}: a groepsplan (or blokplan) for a period and a vak, made
 * in one action from the period's clusters (the teacher's regrouping, else the datamuur's
 * instructiegroepen), optionally with the goals and approach of the previous period's plan; read with
 * every pupil's start result from the data. Access as the group; writing for leerkracht and IB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import {
  closingDataMeetpunt,
  expectedMeasurements,
  expectedSubgroups,
  historyOf,
  ok,
  planAudits,
  planCalls,
  planWorld,
  PLAN_WRITES,
  subgroupsOf,
  type Periode,
  type PlanWorld,
} from './plans-test-support';
import type { PlanContent, PlanResponse } from './plans.schema';

const VAK = 'rekenen-wiskunde';

describe.each(testEngines())('groepsplan create and read (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let groupId: string;
  let periods: Periode[];
  /** The rekenen plan of the first period, made by the creation test and used by the later ones. */
  let first: PlanResponse;

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    periods = await world.periods();
  });
  afterAll(async () => world.database.dispose());

  const p1 = () => periods[0]?.id ?? '';
  const p2 = () => periods[1]?.id ?? '';
  const counts = () => countRows(world.database.db, PLAN_WRITES);

  it('refuses to create without a session (401), for the bestuur or the schoolleider (403), and another group like a missing one', async () => {
    const body = { periodeId: p1(), vak: VAK, vorm: 'groepsplan' };
    const before = await counts();
    expectError(await calls.create(groupId, body, null), 401, 'unauthenticated');
    expectError(await calls.create(groupId, body, 'bestuur'), 403, 'forbidden');
    expectError(await calls.create(groupId, body, 'schoolleider'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(await calls.create(groupId, body, who), await calls.create(unknownId(), body, who));
    }
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    const body = { periodeId: p1(), vak: VAK, vorm: 'groepsplan' };
    const lastYear = (await world.periods('2025-2026'))[1]?.id;
    const before = await counts();
    expectInvalidInput(await calls.create(groupId, { ...body, vorm: 'weekplan' }), 'vorm');
    expectInvalidInput(await calls.create(groupId, { ...body, vak: '' }), 'vak');
    expectInvalidInput(await calls.create(groupId, { ...body, vak: 'x'.repeat(61) }), 'vak');
    expectInvalidInput(await calls.create(groupId, { vak: VAK, vorm: 'groepsplan' }), 'periodeId');
    expectInvalidInput(await calls.create(groupId, { ...body, copyPrevious: 'ja' }), 'copyPrevious');
    const period = expectError(
      await calls.create(groupId, { ...body, periodeId: lastYear }),
      400,
      'invalid_input',
    );
    expect(period.issues?.map((i) => i.field)).toEqual(['periodeId']);
    const vak = expectError(
      await calls.create(groupId, { ...body, vak: 'kantklossen' }),
      400,
      'invalid_input',
    );
    expect(vak.issues?.map((i) => i.field)).toEqual(['vak']);
    // Nothing to copy: no plan of this vak in the previous period, or no previous period at all.
    for (const periodeId of [p2(), p1()]) {
      const copy = expectError(
        await calls.create(groupId, { ...body, periodeId, copyPrevious: true }),
        400,
        'invalid_input',
      );
      expect(copy.issues?.map((i) => i.field)).toEqual(['copyPrevious']);
    }
    expect(await counts()).toEqual(before);
  });

  it('fills the subgroups from the period’s clusters, starts at version 1 and audits the creation', async () => {
    const end = periods[0]?.endDate ?? '';
    const meetpunt = closingDataMeetpunt(world, groupId, VAK, end);
    expect(meetpunt).toBe('2025-2026 E');
    // The teacher moved two pupils: one to another instructiegroep, one to a group of their own.
    const [moved, own] = world.demo.activePupilsOf(groupId);
    const muur = await expectedSubgroups(world, groupId, VAK, meetpunt);
    const movedTo =
      muur.find((s) => s.leerlingen.includes(moved ?? ''))?.key === 'verlengd' ? 'verkort' : 'verlengd';
    const regrouped = { [moved ?? '']: movedTo, [own ?? '']: 'Tafelgroep' };
    const clusters = await world.api.call('PUT', `/groups/${groupId}/clusters`, {
      cookie: world.cookies.leerkracht,
      body: {
        periodeId: p1(),
        vak: VAK,
        assignments: Object.entries(regrouped).map(([leerlingId, cluster]) => ({ leerlingId, cluster })),
      },
    });
    expect(clusters.status).toBe(200);

    const at = world.at(100);
    first = ok(await calls.create(groupId, { periodeId: p1(), vak: VAK, vorm: 'groepsplan' }), 201);
    const expected = await expectedSubgroups(world, groupId, VAK, meetpunt, regrouped);
    expect(expected.map((s) => s.key)).toContain('Tafelgroep');
    expect(expected.length).toBeGreaterThan(2);
    expect(subgroupsOf(first.content)).toEqual(expected);
    expect(first.content.subgroepen.every((s) => s.doelen.length === 0)).toBe(true);
    const teacher = world.demo.account(LOGIN.leerkracht);
    expect(first).toMatchObject({
      group: {
        id: groupId,
        name: 'Groep 5',
        schooljaar: world.demo.currentYear,
        schoolId: world.demo.schoolA,
      },
      periode: { id: p1(), name: periods[0]?.name, closingKind: 'M' },
      vak: VAK,
      vorm: 'groepsplan',
      status: 'concept',
      version: 1,
      evaluation: null,
      updatedBy: teacher.name,
      updatedAt: at,
      proposal: null,
    });
    expect(first.content.basisdoel).toBe('');
    expect(historyOf(first)).toEqual([[1, 'concept', teacher.name, at]]);
    expect(await planAudits(world, 'plan.create', first.id)).toEqual([
      {
        userId: teacher.id,
        entity: 'groepsplan',
        schoolId: world.demo.schoolA,
        at,
        details: { vak: VAK, vorm: 'groepsplan' },
      },
    ]);
    const blok = ok(
      await calls.create(groupId, { periodeId: p1(), vak: 'spelling', vorm: 'blokplan' }, 'ib'),
      201,
    );
    expect([blok.vorm, blok.vak, blok.updatedBy]).toEqual([
      'blokplan',
      'spelling',
      world.demo.account(LOGIN.ib).name,
    ]);
  });

  it('shows every pupil of the group with the start result before the closing toetsmoment', async () => {
    const closing = `${world.demo.currentYear} M`;
    const plan = ok(await calls.get(first.id));
    const expected = expectedMeasurements(world, groupId, VAK, closing);
    expect(expected.filter((p) => p.start).length).toBeGreaterThan(15);
    expect(plan.pupils.map(({ id, name, start, end, growth }) => ({ id, name, start, end, growth }))).toEqual(
      expected.map(({ startMeetpunt: _m, ...p }) => p),
    );
    expect(plan.pupils.every((p) => p.end === null)).toBe(true);
    expect([plan.startMeetpunt, plan.closingMeetpunt, plan.proposal]).toEqual(['2025-2026 E', closing, null]);
  });

  it('refuses a second plan for the same group, period and vak with 409, and writes nothing', async () => {
    const before = await counts();
    expectError(
      await calls.create(groupId, { periodeId: p1(), vak: VAK, vorm: 'blokplan' }),
      409,
      'conflict',
    );
    expect(await counts()).toEqual(before);
    expect(ok(await calls.get(first.id, 'ib'))).toMatchObject({ vorm: 'groepsplan', version: 1 });
  });

  it('gives a plan of an earlier period the clusters of that period', async () => {
    const earlier = world.demo.group(world.demo.schoolA, 'Groep 5', '2025-2026').id;
    const [lastYear] = await world.periods('2025-2026');
    const meetpunt = closingDataMeetpunt(world, earlier, VAK, lastYear?.endDate ?? '');
    expect(meetpunt).toBe('2025-2026 M');
    const plan = ok(
      await calls.create(earlier, { periodeId: lastYear?.id, vak: VAK, vorm: 'groepsplan' }),
      201,
    );
    expect(subgroupsOf(plan.content)).toEqual(await expectedSubgroups(world, earlier, VAK, meetpunt));
  });

  it('reads a plan for anyone who sees the group, audited; others as a missing plan', async () => {
    const before = (await planAudits(world, 'plan.read', first.id)).length;
    for (const [i, who] of (['leerkracht', 'ib', 'schoolleider'] as const).entries()) {
      world.at(150 + i);
      const plan = ok(await calls.get(first.id, who));
      expect([plan.id, plan.version, plan.abilities.includes('plan.write')]).toEqual([
        first.id,
        1,
        who !== 'schoolleider',
      ]);
    }
    const reads = await planAudits(world, 'plan.read', first.id);
    expect(reads.slice(before).map((r) => [r.userId, r.schoolId])).toEqual(
      (['leerkracht', 'ib', 'schoolleider'] as const).map((w) => [
        world.demo.account(LOGIN[w]).id,
        world.demo.schoolA,
      ]),
    );
    expectError(await calls.get(first.id, null), 401, 'unauthenticated');
    expectError(await calls.get(first.id, 'bestuur'), 403, 'forbidden');
    expectInvalidInput(await calls.get('x'.repeat(65)), 'planId');
    for (const who of ['leerkracht7', 'ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(await calls.get(first.id, who), await calls.get(unknownId(), who));
    }
    expect((await planAudits(world, 'plan.read', first.id)).length).toBe(reads.length);
  });

  it('copies basisdoel, goals and approach of the previous period’s plan into subgroups with the same key', async () => {
    const previous: PlanContent = {
      basisdoel: 'Iedereen rekent vlot tot 1000.',
      basisdoelen: [],
      leerlingdoelen: {},
      subgroepen: first.content.subgroepen.map((s, i) => ({
        ...s,
        doelen: [
          { id: `s${i}`, kind: 'score', target: 150 + i },
          { id: `w${i}`, kind: 'woorden', text: `Doel in woorden ${i}` },
        ],
        aanbod: `Aanbod ${s.key}`,
        aanpak: `Aanpak ${s.key}`,
        organisatie: `Organisatie ${s.key}`,
        minutenPerWeek: 10 * (i + 1),
      })),
    };
    const saved = ok(await calls.save(first.id, 1, previous));
    world.at(200);
    const copy = ok(
      await calls.create(groupId, { periodeId: p2(), vak: VAK, vorm: 'groepsplan', copyPrevious: true }),
      201,
    );
    // The pupils come from this period's clusters (the regrouping was for the first period only).
    const meetpunt = closingDataMeetpunt(world, groupId, VAK, periods[1]?.endDate ?? '');
    expect(subgroupsOf(copy.content)).toEqual(await expectedSubgroups(world, groupId, VAK, meetpunt));
    expect(copy.content.basisdoel).toBe(previous.basisdoel);
    let matched = 0;
    for (const sub of copy.content.subgroepen) {
      const old = previous.subgroepen.find((s) => s.key === sub.key);
      if (!old) {
        expect(sub.doelen).toEqual([]);
        continue;
      }
      matched += 1;
      const { doelen, leerlingen: _l, ...texts } = sub;
      const { doelen: oldDoelen, leerlingen: _o, ...oldTexts } = old;
      expect(texts).toEqual(oldTexts);
      expect(doelen.map(({ id: _id, ...d }) => d)).toEqual(oldDoelen.map(({ id: _id, ...d }) => d));
      expect(doelen.filter((d) => oldDoelen.some((o) => o.id === d.id))).toEqual([]);
    }
    expect(matched).toBeGreaterThan(1);
    expect(copy.content.subgroepen.map((s) => s.key)).not.toContain('Tafelgroep');
    expect(ok(await calls.get(first.id)).content).toEqual(saved.content);
  });
});
