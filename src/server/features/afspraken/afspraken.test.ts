/**
 * Afspraken: GET /me/afspraken, GET/POST /schools/{id}/afspraken, PATCH /afspraken/{id}. The IB and the
 * schoolleider record afspraken for anyone of the school and change everything; a leerkracht records
 * them for themselves and, as the owner, moves the status; a leerkracht sees their own and those of own
 * groups and pupils. Another school, the bestuur and the beheerder find nothing (404 as for an unknown
 * id). Refused requests write nothing; a stale version gets 409 with the afspraak as it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { Afspraak } from './afspraken.schema';

const WRITES = ['afspraak', 'audit_log'] as const;
const OUTSIDERS = ['ibOtherSchool', 'leerkrachtOtherSchool', 'bestuur', 'beheerder'] as const;

describe.each(testEngines())('afspraken (%s)', (engine) => {
  let world: DemoWorld;
  let group5: string;
  let pupil5: string;
  let made: Afspraak;

  beforeAll(async () => {
    world = await demoWorld(engine);
    group5 = world.demo.group(world.demo.schoolA, 'Groep 5').id ?? '';
    pupil5 = world.demo.activePupilsOf(group5)[0] ?? '';
    made = ok(
      await create('ib', {
        text: 'Leesplan met ouders bespreken',
        ownerUserId: userId('leerkracht'),
        leerlingId: pupil5,
        deadline: '2026-11-20',
      }),
      201,
    );
  });
  afterAll(async () => world.database.dispose());

  const cookie = (who: LoginName | null) => (who ? world.cookies[who] : undefined);
  const userId = (who: LoginName) => world.demo.account(LOGIN[who]).id;
  function create(who: LoginName | null, body: object, schoolId = world.demo.schoolA) {
    return world.api.call<Afspraak>('POST', `/schools/${schoolId}/afspraken`, { cookie: cookie(who), body });
  }
  const patch = (who: LoginName | null, id: string, body: object) =>
    world.api.call<Afspraak>('PATCH', `/afspraken/${id}`, { cookie: cookie(who), body });
  const list = (who: LoginName | null, schoolId = world.demo.schoolA, query = '') =>
    world.api.call<{ afspraken: Afspraak[] }>('GET', `/schools/${schoolId}/afspraken${query}`, {
      cookie: cookie(who),
    });
  const mine = (who: LoginName | null) =>
    world.api.call<{ afspraken: Afspraak[]; besprekingen: { id: string }[] }>('GET', '/me/afspraken', {
      cookie: cookie(who),
    });
  const counts = () => countRows(world.database.db, WRITES);
  const ids = (items: { id: string }[]) => items.map((i) => i.id);

  it('records an afspraak for a teacher, who sees it on the home page, overdue after its deadline', async () => {
    expect(made).toMatchObject({
      text: 'Leesplan met ouders bespreken',
      owner: { id: userId('leerkracht'), name: world.demo.account(LOGIN.leerkracht).name },
      status: 'open',
      deadline: '2026-11-20',
      overdue: true,
      pupil: { id: pupil5 },
      bespreking: null,
      version: 1,
      mayEdit: true,
      mayChangeStatus: true,
      createdBy: world.demo.account(LOGIN.ib).name,
    });
    const home = ok(await mine('leerkracht')).afspraken;
    expect(ids(home)).toContain(made.id);
    expect(home.find((a) => a.id === made.id)).toMatchObject({ mayEdit: false, mayChangeStatus: true });
    expect(ids(ok(await mine('ib')).afspraken)).not.toContain(made.id);
    const later = ok(
      await create('ib', { text: 'Later', ownerUserId: userId('leerkracht'), deadline: '2026-12-20' }),
      201,
    );
    expect(later.overdue).toBe(false);
  });

  it('lists the school’s afspraken: the IB all, a leerkracht own and those of own groups and pupils', async () => {
    const ib = ok(
      await create('ib', { text: 'IB: observatie', ownerUserId: userId('ib'), groepId: group5 }),
      201,
    );
    const elsewhere = ok(await create('ib', { text: 'Groep 7', ownerUserId: userId('leerkracht7') }), 201);
    expect(ids(ok(await list('ib')).afspraken)).toEqual(
      expect.arrayContaining([made.id, ib.id, elsewhere.id]),
    );
    const teacher = ids(ok(await list('leerkracht')).afspraken);
    expect(teacher).toEqual(expect.arrayContaining([made.id, ib.id]));
    expect(teacher).not.toContain(elsewhere.id);
    const colleague = ids(ok(await list('leerkracht7')).afspraken);
    expect(colleague).toContain(elsewhere.id);
    expect(colleague).not.toContain(made.id);
    // None of the open ones made here; exactly the demo's afspraken that were done.
    const done = world.data.zorg.afspraak.filter(
      (a) => a.school_id === world.demo.schoolA && a.status === 'gedaan',
    );
    expect(ids(ok(await list('ib', world.demo.schoolA, '?status=gedaan')).afspraken).sort()).toEqual(
      ids(done).sort(),
    );
    expectInvalidInput(await list('ib', world.demo.schoolA, '?status=klaar'), 'status');
  });

  it('refuses the lists: 401, and 404 for another school, the bestuur and the beheerder', async () => {
    expectError(await list(null), 401, 'unauthenticated');
    expectError(await mine(null), 401, 'unauthenticated');
    for (const who of OUTSIDERS) expectSameNotFound(await list(who), await list(who, unknownId()));
    for (const who of ['bestuur', 'beheerder'] as const) expectError(await mine(who), 404, 'not_found');
    // The IB of the other school sees only their own open afspraken there, none of school A's.
    const theirs = world.data.zorg.afspraak.filter(
      (a) => a.owner_user_id === userId('ibOtherSchool') && a.status === 'open',
    );
    expect(ids(ok(await mine('ibOtherSchool')).afspraken).sort()).toEqual(ids(theirs).sort());
    expect(theirs.every((a) => a.school_id === world.demo.schoolB)).toBe(true);
  });

  it('lets a leerkracht record afspraken for themselves only, about own groups and pupils', async () => {
    const own = ok(
      await create('leerkracht', {
        text: 'Zelf: woordenschat',
        ownerUserId: userId('leerkracht'),
        groepId: group5,
      }),
      201,
    );
    expect(own).toMatchObject({ owner: { id: userId('leerkracht') }, group: { id: group5 }, mayEdit: false });
    const before = await counts();
    expectError(
      await create('leerkracht', { text: 'Voor een ander', ownerUserId: userId('ib') }),
      403,
      'forbidden',
    );
    const group7 = world.demo.group(world.demo.schoolA, 'Groep 7').id;
    expectInvalidInput(
      await create('leerkracht', { text: 'x', ownerUserId: userId('leerkracht'), groepId: group7 }),
      'groepId',
    );
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the field, refuses others, and writes nothing', async () => {
    const body = { text: 'Iets', ownerUserId: userId('leerkracht') };
    const otherPupil = world.demo.activePupilsOf(
      world.demo.group(world.demo.schoolB, 'Groep 5/6').id ?? '',
    )[0];
    const before = await counts();
    expectInvalidInput(await create('ib', { ...body, text: '' }), 'text');
    expectInvalidInput(await create('ib', { text: 'x' }), 'ownerUserId');
    expectInvalidInput(await create('ib', { ...body, deadline: '1-12-2026' }), 'deadline');
    expectInvalidInput(await create('ib', { ...body, ownerUserId: userId('ibOtherSchool') }), 'ownerUserId');
    expectInvalidInput(await create('ib', { ...body, ownerUserId: userId('bestuur') }), 'ownerUserId');
    expectInvalidInput(await create('ib', { ...body, leerlingId: otherPupil }), 'leerlingId');
    expectInvalidInput(await create('ib', { ...body, besprekingId: unknownId() }), 'besprekingId');
    expectInvalidInput(await create('ib', { ...body, link: { kind: 'opp', id: unknownId() } }), 'link.id');
    expectInvalidInput(await create('ib', { ...body, link: { kind: 'plan', id: unknownId() } }), 'link.kind');
    expectError(await create(null, body), 401, 'unauthenticated');
    for (const who of OUTSIDERS.filter((w) => w !== 'leerkrachtOtherSchool'))
      expectSameNotFound(await create(who, body), await create(who, body, unknownId()));
    expectSameNotFound(
      await create('leerkrachtOtherSchool', body),
      await create('leerkrachtOtherSchool', body, unknownId()),
    );
    expect(await counts()).toEqual(before);
    const ambition = world.data.ogw.ambitie.find((a) => a.school_id === world.demo.schoolA)?.id;
    const linked = ok(await create('ib', { ...body, link: { kind: 'ambitie', id: ambition } }), 201);
    expect(linked.link).toEqual({ kind: 'ambitie', id: ambition });
  });

  it('lets the owner move the status, the IB change everything, and refuses a stale version with the current one', async () => {
    const a = ok(
      await create('ib', { text: 'Toets afnemen', ownerUserId: userId('leerkracht'), groepId: group5 }),
      201,
    );
    const before = await counts();
    expectError(await patch('leerkracht', a.id, { version: 1, text: 'Anders' }), 403, 'forbidden');
    expectError(await patch('leerkracht', a.id, { version: 1, deadline: '2027-01-01' }), 403, 'forbidden');
    expectSameNotFound(
      await patch('leerkracht7', a.id, { version: 1, status: 'gedaan' }),
      await patch('leerkracht7', unknownId(), { version: 1, status: 'gedaan' }),
    );
    for (const who of OUTSIDERS)
      expectSameNotFound(
        await patch(who, a.id, { version: 1, status: 'gedaan' }),
        await patch(who, unknownId(), { version: 1, status: 'gedaan' }),
      );
    expectError(await patch(null, a.id, { version: 1, status: 'gedaan' }), 401, 'unauthenticated');
    expectInvalidInput(await patch('ib', a.id, { version: 1, status: 'klaar' }), 'status');
    expectInvalidInput(await patch('ib', a.id, { status: 'gedaan' }), 'version');
    expectInvalidInput(
      await patch('ib', a.id, { version: 1, ownerUserId: userId('beheerder') }),
      'ownerUserId',
    );
    expect(await counts()).toEqual(before);
    const done = ok(await patch('leerkracht', a.id, { version: 1, status: 'gedaan' }));
    expect(done).toMatchObject({
      status: 'gedaan',
      version: 2,
      closedAt: '2026-11-28T10:00:00.000Z',
      updatedBy: world.demo.account(LOGIN.leerkracht).name,
    });
    const stale = expectError(await patch('ib', a.id, { version: 1, text: 'Nieuw' }), 409, 'conflict');
    expect(stale.current).toMatchObject({ id: a.id, version: 2, status: 'gedaan' });
    const moved = ok(
      await patch('ib', a.id, {
        version: 2,
        status: 'open',
        ownerUserId: userId('leerkracht7'),
        deadline: null,
        text: 'Nieuw',
      }),
    );
    expect(moved).toMatchObject({
      status: 'open',
      closedAt: null,
      owner: { id: userId('leerkracht7') },
      deadline: null,
      text: 'Nieuw',
      version: 3,
    });
    expectError(await patch('leerkracht', a.id, { version: 3, status: 'gedaan' }), 403, 'forbidden');
    const actions = await world.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', a.id)
      .execute();
    expect(actions.map((r) => r.action).sort()).toEqual([
      'afspraak.create',
      'afspraak.update',
      'afspraak.update',
    ]);
  });
});
