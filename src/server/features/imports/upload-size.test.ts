import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, LOGIN, seedDemo } from '../../../testing/fixtures';
import { testApi } from '../../../testing/http';

describe.each(testEngines())('upload size (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let schoolId: string;
  beforeAll(async () => {
    database = await createTestDatabase(engine);
    schoolId = demoLookup(await seedDemo(database.db)).schoolA;
    api = testApi(database.db, engine);
  });
  afterAll(async () => database.dispose());

  it('accepts a results file far above the 1 MB limit of ordinary requests', async () => {
    const cookie = await api.login(LOGIN.ib);
    const row = '100001;Rekenen-Wiskunde 3.0;M5;20-01-2026;150;III\n';
    const csv = `Leerlingnummer;Toets;Toetsmoment;Afnamedatum;Vaardigheidsscore;Niveau\n${row.repeat(Math.ceil((3 * 1024 * 1024) / row.length))}`;
    const response = await api.call<{ headers: string[] }>(
      'POST',
      `/imports/results/inspect?schoolId=${schoolId}`,
      {
        cookie,
        rawBody: csv,
        headers: { 'content-type': 'application/octet-stream' },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.headers).toContain('Vaardigheidsscore');
  });

  it('refuses an ordinary JSON request over 1 MB with a Dutch message', async () => {
    const response = await api.call<{ error: { message: string } }>('POST', '/auth/login', {
      body: { email: 'a@b.nl', password: 'x'.repeat(1024 * 1024 + 10) },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('De aanvraag is te groot.');
  });
});
