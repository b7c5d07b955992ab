/**
 * PUT /ambitions/{id}: a change names the version it started from and why; the old value stays in
 * ambitie_wijziging with the reason and who decided. A stale version is refused with the ambition as it
 * stands. Only an ambition in words gets an evaluation. (Copying is in ambitions-copy.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { ok, ogwWorld, type OgwWorld } from '../../../testing/ogw-expect';
import type { SchooloverzichtResponse } from '../schooloverzicht/schooloverzicht.schema';
import type { AmbitionListResponse, AmbitionResponse } from './ambitions.schema';

const WRITES = ['ambitie', 'ambitie_wijziging', 'audit_log'] as const;
const LAST_YEAR = '2025-2026';

describe.each(testEngines())('ambition changes (%s)', (engine) => {
  let world: OgwWorld;

  beforeAll(async () => {
    world = await ogwWorld(engine);
  });
  afterAll(async () => world.database.dispose());

  const cookie = (who: LoginName | null) => (who ? world.cookies[who] : undefined);
  const change = (id: string, body: object, who: LoginName | null = 'ib') =>
    world.api.call<AmbitionResponse>('PUT', `/ambitions/${id}`, { cookie: cookie(who), body });
  const list = (schooljaar: string) =>
    world.api.call<AmbitionListResponse>(
      'GET',
      `/schools/${world.demo.schoolA}/ambitions?schooljaar=${schooljaar}`,
      { cookie: world.cookies.ib },
    );
  const counts = () => countRows(world.database.db, WRITES);
  /** The demo ambition of school A in a cell, by kind. */
  const demoAmbition = (schooljaar: string, vak: string | null, jaargroep: number | null, kind: string) => {
    const a = world.data.ogw.ambitie.find(
      (x) =>
        x.school_id === world.demo.schoolA &&
        x.schooljaar === schooljaar &&
        (x.vak ?? null) === vak &&
        (x.jaargroep ?? null) === jaargroep &&
        (x.moment === 'E' || x.moment === null) &&
        x.kind === kind,
    );
    if (!a) throw new Error(`no demo ambition ${schooljaar} ${vak} ${jaargroep} ${kind}`);
    return a;
  };
  const wijzigingen = (id: string) =>
    world.database.db
      .selectFrom('ambitie_wijziging')
      .selectAll()
      .where('ambitie_id', '=', id)
      .orderBy('version')
      .execute();

  it('refuses a change without a session, for leerkracht, bestuur and beheerder, and another school’s ambition like a missing one', async () => {
    const { id } = demoAmbition(LAST_YEAR, 'rekenen-wiskunde', 4, 'atOrAbove');
    const body = {
      version: 1,
      reason: 'Hoger',
      target: { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.9 },
    };
    const before = await counts();
    expectError(await change(id, body, null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'bestuur', 'beheerder'] as const)
      expectError(await change(id, body, who), 403, 'forbidden');
    expectSameNotFound(
      await change(id, body, 'ibOtherSchool'),
      await change(unknownId(), body, 'ibOtherSchool'),
    );
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the field without a reason, for another kind, a share above 1 or an evaluation of a measured ambition', async () => {
    const { id } = demoAmbition(LAST_YEAR, 'rekenen-wiskunde', 4, 'atOrAbove');
    const target = { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.9 };
    const before = await counts();
    expectInvalidInput(await change(id, { version: 1, target }), 'reason');
    expectInvalidInput(await change(id, { version: 1, target, reason: '   ' }), 'reason');
    expectInvalidInput(await change(id, { version: 0, target, reason: 'x' }), 'version');
    expectInvalidInput(
      await change(id, { version: 1, target: { ...target, minShare: 90 }, reason: 'x' }),
      'target.minShare',
    );
    expectInvalidInput(await change(id, { version: 1, status: 'weg', reason: 'x' }), 'status');
    for (const [body, field] of [
      [{ target: { kind: 'meanAtLeastNorm' } }, 'target.kind'],
      [{ target: { ...target, level: 'A' } }, 'target'],
      [{ evaluation: 'Goed gegaan' }, 'evaluation'],
    ] as const) {
      const error = expectError(await change(id, { version: 1, reason: 'x', ...body }), 400, 'invalid_input');
      expect(error.issues?.map((i) => i.field)).toEqual([field]);
    }
    expect(await counts()).toEqual(before);
  });

  it('raises an ambition, keeps the old value with reason and who decided, and refuses the stale version with the current one', async () => {
    const demo = demoAmbition(LAST_YEAR, 'rekenen-wiskunde', 4, 'atOrAbove');
    const oldTarget = JSON.parse(demo.target) as object;
    const target = { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.6 };
    const ib = world.demo.account(LOGIN.ib);
    const at = world.at(200);
    const changed = ok(
      await change(demo.id, {
        version: 1,
        target,
        reason: 'Twee jaar boven de lat',
        decidedBy: 'Teambespreking juni',
      }),
    );
    expect(changed).toMatchObject({
      id: demo.id,
      version: 2,
      target,
      status: 'actief',
      updatedBy: ib.name,
      updatedAt: at,
    });
    expect(changed.history).toEqual([
      {
        version: 2,
        action: 'gewijzigd',
        target,
        evaluation: null,
        reason: 'Twee jaar boven de lat',
        decidedBy: 'Teambespreking juni',
        changedBy: ib.name,
        changedAt: at,
      },
      expect.objectContaining({ version: 1, action: 'aangemaakt', target: oldTarget }),
    ]);
    const rows = await wijzigingen(demo.id);
    expect(rows.map((r) => [r.version, JSON.parse(r.target), r.reason, r.decided_by, r.changed_by])).toEqual([
      [
        1,
        oldTarget,
        'Ambitie van het team voor het aandeel op III of hoger.',
        'Teambespreking september',
        demo.created_by,
      ],
      [2, target, 'Twee jaar boven de lat', 'Teambespreking juni', ib.id],
    ]);

    world.at(210);
    const before = await counts();
    for (const version of [1, 5]) {
      const stale = expectError(
        await change(
          demo.id,
          { version, target: { ...target, minShare: 0.7 }, reason: 'Nog hoger' },
          'schoolleider',
        ),
        409,
        'conflict',
      );
      expect(stale.current).toEqual(changed);
      expect(stale.message).toContain(ib.name);
    }
    expect(await counts()).toEqual(before);
    const audit = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', demo.id)
      .execute();
    expect(audit.map((a) => [a.action, a.user_id, JSON.parse(a.details ?? '{}')])).toEqual([
      ['ambition.gewijzigd', ib.id, { version: 2 }],
    ]);
  });

  it('lets one of two changes from the same version win', async () => {
    const { id } = demoAmbition(LAST_YEAR, 'spelling', 6, 'atOrAbove');
    const body = (minShare: number) => ({
      version: 1,
      reason: `naar ${minShare}`,
      target: { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare },
    });
    const responses = await Promise.all([change(id, body(0.7), 'ib'), change(id, body(0.8), 'schoolleider')]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await wijzigingen(id)).map((r) => r.version)).toEqual([1, 2]);
  });

  it('lets an ambition lapse: status vervallen, without a new value, and the schooloverzicht drops it', async () => {
    const demo = demoAmbition(LAST_YEAR, 'rekenen-wiskunde', 5, 'atMostLowest');
    const overview = async () =>
      ok(
        await world.api.call<SchooloverzichtResponse>(
          'GET',
          `/schools/${world.demo.schoolA}/schooloverzicht?schooljaar=${LAST_YEAR}&moment=E`,
          { cookie: world.cookies.ib },
        ),
      ).cells.find((c) => c.jaargroep === 5 && c.vak === 'rekenen-wiskunde');
    expect((await overview())?.figures.map((f) => f.ambitionId)).toContain(demo.id);
    const lapsed = ok(
      await change(demo.id, { version: 1, status: 'vervallen', reason: 'Geen doel meer' }, 'schoolleider'),
    );
    expect(lapsed).toMatchObject({
      version: 2,
      status: 'vervallen',
      target: JSON.parse(demo.target) as object,
    });
    expect(lapsed.history[0]).toMatchObject({
      action: 'vervallen',
      reason: 'Geen doel meer',
      decidedBy: world.demo.account(LOGIN.schoolleider).name,
    });
    expect((await overview())?.figures.map((f) => f.ambitionId)).not.toContain(demo.id);
    expect(ok(await list(LAST_YEAR)).ambitions.find((a) => a.id === demo.id)?.status).toBe('vervallen');
  });

  it('evaluates an ambition in words, shown beside the schooloverzicht', async () => {
    const demo = demoAmbition(LAST_YEAR, null, null, 'woorden');
    const text = 'In de flitsbezoeken zagen we het model in zeven van de tien lessen.';
    const evaluated = ok(await change(demo.id, { version: 1, evaluation: text, reason: 'Evaluatie juni' }));
    expect(evaluated).toMatchObject({ version: 2, evaluation: text, status: 'actief' });
    expect(evaluated.history[0]).toMatchObject({ version: 2, action: 'geevalueerd', evaluation: text });
    const words = ok(
      await world.api.call<SchooloverzichtResponse>(
        'GET',
        `/schools/${world.demo.schoolA}/schooloverzicht?schooljaar=${LAST_YEAR}`,
        { cookie: world.cookies.schoolleider },
      ),
    ).words;
    expect(words).toEqual([{ id: demo.id, text: JSON.parse(demo.target).text as string, evaluation: text }]);
  });
});
