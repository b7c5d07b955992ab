/**
 * Working in a bespreking: autosave of the answers with the version (409 with the other person's text
 * when stale), gehouden and vaststellen (read-only after, with a version kept), a correction with a
 * reason, pupils sent on to a leerlingbespreking, afspraken that return on the next bespreking, and the
 * warning when external experts take part without the verzorgers' consent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { BesprekingDetail } from './besprekingen.schema';
import { callers } from './besprekingen-test-support';

const WRITES = [
  'bespreking',
  'bespreking_versie',
  'bespreking_deelnemer',
  'bespreking_leerling',
  'audit_log',
] as const;

describe.each(testEngines())('working in a bespreking (%s)', (engine) => {
  let world: DemoWorld;
  let api: ReturnType<typeof callers>;
  let group5: string;
  let pupils: string[];

  beforeAll(async () => {
    world = await demoWorld(engine);
    api = callers(world);
    group5 = world.demo.group(world.demo.schoolA, 'Groep 5').id ?? '';
    pupils = world.demo.activePupilsOf(group5);
  });
  afterAll(async () => world.database.dispose());

  const groepsbespreking = async (plannedOn = '2026-12-10') =>
    ok(await api.create('ib', { kind: 'groepsbespreking', groepId: group5, plannedOn }), 201);
  const counts = () => countRows(world.database.db, WRITES);
  const nameOf = (who: LoginName) => world.demo.account(LOGIN[who]).name;
  const raise = (who: LoginName | null, id: string, body: object) =>
    api.call<BesprekingDetail>(who, 'POST', `/besprekingen/${id}/pupils`, body);
  const correct = (who: LoginName | null, id: string, body: object) =>
    api.call<BesprekingDetail>(who, 'POST', `/besprekingen/${id}/correction`, body);

  it('saves the answers with the version, and refuses a stale save with the other person’s text', async () => {
    const made = await groepsbespreking();
    const saved = ok(
      await api.save('ib', made.id, { version: 1, answers: { doelenBereikt: 'Grotendeels.' } }),
    );
    expect(saved).toMatchObject({
      version: 2,
      answers: { doelenBereikt: 'Grotendeels.', ambitiesBereikt: '' },
      updatedBy: nameOf('ib'),
    });
    const more = ok(
      await api.save('schoolleider', made.id, {
        version: 2,
        answers: { ambitiesBereikt: 'Ja.' },
        heldOn: '2026-12-10',
      }),
    );
    expect(more).toMatchObject({
      version: 3,
      heldOn: '2026-12-10',
      answers: { doelenBereikt: 'Grotendeels.', ambitiesBereikt: 'Ja.' },
    });
    const before = await counts();
    const error = expectError(
      await api.save('ib', made.id, { version: 2, answers: { doelenBereikt: 'Nee.' } }),
      409,
      'conflict',
    );
    expect(error.message).toContain(nameOf('schoolleider'));
    expect(error.current).toMatchObject({
      id: made.id,
      version: 3,
      answers: { doelenBereikt: 'Grotendeels.' },
    });
    expect(await counts()).toEqual(before);
  });

  it('refuses another kind’s question, a decision for a groepsbespreking and an unknown field, naming the field', async () => {
    const made = await groepsbespreking();
    const pupilTalk = ok(
      await api.create('ib', { kind: 'leerlingbespreking', leerlingId: pupils[0], plannedOn: '2026-12-11' }),
      201,
    );
    const before = await counts();
    expectInvalidInput(
      await api.save('ib', made.id, { version: 1, answers: { ontwikkeling: 'x' } }),
      'answers.ontwikkeling',
    );
    expectInvalidInput(
      await api.save('ib', made.id, { version: 1, decision: { code: 'geen', toelichting: '' } }),
      'decision',
    );
    expectInvalidInput(await api.save('ib', made.id, { version: 1, answers: { vraag9: 'x' } }), 'answers');
    expectInvalidInput(await api.save('ib', made.id, { answers: {} }), 'version');
    expectInvalidInput(
      await api.save('ib', pupilTalk.id, { version: 1, decision: { code: 'verwijzen', toelichting: '' } }),
      'decision.code',
    );
    expectInvalidInput(
      await api.save('ib', pupilTalk.id, { version: 1, answers: { ontwikkeling: 'x'.repeat(20_001) } }),
      'answers.ontwikkeling',
    );
    expect(await counts()).toEqual(before);
    const decided = ok(
      await api.save('ib', pupilTalk.id, {
        version: 1,
        decision: { code: 'opp_opstellen', toelichting: 'Rekenen.' },
        answers: { oppAanpassen: 'n.v.t.' },
      }),
    );
    expect(decided).toMatchObject({
      decision: { code: 'opp_opstellen', toelichting: 'Rekenen.' },
      answers: { oppAanpassen: 'n.v.t.' },
    });
  });

  it('refuses a save by a leerkracht (403), another school and the bestuur (404 as for an unknown one)', async () => {
    const made = await groepsbespreking();
    const body = { version: 1, answers: { doelenBereikt: 'x' } };
    const before = await counts();
    expectError(await api.save(null, made.id, body), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'leerkracht7', 'leerkrachtOtherSchool'] as const)
      expectError(await api.save(who, made.id, body), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur', 'beheerder'] as const) {
      expectSameNotFound(await api.save(who, made.id, body), await api.save(who, unknownId(), body));
      expectSameNotFound(
        await api.status(who, made.id, { version: 1, status: 'gehouden' }),
        await api.status(who, unknownId(), { version: 1, status: 'gehouden' }),
      );
      expectSameNotFound(
        await correct(who, made.id, { version: 1, reason: 'x' }),
        await correct(who, unknownId(), { version: 1, reason: 'x' }),
      );
      expectSameNotFound(
        await raise(who, made.id, { leerlingId: pupils[0], reason: 'x' }),
        await raise(who, unknownId(), { leerlingId: pupils[0], reason: 'x' }),
      );
    }
    expect(await counts()).toEqual(before);
  });

  it('holds and vaststellen it: read-only then, a version kept; a correction is a new version with the reason', async () => {
    const made = await groepsbespreking();
    const held = ok(await api.status('ib', made.id, { version: 1, status: 'gehouden' }));
    expect(held).toMatchObject({
      status: 'gehouden',
      heldOn: '2026-11-28',
      version: 2,
      readOnly: false,
      frozenAt: null,
    });
    const fixed = ok(await api.status('schoolleider', made.id, { version: 2, status: 'vastgesteld' }));
    expect(fixed).toMatchObject({ status: 'vastgesteld', version: 3, readOnly: true, heldOn: '2026-11-28' });
    const before = await counts();
    expectError(
      await api.save('ib', made.id, { version: 3, answers: { doelenBereikt: 'x' } }),
      409,
      'conflict',
    );
    expectError(await api.status('ib', made.id, { version: 3, status: 'gehouden' }), 409, 'conflict');
    expectError(await raise('ib', made.id, { leerlingId: pupils[0], reason: 'x' }), 409, 'conflict');
    expectInvalidInput(await correct('ib', made.id, { version: 3 }), 'reason');
    expectInvalidInput(await correct('ib', made.id, { version: 3, reason: '   ' }), 'reason');
    expectError(await correct('ib', made.id, { version: 2, reason: 'Te vroeg.' }), 409, 'conflict');
    expectError(await correct('leerkracht', made.id, { version: 3, reason: 'x' }), 403, 'forbidden');
    expect(await counts()).toEqual(before);
    const corrected = ok(
      await correct('ib', made.id, { version: 3, reason: 'Doel rekenen verkeerd overgenomen.' }),
    );
    expect(corrected).toMatchObject({ status: 'gehouden', version: 4, readOnly: false, frozenAt: null });
    expect(corrected.versions.map(({ changedAt: _at, ...v }) => v)).toEqual([
      { version: 3, status: 'vastgesteld', reason: 'vastgesteld', changedBy: nameOf('schoolleider') },
      {
        version: 4,
        status: 'gehouden',
        reason: 'Doel rekenen verkeerd overgenomen.',
        changedBy: nameOf('ib'),
      },
    ]);
    expect(
      ok(await api.save('ib', made.id, { version: 4, answers: { doelenBereikt: 'Gecorrigeerd.' } })).version,
    ).toBe(5);
    expectError(
      await correct('ib', (await groepsbespreking()).id, { version: 1, reason: 'x' }),
      409,
      'conflict',
    );
  });

  it('warns when an external expert takes part without the verzorgers’ consent, until one is recorded', async () => {
    const pupil = pupils[1] ?? '';
    const extern = { kind: 'extern', name: 'Mr. Ortho', role: 'orthopedagoog', organisation: 'SWV De Brug' };
    const made = ok(
      await api.create('ib', {
        kind: 'zorgteam',
        leerlingId: pupil,
        plannedOn: '2026-12-15',
        deelnemers: [extern],
      }),
      201,
    );
    expect(made.consentWarning).toEqual({ code: 'consent_missing', externals: ['Mr. Ortho'] });
    const consent = (body: object) => api.call('ib', 'POST', `/pupils/${pupil}/toestemmingen`, body);
    ok(
      await consent({ scope: 'onderzoek', description: 'Onderzoek', given: true, givenOn: '2026-11-01' }),
      201,
    );
    ok(await consent({ scope: 'swv', description: 'SWV', given: false, givenOn: '2026-11-01' }), 201);
    ok(
      await consent({
        scope: 'extern_deskundige',
        description: 'Oud',
        given: true,
        givenOn: '2025-01-01',
        validUntil: '2026-06-30',
      }),
      201,
    );
    expect(ok(await api.read('ib', made.id)).consentWarning).not.toBeNull();
    ok(
      await consent({ scope: 'swv', description: 'Delen met het SWV', given: true, givenOn: '2026-11-20' }),
      201,
    );
    expect(ok(await api.read('ib', made.id)).consentWarning).toBeNull();
    const without = ok(
      await api.create('ib', { kind: 'zorgteam', leerlingId: pupils[2], plannedOn: '2026-12-15' }),
      201,
    );
    expect(without.consentWarning).toBeNull();
  });

  it('sends a pupil of the group on to a leerlingbespreking, once, planned when a date is given', async () => {
    const made = await groepsbespreking();
    const [a, b] = [pupils[5], pupils[6]];
    const sent = ok(
      await raise('ib', made.id, { leerlingId: a, reason: 'Twee keer V rekenen.', plannedOn: '2027-01-12' }),
    );
    const raised = sent.raisedPupils.find((r) => r.pupil.id === a);
    expect(raised).toMatchObject({
      reason: 'Twee keer V rekenen.',
      leerlingbespreking: { kind: 'leerlingbespreking', plannedOn: '2027-01-12', status: 'gepland' },
    });
    const planned = ok(await api.read('ib', raised?.leerlingbespreking?.id ?? ''));
    expect(planned).toMatchObject({ kind: 'leerlingbespreking', pupil: { id: a }, status: 'gepland' });
    const later = ok(await raise('ib', made.id, { leerlingId: b, reason: 'Werkhouding.' }));
    expect(later.raisedPupils.find((r) => r.pupil.id === b)?.leerlingbespreking).toBeNull();
    const before = await counts();
    expectError(await raise('ib', made.id, { leerlingId: a, reason: 'Nog eens.' }), 409, 'conflict');
    const outside = world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, 'Groep 7').id ?? '')[0];
    expectInvalidInput(await raise('ib', made.id, { leerlingId: outside, reason: 'x' }), 'leerlingId');
    expectInvalidInput(await raise('ib', made.id, { leerlingId: a }), 'reason');
    expectError(await raise('ib', planned.id, { leerlingId: a, reason: 'x' }), 400, 'invalid_input');
    expectError(await raise('leerkracht', made.id, { leerlingId: b, reason: 'x' }), 403, 'forbidden');
    expect(await counts()).toEqual(before);
    const dropped = ok(
      await api.call<BesprekingDetail>('ib', 'DELETE', `/besprekingen/${made.id}/pupils/${b}`),
    );
    expect(dropped.raisedPupils.map((r) => r.pupil.id)).toEqual([a]);
    expectSameNotFound(
      await api.call('ib', 'DELETE', `/besprekingen/${made.id}/pupils/${b}`),
      await api.call('ib', 'DELETE', `/besprekingen/${made.id}/pupils/${unknownId()}`),
    );
  });

  it('shows open afspraken of the group on its next bespreking until they are closed', async () => {
    const first = await groepsbespreking('2026-10-01');
    const leerkracht = world.demo.account(LOGIN.leerkracht).id;
    const afspraak = ok(
      await api.call<{ id: string; group: { id: string } | null }>(
        'ib',
        'POST',
        `/schools/${world.demo.schoolA}/afspraken`,
        {
          text: 'Extra instructie tafels',
          ownerUserId: leerkracht,
          besprekingId: first.id,
          deadline: '2026-12-01',
        },
      ),
      201,
    );
    expect(afspraak.group?.id).toBe(group5);
    expect(ok(await api.read('ib', first.id)).afspraken.map((a) => a.id)).toEqual([afspraak.id]);
    const next = await groepsbespreking('2027-02-01');
    expect(next.openAfspraken.map((a) => a.id)).toContain(afspraak.id);
    expect(next.afspraken).toEqual([]);
    // The teacher's home page: the open afspraak, and the coming bespreking they take part in.
    const home = ok(
      await api.call<{ afspraken: { id: string }[]; besprekingen: { id: string }[] }>(
        'leerkracht',
        'GET',
        '/me/afspraken',
      ),
    );
    expect(home.afspraken.map((a) => a.id)).toContain(afspraak.id);
    expect(home.besprekingen.map((b) => b.id)).toContain(next.id);
    expect(home.besprekingen.map((b) => b.id)).not.toContain(first.id);
    const colleague = ok(
      await api.call<{ besprekingen: { id: string }[] }>('leerkracht7', 'GET', '/me/afspraken'),
    );
    expect(colleague.besprekingen.map((b) => b.id)).not.toContain(next.id);
    ok(await api.call('leerkracht', 'PATCH', `/afspraken/${afspraak.id}`, { version: 1, status: 'gedaan' }));
    expect(ok(await api.read('ib', next.id)).openAfspraken.map((a) => a.id)).not.toContain(afspraak.id);
  });
});
