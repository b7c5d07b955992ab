/**
 * GET /groups/{id}/cycle and PUT /groups/{id}/cycle/{stap}: the HGW cycle of a group in a period as six
 * steps (klaar / bezig / open) with what is done and what is missing, computed from the data; steps 2
 * (signaleren) and 4 (clusteren) are marked done by hand, audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullName } from '../../../shared/names';
import { VAKKEN } from '../../../shared/vakken';
import { testEngines } from '../../../testing/databases';
import { vakOf } from '../../../testing/engine-expect';
import { countRows, LOGIN, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import type { GroupAnalysisResponse } from '../analysis/analysis.schema';
import {
  closingDataMeetpunt,
  ok,
  planCalls,
  planWorld,
  timeAt,
  personOf,
  type CycleNote,
  type CycleStep,
  type GroupCycle,
  type Periode,
  type PlanWorld,
} from './plans-test-support';

const WRITES = ['cyclus_stap', 'audit_log'] as const;

describe.each(testEngines())('HGW cycle of a group (%s)', (engine) => {
  let world: PlanWorld;
  let calls: ReturnType<typeof planCalls>;
  let groupId: string;
  let periods: Periode[];
  /** Active pupils of the group with a signal at the meetpunt of the first period, as the analysis has them. */
  let signalled: string[];
  const meetpunt = '2025-2026 E';

  beforeAll(async () => {
    world = await planWorld(engine);
    calls = planCalls(world);
    groupId = world.demo.group(world.demo.schoolA, 'Groep 5').id;
    periods = await world.periods();
    const analysis = ok(
      await world.api.call<GroupAnalysisResponse>('GET', `/groups/${groupId}/analysis?meetpunt=${meetpunt}`, {
        cookie: world.cookies.leerkracht,
      }),
    );
    const active = new Set(world.demo.activePupilsOf(groupId));
    signalled = analysis.pupils.filter((p) => active.has(p.id) && p.signals.length > 0).map((p) => p.id);
  });
  afterAll(async () => world.database.dispose());

  const p1 = () => periods[0]?.id ?? '';
  const p2 = () => periods[1]?.id ?? '';
  /** The pupils a cycle names (signalled without an onderwijsbehoefte), sorted. */
  const namedIn = (cycle: GroupCycle): string[] =>
    [
      ...new Set(
        cycle.steps.flatMap((s) =>
          [...s.done, ...s.missing].flatMap((n) =>
            n.code === 'signalledWithoutNeed' ? n.pupils.map((x) => x.id) : [],
          ),
        ),
      ),
    ].sort();
  const step = (cycle: GroupCycle, stap: number): CycleStep => {
    const found = cycle.steps.find((s) => s.stap === stap);
    if (!found) throw new Error(`no step ${stap}`);
    return found;
  };
  const nameOf = (id: string) => fullName(personOf(world.demo.pupil(id)));
  /** "Signalled pupils without an onderwijsbehoefte" as its count and the set of names. */
  const missingNeeds = (note: CycleNote | undefined) =>
    note?.code === 'signalledWithoutNeed'
      ? { n: note.count, names: note.pupils.map((p) => p.name).sort() }
      : null;

  it('answers 401 without a session, 403 to the bestuur, another group like a missing one, 400 for another year’s period', async () => {
    const before = await countRows(world.database.db, WRITES);
    expectError(await calls.cycle(groupId, undefined, null), 401, 'unauthenticated');
    expectError(await calls.cycle(groupId, undefined, 'bestuur'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(
        await calls.cycle(groupId, undefined, who),
        await calls.cycle(unknownId(), undefined, who),
      );
    }
    const lastYear = (await world.periods('2025-2026'))[0]?.id;
    const error = expectError(await calls.cycle(groupId, lastYear), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toEqual(['periode']);
    expectInvalidInput(await calls.cycle(groupId, 'x'.repeat(65)), 'periode');
    expect(await countRows(world.database.db, WRITES)).toEqual(before);
  });

  it('starts the current period from the data: six steps, the data’s steps filled in, the manual ones open', async () => {
    const cycle = ok(await calls.cycle(groupId));
    const pupils = new Set(world.demo.pupilsOf(groupId));
    const vakken = VAKKEN.filter((v) =>
      world.data.toetsresultaat.some((r) => pupils.has(r.leerling_id) && vakOf(world.data, r) === v),
    );
    expect(cycle).toMatchObject({
      group: {
        id: groupId,
        name: 'Groep 5',
        schooljaar: world.demo.currentYear,
        schoolId: world.demo.schoolA,
      },
      periode: { id: p1(), name: periods[0]?.name },
      periods: periods.map(({ id, name }) => ({ id, name })),
      plans: [],
      vakken,
    });
    expect(cycle.abilities).toContain('plan.write');
    expect(cycle.steps.map((s) => [s.stap, s.manual])).toEqual([
      [1, false],
      [2, true],
      [3, false],
      [4, true],
      [5, false],
      [6, false],
    ]);
    expect(closingDataMeetpunt(world, groupId, 'rekenen-wiskunde', periods[0]?.endDate ?? '')).toBe(meetpunt);
    expect(step(cycle, 1)).toEqual({
      stap: 1,
      state: 'klaar',
      done: [{ code: 'noPreviousPlans' }, { code: 'groepsoverzichtFilled', meetpunt }],
      missing: [],
      manual: false,
    });
    expect(signalled.length).toBeGreaterThan(3);
    expect(step(cycle, 2)).toMatchObject({
      state: 'open',
      done: [{ code: 'pupilsSignalled', count: signalled.length }],
    });
    const three = step(cycle, 3);
    expect([three.state, three.done]).toEqual(['open', [{ code: 'pupilsWithNeed', count: 0 }]]);
    expect(missingNeeds(three.missing[0])).toEqual({
      n: signalled.length,
      names: signalled.map(nameOf).sort(),
    });
    expect(step(cycle, 4)).toMatchObject({
      state: 'open',
      missing: [{ code: 'confirmClusters' }],
    });
    expect(step(cycle, 5)).toMatchObject({
      state: 'open',
      done: [],
      missing: [
        {
          code: 'plansMissing',
          vakken: ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen', 'technisch-lezen'],
        },
      ],
    });
    expect(step(cycle, 6)).toMatchObject({ state: 'open', done: [], missing: [] });
    // Any period of the group's year can be asked for; the same data gives the same start.
    const { abilities, ...asIb } = ok(await calls.cycle(groupId, p1(), 'ib'));
    expect({ ...asIb, abilities: cycle.abilities }).toEqual(cycle);
    expect(abilities).toContain('period.manage');
    expect(ok(await calls.cycle(groupId, p2())).periode).toEqual({ id: p2(), name: periods[1]?.name });
  });

  it('counts a signalled pupil done in step 3 once the groepsoverzicht names an onderwijsbehoefte', async () => {
    const write = (pupilId: string, texts: object) =>
      world.api.call('PUT', `/groups/${groupId}/groepsoverzicht/${pupilId}`, {
        cookie: world.cookies.leerkracht,
        body: {
          periodeId: p1(),
          version: 0,
          stimulerend: '',
          belemmerend: '',
          behoeftePedagogisch: '',
          behoefteDidactisch: '',
          ...texts,
        },
      });
    const [last, beforeLast, ...rest] = signalled;
    for (const [i, id] of rest.entries()) {
      const text =
        i % 2 === 0
          ? { behoefteDidactisch: 'Concreet materiaal' }
          : { behoeftePedagogisch: 'Een vaste plek' };
      expect((await write(id, text)).status).toBe(200);
    }
    // Only stimulating factors, no need: still missing.
    expect((await write(last ?? '', { stimulerend: 'Werkt graag samen' })).status).toBe(200);
    let three = step(ok(await calls.cycle(groupId)), 3);
    expect([three.state, three.done]).toEqual(['bezig', [{ code: 'pupilsWithNeed', count: rest.length }]]);
    expect(missingNeeds(three.missing[0])).toEqual({
      n: 2,
      names: [last, beforeLast].map((id) => nameOf(id ?? '')).sort(),
    });
    // The other period's step 3 is its own.
    expect(step(ok(await calls.cycle(groupId, p2())), 3).state).toBe('open');

    expect((await write(beforeLast ?? '', { behoefteDidactisch: 'Verlengde instructie' })).status).toBe(200);
    const saved = await world.api.call('PUT', `/groups/${groupId}/groepsoverzicht/${last}`, {
      cookie: world.cookies.leerkracht,
      body: {
        periodeId: p1(),
        version: 1,
        stimulerend: 'Werkt graag samen',
        belemmerend: '',
        behoeftePedagogisch: 'Rust',
        behoefteDidactisch: '',
      },
    });
    expect(saved.status).toBe(200);
    three = step(ok(await calls.cycle(groupId)), 3);
    expect(three).toEqual({
      stap: 3,
      state: 'klaar',
      done: [{ code: 'pupilsWithNeed', count: signalled.length }],
      missing: [],
      manual: false,
    });
  });

  it('marks steps 2 and 4 done and undone by hand for one period, audited', async () => {
    const before = await countRows(world.database.db, WRITES);
    const at = world.at(50);
    const two = ok(await calls.markStep(groupId, 2, { periodeId: p1(), done: true }));
    expect(step(two, 2)).toEqual({ ...step(two, 2), state: 'klaar', missing: [] });
    expect(step(two, 4).state).toBe('open');
    world.at(60);
    const four = ok(await calls.markStep(groupId, 4, { periodeId: p1(), done: true }, 'ib'));
    expect([step(four, 2).state, step(four, 4).state, step(four, 4).missing]).toEqual(['klaar', 'klaar', []]);
    // Marking again keeps one mark; the other period stays open.
    world.at(70);
    const again = ok(await calls.markStep(groupId, 4, { periodeId: p1(), done: true }, 'ib'));
    const other = ok(await calls.cycle(groupId, p2()));
    expect([step(other, 2).state, step(other, 4).state]).toEqual(['open', 'open']);
    world.at(80);
    const undone = ok(await calls.markStep(groupId, 2, { periodeId: p1(), done: false }));
    expect(step(undone, 2)).toMatchObject({
      state: 'open',
      missing: [{ code: 'confirmSignals' }],
    });
    expect(step(undone, 4).state).toBe('klaar');

    const marks = await world.database.db
      .selectFrom('cyclus_stap')
      .selectAll()
      .where('groep_id', '=', groupId)
      .execute();
    const ib = world.demo.account(LOGIN.ib).id;
    expect(marks.map((m) => [m.periode_id, m.stap, m.done_by, m.done_at])).toEqual([
      [p1(), 4, ib, timeAt(70)],
    ]);
    const audits = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'cycle.step')
      .orderBy('at')
      .execute();
    const teacher = world.demo.account(LOGIN.leerkracht).id;
    expect(
      audits.map((r) => [r.user_id, r.entity, r.entity_id, r.school_id, r.at, JSON.parse(r.details ?? '{}')]),
    ).toEqual([
      [teacher, 'groep', groupId, world.demo.schoolA, at, { stap: 2, done: true }],
      [ib, 'groep', groupId, world.demo.schoolA, timeAt(60), { stap: 4, done: true }],
      [ib, 'groep', groupId, world.demo.schoolA, timeAt(70), { stap: 4, done: true }],
      [teacher, 'groep', groupId, world.demo.schoolA, timeAt(80), { stap: 2, done: false }],
    ]);
    // Besides the four changes, one read row for every answer that showed pupils by name (the route
    // layer audits those), naming exactly those pupils.
    const answers = [two, four, again, other, undone].map(namedIn).filter((ids) => ids.length > 0);
    const reads = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'cycle.read')
      .where('at', '>=', at)
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(
      reads.map((r) => (JSON.parse(r.details ?? '{}') as { leerlingIds?: string[] }).leerlingIds),
    ).toEqual(answers);
    expect(await countRows(world.database.db, WRITES)).toEqual({
      cyclus_stap: (before.cyclus_stap ?? 0) + 1,
      audit_log: (before.audit_log ?? 0) + 4 + answers.length,
    });
  });

  it('refuses marking a step without a session, by the wrong role, for others, or with bad input; writes nothing', async () => {
    const body = { periodeId: p1(), done: true };
    const before = await countRows(world.database.db, WRITES);
    const stored = ok(await calls.cycle(groupId));
    expectError(await calls.markStep(groupId, 2, body, null), 401, 'unauthenticated');
    expectError(await calls.markStep(groupId, 2, body, 'bestuur'), 403, 'forbidden');
    expectError(await calls.markStep(groupId, 2, body, 'schoolleider'), 403, 'forbidden');
    for (const who of ['leerkracht7', 'ibOtherSchool'] as const) {
      expectSameNotFound(
        await calls.markStep(groupId, 2, body, who),
        await calls.markStep(unknownId(), 2, body, who),
      );
    }
    for (const stap of [1, 3, 5, 6, 7]) {
      const error = expectError(await calls.markStep(groupId, stap, body), 400, 'invalid_input');
      expect(error.issues?.map((i) => i.field)).toEqual(['stap']);
    }
    expectInvalidInput(await calls.markStep(groupId, 'twee', body), 'stap');
    expectInvalidInput(await calls.markStep(groupId, 2, { periodeId: p1() }), 'done');
    expectInvalidInput(await calls.markStep(groupId, 2, { done: true }), 'periodeId');
    const lastYear = (await world.periods('2025-2026'))[0]?.id;
    const period = expectError(
      await calls.markStep(groupId, 2, { periodeId: lastYear, done: true }),
      400,
      'invalid_input',
    );
    expect(period.issues?.map((i) => i.field)).toEqual(['periodeId']);
    expect(await countRows(world.database.db, WRITES)).toEqual(before);
    expect(ok(await calls.cycle(groupId))).toEqual(stored);
  });
});
