import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  demoLookup,
  insertUser,
  LOGIN,
  seedDemo,
  TEST_NOW,
  unknownId,
  type DemoLookup,
  type LoginName,
} from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import type { PupilDetailResponse } from './pupils.schema';

interface ObservationBody {
  observation: PupilDetailResponse['observations'][number];
}

const WRITES = ['observatie', 'audit_log'] as const;

describe.each(testEngines())('pupil observations API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  /** Of the leerkracht's school: a pupil in their group now, and one who was never in their groups. */
  let own: string;
  let never: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
    const pupils = demo.pupilsByTeacher(LOGIN.leerkracht);
    own = pupils.current[0] ?? '';
    never = pupils.never[0] ?? '';
    for (const id of [own, never]) expect(id).not.toBe('');
  });
  afterAll(async () => database.dispose());

  const observe = (pupilId: string, who: LoginName, body: unknown) =>
    api.call<ObservationBody>('POST', `/pupils/${pupilId}/observations`, { cookie: as(who), body });

  it('answers 401 without a session, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const response = await api.call('POST', `/pupils/${own}/observations`, {
      body: { aspect: 'talent', toelichting: 'x' },
    });
    expectError(response, 401, 'unauthenticated');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each(['bestuur', 'beheerder', 'schoolleider'] as const)(
    'answers 403 to the %s, who does not write observations, writing nothing',
    async (who) => {
      const before = await countRows(database.db, WRITES);
      expectError(await observe(own, who, { aspect: 'welbevinden', waardering: 3 }), 403, 'forbidden');
      expect(await countRows(database.db, WRITES)).toEqual(before);
    },
  );

  it('adds an observation for the current schooljaar and writes observation.create', async () => {
    const author = demo.account(LOGIN.leerkracht);
    const response = await observe(own, 'leerkracht', {
      aspect: 'werkhouding',
      waardering: 2,
      toelichting: '  Werkt snel af.  ',
      moment: 'M5',
    });
    expect(response.status).toBe(201);
    const observation = response.body.observation;
    expect(observation).toEqual({
      id: observation.id,
      schooljaar: demo.currentYear,
      moment: 'M5',
      aspect: 'werkhouding',
      waardering: 2,
      toelichting: 'Werkt snel af.',
      observedOn: TEST_NOW.toISOString().slice(0, 10),
      author: author.name,
    });
    const stored = await database.db
      .selectFrom('observatie')
      .selectAll()
      .where('id', '=', observation.id)
      .executeTakeFirst();
    expect(stored).toMatchObject({ leerling_id: own, author_user_id: author.id, waardering: 2 });
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'observation.create')
      .where('entity_id', '=', observation.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      user_id: author.id,
      leerling_id: own,
      school_id: demo.schoolA,
      entity: 'observatie',
    });

    const record = await api.call<PupilDetailResponse>('GET', `/pupils/${own}`, { cookie: as('ib') });
    expect(record.body.observations).toEqual([observation]);
  });

  it('stores a talent without a rating, even when one is sent', async () => {
    const response = await observe(own, 'ib', {
      aspect: 'talent',
      waardering: 4,
      toelichting: 'Tekent prachtig.',
    });
    expect(response.status).toBe(201);
    expect(response.body.observation).toMatchObject({
      aspect: 'talent',
      waardering: null,
      author: demo.account(LOGIN.ib).name,
    });
    const stored = await database.db
      .selectFrom('observatie')
      .select('waardering')
      .where('id', '=', response.body.observation.id)
      .executeTakeFirst();
    expect(stored?.waardering).toBeNull();
  });

  it('refuses a user who writes observations elsewhere but is only schoolleider at this school', async () => {
    const { userId } = await insertUser(database.db, {
      name: 'Mieke Twee',
      email: 'twee@leerwinst.example',
      role: 'schoolleider',
      schoolId: demo.schoolA,
    });
    await database.db
      .insertInto('role_assignment')
      .values({
        id: unknownId(),
        user_id: userId,
        role: 'ib',
        school_id: demo.schoolB,
        bestuur_id: null,
        created_at: TEST_NOW.toISOString(),
      })
      .execute();
    const cookie = await api.login('twee@leerwinst.example');
    const before = await countRows(database.db, WRITES);
    const response = await api.call('POST', `/pupils/${own}/observations`, {
      cookie,
      body: { aspect: 'welbevinden', waardering: 3 },
    });
    expectError(response, 403, 'forbidden');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    ['a pupil never in their groups', 'leerkracht', () => never],
    ['a pupil of school A, asked by the IB of school B', 'ibOtherSchool', () => own],
  ] as const)(
    'answers an observation for %s exactly like a missing pupil, writing nothing',
    async (_, who, pupil) => {
      const body = { aspect: 'welbevinden', waardering: 3 };
      const before = await countRows(database.db, WRITES);
      expectSameNotFound(await observe(pupil(), who, body), await observe(unknownId(), who, body));
      expect(await countRows(database.db, WRITES)).toEqual(before);
    },
  );

  it.each([
    ['an unknown aspect', 'aspect', { aspect: 'gedrag', waardering: 3 }, 'moet een van deze waarden zijn'],
    [
      'a rating sent as text',
      'waardering',
      { aspect: 'werkhouding', waardering: '3' },
      'moet een getal zijn',
    ],
    ['a rating above 4', 'waardering', { aspect: 'werkhouding', waardering: 5 }, 'mag hoogstens 4 zijn'],
    ['a rating below 1', 'waardering', { aspect: 'werkhouding', waardering: 0 }, 'moet minstens 1 zijn'],
    [
      'a fractional rating',
      'waardering',
      { aspect: 'werkhouding', waardering: 2.5 },
      'moet een geheel getal zijn',
    ],
    [
      'a toelichting of 2001 characters',
      'toelichting',
      { aspect: 'talent', toelichting: 'x'.repeat(2001) },
      'mag hoogstens 2000 tekens lang zijn',
    ],
    [
      'a toelichting sent as a number',
      'toelichting',
      { aspect: 'talent', toelichting: 12 },
      'moet tekst zijn',
    ],
    [
      'a moment outside groep 1-8',
      'moment',
      { aspect: 'werkhouding', waardering: 3, moment: 'M9' },
      'moet in de juiste vorm zijn',
    ],
    [
      'neither a rating nor a toelichting',
      'waardering',
      { aspect: 'werkhouding' },
      'geef een waardering of een toelichting',
    ],
    [
      'a toelichting of only spaces',
      'waardering',
      { aspect: 'talent', toelichting: '   ' },
      'geef een waardering of een toelichting',
    ],
  ] as const)('answers 400 for %s, naming the field, writing nothing', async (_, field, body, message) => {
    const before = await countRows(database.db, WRITES);
    const error = expectInvalidInput(await observe(own, 'leerkracht', body), field);
    expect(error.message).toContain(message);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers 400 naming aspect when the aspect is missing, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const error = expectInvalidInput(await observe(own, 'leerkracht', { waardering: 3 }), 'aspect');
    expect(error.issues).toHaveLength(1);
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it('answers 400 for a body that is not JSON, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const response = await api.call('POST', `/pupils/${own}/observations`, {
      cookie: as('leerkracht'),
      rawBody: '{"aspect":',
    });
    expect(expectError(response, 400, 'invalid_input').message).toBe('De aanvraag bevat geen geldige JSON.');
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });
});
