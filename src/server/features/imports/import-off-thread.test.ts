/**
 * An import does not hold up other users (issue 13): files are parsed in a worker thread, with the
 * plausibility limits. A header of 100,000 columns used to take 24 s of the request thread to map;
 * now it is refused before any mapping work, and a read by another user completes while a large
 * import is still running. Ordering is asserted, not time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, LOGIN, seedDemo, TEST_NOW } from '../../../testing/fixtures';
import { startTestServer, type TestServer } from './http-test-support';
import { asJson, ndjson, placedPupils, resultsQuery, uploadApi } from './import-test-support';
import type { InspectResponse } from './imports.schema';
import { importResults } from './results-import.service';

const WIDE_HEADER = Array.from({ length: 100_000 }, (_, i) => `Vaardigheidsscore ${i}`).join(';');
const COLUMN_LIMIT = {
  severity: 'error',
  code: 'import.te-veel-kolommen',
  message:
    'Regel 1 heeft meer dan 1.000 kolommen, de grens voor een resultatenbestand. Klopt het scheidingsteken, en is dit het goede bestand?',
};

describe.each(testEngines())('imports off the request thread (%s)', (engine) => {
  let database: TestDatabase;
  let server: TestServer;
  let schoolId: string;
  let csv100k: Buffer;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const data = await seedDemo(database.db);
    const demo = demoLookup(data);
    schoolId = demo.schoolA;
    server = await startTestServer(database.db);
    const pupils = placedPupils(data, schoolId, demo.currentYear);
    const lines = ['Leerlingnummer;Toets;Toetsmoment;Afnamedatum;Vaardigheidsscore;Niveau'];
    for (let i = 0; i < 100_000; i += 1) {
      const p = pupils[i % pupils.length];
      lines.push(`${p?.key ?? ''};Rekenen-Wiskunde 3.0;M${(i % 6) + 3};20-01-2027;${150 + (i % 97)},5;III`);
    }
    csv100k = Buffer.from(lines.join('\r\n'));
  });
  afterAll(async () => {
    await server.close();
    await database.dispose();
  });

  it('refuses a header of 100,000 columns before any mapping work, in the inspection and the import', async () => {
    const send = uploadApi(database.db, engine);
    const cookie = await server.login(LOGIN.ib);
    const inspected = asJson<InspectResponse>(
      await send('POST', `/imports/results/inspect?schoolId=${schoolId}`, `${WIDE_HEADER}\n1;2\n`, cookie),
    );
    expect(inspected.status).toBe(200);
    // No header reached the mapping: nothing was suggested, and the limit is the only problem.
    expect(inspected.body).toMatchObject({ headers: [], sample: [], suggestion: { mapping: {} } });
    expect(inspected.body.problems).toEqual([COLUMN_LIMIT]);

    const imported = ndjson(
      (await send('POST', resultsQuery(schoolId, { mode: 'preview' }), `${WIDE_HEADER}\n1;2\n`, cookie)).text,
    ).at(-1);
    expect(imported).toMatchObject({
      type: 'report',
      report: { status: 'refused', headers: [], mapping: {}, rows: { total: 0 } },
    });
    expect(imported?.type === 'report' ? imported.report.problems : []).toContainEqual(COLUMN_LIMIT);
  });

  it('answers another user’s /api/auth/me while a 100,000-row import is still running', async () => {
    const other = await server.login(LOGIN.leerkracht);
    const order: string[] = [];
    let importing = true;
    // The import as the command line runs it: the whole file at once, in this process.
    const running = importResults(
      database.db,
      null,
      csv100k,
      { mode: 'preview', schoolId, skipInvalid: false },
      TEST_NOW,
    ).then((report) => {
      importing = false;
      order.push('import');
      return report;
    });
    const reads = (async () => {
      while (importing) {
        const me = await server.get('/auth/me', other);
        expect(me.status).toBe(200);
        if (importing) order.push('me');
      }
    })();
    const [report] = await Promise.all([running, reads]);
    expect(report.rows.total).toBe(100_000);
    expect(order.at(-1)).toBe('import');
    expect(order.filter((o) => o === 'me').length).toBeGreaterThan(0);
    expect(order[0]).toBe('me');
  });

  it('answers /api/auth/me while a large upload is being imported over HTTP, before its report', async () => {
    const ib = await server.login(LOGIN.ib);
    const other = await server.login(LOGIN.leerkracht);
    const events: string[] = [];
    const upload = fetch(
      `http://127.0.0.1:${server.port}/api${resultsQuery(schoolId, { mode: 'preview' })}`,
      {
        method: 'POST',
        headers: { cookie: ib, 'content-type': 'application/octet-stream' },
        body: new Uint8Array(csv100k),
      },
    ).then(async (response) => {
      const text = await response.text();
      events.push('report');
      return text;
    });
    let done = false;
    void upload.then(() => (done = true));
    while (!done) {
      const me = await server.get('/auth/me', other);
      expect(me.status).toBe(200);
      if (!done) events.push('me');
    }
    const last = ndjson(await upload).at(-1);
    expect(last).toMatchObject({ type: 'report', report: { rows: { total: 100_000 } } });
    expect(events[0]).toBe('me');
    expect(events.at(-1)).toBe('report');
  });
});
