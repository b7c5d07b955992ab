/**
 * POST /schools/{id}/ambitions/copy: last year's active ambitions into a new schooljaar in one action,
 * each as it stands now (a raised share arrives raised, a lapsed one not at all), with a fresh history
 * that says where it came from. A cell that already has an active ambition of that kind keeps its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { ok, ogwWorld, type OgwWorld } from '../../../testing/ogw-expect';
import type { AmbitionListResponse, AmbitionResponse } from './ambitions.schema';

const WRITES = ['ambitie', 'ambitie_wijziging', 'audit_log'] as const;
const LAST_YEAR = '2025-2026';
const NEXT_YEAR = '2027-2028';

describe.each(testEngines())('ambition copy (%s)', (engine) => {
  let world: OgwWorld;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    // Before copying, the team raised one of last year's ambitions and let another lapse.
    const find = (kind: string, vak: string, jaargroep: number) =>
      world.data.ogw.ambitie.find(
        (a) =>
          a.school_id === world.demo.schoolA &&
          a.schooljaar === LAST_YEAR &&
          a.vak === vak &&
          a.jaargroep === jaargroep &&
          a.moment === 'E' &&
          a.kind === kind,
      )?.id ?? '';
    const put = (id: string, body: object) =>
      world.api.call<AmbitionResponse>('PUT', `/ambitions/${id}`, { cookie: world.cookies.ib, body });
    ok(
      await put(find('atOrAbove', 'rekenen-wiskunde', 4), {
        version: 1,
        reason: 'Hoger',
        target: { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.6 },
      }),
    );
    ok(
      await put(find('atMostLowest', 'rekenen-wiskunde', 5), {
        version: 1,
        status: 'vervallen',
        reason: 'Weg',
      }),
    );
  });
  afterAll(async () => world.database.dispose());

  const cookie = (who: LoginName | null) => (who ? world.cookies[who] : undefined);
  const copy = (schoolId: string, body: object, who: LoginName | null = 'schoolleider') =>
    world.api.call<{ copied: number; skipped: number }>('POST', `/schools/${schoolId}/ambitions/copy`, {
      cookie: cookie(who),
      body,
    });
  const list = (schooljaar: string) =>
    world.api.call<AmbitionListResponse>(
      'GET',
      `/schools/${world.demo.schoolA}/ambitions?schooljaar=${schooljaar}`,
      { cookie: world.cookies.ib },
    );
  const counts = () => countRows(world.database.db, WRITES);

  it('refuses a copy without a session, for leerkracht and bestuur, another school like a missing one, and bad years', async () => {
    const body = { from: LAST_YEAR, to: NEXT_YEAR };
    const before = await counts();
    expectError(await copy(world.demo.schoolA, body, null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'bestuur'] as const)
      expectError(await copy(world.demo.schoolA, body, who), 403, 'forbidden');
    expectSameNotFound(
      await copy(world.demo.schoolA, body, 'ibOtherSchool'),
      await copy(unknownId(), body, 'ibOtherSchool'),
    );
    expectInvalidInput(await copy(world.demo.schoolA, { from: '2025', to: NEXT_YEAR }), 'from');
    expectInvalidInput(await copy(world.demo.schoolA, { from: LAST_YEAR }), 'to');
    const same = expectError(
      await copy(world.demo.schoolA, { from: LAST_YEAR, to: LAST_YEAR }),
      400,
      'invalid_input',
    );
    expect(same.issues?.map((i) => i.field)).toEqual(['to']);
    expect(await counts()).toEqual(before);
  });

  it('copies the active ambitions as they stand, skips a cell that has that kind already, and a second copy adds nothing', async () => {
    const director = world.demo.account(LOGIN.schoolleider);
    // Already in next year: the team's own spelling 5 E share (kept), and a kind the source lacks in spelling 3 E.
    const own = { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.9 };
    for (const [jaargroep, target] of [
      [5, own],
      [3, { kind: 'atMostLowest', system: 'I-V', maxShare: 0.05 }],
    ] as const) {
      ok(
        await world.api.call('POST', `/schools/${world.demo.schoolA}/ambitions`, {
          cookie: world.cookies.ib,
          body: { schooljaar: NEXT_YEAR, vak: 'spelling', jaargroep, moment: 'E', target },
        }),
        201,
      );
    }
    const source = await world.database.db
      .selectFrom('ambitie')
      .selectAll()
      .where('school_id', '=', world.demo.schoolA)
      .where('schooljaar', '=', LAST_YEAR)
      .execute();
    const active = source.filter((a) => a.status === 'actief');
    expect(active.length).toBe(source.length - 1);
    const skippedRow = active.find(
      (a) => a.vak === 'spelling' && a.jaargroep === 5 && a.moment === 'E' && a.kind === 'atOrAbove',
    );
    const expected = active.filter((a) => a !== skippedRow);

    const at = world.at(300);
    expect(ok(await copy(world.demo.schoolA, { from: LAST_YEAR, to: NEXT_YEAR }))).toEqual({
      copied: expected.length,
      skipped: 1,
    });
    const next = ok(await list(NEXT_YEAR)).ambitions;
    expect(next.length).toBe(expected.length + 2);
    const cellOf = (
      a: { vak: string | null; jaargroep: number | null; moment: string | null },
      kind: string,
    ) => `${a.vak}|${a.jaargroep}|${a.moment}|${kind}`;
    const copied = next.filter((a) => a.history[0]?.reason === `Overgenomen uit ${LAST_YEAR}`);
    expect(copied.map((a) => [cellOf(a, a.target.kind), a.target, a.evaluation]).sort()).toEqual(
      expected.map((a) => [cellOf(a, a.kind), JSON.parse(a.target), null]).sort(),
    );
    for (const a of copied) {
      expect(a).toMatchObject({ version: 1, status: 'actief', updatedBy: director.name, updatedAt: at });
      expect(a.history).toEqual([
        expect.objectContaining({ version: 1, action: 'aangemaakt', decidedBy: director.name }),
      ]);
    }
    // The raised rekenen 4 E of the earlier test arrives with its new value; the team's own spelling 5 E stays.
    expect(
      copied.find(
        (a) =>
          a.vak === 'rekenen-wiskunde' &&
          a.jaargroep === 4 &&
          a.moment === 'E' &&
          a.target.kind === 'atOrAbove',
      )?.target,
    ).toMatchObject({ minShare: 0.6 });
    expect(
      next.filter((a) => a.vak === 'spelling' && a.jaargroep === 5 && a.moment === 'E').map((a) => a.target),
    ).toEqual([own]);

    const before = await counts();
    expect(ok(await copy(world.demo.schoolA, { from: LAST_YEAR, to: NEXT_YEAR }))).toEqual({
      copied: 0,
      skipped: active.length,
    });
    expect(await counts()).toEqual({ ...before, audit_log: (before.audit_log ?? 0) + 1 });
    const audit = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'ambition.copy')
      .orderBy('at')
      .execute();
    expect(audit.map((a) => [a.user_id, a.school_id, JSON.parse(a.details ?? '{}')])).toEqual([
      [director.id, world.demo.schoolA, { from: LAST_YEAR, to: NEXT_YEAR, copied: expected.length }],
      [director.id, world.demo.schoolA, { from: LAST_YEAR, to: NEXT_YEAR, copied: 0 }],
    ]);
  });
});
