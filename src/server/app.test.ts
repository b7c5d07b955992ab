/**
 * The edges of the API (issue 13): a path under /api that is no route answers a JSON 404, also in the
 * web app, which serves its page for every other path; a JSON route answers another declared body
 * type with 415 and a Dutch message, where it used to fail with 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { demoLookup, LOGIN, seedDemo, TEST_NOW } from '../testing/fixtures';
import { expectError, testApi } from '../testing/http';
import { createWebApp } from './web-app';

const UNSUPPORTED = {
  error: {
    code: 'unsupported_media_type',
    message:
      'Deze aanvraag moet JSON zijn (Content-Type: application/json); een ander soort inhoud wordt niet gelezen.',
  },
};

describe.each(testEngines())('the edges of the API (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let web: ReturnType<typeof createWebApp>;
  let schoolId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    schoolId = demoLookup(await seedDemo(database.db)).schoolA;
    api = testApi(database.db, engine);
    web = createWebApp({ db: database.db, clock: () => TEST_NOW, trustProxy: false });
  });
  afterAll(async () => database.dispose());

  it('answers an unknown /api path with a JSON 404 in the web app, for every method', async () => {
    for (const [method, path] of [
      ['GET', '/api/bestaat-niet'],
      ['GET', '/api/schools/x/y/z'],
      ['GET', '/api'],
      ['POST', '/api/bestaat-niet'],
      ['DELETE', '/api/groups'],
    ]) {
      const response = await web.request(path ?? '', {
        method,
        headers: method === 'GET' ? {} : { 'content-type': 'application/json' },
      });
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({
        path,
        status: 404,
        type: 'application/json',
      });
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: 'Deze API-route is niet gevonden.' },
      });
    }
    // Any other path is still a page of the browser app.
    const page = await web.request('/groepen/bestaat-niet');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('answers a JSON route 415 with a Dutch message for a body of another type', async () => {
    const cookie = await api.login(LOGIN.ib);
    for (const type of ['application/xml', 'application/octet-stream', 'image/png', 'text/csv']) {
      for (const [method, path] of [
        ['POST', '/auth/login'],
        ['PUT', `/schools/${schoolId}/import-mappings/toets`],
      ] as const) {
        const response = await api.call(method, path, {
          cookie,
          rawBody: '{"mapping":{},"headers":[]}',
          // The browser's own origin, so the CSRF check lets it through to the type check.
          headers: { 'content-type': type, origin: 'http://localhost' },
        });
        expect({ type, path, status: response.status, body: response.body }).toEqual({
          type,
          path,
          status: 415,
          body: UNSUPPORTED,
        });
      }
    }
    // JSON, also with a charset or as a +json type, is read as before.
    for (const type of ['application/json; charset=utf-8', 'application/merge-patch+json']) {
      const response = await api.call('PUT', `/schools/${schoolId}/import-mappings/toets`, {
        cookie,
        rawBody: JSON.stringify({ mapping: { leerlingKey: 0 }, headers: ['Leerlingnummer'] }),
        headers: { 'content-type': type },
      });
      expect(response.status).toBe(200);
    }
  });

  it('still refuses a form posted from another site as forged, before the type check', async () => {
    const response = await api.call('POST', '/auth/login', {
      rawBody: 'email=a%40b.nl&password=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elders.example' },
    });
    expectError(response, 403, 'forbidden');
  });
});
