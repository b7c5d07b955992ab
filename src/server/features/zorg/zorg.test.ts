/**
 * A pupil's care data: GET /pupils/{id}/zorg, the zorgniveau with its history, verzorgers and their
 * consents. The pupil's leerkracht reads, the IB and the schoolleider write; a teacher of another group,
 * another school, the bestuur and the beheerder find nothing (404, as for an unknown id). The level
 * names are the school's settings. Refused requests write nothing; every request is one audit row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../testing/databases';
import { countRows, LOGIN, unknownId, type LoginName } from '../../../testing/fixtures';
import { expectError, expectInvalidInput, expectSameNotFound } from '../../../testing/http';
import { demoWorld, ok, type DemoWorld } from '../../../testing/world';
import type { PupilZorgResponse } from './zorg.schema';

const WRITES = ['zorgniveau', 'verzorger', 'toestemming', 'audit_log'] as const;
const OUTSIDERS = ['leerkracht7', 'ibOtherSchool', 'leerkrachtOtherSchool', 'bestuur', 'beheerder'] as const;

describe.each(testEngines())('zorgniveau, verzorgers and toestemmingen (%s)', (engine) => {
  let world: DemoWorld;
  let pupil: string;

  beforeAll(async () => {
    world = await demoWorld(engine);
    pupil = world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, 'Groep 5').id ?? '')[0] ?? '';
  });
  afterAll(async () => world.database.dispose());

  const call = (who: LoginName | null, method: string, path: string, body?: unknown) =>
    world.api.call<PupilZorgResponse>(method, path, {
      cookie: who ? world.cookies[who] : undefined,
      ...(body === undefined ? {} : { body }),
    });
  const zorg = (who: LoginName | null, id = pupil) => call(who, 'GET', `/pupils/${id}/zorg`);
  const niveau = (who: LoginName | null, body: object, id = pupil) =>
    call(who, 'PUT', `/pupils/${id}/zorgniveau`, body);
  const addVerzorger = (who: LoginName | null, body: object, id = pupil) =>
    call(who, 'POST', `/pupils/${id}/verzorgers`, body);
  const addConsent = (who: LoginName | null, body: object, id = pupil) =>
    call(who, 'POST', `/pupils/${id}/toestemmingen`, body);
  const counts = () => countRows(world.database.db, WRITES);
  const nameOf = (who: LoginName) => world.demo.account(LOGIN[who]).name;
  const mother = {
    name: 'Fatima el Amrani',
    relation: 'moeder',
    phone: '06-12345678',
    email: 'fatima@example.org',
    gezag: true,
  };

  it('shows the care page to the pupil’s leerkracht and the IB, with the default level names, and audits the read', async () => {
    const reads = async () =>
      (
        await world.database.db
          .selectFrom('audit_log')
          .select('id')
          .where('action', '=', 'zorg.read')
          .where('leerling_id', '=', pupil)
          .execute()
      ).length;
    const before = await reads();
    const page = ok(await zorg('leerkracht'));
    expect(page).toMatchObject({
      pupil: { id: pupil, schoolId: world.demo.schoolA },
      zorgniveau: { current: null, history: [] },
      labels: [
        'Basisondersteuning in de groep',
        'Extra ondersteuning in de groep',
        'Ondersteuning met hulp van de IB',
        'Ondersteuning met externe deskundigen',
        'Arrangement van het samenwerkingsverband',
      ],
      verzorgers: [],
      toestemmingen: [],
      opps: [],
    });
    expect(page.abilities).not.toContain('zorg.write');
    expect(ok(await zorg('ib')).abilities).toContain('zorg.write');
    expect(await reads()).toBe(before + 2);
  });

  it('refuses the care page: 401, and 404 for a teacher of another group, another school and the bestuur', async () => {
    expectError(await zorg(null), 401, 'unauthenticated');
    for (const who of OUTSIDERS) expectSameNotFound(await zorg(who), await zorg(who, unknownId()));
  });

  it('keeps the zorgniveau with its history, who and why, in the school’s own names', async () => {
    ok(await niveau('ib', { niveau: 2, reason: 'Extra instructie rekenen.' }));
    world.at(60);
    const page = ok(await niveau('schoolleider', { niveau: 4, reason: 'Orthopedagoog ingeschakeld.' }));
    world.at(0);
    expect(page.zorgniveau.current).toMatchObject({
      niveau: 4,
      label: 'Ondersteuning met externe deskundigen',
      setBy: nameOf('schoolleider'),
    });
    expect(page.zorgniveau.history.map((h) => [h.niveau, h.reason, h.setBy])).toEqual([
      [4, 'Orthopedagoog ingeschakeld.', nameOf('schoolleider')],
      [2, 'Extra instructie rekenen.', nameOf('ib')],
    ]);
    const labels = ['Niveau 1', 'Niveau 2', 'Niveau 3', 'Niveau 4: extern', 'Niveau 5'];
    ok(
      await world.api.call('PUT', `/schools/${world.demo.schoolA}/settings`, {
        cookie: world.cookies.ib,
        body: { zorg: { niveauLabels: labels, oppTermWeeks: 8 } },
      }),
    );
    const renamed = ok(await zorg('leerkracht'));
    expect(renamed.labels).toEqual(labels);
    expect(renamed.zorgniveau.current?.label).toBe('Niveau 4: extern');
  });

  it('refuses a zorgniveau without the right or out of range, naming the field, and writes nothing', async () => {
    const body = { niveau: 3, reason: 'x' };
    const before = await counts();
    expectError(await niveau(null, body), 401, 'unauthenticated');
    expectError(await niveau('leerkracht', body), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur', 'beheerder'] as const)
      expectSameNotFound(await niveau(who, body), await niveau(who, body, unknownId()));
    expectInvalidInput(await niveau('ib', { niveau: 6, reason: 'x' }), 'niveau');
    expectInvalidInput(await niveau('ib', { niveau: 2.5, reason: 'x' }), 'niveau');
    expectInvalidInput(await niveau('ib', { niveau: 2, reason: ' ' }), 'reason');
    expectInvalidInput(await niveau('ib', { niveau: 2 }), 'reason');
    expect(await counts()).toEqual(before);
  });

  it('adds, changes and removes verzorgers; a removed one’s consent stays', async () => {
    const added = ok(await addVerzorger('ib', mother), 201);
    const v = added.verzorgers[0];
    expect(v).toEqual({
      id: v?.id,
      name: mother.name,
      relation: 'moeder',
      phone: mother.phone,
      email: mother.email,
      gezag: true,
      source: 'hand',
    });
    const changed = ok(
      await call('schoolleider', 'PUT', `/verzorgers/${v?.id}`, { ...mother, phone: null, gezag: false }),
    );
    expect(changed.verzorgers[0]).toMatchObject({ phone: null, gezag: false });
    ok(
      await addConsent('ib', {
        verzorgerId: v?.id,
        scope: 'swv',
        description: 'Delen met het SWV',
        given: true,
        givenOn: '2026-11-02',
      }),
      201,
    );
    const removed = ok(await call('ib', 'DELETE', `/verzorgers/${v?.id}`));
    expect(removed.verzorgers).toEqual([]);
    expect(removed.toestemmingen).toEqual([
      expect.objectContaining({ scope: 'swv', verzorger: null, valid: true }),
    ]);
  });

  it('refuses verzorger changes without the right, naming bad fields, and writes nothing', async () => {
    const id =
      ok(await addVerzorger('ib', { name: 'Jan', relation: 'vader', gezag: true }), 201).verzorgers.find(
        (x) => x.name === 'Jan',
      )?.id ?? '';
    const before = await counts();
    expectInvalidInput(await addVerzorger('ib', { ...mother, email: 'geen-adres' }), 'email');
    expectInvalidInput(await addVerzorger('ib', { ...mother, name: '' }), 'name');
    expectInvalidInput(await addVerzorger('ib', { name: 'x', relation: 'oma' }), 'gezag');
    expectInvalidInput(await call('ib', 'PUT', `/verzorgers/${id}`, { ...mother, relation: '' }), 'relation');
    expectError(await addVerzorger('leerkracht', mother), 403, 'forbidden');
    expectError(await call('leerkracht', 'DELETE', `/verzorgers/${id}`), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur', 'beheerder'] as const) {
      expectSameNotFound(await addVerzorger(who, mother), await addVerzorger(who, mother, unknownId()));
      expectSameNotFound(
        await call(who, 'PUT', `/verzorgers/${id}`, mother),
        await call(who, 'PUT', `/verzorgers/${unknownId()}`, mother),
      );
      expectSameNotFound(
        await call(who, 'DELETE', `/verzorgers/${id}`),
        await call(who, 'DELETE', `/verzorgers/${unknownId()}`),
      );
    }
    expectError(await call(null, 'DELETE', `/verzorgers/${id}`), 401, 'unauthenticated');
    expect(await counts()).toEqual(before);
  });

  it('records consents as given, refused or expired, and withdraws one on a date', async () => {
    const other =
      world.demo.activePupilsOf(world.demo.group(world.demo.schoolA, 'Groep 5').id ?? '')[1] ?? '';
    const given = ok(
      await addConsent(
        'ib',
        {
          scope: 'extern_deskundige',
          description: 'Orthopedagoog SWV',
          given: true,
          givenOn: '2026-10-01',
          validUntil: '2027-07-31',
        },
        other,
      ),
      201,
    );
    ok(
      await addConsent(
        'ib',
        { scope: 'onderzoek', description: 'Onderzoek dyslexie', given: false, givenOn: '2026-09-15' },
        other,
      ),
      201,
    );
    const page = ok(
      await addConsent(
        'ib',
        { scope: 'swv', description: 'Oud', given: true, givenOn: '2025-01-01', validUntil: '2026-01-01' },
        other,
      ),
      201,
    );
    expect(page.toestemmingen.map((t) => [t.scope, t.given, t.valid])).toEqual([
      ['extern_deskundige', true, true],
      ['onderzoek', false, false],
      ['swv', true, false],
    ]);
    expect(page.toestemmingen[0]?.recordedBy).toBe(nameOf('ib'));
    const id = given.toestemmingen[0]?.id ?? '';
    const withdraw = (who: LoginName | null, body: object, which = id) =>
      call(who, 'POST', `/toestemmingen/${which}/withdraw`, body);
    const before = await counts();
    expectInvalidInput(await withdraw('ib', { withdrawnOn: '2026-09-01' }), 'withdrawnOn');
    expectInvalidInput(await withdraw('ib', {}), 'withdrawnOn');
    expectError(await withdraw('leerkracht', { withdrawnOn: '2026-11-20' }), 403, 'forbidden');
    for (const who of ['ibOtherSchool', 'bestuur'] as const)
      expectSameNotFound(
        await withdraw(who, { withdrawnOn: '2026-11-20' }),
        await withdraw(who, { withdrawnOn: '2026-11-20' }, unknownId()),
      );
    expectInvalidInput(
      await addConsent(
        'ib',
        { scope: 'swv', description: 'x', given: true, givenOn: '2026-11-01', verzorgerId: unknownId() },
        other,
      ),
      'verzorgerId',
    );
    expectInvalidInput(
      await addConsent(
        'ib',
        { scope: 'swv', description: 'x', given: true, givenOn: '2026-11-01', validUntil: '2026-10-01' },
        other,
      ),
      'validUntil',
    );
    expectInvalidInput(
      await addConsent('ib', { scope: 'delen', description: 'x', given: true, givenOn: '2026-11-01' }, other),
      'scope',
    );
    expect(await counts()).toEqual(before);
    const withdrawn = ok(await withdraw('schoolleider', { withdrawnOn: '2026-11-20' }));
    expect(withdrawn.toestemmingen.find((t) => t.id === id)).toMatchObject({
      withdrawnOn: '2026-11-20',
      valid: false,
    });
    expectError(await withdraw('ib', { withdrawnOn: '2026-11-21' }), 409, 'conflict');
  });
});
