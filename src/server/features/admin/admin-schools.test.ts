import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { DemoData } from '../../../demo/generator';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  countRows,
  createOtherBestuur,
  demoLookup,
  seedDemo,
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
import type { AdminGroupListResponse, AdminSchoolListResponse, AdminSchoolResponse } from './admin.schema';

type SchoolList = z.infer<typeof AdminSchoolListResponse>;
type SchoolBody = z.infer<typeof AdminSchoolResponse>;
type GroupList = z.infer<typeof AdminGroupListResponse>;
const WRITES = ['school', 'schooljaar', 'audit_log'] as const;

describe.each(testEngines())('admin schools API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let data: DemoData;
  let demo: DemoLookup;
  let cookies: Record<LoginName, string>;
  const as = (who: LoginName) => cookies[who];
  let other: { bestuurId: string; schoolId: string };
  /** The school the beheerder creates in the first test; later tests change it. */
  let created: SchoolBody['school'];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    data = await seedDemo(database.db);
    demo = demoLookup(data);
    api = testApi(database.db, engine);
    other = await createOtherBestuur(database.db);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const newSchool = (overrides: Record<string, unknown> = {}) => ({
    bestuurId: data.summary.bestuurId,
    name: 'De Nieuwe Linde, Molenhoek',
    brin: '  12ab ',
    vestiging: '00',
    schoolweging: 28.5,
    ...overrides,
  });
  const create = (body: unknown) =>
    api.call<SchoolBody>('POST', '/admin/schools', { cookie: as('beheerder'), body });
  const patch = (schoolId: string, body: unknown) =>
    api.call<SchoolBody>('PATCH', `/admin/schools/${schoolId}`, { cookie: as('beheerder'), body });
  const schoolRow = (id: string) =>
    database.db.selectFrom('school').selectAll().where('id', '=', id).executeTakeFirst();

  const routes = () =>
    [
      ['GET', '/admin/schools', undefined],
      ['POST', '/admin/schools', newSchool({ brin: '13AB' })],
      ['PATCH', `/admin/schools/${demo.schoolA}`, { name: 'Gekaapt' }],
      ['GET', `/admin/schools/${demo.schoolA}/groups`, undefined],
    ] as const;

  it('answers 401 on every school management route without a session', async () => {
    for (const [method, path, body] of routes()) {
      expectError(await api.call(method, path, { body }), 401, 'unauthenticated');
    }
  });

  it.each(['leerkracht', 'ib', 'schoolleider', 'bestuur'] as const)(
    'answers 403 to the %s on every school management route and changes nothing',
    async (who) => {
      const before = await countRows(database.db, WRITES);
      for (const [method, path, body] of routes()) {
        expectError(await api.call(method, path, { cookie: as(who), body }), 403, 'forbidden');
      }
      expect(await countRows(database.db, WRITES)).toEqual(before);
      expect((await schoolRow(demo.schoolA))?.name).toBe(demo.school(demo.schoolA).name);
    },
  );

  it('lists the schools and the bestuur of the beheerder, and nothing of another bestuur', async () => {
    const response = await api.call<SchoolList>('GET', '/admin/schools', { cookie: as('beheerder') });
    expect(response.status).toBe(200);
    const bestuur = { id: data.summary.bestuurId, name: data.bestuur[0]?.name };
    expect(response.body.besturen).toEqual([bestuur]);
    expect(response.body.schools).toEqual(
      [...data.school]
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((s) => ({
          id: s.id,
          name: s.name,
          brin: s.brin,
          vestiging: s.vestiging ?? null,
          schoolweging: s.schoolweging ?? null,
          bestuur,
        })),
    );
  });

  it('creates a school with its current schooljaar, which the beheerder then manages', async () => {
    const response = await create(newSchool());
    expect(response.status).toBe(201);
    created = response.body.school;
    expect(created).toEqual({
      id: created.id,
      name: 'De Nieuwe Linde, Molenhoek',
      brin: '12AB',
      vestiging: '00',
      schoolweging: 28.5,
      bestuur: { id: data.summary.bestuurId, name: data.bestuur[0]?.name },
    });
    const start = Number(demo.currentYear.slice(0, 4));
    const years = await database.db
      .selectFrom('schooljaar')
      .selectAll()
      .where('school_id', '=', created.id)
      .execute();
    expect(years).toMatchObject([
      { name: demo.currentYear, start_date: `${start}-08-01`, end_date: `${start + 1}-07-31` },
    ]);
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'school.create')
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit).toHaveLength(1);
    const schools = await api.call<{ schools: { id: string }[] }>('GET', '/schools', {
      cookie: as('beheerder'),
    });
    expect(schools.body.schools.map((s) => s.id)).toContain(created.id);
    const groups = await api.call<GroupList>('GET', `/admin/schools/${created.id}/groups`, {
      cookie: as('beheerder'),
    });
    expect(groups.body).toEqual({ groups: [] });
  });

  it('answers 409 for a BRIN and vestiging that already exist, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const brinA = demo.school(demo.schoolA).brin.toLowerCase();
    expectError(await create(newSchool({ brin: brinA, vestiging: null })), 409, 'conflict');
    expectError(await create(newSchool({ brin: '12AB', vestiging: '00' })), 409, 'conflict');
    expect(await countRows(database.db, WRITES)).toEqual(before);
    // The same BRIN with another vestiging is another school.
    expect((await create(newSchool({ brin: brinA, vestiging: '01' }))).status).toBe(201);
  });

  it('answers another bestuur exactly like a missing bestuur, writing nothing', async () => {
    const before = await countRows(database.db, WRITES);
    const outside = await create(newSchool({ bestuurId: other.bestuurId, brin: '14AB' }));
    expectSameNotFound(outside, await create(newSchool({ bestuurId: unknownId(), brin: '14AB' })));
    expect(await countRows(database.db, WRITES)).toEqual(before);
  });

  it.each([
    ['a BRIN that is not two digits and two characters', 'brin', { brin: 'ABCD' }, 'BRIN-nummer'],
    ['a missing BRIN', 'brin', { brin: undefined }, 'is verplicht'],
    ['an empty name', 'name', { name: '  ' }, 'mag niet leeg zijn'],
    ['a name of 201 characters', 'name', { name: 'x'.repeat(201) }, 'mag hoogstens 200 tekens lang zijn'],
    ['a vestiging of one digit', 'vestiging', { vestiging: '1' }, 'vestigingsnummer'],
    ['a schoolweging above 50', 'schoolweging', { schoolweging: 51 }, 'mag hoogstens 50 zijn'],
    ['a schoolweging sent as text', 'schoolweging', { schoolweging: '30' }, 'moet een getal zijn'],
    ['a missing bestuur', 'bestuurId', { bestuurId: undefined }, 'is verplicht'],
  ] as const)(
    'answers 400 for %s, naming the field, writing nothing',
    async (_, field, overrides, message) => {
      const before = await countRows(database.db, WRITES);
      const error = expectInvalidInput(await create(newSchool({ brin: '15AB', ...overrides })), field);
      expect(error.message).toContain(message);
      expect(await countRows(database.db, WRITES)).toEqual(before);
    },
  );

  it('renames a school and clears its schoolweging, with an audit row', async () => {
    const response = await patch(created.id, { name: '  De Linde, Molenhoek ', schoolweging: null });
    expect(response.status).toBe(200);
    expect(response.body.school).toEqual({ ...created, name: 'De Linde, Molenhoek', schoolweging: null });
    expect(await schoolRow(created.id)).toMatchObject({ name: 'De Linde, Molenhoek', schoolweging: null });
    const audit = await database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'school.update')
      .where('entity_id', '=', created.id)
      .execute();
    expect(audit.map((a) => JSON.parse(a.details ?? '{}'))).toEqual([{ fields: ['name', 'schoolweging'] }]);
  });

  it('answers a school of another bestuur exactly like a missing school, changing nothing', async () => {
    const before = await schoolRow(other.schoolId);
    expectSameNotFound(
      await patch(other.schoolId, { name: 'Gekaapt' }),
      await patch(unknownId(), { name: 'Gekaapt' }),
    );
    expect(await schoolRow(other.schoolId)).toEqual(before);
  });

  it.each([
    ['a schoolweging below 15', 'schoolweging', { schoolweging: 14 }],
    ['a name of 201 characters', 'name', { name: 'x'.repeat(201) }],
    ['a name sent as a number', 'name', { name: 7 }],
  ] as const)(
    'answers 400 for %s in a change, naming the field, changing nothing',
    async (_, field, body) => {
      const before = await schoolRow(demo.schoolA);
      expectInvalidInput(await patch(demo.schoolA, body), field);
      expect(await schoolRow(demo.schoolA)).toEqual(before);
    },
  );

  it('answers 400 for a field a change may not touch, naming that field', async () => {
    const before = await schoolRow(demo.schoolA);
    const error = expectError(await patch(demo.schoolA, { brin: '99XX' }), 400, 'invalid_input');
    expect(error.message).toContain('brin');
    expect(await schoolRow(demo.schoolA)).toEqual(before);
  });

  it('lists the groups of a school in every schooljaar, newest first, without pupils', async () => {
    const response = await api.call<GroupList>('GET', `/admin/schools/${demo.schoolA}/groups`, {
      cookie: as('beheerder'),
    });
    expect(response.status).toBe(200);
    const expected = [...data.summary.schooljaren]
      .reverse()
      .flatMap((year) =>
        demo
          .groupsOf(demo.schoolA, year)
          .map((g) => ({ id: g.id, name: g.name, jaargroep: g.jaargroep, schooljaar: year })),
      );
    expect(response.body.groups).toEqual(expected);
  });

  it('answers the groups of a school of another bestuur exactly like those of a missing school', async () => {
    const outside = await api.call('GET', `/admin/schools/${other.schoolId}/groups`, {
      cookie: as('beheerder'),
    });
    const missing = await api.call('GET', `/admin/schools/${unknownId()}/groups`, {
      cookie: as('beheerder'),
    });
    expectSameNotFound(outside, missing);
  });

  it('answers 400 naming schoolId for a school id longer than 64 characters', async () => {
    const long = 'x'.repeat(65);
    expectInvalidInput(await patch(long, { name: 'Nieuw' }), 'schoolId');
    const groups = await api.call('GET', `/admin/schools/${long}/groups`, { cookie: as('beheerder') });
    expectInvalidInput(groups, 'schoolId');
  });
});
