/**
 * The steps of an OPP (Wet passend onderwijs): the overleg with the verzorgers, vaststellen only with
 * their instemming on the version that is vastgesteld and an uitstroomprofiel, content locked after it,
 * bijstellen with a reason, beëindigen, evaluations and a teacher's note. Every refusal writes nothing;
 * every change keeps a version and an audit row; leerling.opp_since (the datamuur's OPP mark) follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { ok } from '../../../testing/world';
import type { GroepsoverzichtResponse } from '../groepsoverzicht/groepsoverzicht.schema';
import type { PupilDetailResponse } from '../pupils/pupils.schema';
import {
  E4,
  INSTEMMING,
  insertPupil,
  insertResult,
  OPP_WRITES,
  oppWorld,
  withExpectation,
  type OppWorld,
} from './opp-test-support';
import type { OppResponse } from './opp-response.schema';

describe.each(testEngines())('the steps of an OPP (%s)', (engine) => {
  let w: OppWorld;
  let pupilId: string;
  let opp: OppResponse;

  beforeAll(async () => {
    w = await oppWorld(engine);
    pupilId = await insertPupil(w.world.database.db, w, 'Sanne');
    await insertResult(w.world.database.db, pupilId, { toetsId: w.toetsen.v1, ...E4, score: 50 });
    opp = ok(await w.calls.create(pupilId, { decidedOn: '2026-11-20' }), 201);
  });
  afterAll(async () => w.world.database.dispose());

  const counts = () => countRows(w.world.database.db, OPP_WRITES);
  const auditActions = async () =>
    (
      await w.world.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', opp.id)
        .where('action', '!=', 'opp.read')
        .orderBy('at')
        .orderBy('id')
        .execute()
    ).map((r) => r.action);
  const marked = async () =>
    ok(
      await w.world.api.call<GroepsoverzichtResponse>('GET', `/groups/${w.groupId}/groepsoverzicht`, {
        cookie: w.world.cookies.leerkracht,
      }),
    ).pupils.some((p) => p.id === pupilId && p.hasOpp);
  /** As the pupil record shows it (the old "OPP sinds" mark, now kept in step by the OPP). */
  const oppSince = async () =>
    ok(
      await w.world.api.call<PupilDetailResponse>('GET', `/pupils/${pupilId}`, {
        cookie: w.world.cookies.ib,
      }),
    ).pupil.oppSince;

  it('needs a note when the verzorgers do not agree, and then names where they can turn', async () => {
    const before = await counts();
    const disagree = { ...INSTEMMING, outcome: 'geen_overeenstemming', parentsView: 'Wij willen meer hulp.' };
    expectInvalidInput(await w.calls.overleg(opp.id, disagree), 'note');
    expect(await counts()).toEqual(before);
    const saved = ok(await w.calls.overleg(opp.id, { ...disagree, note: 'Niet eens over de uren' }), 201);
    expect(saved.overleggen[0]).toMatchObject({
      oppVersion: 1,
      outcome: 'geen_overeenstemming',
      parentsView: 'Wij willen meer hulp.',
      note: 'Niet eens over de uren',
      whereToTurn: ['onderwijsconsulenten', 'geschillencommissie_passend_onderwijs'],
      recordedBy: w.world.demo.account(LOGIN.ib).name,
    });
    // An overleg changes neither content nor status: no new version.
    expect(saved.version).toBe(1);
  });

  it('refuses vaststellen without an uitstroomprofiel and without instemming on this version; writes nothing', async () => {
    const before = await counts();
    const refused = expectError(
      await w.calls.step(opp.id, { version: 1, step: 'vaststellen' }),
      400,
      'invalid_input',
    );
    expect(refused.issues?.map((i) => i.field)).toEqual(['content.uitstroomprofiel', 'overleg']);
    expect(refused.message).toMatch(/^Het OPP kan nog niet worden vastgesteld/);
    // Instemming on version 1, then a change: the instemming was about another version.
    ok(await w.calls.overleg(opp.id, INSTEMMING), 201);
    expect(ok(await w.calls.get(opp.id)).canVaststellen).toEqual({
      allowed: false,
      reasons: ['no_uitstroomprofiel'],
    });
    opp = ok(
      await w.calls.save(opp.id, {
        version: 1,
        content: withExpectation(opp.content, 'rekenen-wiskunde', { lrv: 50 }),
      }),
    );
    expect(opp.canVaststellen).toEqual({ allowed: false, reasons: ['no_instemming'] });
    const mid = await counts();
    const again = expectError(
      await w.calls.step(opp.id, { version: 2, step: 'vaststellen' }),
      400,
      'invalid_input',
    );
    expect(again.issues?.map((i) => i.field)).toEqual(['overleg']);
    expect(await counts()).toEqual(mid);
    expect(await counts()).not.toEqual(before);
  });

  it('vaststelt with instemming on the current version, keeps a version and sets the OPP mark', async () => {
    ok(await w.calls.overleg(opp.id, INSTEMMING), 201);
    w.world.at(3600);
    const stale = await w.calls.step(opp.id, { version: 1, step: 'vaststellen' });
    expectError(stale, 409, 'conflict');
    opp = ok(await w.calls.step(opp.id, { version: 2, step: 'vaststellen' }));
    expect([opp.status, opp.version, opp.vastgesteldOn]).toEqual(['vastgesteld', 3, '2026-11-28']);
    expect(opp.versions.map((v) => [v.version, v.status, v.event])).toEqual([
      [3, 'vastgesteld', 'vastgesteld'],
      [2, 'concept', 'gewijzigd'],
      [1, 'concept', 'aangemaakt'],
    ]);
    expect(opp.steps).toEqual(['evalueren', 'bijstellen', 'beeindigen']);
    expect(opp.terms.vaststelling).toBeNull();
    expect(opp.terms.evaluatie).toEqual({ due: '2027-11-28', overdue: false, soon: false });
    expect(await oppSince()).toBe('2026-11-28');
    expect(await marked()).toBe(true);
  });

  it('locks the content once vastgesteld: a save is refused with 409 and writes nothing', async () => {
    const before = await counts();
    const locked = await w.calls.save(opp.id, { version: 3, content: { ...opp.content, reden: 'Anders' } });
    const error = expectError(locked, 409, 'conflict');
    expect((error.current as OppResponse).content.reden).toBe(opp.content.reden);
    expectError(await w.calls.step(opp.id, { version: 3, step: 'vaststellen' }), 409, 'conflict');
    expect(await counts()).toEqual(before);
  });

  it('lets the pupil’s leerkracht add a note, not a leerkracht of another group', async () => {
    const saved = ok(await w.calls.note(opp.id, { note: 'Werkt goed met het rekenrek' }, 'leerkracht'), 201);
    expect(saved.evaluaties[0]).toMatchObject({
      kind: 'notitie',
      evaluatedOn: '2026-11-28',
      withParents: false,
      vakken: [],
      note: 'Werkt goed met het rekenrek',
      recordedBy: w.world.demo.account(LOGIN.leerkracht).name,
    });
    expect(saved.version).toBe(3);
    expectSameNotFound(
      await w.calls.note(opp.id, { note: 'x' }, 'leerkracht7'),
      await w.calls.note(unknownId(), { note: 'x' }, 'leerkracht7'),
    );
  });

  it('refuses an evaluation of a vak that is not in the OPP, naming it', async () => {
    const before = await counts();
    const body = {
      evaluatedOn: '2026-11-28',
      withParents: false,
      vakken: [{ vak: 'spelling', reason: '', adjusted: false }],
    };
    expectInvalidInput(await w.calls.evaluatie(opp.id, body), 'vakken.0.vak');
    expect(await counts()).toEqual(before);
  });

  it('bijstelt with a reason, opens the content again, and asks for instemming again', async () => {
    opp = ok(await w.calls.step(opp.id, { version: 3, step: 'bijstellen', reason: 'Nieuwe toetsgegevens' }));
    expect([opp.status, opp.version, opp.vastgesteldOn]).toEqual(['bijgesteld', 4, '2026-11-28']);
    expect(opp.versions[0]).toMatchObject({
      version: 4,
      status: 'bijgesteld',
      event: 'bijgesteld',
      reason: 'Nieuwe toetsgegevens',
    });
    expect(opp.canVaststellen).toEqual({ allowed: false, reasons: ['no_instemming'] });
    opp = ok(await w.calls.save(opp.id, { version: 4, content: { ...opp.content, reden: 'Bijgesteld' } }));
    expect([opp.status, opp.version, opp.content.reden]).toEqual(['bijgesteld', 5, 'Bijgesteld']);
  });

  it('ends the OPP: the mark goes, no step is left, and a new OPP may start', async () => {
    const before = await counts();
    const early = await w.calls.step(opp.id, { version: 5, step: 'beeindigen', endedOn: '2026-11-01' });
    expectInvalidInput(early, 'endedOn');
    expect(await counts()).toEqual(before);
    opp = ok(
      await w.calls.step(opp.id, {
        version: 5,
        step: 'beeindigen',
        endedOn: '2026-12-01',
        reason: 'Verhuisd',
      }),
    );
    expect([opp.status, opp.endedOn, opp.steps, opp.terms]).toEqual([
      'beeindigd',
      '2026-12-01',
      [],
      { termWeeks: 6, vaststelling: null, evaluatie: null },
    ]);
    expect(opp.versions[0]).toMatchObject({ event: 'beeindigd', reason: 'Verhuisd' });
    expect(await oppSince()).toBeNull();
    expect(await marked()).toBe(false);
    expectError(await w.calls.note(opp.id, { note: 'Nog iets' }, 'leerkracht'), 409, 'conflict');
    expectError(await w.calls.step(opp.id, { version: 6, step: 'bijstellen', reason: 'x' }), 409, 'conflict');
    // Sorted: rows written within one millisecond have no order of their own.
    expect((await auditActions()).sort()).toEqual(
      [
        'opp.create',
        'opp.overleg',
        'opp.overleg',
        'opp.update',
        'opp.overleg',
        'opp.vaststellen',
        'opp.note',
        'opp.bijstellen',
        'opp.update',
        'opp.beeindigen',
      ].sort(),
    );
    const next = ok(await w.calls.create(pupilId, { decidedOn: '2026-12-02' }), 201);
    expect(next.id).not.toBe(opp.id);
    expect(await oppSince()).toBe('2026-12-02');
  });
});
