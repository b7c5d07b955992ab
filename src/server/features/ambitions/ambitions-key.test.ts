/**
 * One ambition per school, schooljaar, vak, jaargroep, moment and measure. POST for a key that already
 * has one edits that one (200, a new version, the old value in the history) instead of keeping two that
 * contradict; a different measure in the same cell (I or higher beside III or higher) is a new one, and
 * so is every ambition in words. The answer carries the national share of the measure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, type LoginName } from '../../../testing/fixtures';
import { expectError } from '../../../testing/http';
import { ok, ogwWorld, type OgwWorld } from '../../../testing/ogw-expect';
import type { AmbitionListResponse, AmbitionResponse } from './ambitions.schema';

const WRITES = ['ambitie', 'ambitie_wijziging', 'audit_log'] as const;
const iii = (minShare: number) => ({ kind: 'atOrAbove', system: 'I-V', level: 'III', minShare });

describe.each(testEngines())('one ambition per key (%s)', (engine) => {
  let world: OgwWorld;
  let year: string;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    year = world.demo.currentYear;
  });
  afterAll(async () => world.database.dispose());

  const save = (body: object, who: LoginName = 'ib') =>
    world.api.call<AmbitionResponse>('POST', `/schools/${world.demo.schoolA}/ambitions`, {
      cookie: world.cookies[who],
      body,
    });
  const change = (id: string, body: object) =>
    world.api.call<AmbitionResponse>('PUT', `/ambitions/${id}`, { cookie: world.cookies.ib, body });
  const list = async () =>
    ok(
      await world.api.call<AmbitionListResponse>('GET', `/schools/${world.demo.schoolA}/ambitions`, {
        cookie: world.cookies.ib,
      }),
    ).ambitions;
  const counts = () => countRows(world.database.db, WRITES);
  // The demo sets ambitions at M and E only, so a key at B starts empty.
  const at = (jaargroep: number, target: object, extra: object = {}) => ({
    schooljaar: year,
    vak: 'begrijpend-lezen',
    jaargroep,
    moment: 'B',
    target,
    ...extra,
  });
  const ofKey = (ambitions: AmbitionResponse[], jaargroep: number, level: string) =>
    ambitions.filter(
      (a) =>
        a.vak === 'begrijpend-lezen' &&
        a.jaargroep === jaargroep &&
        a.moment === 'B' &&
        a.target.kind === 'atOrAbove' &&
        a.target.level === level,
    );

  it('edits the first when a second is saved for the same key, keeping the old value and why', async () => {
    const first = ok(await save(at(3, iii(0.55), { reason: 'Startpunt' })), 201);
    expect(first.reference).toEqual({ kind: 'share', share: 0.6, comparison: 'lager' });
    const before = await counts();
    const when = world.at(400);
    const second = ok(
      await save(
        at(3, iii(0.65), { reason: 'Boven het landelijk aandeel', decidedBy: 'Teambespreking' }),
        'schoolleider',
      ),
    );
    const director = world.demo.account(LOGIN.schoolleider);
    expect(second).toMatchObject({
      id: first.id,
      version: 2,
      target: iii(0.65),
      status: 'actief',
      updatedBy: director.name,
      updatedAt: when,
      reference: { kind: 'share', share: 0.6, comparison: 'hoger' },
    });
    expect(second.history.map((h) => [h.version, h.action, h.target, h.reason, h.decidedBy])).toEqual([
      [2, 'gewijzigd', iii(0.65), 'Boven het landelijk aandeel', 'Teambespreking'],
      [1, 'aangemaakt', iii(0.55), 'Startpunt', world.demo.account(LOGIN.ib).name],
    ]);
    expect(await counts()).toEqual({
      ambitie: before.ambitie,
      ambitie_wijziging: (before.ambitie_wijziging ?? 0) + 1,
      audit_log: (before.audit_log ?? 0) + 1,
    });
    const audit = await world.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .where('entity_id', '=', first.id)
      .orderBy('at')
      .execute();
    expect(audit).toEqual([
      { action: 'ambition.create', user_id: world.demo.account(LOGIN.ib).id },
      { action: 'ambition.gewijzigd', user_id: director.id },
    ]);
    expect(ofKey(await list(), 3, 'III').map((a) => a.id)).toEqual([first.id]);
  });

  it('writes nothing when the same ambition is saved again, and gives a default reason otherwise', async () => {
    const first = ok(await save(at(4, iii(0.7))), 201);
    const before = await counts();
    const again = ok(await save(at(4, iii(0.7))));
    expect(again).toEqual(first);
    expect(await counts()).toEqual(before);
    const raised = ok(await save(at(4, iii(0.75))));
    expect(raised.history[0]).toMatchObject({
      version: 2,
      action: 'gewijzigd',
      reason: 'Opnieuw vastgelegd voor dezelfde jaargroep, hetzelfde vak, moment en dezelfde maat',
    });
  });

  it('keeps a different measure in the same cell, and every ambition in words, as its own', async () => {
    const base = ok(await save(at(5, iii(0.6))), 201);
    const top = ok(await save(at(5, { kind: 'atOrAbove', system: 'I-V', level: 'I', minShare: 0.2 })), 201);
    const cap = ok(await save(at(5, { kind: 'atMostLowest', system: 'I-V', maxShare: 0.15 })), 201);
    expect(new Set([base.id, top.id, cap.id]).size).toBe(3);
    expect([top.reference, cap.reference]).toEqual([
      { kind: 'share', share: 0.2, comparison: 'gelijk' },
      { kind: 'share', share: 0.2, comparison: 'hoger' },
    ]);
    const words = (text: string) =>
      save({ schooljaar: year, vak: null, jaargroep: null, moment: null, target: { kind: 'woorden', text } });
    const one = ok(await words('Elke les start met het lesdoel.'), 201);
    const two = ok(await words('Elke les start met het lesdoel.'), 201);
    expect(one.id).not.toBe(two.id);
    expect(one.reference).toEqual({ kind: 'none', reason: 'woorden' });
  });

  it('brings a dropped ambition back when its key is saved again', async () => {
    const first = ok(await save(at(6, iii(0.6))), 201);
    ok(await change(first.id, { version: 1, status: 'vervallen', reason: 'Even niet' }));
    const back = ok(await save(at(6, iii(0.62), { reason: 'Toch weer' })));
    expect(back).toMatchObject({ id: first.id, version: 3, status: 'actief', target: iii(0.62) });
    expect(back.history.map((h) => h.action)).toEqual(['gewijzigd', 'vervallen', 'aangemaakt']);
  });

  it('edits the demo’s own ambition of a key, stored before the measure was', async () => {
    const demo = world.data.ogw.ambitie.find(
      (a) =>
        a.school_id === world.demo.schoolA &&
        a.schooljaar === year &&
        a.vak === 'spelling' &&
        a.jaargroep === 7 &&
        a.moment === 'E' &&
        a.kind === 'atOrAbove',
    );
    if (!demo) throw new Error('no demo ambition');
    const saved = ok(await save({ ...at(7, iii(0.9)), vak: 'spelling', moment: 'E' }));
    expect(saved).toMatchObject({ id: demo.id, version: demo.version + 1, target: iii(0.9) });
    const cell = (await list()).filter(
      (a) => a.vak === 'spelling' && a.jaargroep === 7 && a.moment === 'E' && a.target.kind === 'atOrAbove',
    );
    expect(cell.map((a) => a.id)).toEqual([demo.id]);
    const row = await world.database.db
      .selectFrom('ambitie')
      .select('measure')
      .where('id', '=', demo.id)
      .executeTakeFirstOrThrow();
    expect(row.measure).toBe('atOrAbove:I-V:III');
  });

  it('refuses a change that would give an ambition another level, which is another key', async () => {
    const first = ok(await save(at(8, iii(0.6))), 201);
    const before = await counts();
    const error = expectError(
      await change(first.id, { version: 1, reason: 'x', target: { ...iii(0.6), level: 'IV' } }),
      400,
      'invalid_input',
    );
    expect(error.issues?.map((i) => i.field)).toEqual(['target.level']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a second row for a key in the database itself', async () => {
    const first = ok(await save(at(3, iii(0.5), { vak: 'spelling' })), 201);
    const row = await world.database.db
      .selectFrom('ambitie')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    await expect(
      world.database.db
        .insertInto('ambitie')
        .values({ ...row, id: `${row.id}x` })
        .execute(),
    ).rejects.toThrow();
  });
});
