/**
 * GET /schools/{id}/todos: each role's to-do list at the school. The expected items are worked out from
 * the generated demo (its afspraken, besprekingen, OPPs and groups) by the rules the items stand for,
 * written out here by hand; then the world is changed through the API (a step marked, a plan made, a
 * teambespreking held) or the clock moved, and the list must follow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { LOGIN, TEST_NOW, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { TodoItem, TodosResponse } from './todos.schema';

const TODAY = TEST_NOW.toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** Seconds from TEST_NOW to 10:00 UTC on the day, for world.at. */
const secondsTo = (day: string) => (Date.parse(`${day}T10:00:00Z`) - TEST_NOW.getTime()) / 1000;

type Code = TodoItem['code'];
const only = <C extends Code>(list: TodosResponse, code: C) =>
  list.items.filter((i): i is Extract<TodoItem, { code: C }> => i.code === code);

describe.each(testEngines())('to-dos on the start page (%s)', (engine) => {
  let world: DemoWorld;
  const todos = (who: LoginName | null, schoolId = world.demo.schoolA, query = '') =>
    world.api.call<TodosResponse>('GET', `/schools/${schoolId}/todos${query}`, {
      cookie: who ? world.cookies[who] : undefined,
    });

  /** Moves the clock to the day (0: back to TEST_NOW) and logs in again: a session does not last weeks. */
  const onDay = async (day: string | 0, who: LoginName) => {
    world.at(day === 0 ? 0 : secondsTo(day));
    world.cookies[who] = await world.api.login(LOGIN[who]);
  };

  beforeAll(async () => {
    world = await demoWorld(engine);
  });
  afterAll(async () => world.database.dispose());

  const stamgroepenA = () =>
    world.demo.groupsOf(world.demo.schoolA).filter((g) => (g.kind ?? 'stamgroep') === 'stamgroep');

  it('refuses without a session, to a role that never sees a pupil, and at another school', async () => {
    expectError(await todos(null), 401, 'unauthenticated');
    expectError(await todos('bestuur'), 403, 'forbidden');
    expectError(await todos('beheerder'), 403, 'forbidden');
    expectSameNotFound(await todos('ib', world.demo.schoolB), await todos('ib', unknownId()));
    expectSameNotFound(await todos('leerkracht', world.demo.schoolB), await todos('leerkracht', unknownId()));
  });

  it('refuses a role that is not one of the three lists, and a school id that cannot be one', async () => {
    expectError(await todos('ib', world.demo.schoolA, '?role=directeur'), 400, 'invalid_input');
    expectError(await todos('ib', 'x'.repeat(65)), 400, 'invalid_input');
  });

  it("gives the leerkracht their own open afspraken and their group's next step, nothing of the IB", async () => {
    const list = ok(await todos('leerkracht'));
    expect(list.roles).toEqual(['leerkracht']);
    expect(list.today).toBe(TODAY);
    const userId = world.demo.account(LOGIN.leerkracht).id;
    const open = world.data.zorg.afspraak.filter(
      (a) => a.owner_user_id === userId && a.status === 'open' && a.school_id === world.demo.schoolA,
    );
    const deadlines = open.flatMap((a) => (a.deadline ? [a.deadline] : []));
    expect(only(list, 'afsprakenOpen')).toEqual(
      open.length === 0
        ? []
        : [
            {
              code: 'afsprakenOpen',
              role: 'leerkracht',
              count: open.length,
              overdue: deadlines.filter((d) => d < TODAY).length,
              nextDeadline: deadlines.filter((d) => d >= TODAY).sort()[0] ?? null,
            },
          ],
    );
    // Groep 5 has last year's E results and no plans yet (the test demo runs no cycle): step 1 is done,
    // step 2 waits for the teacher to confirm the signals were discussed.
    const own = world.demo.groupsTaughtBy(LOGIN.leerkracht).filter((g) => stamgroepenA().includes(g));
    const steps = only(list, 'cycleStep');
    expect(steps.map((s) => s.group.id)).toEqual(own.map((g) => g.id));
    expect(steps[0]).toMatchObject({ stap: 2, state: 'open', missing: [{ code: 'confirmSignals' }] });
    expect(steps[0]?.periode.endDate).toBe(`${world.demo.currentYear.slice(5)}-01-31`);
    const ibCodes: Code[] = ['groupsByStep', 'besprekingDue', 'pupilsToDiscuss', 'oppTerm', 'importOverdue'];
    expect(list.items.filter((i) => ibCodes.includes(i.code))).toEqual([]);
    expect(list.items.filter((i) => i.code === 'teambespreking' || i.code === 'ambitionsMissing')).toEqual(
      [],
    );
  });

  it('gives the IB every group by its step, besprekingen due, the pupils to discuss and OPP terms', async () => {
    const list = ok(await todos('ib'));
    expect(list.roles).toEqual(['ib']);
    expect(only(list, 'cycleStep')).toEqual([]);
    const [byStep] = only(list, 'groupsByStep');
    const listed = [...(byStep?.steps.flatMap((s) => s.groups) ?? []), ...(byStep?.done ?? [])];
    expect(listed.map((g) => g.id).sort()).toEqual(
      stamgroepenA()
        .map((g) => g.id ?? '')
        .sort(),
    );

    const until = plusDays(TODAY, 14);
    const due = world.data.zorg.bespreking.filter(
      (b) =>
        b.school_id === world.demo.schoolA &&
        b.schooljaar === world.demo.currentYear &&
        b.status === 'gepland' &&
        b.planned_on <= until,
    );
    expect(due.length).toBeGreaterThan(0);
    expect(only(list, 'besprekingDue').map((b) => [b.bespreking.id, b.overdue])).toEqual(
      [...due]
        .sort((a, b) => a.planned_on.localeCompare(b.planned_on))
        .map((b) => [b.id, b.planned_on < TODAY]),
    );

    const toDiscuss = ok(
      await world.api.call<{ pupils: unknown[] }>('GET', `/schools/${world.demo.schoolA}/pupils-to-discuss`, {
        cookie: world.cookies.ib,
      }),
    );
    expect(only(list, 'pupilsToDiscuss')).toEqual(
      toDiscuss.pupils.length > 0
        ? [{ code: 'pupilsToDiscuss', role: 'ib', count: toDiscuss.pupils.length }]
        : [],
    );

    // OPP terms by hand: vaststelling six weeks after the decision while a concept; evaluation with the
    // parents a year after the vaststelling or the last such evaluation; listed when past or within 14 days.
    const pupilsA = new Set(
      world.data.leerling.filter((l) => l.school_id === world.demo.schoolA).map((l) => l.id),
    );
    const addYear = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
    const expected = world.data.zorg.opp
      .filter((o) => pupilsA.has(o.leerling_id) && o.status !== 'beeindigd')
      .flatMap((o) => {
        const terms: [string, string][] = [];
        if (o.status === 'concept' || !o.vastgesteld_on)
          terms.push(['vaststelling', plusDays(o.decided_on, 42)]);
        const evaluated = world.data.zorg.opp_evaluatie
          .filter((e) => e.opp_id === o.id && e.kind === 'evaluatie' && e.with_parents === 1)
          .map((e) => e.evaluated_on);
        const since = [o.vastgesteld_on, ...evaluated]
          .filter((d): d is string => !!d)
          .sort()
          .at(-1);
        if (since) terms.push(['evaluatie', addYear(since)]);
        return terms.filter(([, d]) => d <= until).map(([term, d]) => `${o.id}|${term}|${d}|${d < TODAY}`);
      });
    expect(
      only(list, 'oppTerm')
        .map((o) => `${o.opp.id}|${o.term}|${o.due}|${o.overdue}`)
        .sort(),
    ).toEqual(expected.sort());
    expect(only(list, 'importOverdue')).toEqual([]);
  });

  it('writes one audit row per read, naming the school', async () => {
    ok(await todos('ib'));
    const rows = await world.database.db
      .selectFrom('audit_log')
      .select(['entity_id'])
      .where('action', '=', 'home.todos.read')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.entity_id === world.demo.schoolA)).toBe(true);
  });

  it("gives the schoolleider last June's teambespreking to hold, and no list of an IB or teacher", async () => {
    const list = ok(await todos('schoolleider'));
    expect(list.roles).toEqual(['schoolleider']);
    // The test demo has results of last year's E and held no teambespreking on them.
    const lastYear = `${Number(world.demo.currentYear.slice(0, 4)) - 1}-${world.demo.currentYear.slice(0, 4)}`;
    expect(only(list, 'teambespreking')).toEqual([
      {
        code: 'teambespreking',
        role: 'schoolleider',
        schooljaar: lastYear,
        moment: 'E',
        state: 'due',
        after: null,
      },
    ]);
    // The demo sets every year's ambitions in September.
    expect(only(list, 'ambitionsMissing')).toEqual([]);
    expect(list.items.filter((i) => i.code === 'groupsByStep' || i.code === 'cycleStep')).toEqual([]);
  });

  it('keeps to the asked role: an IB asking for the leerkracht list gets none', async () => {
    const list = ok(await todos('ib', world.demo.schoolA, '?role=leerkracht'));
    expect(list).toMatchObject({ roles: [], items: [] });
  });

  it('announces the next teambespreking once the last one is held', async () => {
    const lastYear = `${Number(world.demo.currentYear.slice(0, 4)) - 1}-${world.demo.currentYear.slice(0, 4)}`;
    ok(
      await world.api.call('POST', `/schools/${world.demo.schoolA}/teambesprekingen`, {
        cookie: world.cookies.schoolleider,
        body: { schooljaar: lastYear, moment: 'E', heldOn: TODAY },
      }),
      201,
    );
    const list = ok(await todos('schoolleider'));
    expect(only(list, 'teambespreking')).toEqual([
      {
        code: 'teambespreking',
        role: 'schoolleider',
        schooljaar: world.demo.currentYear,
        moment: 'M',
        state: 'upcoming',
        after: `${world.demo.currentYear.slice(5)}-01-31`,
      },
    ]);
  });

  it('tells the schoolleider when ambitions of last year have no counterpart this year', async () => {
    const dropped = await world.database.db
      .updateTable('ambitie')
      .set({ status: 'vervallen' })
      .where('school_id', '=', world.demo.schoolA)
      .where('schooljaar', '=', world.demo.currentYear)
      .where('vak', '=', 'spelling')
      .where('status', '=', 'actief')
      .executeTakeFirst();
    const n = Number(dropped.numUpdatedRows);
    expect(n).toBeGreaterThan(0);
    const active = await world.database.db
      .selectFrom('ambitie')
      .select('id')
      .where('school_id', '=', world.demo.schoolA)
      .where('schooljaar', '=', world.demo.currentYear)
      .where('status', '=', 'actief')
      .execute();
    const list = ok(await todos('schoolleider'));
    expect(only(list, 'ambitionsMissing')).toEqual([
      {
        code: 'ambitionsMissing',
        role: 'schoolleider',
        schooljaar: world.demo.currentYear,
        set: active.length,
        missing: n,
      },
    ]);
  });

  it("moves the teacher's step on once signals are confirmed, and lists a plan to evaluate near the period's end", async () => {
    const group = world.demo.group(world.demo.schoolA, 'Groep 5');
    const cycle = ok(
      await world.api.call<{ periode: { id: string } }>('GET', `/groups/${group.id}/cycle`, {
        cookie: world.cookies.leerkracht,
      }),
    );
    ok(
      await world.api.call('PUT', `/groups/${group.id}/cycle/2`, {
        cookie: world.cookies.leerkracht,
        body: { periodeId: cycle.periode.id, done: true },
      }),
    );
    const [step] = only(ok(await todos('leerkracht')), 'cycleStep');
    expect(step?.stap).toBeGreaterThan(2);
    const plan = ok(
      await world.api.call<{ id: string; vak: string }>('POST', `/groups/${group.id}/plans`, {
        cookie: world.cookies.leerkracht,
        body: { periodeId: cycle.periode.id, vak: 'rekenen-wiskunde', vorm: 'groepsplan' },
      }),
      201,
    );
    // Four weeks before the period's end the plan is not yet on the list; two weeks before, it is.
    const end = `${world.demo.currentYear.slice(5)}-01-31`;
    await onDay(plusDays(end, -28), 'leerkracht');
    expect(only(ok(await todos('leerkracht')), 'planToEvaluate')).toEqual([]);
    await onDay(plusDays(end, -14), 'leerkracht');
    expect(only(ok(await todos('leerkracht')), 'planToEvaluate')).toEqual([
      {
        code: 'planToEvaluate',
        role: 'leerkracht',
        group: { id: group.id, name: 'Groep 5' },
        plan: { id: plan.id, vak: 'rekenen-wiskunde' },
        previous: false,
        periodEnd: end,
        overdue: false,
      },
    ]);
    await onDay(0, 'leerkracht');
  });

  it('tells the IB the results of M are missing once its period has ended without them', async () => {
    const end = `${world.demo.currentYear.slice(5)}-01-31`;
    await onDay(end, 'ib');
    expect(only(ok(await todos('ib')), 'importOverdue')).toEqual([]);
    await onDay(plusDays(end, 1), 'ib');
    expect(only(ok(await todos('ib')), 'importOverdue')).toEqual([
      { code: 'importOverdue', role: 'ib', schooljaar: world.demo.currentYear, moment: 'M', since: end },
    ]);
    await onDay(0, 'ib');
  });
});
