/**
 * The OPP routes: who reaches them (401 without a session, 403 for a leerkracht on the IB's writes, 404
 * for the bestuur and for another school exactly as for an unknown id), a concept pre-filled from the
 * pupil's results and groepsoverzicht, reads by the pupil's teachers (audited every time), and autosave
 * with versions. The pupil's figures are made up in opp-test-support.ts and worked out by hand here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { ok } from '../../../testing/world';
import type { GroepsoverzichtResponse } from '../groepsoverzicht/groepsoverzicht.schema';
import {
  E4,
  insertPupil,
  insertResult,
  M4,
  OPP_WRITES,
  oppWorld,
  withExpectation,
  type OppWorld,
} from './opp-test-support';
import type { OppResponse } from './opp-response.schema';

describe.each(testEngines())('the OPP: access, start, read and autosave (%s)', (engine) => {
  let w: OppWorld;
  let pupilId: string;
  let opp: OppResponse;

  beforeAll(async () => {
    w = await oppWorld(engine);
    const db = w.world.database.db;
    pupilId = await insertPupil(db, w, 'Fenna');
    // Rekenen: M4 score 40 (DLE 12), E4 score 50 (DLE 16); AVI E3 at E4.
    await insertResult(db, pupilId, { toetsId: w.toetsen.v1, ...M4, score: 40 });
    await insertResult(db, pupilId, { toetsId: w.toetsen.v1, ...E4, score: 50 });
    await insertResult(db, pupilId, { toetsId: w.toetsen.avi, ...E4, score: null, niveau: 'E3' });
    const overview = await w.world.api.call<GroepsoverzichtResponse>(
      'GET',
      `/groups/${w.groupId}/groepsoverzicht`,
      { cookie: w.world.cookies.leerkracht },
    );
    ok(
      await w.world.api.call('PUT', `/groups/${w.groupId}/groepsoverzicht/${pupilId}`, {
        cookie: w.world.cookies.leerkracht,
        body: {
          periodeId: ok(overview).periode.id,
          version: 0,
          stimulerend: 'Werkt graag samen',
          belemmerend: 'Snel afgeleid',
          behoeftePedagogisch: '',
          behoefteDidactisch: '',
        },
      }),
    );
  });
  afterAll(async () => w.world.database.dispose());

  const baseOverleg = { heldOn: '2026-11-26', participants: 'Vader, IB', parentsView: 'Eens.' };
  const counts = () => countRows(w.world.database.db, OPP_WRITES);
  const auditRows = (action: string) =>
    w.world.database.db
      .selectFrom('audit_log')
      .select(['user_id', 'entity_id', 'leerling_id', 'school_id'])
      .where('action', '=', action)
      .orderBy('at')
      .execute();
  const oppSince = async (id: string) =>
    (
      await w.world.database.db
        .selectFrom('leerling')
        .select('opp_since')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).opp_since;

  it('starts a concept with per vak the latest result with a DLE as baseline, and the groepsoverzicht factors', async () => {
    w.world.at(10);
    opp = ok(await w.calls.create(pupilId, { decidedOn: '2026-11-20', reden: 'Rekenen blijft achter' }), 201);
    expect([opp.status, opp.version, opp.decidedOn, opp.vastgesteldOn]).toEqual([
      'concept',
      1,
      '2026-11-20',
      null,
    ]);
    // E4 on 2026-06-08: DL 10 (groep 3) + 10 (groep 4) = 20; score 50 → DLE 16 in the made-up table.
    expect(opp.content.vakken).toEqual([
      {
        vak: 'rekenen-wiskunde',
        baseline: {
          toetsId: w.toetsen.v1,
          toetsName: 'Rekenen OPP-test 1',
          schooljaar: '2025-2026',
          moment: 'E4',
          score: 50,
          dl: 20,
          dle: 16,
        },
        lrv: null,
        avi: [],
        toelichting: '',
      },
      // AVI has no DLE: the vak is there, without a baseline.
      { vak: 'technisch-lezen', baseline: null, lrv: null, avi: [], toelichting: '' },
    ]);
    expect(opp.content.reden).toBe('Rekenen blijft achter');
    expect(opp.content.factoren.kind).toEqual({
      bevorderend: 'Werkt graag samen',
      belemmerend: 'Snel afgeleid',
    });
    expect(opp.content.uitstroomprofiel).toBeNull();
    // Six weeks from 20 November: 1 January.
    expect(opp.terms).toEqual({
      termWeeks: 6,
      vaststelling: { due: '2027-01-01', overdue: false, soon: false },
      evaluatie: null,
    });
    expect(opp.canVaststellen).toEqual({ allowed: false, reasons: ['no_uitstroomprofiel', 'no_instemming'] });
    expect(opp.versions.map((v) => [v.version, v.status, v.event])).toEqual([[1, 'concept', 'aangemaakt']]);
    expect(opp.pupil).toMatchObject({ id: pupilId, group: { id: w.groupId, name: 'Groep 5' }, leftOn: null });
    // The datamuur's and groepsoverzicht's OPP mark follows the OPP.
    expect(await oppSince(pupilId)).toBe('2026-11-20');
    expect(await auditRows('opp.create')).toEqual([
      {
        user_id: w.world.demo.account(LOGIN.ib).id,
        entity_id: opp.id,
        leerling_id: pupilId,
        school_id: w.schoolId,
      },
    ]);
  });

  it('refuses a second OPP while the first has not ended, writing nothing', async () => {
    const before = await counts();
    expectError(await w.calls.create(pupilId, { decidedOn: '2026-11-21' }), 409, 'conflict');
    expect(await counts()).toEqual(before);
  });

  it('answers 401 without a session on every OPP route', async () => {
    const body = {};
    for (const response of [
      await w.calls.create(pupilId, body, null),
      await w.calls.get(opp.id, null),
      await w.calls.save(opp.id, body, null),
      await w.calls.overleg(opp.id, body, null),
      await w.calls.step(opp.id, body, null),
      await w.calls.evaluatie(opp.id, body, null),
      await w.calls.note(opp.id, body, null),
    ])
      expectError(response, 401, 'unauthenticated');
  });

  it('answers 403 to a leerkracht on the IB’s writes, 404 to the bestuur on every route; writes nothing', async () => {
    const before = await counts();
    const content = opp.content;
    const writes = (who: LoginName) => [
      () => w.calls.create(pupilId, { decidedOn: '2026-11-20' }, who),
      () => w.calls.save(opp.id, { version: 1, content }, who),
      () => w.calls.overleg(opp.id, { ...baseOverleg, outcome: 'besproken' }, who),
      () => w.calls.step(opp.id, { version: 1, step: 'beeindigen' }, who),
      () => w.calls.evaluatie(opp.id, { evaluatedOn: '2026-11-28', withParents: false, vakken: [] }, who),
    ];
    for (const call of writes('leerkracht')) expectError(await call(), 403, 'forbidden');
    for (const call of [
      ...writes('bestuur'),
      () => w.calls.get(opp.id, 'bestuur'),
      () => w.calls.note(opp.id, { note: 'x' }, 'bestuur'),
      () => w.calls.get(opp.id, 'beheerder'),
    ])
      expectError(await call(), 404, 'not_found');
    expect(await counts()).toEqual(before);
  });

  it('answers the IB and the leerkracht of another school exactly as for an unknown id', async () => {
    const before = await counts();
    for (const who of ['ibOtherSchool', 'leerkrachtOtherSchool'] as const) {
      expectSameNotFound(await w.calls.get(opp.id, who), await w.calls.get(unknownId(), who));
      expectSameNotFound(
        await w.calls.note(opp.id, { note: 'x' }, who),
        await w.calls.note(unknownId(), { note: 'x' }, who),
      );
    }
    expectSameNotFound(
      await w.calls.create(pupilId, { decidedOn: '2026-11-20' }, 'ibOtherSchool'),
      await w.calls.create(unknownId(), { decidedOn: '2026-11-20' }, 'ibOtherSchool'),
    );
    expectSameNotFound(
      await w.calls.save(opp.id, { version: 1, content: opp.content }, 'ibOtherSchool'),
      await w.calls.save(unknownId(), { version: 1, content: opp.content }, 'ibOtherSchool'),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const before = await counts();
    expectInvalidInput(await w.calls.create(pupilId, { decidedOn: '20-11-2026' }), 'decidedOn');
    const wrongProfile = { ...opp.content, uitstroomprofiel: 'mbo' };
    expectInvalidInput(
      await w.calls.save(opp.id, { version: 1, content: wrongProfile }),
      'content.uitstroomprofiel',
    );
    const twice = { ...opp.content, vakken: [...opp.content.vakken, opp.content.vakken[0]] };
    expectInvalidInput(await w.calls.save(opp.id, { version: 1, content: twice }), 'content.vakken.2.vak');
    const negative = withExpectation(opp.content, 'rekenen-wiskunde', { lrv: -5 });
    expectInvalidInput(await w.calls.save(opp.id, { version: 1, content: negative }), 'content.vakken.0.lrv');
    expectInvalidInput(await w.calls.step(opp.id, { version: 1, step: 'bijstellen' }), 'reason');
    expectInvalidInput(await w.calls.note(opp.id, { note: '  ' }), 'note');
    expect(await counts()).toEqual(before);
  });

  it('lets the pupil’s leerkracht read it, not the leerkracht of another group; every read audited', async () => {
    const before = (await auditRows('opp.read')).length;
    const read = ok(await w.calls.get(opp.id, 'leerkracht'));
    expect(read.content).toEqual(opp.content);
    expect(read.abilities).toContain('opp.note');
    expect(read.abilities).not.toContain('opp.write');
    ok(await w.calls.get(opp.id, 'schoolleider'));
    expectSameNotFound(
      await w.calls.get(opp.id, 'leerkracht7'),
      await w.calls.get(unknownId(), 'leerkracht7'),
    );
    const reads = (await auditRows('opp.read')).slice(before);
    expect(reads.map((r) => r.user_id)).toEqual([
      w.world.demo.account(LOGIN.leerkracht).id,
      w.world.demo.account(LOGIN.schoolleider).id,
    ]);
    expect(reads.every((r) => r.entity_id === opp.id && r.leerling_id === pupilId)).toBe(true);
  });

  it('autosaves with the version; a stale version gets 409 with the OPP as it stands and writes nothing', async () => {
    w.world.at(20);
    const content = withExpectation(opp.content, 'rekenen-wiskunde', { lrv: 70 });
    const saved = ok(await w.calls.save(opp.id, { version: 1, content }));
    expect([saved.version, saved.content.vakken[0]?.lrv, saved.updatedBy]).toEqual([
      2,
      70,
      w.world.demo.account(LOGIN.ib).name,
    ]);
    expect(saved.versions.map((v) => [v.version, v.event])).toEqual([
      [2, 'gewijzigd'],
      [1, 'aangemaakt'],
    ]);
    const before = await counts();
    const stale = withExpectation(opp.content, 'rekenen-wiskunde', { lrv: 50 });
    const refused = await w.calls.save(opp.id, { version: 1, content: stale }, 'schoolleider');
    const error = expectError(refused, 409, 'conflict');
    expect((error.current as OppResponse).content.vakken[0]?.lrv).toBe(70);
    expect((error.current as OppResponse).version).toBe(2);
    expect(await counts()).toEqual(before);
    opp = saved;
  });

  it('keeps the OPP with a pupil who changes group, and readable for the IB after the pupil left', async () => {
    const db = w.world.database.db;
    const group7 = w.world.demo.group(w.schoolId, 'Groep 7').id;
    await db
      .updateTable('plaatsing')
      .set({ end_date: '2026-11-27' })
      .where('leerling_id', '=', pupilId)
      .execute();
    await db
      .insertInto('plaatsing')
      .values({
        id: unknownId(),
        leerling_id: pupilId,
        groep_id: group7,
        jaargroep: '7',
        start_date: '2026-11-28',
        end_date: null,
      })
      .execute();
    const moved = ok(await w.calls.get(opp.id, 'leerkracht7'));
    expect([moved.id, moved.version, moved.pupil.group]).toEqual([
      opp.id,
      2,
      { id: group7, name: 'Groep 7' },
    ]);
    await db
      .updateTable('plaatsing')
      .set({ end_date: '2026-12-20' })
      .where('groep_id', '=', group7)
      .where('leerling_id', '=', pupilId)
      .execute();
    const left = ok(await w.calls.get(opp.id, 'ib'));
    expect([left.pupil.group, left.pupil.leftOn, left.content]).toEqual([null, '2026-12-20', opp.content]);
  });
});
