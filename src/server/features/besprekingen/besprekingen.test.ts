/**
 * GET/POST /schools/{id}/besprekingen, the jaarplanning and GET /besprekingen/{id}. The IB and the
 * schoolleider plan and see every bespreking of their school; a leerkracht sees those of own groups and
 * pupils and plans none (403); another school, the bestuur and the beheerder find nothing (404, as for an
 * unknown id). Refused requests write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { BesprekingDetail } from './besprekingen.schema';
import { callers } from './besprekingen-test-support';

const WRITES = ['bespreking', 'bespreking_deelnemer', 'audit_log'] as const;
const OUTSIDERS = ['ibOtherSchool', 'leerkrachtOtherSchool', 'bestuur', 'beheerder'] as const;

interface List {
  schooljaar: string;
  besprekingen: { id: string; plannedOn: string; status: string; group: { name: string } | null }[];
  periods: { id: string }[];
  groups: { id: string; name: string }[];
}

describe.each(testEngines())('besprekingen: list, plan and open (%s)', (engine) => {
  let world: DemoWorld;
  let api: ReturnType<typeof callers>;
  let group5: string;
  let pupil5: string;
  let periods: { id: string }[];
  let made: BesprekingDetail;
  let aboutPupil: BesprekingDetail;

  beforeAll(async () => {
    world = await demoWorld(engine);
    api = callers(world);
    group5 = world.demo.group(world.demo.schoolA, 'Groep 5').id ?? '';
    pupil5 = world.demo.activePupilsOf(group5)[0] ?? '';
    periods = await api.periods(world.demo.currentYear);
    made = ok(
      await api.create('ib', {
        kind: 'groepsbespreking',
        groepId: group5,
        periodeId: periods[0]?.id,
        plannedOn: '2026-12-10',
      }),
      201,
    );
    aboutPupil = ok(
      await api.create('ib', { kind: 'leerlingbespreking', leerlingId: pupil5, plannedOn: '2026-12-12' }),
      201,
    );
  });
  afterAll(async () => world.database.dispose());

  const list = (who: LoginName | null, schoolId = world.demo.schoolA, query = '') =>
    api.call<List>(who, 'GET', `/schools/${schoolId}/besprekingen${query}`);
  const plan = (who: LoginName | null, body: object, schoolId = world.demo.schoolA) =>
    api.call<List & { created: number; moved: number; kept: number }>(
      who,
      'POST',
      `/schools/${schoolId}/besprekingen/planning`,
      body,
    );
  const counts = () => countRows(world.database.db, WRITES);
  const userId = (who: LoginName) => world.demo.account(LOGIN[who]).id;
  const nameOf = (who: LoginName) => world.demo.account(LOGIN[who]).name;
  const groupOf = (name: string, schoolId = world.demo.schoolA) => world.demo.group(schoolId, name).id ?? '';

  it('lists the schooljaar’s besprekingen: the IB all, a leerkracht only those of own groups and pupils', async () => {
    const ids = (l: List) => l.besprekingen.map((b) => b.id);
    const forIb = ok(await list('ib'));
    expect(forIb.schooljaar).toBe(world.demo.currentYear);
    expect(ids(forIb)).toEqual(expect.arrayContaining([made.id, aboutPupil.id]));
    expect(forIb.periods.length).toBe(2);
    expect(forIb.groups.map((g) => g.name)).toEqual(
      world.demo
        .groupsOf(world.demo.schoolA)
        .map((g) => g.name)
        .sort(),
    );
    expect(ids(ok(await list('leerkracht')))).toEqual(expect.arrayContaining([made.id, aboutPupil.id]));
    const other = ok(await list('leerkracht7'));
    expect(ids(other)).not.toContain(made.id);
    expect(ids(other)).not.toContain(aboutPupil.id);
    expect(other.groups.map((g) => g.name)).toEqual(['Groep 7']);
    // Besides the ones made here, exactly the demo's own of that kind or schooljaar.
    const demoIds = (schooljaar: string, kind?: string) =>
      world.data.zorg.bespreking
        .filter((b) => b.school_id === world.demo.schoolA && b.schooljaar === schooljaar)
        .filter((b) => kind === undefined || b.kind === kind)
        .map((b) => b.id);
    expect(
      ok(await list('ib', world.demo.schoolA, '?kind=leerlingbespreking'))
        .besprekingen.map((b) => b.id)
        .sort(),
    ).toEqual([aboutPupil.id, ...demoIds(world.demo.currentYear, 'leerlingbespreking')].sort());
    const lastYear = ok(await list('schoolleider', world.demo.schoolA, '?schooljaar=2025-2026'));
    expect(lastYear.besprekingen.map((b) => b.id).sort()).toEqual(demoIds('2025-2026').sort());
  });

  it('refuses the list: 401, and 404 for another school, the bestuur and the beheerder as for an unknown school', async () => {
    expectError(await list(null), 401, 'unauthenticated');
    for (const who of OUTSIDERS) expectSameNotFound(await list(who), await list(who, unknownId()));
    expectInvalidInput(await list('ib', world.demo.schoolA, '?schooljaar=2025'), 'schooljaar');
    expectInvalidInput(await list('ib', world.demo.schoolA, '?schooljaar=2019-2020'), 'schooljaar');
    expectInvalidInput(await list('ib', world.demo.schoolA, '?kind=teambespreking'), 'kind');
  });

  it('plans a bespreking with the group’s or the pupil’s teachers and the planner as participants', async () => {
    const staff = (d: BesprekingDetail) =>
      d.deelnemers
        .filter((p) => p.kind === 'medewerker')
        .map((p) => p.userId)
        .sort();
    expect(staff(made)).toEqual([userId('leerkracht'), userId('ib')].sort());
    expect(staff(aboutPupil)).toEqual([userId('leerkracht'), userId('ib')].sort());
    expect(made).toMatchObject({
      kind: 'groepsbespreking',
      status: 'gepland',
      version: 1,
      schooljaar: world.demo.currentYear,
      group: { id: group5, name: 'Groep 5' },
      pupil: null,
      periode: { id: periods[0]?.id },
      plannedOn: '2026-12-10',
      heldOn: null,
      decision: null,
      readOnly: false,
      questions: [
        'doelenBereikt',
        'ambitiesBereikt',
        'kwaliteitOnderwijs',
        'gevolgenGroepsplan',
        'ondersteuningLeerkracht',
      ],
      answers: {
        doelenBereikt: '',
        ambitiesBereikt: '',
        kwaliteitOnderwijs: '',
        gevolgenGroepsplan: '',
        ondersteuningLeerkracht: '',
      },
      updatedBy: nameOf('ib'),
      consentWarning: null,
    });
    expect(made.staff.map((s) => s.id)).toEqual(
      expect.arrayContaining([userId('ib'), userId('leerkracht7')]),
    );
    expect(made.staff.map((s) => s.id)).not.toContain(userId('bestuur'));
    const chosen = ok(
      await api.create('schoolleider', {
        kind: 'zorgteam',
        leerlingId: pupil5,
        plannedOn: '2027-01-15',
        deelnemers: [
          { kind: 'medewerker', userId: userId('leerkracht7') },
          { kind: 'extern', name: 'Mr. Ortho', role: 'orthopedagoog', organisation: 'SWV De Brug' },
        ],
      }),
      201,
    );
    expect(chosen.deelnemers.map(({ id: _id, ...d }) => d)).toEqual([
      {
        kind: 'extern',
        userId: null,
        verzorgerId: null,
        name: 'Mr. Ortho',
        role: 'orthopedagoog',
        organisation: 'SWV De Brug',
      },
      {
        kind: 'medewerker',
        userId: userId('leerkracht7'),
        verzorgerId: null,
        name: nameOf('leerkracht7'),
        role: null,
        organisation: null,
      },
    ]);
    expect(chosen.pupil?.id).toBe(pupil5);
    const audits = await world.database.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'bespreking.create')
      .execute();
    expect(audits.map((a) => a.entity_id)).toEqual(
      expect.arrayContaining([made.id, aboutPupil.id, chosen.id]),
    );
  });

  it('refuses to plan without the right or for another school, and writes nothing', async () => {
    const body = { kind: 'groepsbespreking', groepId: group5, plannedOn: '2026-12-10' };
    const before = await counts();
    expectError(await api.create(null, body), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'leerkrachtOtherSchool'] as const)
      expectError(await api.create(who, body), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur', 'beheerder'] as const)
      expectSameNotFound(await api.create(who, body), await api.create(who, body, unknownId()));
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the field, and writes nothing', async () => {
    const before = await counts();
    const otherGroup = groupOf('Groep 5/6', world.demo.schoolB);
    expectInvalidInput(
      await api.create('ib', { kind: 'groepsbespreking', plannedOn: '2026-12-10' }),
      'groepId',
    );
    expectInvalidInput(await api.create('ib', { kind: 'zorgteam', plannedOn: '2026-12-10' }), 'leerlingId');
    expectInvalidInput(
      await api.create('ib', { kind: 'groepsbespreking', groepId: group5, plannedOn: '10-12-2026' }),
      'plannedOn',
    );
    expectInvalidInput(
      await api.create('ib', { kind: 'teambespreking', groepId: group5, plannedOn: '2026-12-10' }),
      'kind',
    );
    expectInvalidInput(
      await api.create('ib', { kind: 'groepsbespreking', groepId: otherGroup, plannedOn: '2026-12-10' }),
      'groepId',
    );
    expectInvalidInput(
      await api.create('ib', {
        kind: 'groepsbespreking',
        groepId: group5,
        periodeId: unknownId(),
        plannedOn: '2026-12-10',
      }),
      'periodeId',
    );
    expectInvalidInput(
      await api.create('ib', {
        kind: 'leerlingbespreking',
        leerlingId: pupil5,
        plannedOn: '2026-12-10',
        deelnemers: [{ kind: 'medewerker', userId: userId('ibOtherSchool') }],
      }),
      'deelnemers.0.userId',
    );
    expect(await counts()).toEqual(before);
  });

  it('fills in the jaarplanning: a groepsbespreking per group and period, moved when planned again, kept once held', async () => {
    const [first, second] = periods.map((p) => p.id);
    const groups = ['Groep 3', 'Groep 4', 'Groep 6'].map((n) => groupOf(n));
    // The demo holds this year's jaarplanning; these three groups start without theirs, as at a
    // school that plans them for the first time.
    const demoPlanned = world.data.zorg.bespreking
      .filter((b) => b.kind === 'groepsbespreking' && groups.includes(b.groep_id ?? ''))
      .filter((b) => b.schooljaar === world.demo.currentYear)
      .map((b) => b.id);
    expect(demoPlanned.length).toBe(6);
    await world.database.db
      .deleteFrom('bespreking_deelnemer')
      .where('bespreking_id', 'in', demoPlanned)
      .execute();
    await world.database.db.deleteFrom('bespreking').where('id', 'in', demoPlanned).execute();
    const items = groups.flatMap((groepId) => [
      { groepId, periodeId: first, plannedOn: '2026-12-01' },
      { groepId, periodeId: second, plannedOn: '2027-06-20' },
    ]);
    const planned = ok(await plan('ib', { schooljaar: world.demo.currentYear, items }));
    expect({ created: planned.created, moved: planned.moved, kept: planned.kept }).toEqual({
      created: 6,
      moved: 0,
      kept: 0,
    });
    const inGrid = (l: List) =>
      l.besprekingen.filter((b) => ['Groep 3', 'Groep 4', 'Groep 6'].includes(b.group?.name ?? ''));
    expect(inGrid(planned).length).toBe(6);
    const held = inGrid(planned)[0];
    ok(await api.status('ib', held?.id ?? '', { version: 1, status: 'gehouden' }));
    const moved = ok(
      await plan('schoolleider', {
        schooljaar: world.demo.currentYear,
        items: items.map((i) => ({ ...i, plannedOn: i.plannedOn.replace(/-\d\d$/, '-15') })),
      }),
    );
    expect({ created: moved.created, moved: moved.moved, kept: moved.kept }).toEqual({
      created: 0,
      moved: 5,
      kept: 1,
    });
    expect(inGrid(moved).find((b) => b.id === held?.id)?.plannedOn).toBe(held?.plannedOn);
    expect(
      inGrid(moved)
        .filter((b) => b.id !== held?.id)
        .every((b) => b.plannedOn.endsWith('-15')),
    ).toBe(true);
  });

  it('refuses a jaarplanning with a wrong cell as a whole, naming the cell, and refuses others', async () => {
    const item = { groepId: groupOf('Groep 8'), periodeId: periods[0]?.id, plannedOn: '2026-12-03' };
    const body = (items: object[]) => ({ schooljaar: world.demo.currentYear, items });
    const before = await counts();
    expectInvalidInput(
      await plan('ib', body([item, { ...item, groepId: groupOf('Groep 5/6', world.demo.schoolB) }])),
      'items.1.groepId',
    );
    expectInvalidInput(
      await plan('ib', body([item, { ...item, periodeId: unknownId() }])),
      'items.1.periodeId',
    );
    expectInvalidInput(await plan('ib', body([item, item])), 'items.1');
    expectInvalidInput(await plan('ib', body([])), 'items');
    expectInvalidInput(await plan('ib', { ...body([item]), schooljaar: '2030-2031' }), 'schooljaar');
    expectError(await plan(null, body([item])), 401, 'unauthenticated');
    expectError(await plan('leerkracht', body([item])), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur'] as const)
      expectSameNotFound(await plan(who, body([item])), await plan(who, body([item]), unknownId()));
    expect(await counts()).toEqual(before);
  });

  it('opens a bespreking for whom may see it, 404 for others as for an unknown one, and audits each read', async () => {
    const reads = async () =>
      (
        await world.database.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'bespreking.read')
          .where('entity_id', '=', made.id)
          .execute()
      ).length;
    const before = await reads();
    expectError(await api.read(null, made.id), 401, 'unauthenticated');
    expect(ok(await api.read('leerkracht', made.id)).id).toBe(made.id);
    expect(ok(await api.read('schoolleider', made.id)).abilities).toContain('zorg.write');
    expect(ok(await api.read('leerkracht', aboutPupil.id)).abilities).not.toContain('zorg.write');
    expect(await reads()).toBe(before + 2);
    for (const who of ['leerkracht7', ...OUTSIDERS] as const)
      for (const id of [made.id, aboutPupil.id])
        expectSameNotFound(await api.read(who, id), await api.read(who, unknownId()));
    expect(await reads()).toBe(before + 2);
  });
});
