/**
 * GET and POST /schools/{id}/ambitions: the school's ambitions of a schooljaar with their history and
 * the Inspectie's signaleringswaarden, read by whoever reads the school's figures; set by IB and
 * schoolleider, per kind, with shares as fractions and the rules of domain/ambitions-check.ts.
 * Changing and copying are in ambitions-change.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, createOtherBestuur, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { ok, ogwWorld, referenceByHand, type OgwWorld } from '../../../testing/ogw-expect';
import type { AmbitionListResponse, AmbitionResponse } from './ambitions.schema';

const WRITES = ['ambitie', 'ambitie_wijziging', 'audit_log'] as const;
const III = { kind: 'atOrAbove', system: 'I-V', level: 'III', minShare: 0.8 };

describe.each(testEngines())('ambitions list and create (%s)', (engine) => {
  let world: OgwWorld;
  let year: string;

  beforeAll(async () => {
    world = await ogwWorld(engine);
    year = world.demo.currentYear;
  });
  afterAll(async () => world.database.dispose());

  const cookie = (who: LoginName | null) => (who ? world.cookies[who] : undefined);
  const list = (schoolId: string, who: LoginName | null, query = '') =>
    world.api.call<AmbitionListResponse>('GET', `/schools/${schoolId}/ambitions${query}`, {
      cookie: cookie(who),
    });
  const create = (schoolId: string, body: object, who: LoginName | null = 'ib') =>
    world.api.call<AmbitionResponse>('POST', `/schools/${schoolId}/ambitions`, { cookie: cookie(who), body });
  // The demo sets ambitions at M and E; a new one at B is new for its key.
  const cell = (target: object, extra: object = {}) => ({
    schooljaar: year,
    vak: 'spelling',
    jaargroep: 4,
    moment: 'B',
    target,
    ...extra,
  });
  const counts = () => countRows(world.database.db, WRITES);
  const nameOf = (userId: string) => world.data.accounts.find((a) => a.id === userId)?.name;

  /** The demo's ambitions of school A in a schooljaar, as the list must give them. */
  function expectedAmbitions(schooljaar: string) {
    return world.data.ogw.ambitie
      .filter((a) => a.school_id === world.demo.schoolA && a.schooljaar === schooljaar)
      .map((a) => ({
        id: a.id,
        schooljaar,
        vak: a.vak ?? null,
        jaargroep: a.jaargroep ?? null,
        moment: a.moment ?? null,
        target: JSON.parse(a.target) as unknown,
        reference: referenceByHand(JSON.parse(a.target) as { kind: string }),
        evaluation: null,
        status: 'actief',
        version: a.version,
        updatedBy: nameOf(a.updated_by),
        updatedAt: a.updated_at,
        history: world.data.ogw.ambitie_wijziging
          .filter((w) => w.ambitie_id === a.id)
          .sort((x, y) => y.version - x.version)
          .map((w) => ({
            version: w.version,
            action: w.action,
            target: JSON.parse(w.target) as unknown,
            evaluation: null,
            reason: w.reason,
            decidedBy: w.decided_by,
            changedBy: nameOf(w.changed_by),
            changedAt: w.changed_at,
          })),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  it('refuses the list without a session, to leerkracht and beheerder, and another school like a missing one', async () => {
    expectError(await list(world.demo.schoolA, null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'beheerder'] as const)
      expectError(await list(world.demo.schoolA, who), 403, 'forbidden');
    expectSameNotFound(
      await list(world.demo.schoolA, 'ibOtherSchool'),
      await list(unknownId(), 'ibOtherSchool'),
    );
    const other = await createOtherBestuur(world.database.db);
    expectSameNotFound(await list(other.schoolId, 'bestuur'), await list(unknownId(), 'bestuur'));
    expectInvalidInput(await list(world.demo.schoolA, 'ib', '?schooljaar=2026'), 'schooljaar');
  });

  it('lists this schooljaar’s ambitions with every version, newest first, and the schooljaren', async () => {
    const body = ok(await list(world.demo.schoolA, 'ib'));
    expect(body.schooljaar).toBe(year);
    expect(body.schooljaren).toEqual([...world.data.summary.schooljaren].reverse());
    const expected = expectedAmbitions(year);
    expect(expected.length).toBe(6 * 4 * 2 + 6 + 1);
    expect([...body.ambitions].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expected);
    // The demo raised one ambition of this year by ten points: which one follows from its data.
    const raisedRow = world.data.ogw.ambitie.find(
      (a) => a.school_id === world.demo.schoolA && a.schooljaar === year && a.version === 2,
    );
    const raised = body.ambitions.find((a) => a.id === raisedRow?.id);
    const shares = raised?.history.map((h) => [
      h.version,
      h.action,
      'minShare' in h.target && h.target.minShare,
    ]);
    expect(shares?.map(([version, action]) => [version, action])).toEqual([
      [2, 'gewijzigd'],
      [1, 'aangemaakt'],
    ]);
    expect(Number(shares?.[0]?.[2])).toBeCloseTo(Math.min(0.9, Number(shares?.[1]?.[2]) + 0.1), 9);
    expect(body.abilities).toContain('ambition.manage');
  });

  it('gives an earlier schooljaar on request, and the bestuur reads without the right to change', async () => {
    const earlier = world.data.summary.schooljaren[0] ?? '';
    const body = ok(await list(world.demo.schoolA, 'bestuur', `?schooljaar=${earlier}`));
    expect(body.schooljaar).toBe(earlier);
    expect([...body.ambitions].sort((a, b) => a.id.localeCompare(b.id))).toEqual(expectedAmbitions(earlier));
    expect(body.abilities).toEqual(['statistics.read', 'bestuur.read']);
    expect(ok(await list(world.demo.schoolA, 'ib', '?schooljaar=2019-2020')).ambitions).toEqual([]);
  });

  it('gives 85 % for 1F and the 2F/1S value of the school’s schoolweging band, half-open', async () => {
    const setWeging = (schoolweging: number | null) =>
      world.database.db
        .updateTable('school')
        .set({ schoolweging })
        .where('id', '=', world.demo.schoolA)
        .execute();
    const bands = world.data.ogw.signaleringswaarde;
    const byHand = (weging: number) =>
      bands.find(
        (b) =>
          (b.from_weging == null || b.from_weging <= weging) && (b.to_weging == null || weging < b.to_weging),
      )?.share;
    const original = world.demo.school(world.demo.schoolA).schoolweging ?? null;
    try {
      for (const [weging, share] of [
        [original, 0.6],
        [27.99, 0.6],
        [28, 0.55],
        [33.99, 0.5],
        [34, 0.45],
      ] as const) {
        await setWeging(weging);
        expect(byHand(weging ?? Number.NaN)).toBe(share);
        expect(ok(await list(world.demo.schoolA, 'schoolleider')).signaleringswaarden).toEqual({
          ref1F: 0.85,
          ref2F: share,
          schoolweging: weging,
          source: bands[0]?.source,
        });
      }
      await setWeging(null);
      expect(ok(await list(world.demo.schoolA, 'ib')).signaleringswaarden).toMatchObject({
        ref1F: 0.85,
        ref2F: null,
        schoolweging: null,
      });
    } finally {
      await setWeging(original);
    }
  });

  it('refuses to set an ambition without a session, for leerkracht, bestuur and beheerder, and another school like a missing one', async () => {
    const body = cell(III);
    const before = await counts();
    expectError(await create(world.demo.schoolA, body, null), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'bestuur', 'beheerder'] as const)
      expectError(await create(world.demo.schoolA, body, who), 403, 'forbidden');
    expectSameNotFound(
      await create(world.demo.schoolA, body, 'ibOtherSchool'),
      await create(unknownId(), body, 'ibOtherSchool'),
    );
    expect(await counts()).toEqual(before);
  });

  it('answers 400 naming the field for shares outside 0–1 (a percentage is not a fraction) and malformed input', async () => {
    const before = await counts();
    const post = (body: object) => create(world.demo.schoolA, body);
    expectInvalidInput(await post(cell({ ...III, minShare: 80 })), 'target.minShare');
    expectInvalidInput(await post(cell({ ...III, minShare: -0.01 })), 'target.minShare');
    expectInvalidInput(
      await post(cell({ kind: 'atMostLowest', system: 'I-V', maxShare: 1.01 })),
      'target.maxShare',
    );
    expectInvalidInput(await post(cell({ kind: 'growthAsExpected', minShare: 2 })), 'target.minShare');
    expectInvalidInput(await post(cell({ kind: 'woorden', text: '   ' })), 'target.text');
    expectInvalidInput(await post(cell({ ...III, system: 'REF' })), 'target.system');
    expectInvalidInput(await post(cell(III, { schooljaar: '2026' })), 'schooljaar');
    expectInvalidInput(await post(cell(III, { jaargroep: 9 })), 'jaargroep');
    expectInvalidInput(await post(cell(III, { moment: 'X' })), 'moment');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a referentieniveau outside groep 8', { kind: 'refAtLeast1F', minShare: 0.9 }, {}, 'target'],
    [
      '2F for technisch lezen',
      { kind: 'refAtLeast2F', minShare: 0.5 },
      { vak: 'technisch-lezen', jaargroep: 8 },
      'target',
    ],
    ['a level of another system', { ...III, level: 'C' }, {}, 'target'],
    ['an unknown vak', III, { vak: 'kantklossen' }, 'vak'],
    ['no vak', III, { vak: null }, 'vak'],
    ['no jaargroep', III, { jaargroep: null }, 'jaargroep'],
    ['no moment', { kind: 'meanAtLeastNorm' }, { moment: null }, 'moment'],
  ])('answers 400 for %s, and writes nothing', async (_, target, extra, field) => {
    const before = await counts();
    const error = expectError(await create(world.demo.schoolA, cell(target, extra)), 400, 'invalid_input');
    expect(error.issues?.map((i) => i.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['atOrAbove', III, {}],
    ['atOrAbove at I for the top 20 %, share 0', { ...III, level: 'I', minShare: 0 }, {}],
    ['atOrAbove in A–E', { kind: 'atOrAbove', system: 'A-E', level: 'C', minShare: 1 }, {}],
    ['atMostLowest', { kind: 'atMostLowest', system: 'I-V', maxShare: 0.1 }, {}],
    ['meanAtLeastNorm', { kind: 'meanAtLeastNorm' }, {}],
    ['growthAsExpected', { kind: 'growthAsExpected', minShare: 0.7 }, {}],
    [
      'refAtLeast1F in groep 8',
      { kind: 'refAtLeast1F', minShare: 0.95 },
      { vak: 'rekenen-wiskunde', jaargroep: 8 },
    ],
    [
      'refAtLeast2F in groep 8',
      { kind: 'refAtLeast2F', minShare: 0.6 },
      { vak: 'begrijpend-lezen', jaargroep: 8 },
    ],
    [
      'woorden without a cell',
      { kind: 'woorden', text: 'Elke les begint met een doel.' },
      { vak: null, jaargroep: null, moment: null },
    ],
  ])('stores %s at version 1 with its first history entry, audited', async (_, target, extra) => {
    const at = world.at(100);
    const before = await counts();
    const body = cell(target, extra);
    const created = ok(await create(world.demo.schoolA, body, 'schoolleider'), 201);
    const director = world.demo.account(LOGIN.schoolleider);
    const expected = {
      schooljaar: body.schooljaar,
      vak: body.vak,
      jaargroep: body.jaargroep,
      moment: body.moment,
      target,
      reference: referenceByHand(target),
      evaluation: null,
      status: 'actief',
      version: 1,
      updatedBy: director.name,
      updatedAt: at,
      history: [
        {
          version: 1,
          action: 'aangemaakt',
          target,
          evaluation: null,
          reason: 'Nieuwe ambitie',
          decidedBy: director.name,
          changedBy: director.name,
          changedAt: at,
        },
      ],
    };
    expect(created).toEqual({ id: created.id, ...expected });
    expect(await counts()).toEqual({
      ambitie: (before.ambitie ?? 0) + 1,
      ambitie_wijziging: (before.ambitie_wijziging ?? 0) + 1,
      audit_log: (before.audit_log ?? 0) + 1,
    });
    const audit = await world.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit.map((a) => [a.action, a.user_id, a.school_id, JSON.parse(a.details ?? '{}')])).toEqual([
      ['ambition.create', director.id, world.demo.schoolA, { schooljaar: year, kind: target.kind }],
    ]);
    const listed = ok(await list(world.demo.schoolA, 'ib')).ambitions.find((a) => a.id === created.id);
    expect(listed).toEqual(created);
  });

  it('keeps the reason and who decided, as given', async () => {
    const created = ok(
      await create(
        world.demo.schoolA,
        cell(III, {
          jaargroep: 6,
          reason: '  Na de analyse van E3  ',
          decidedBy: 'Teamvergadering 3 maart',
        }),
      ),
      201,
    );
    expect(created.history).toMatchObject([
      {
        reason: 'Na de analyse van E3',
        decidedBy: 'Teamvergadering 3 maart',
        changedBy: world.demo.account(LOGIN.ib).name,
      },
    ]);
    expect(ok(await list(world.demo.schoolB, 'ibOtherSchool')).ambitions.map((a) => a.id)).not.toContain(
      created.id,
    );
  });
});
