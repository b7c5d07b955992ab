/**
 * A school's own SEO lists: listed with the catalog, added with a name and scales (audited), refused
 * without a session (401), to roles without 'import.run' (403), for another school as for none (404),
 * with a bad body naming the field (400) and for a name the school already has (409). A list added
 * here is then the instrument of an import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, seedDemo, unknownId, type DemoLookup, type LoginName } from '../../../testing/fixtures';
import {
  expectError,
  expectInvalidInput,
  expectSameNotFound,
  loginAll,
  testApi,
} from '../../../testing/http';
import { asJson, countAll, uploadApi } from './import-test-support';
import type { SeoListsResponse } from './seo-import.schema';
import { insertSeoPupils, seoQuery, type SeoReport } from './seo-test-support';
import type { z } from 'zod';

type Lists = z.infer<typeof SeoListsResponse>;

const LIST = {
  name: 'Hoe gaat het met je?',
  scales: [
    { name: 'Plezier in de klas', domain: 'welbevinden' },
    { name: 'Veilig op het plein', domain: 'veiligheid' },
  ],
};

describe.each(testEngines())('SEO own lists (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let api: ReturnType<typeof testApi>;
  let cookies: Record<LoginName, string>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    await insertSeoPupils(database.db, demo.schoolA);
    api = testApi(database.db, engine);
    cookies = await loginAll(api);
  });
  afterAll(async () => database.dispose());

  const path = (schoolId: string) => `/schools/${schoolId}/seo-lijsten`;

  it('refuses without a session, to roles without import.run, and another school as one that does not exist', async () => {
    const before = await countAll(database.db);
    expectError(await api.call('GET', path(demo.schoolA)), 401, 'unauthenticated');
    expectError(await api.call('POST', path(demo.schoolA), { body: LIST }), 401, 'unauthenticated');
    for (const who of ['leerkracht', 'bestuur'] as const) {
      expectError(await api.call('GET', path(demo.schoolA), { cookie: cookies[who] }), 403, 'forbidden');
      expectError(
        await api.call('POST', path(demo.schoolA), { cookie: cookies[who], body: LIST }),
        403,
        'forbidden',
      );
    }
    for (const method of ['GET', 'POST']) {
      const body = method === 'POST' ? LIST : undefined;
      expectSameNotFound(
        await api.call(method, path(demo.schoolA), { cookie: cookies.ibOtherSchool, body }),
        await api.call(method, path(unknownId()), { cookie: cookies.ibOtherSchool, body }),
      );
    }
    expect(await countAll(database.db)).toEqual(before);
  });

  it('answers 400 naming the field for no scales, a bad domain and a scale named twice', async () => {
    const before = await countAll(database.db);
    const post = (body: unknown) => api.call('POST', path(demo.schoolA), { cookie: cookies.ib, body });
    expectInvalidInput(await post({ name: 'Lijst', scales: [] }), 'scales');
    expectInvalidInput(
      await post({ name: 'Lijst', scales: [{ name: 'A', domain: 'humeur' }] }),
      'scales.0.domain',
    );
    const twice = await post({ name: 'Lijst', scales: [{ name: 'Plezier' }, { name: 'plezier!' }] });
    expect(expectError(twice, 400, 'invalid_input').message).toBe(
      "De schaal 'plezier!' staat twee keer in de lijst.",
    );
    expect(await countAll(database.db)).toEqual(before);
  });

  it('adds a list (audited), refuses the same name again with 409, and imports a file of it', async () => {
    const added = await api.call<Lists>('POST', path(demo.schoolA), { cookie: cookies.ib, body: LIST });
    expect(added.status).toBe(201);
    const own = added.body.instruments.filter((i) => i.source === 'school');
    expect(own).toEqual([
      {
        code: 'eigen-hoe-gaat-het-met-je',
        name: 'Hoe gaat het met je?',
        source: 'school',
        lists: ['leerkracht', 'leerling', 'ouder'],
        scales: [
          {
            code: 'plezier-in-de-klas',
            name: 'Plezier in de klas',
            lists: ['leerkracht', 'leerling', 'ouder'],
          },
          {
            code: 'veilig-op-het-plein',
            name: 'Veilig op het plein',
            lists: ['leerkracht', 'leerling', 'ouder'],
          },
        ],
      },
    ]);
    const audits = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'seo.lijst.create')
      .execute();
    expect(audits.map((a) => a.school_id)).toEqual([demo.schoolA]);
    const again = await api.call('POST', path(demo.schoolA), { cookie: cookies.ib, body: LIST });
    expectError(again, 409, 'conflict');
    const listed = await api.call<Lists>('GET', path(demo.schoolA), { cookie: cookies.ib });
    expect(listed.body.instruments.filter((i) => i.source === 'school')).toHaveLength(1);

    const file = [
      'Hoe gaat het met je?;;',
      'Ouderlijst, afgenomen 02-02-2027;;',
      'Leerlingnummer;Plezier in de klas;Veilig op het plein',
      '4101;4;5',
      '4102;2;3',
    ].join('\n');
    const send = uploadApi(database.db, engine);
    const report = asJson<SeoReport>(
      await send(
        'POST',
        seoQuery(demo.schoolA, 'apply', { config: { constants: { afnamedatum: '02-02-2027' } } }),
        file,
        cookies.ib,
      ),
    ).body;
    expect([report.status, report.scores.total, report.perScale.map((s) => [s.instrument, s.lijst])]).toEqual(
      [
        'imported',
        4,
        [
          ['eigen-hoe-gaat-het-met-je', 'ouder'],
          ['eigen-hoe-gaat-het-met-je', 'ouder'],
        ],
      ],
    );
  });
});
