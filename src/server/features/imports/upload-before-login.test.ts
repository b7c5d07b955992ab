/**
 * Uploads are not read before the session and the permission are checked (issue 13): an anonymous
 * upload of 100 MB without Content-Length used to be read into memory (the body limit buffered it)
 * and only then answered 401. Sent slowly through a real HTTP server, the answer must come while the
 * client is still sending, and the server's memory must not grow with the body.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { demoLookup, LOGIN, seedDemo } from '../../../testing/fixtures';
import { slowUpload, startTestServer, type TestServer } from './http-test-support';

const MB = 1024 * 1024;

/** Buffer memory (where an upload held in memory would be) and the resident set, in MB. */
const memory = () => {
  const m = process.memoryUsage();
  return { arrayBuffers: m.arrayBuffers / MB, rss: m.rss / MB };
};

describe.each(testEngines())('uploads before login (%s)', (engine) => {
  let database: TestDatabase;
  let server: TestServer;
  let schoolId: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    schoolId = demoLookup(await seedDemo(database.db)).schoolA;
    server = await startTestServer(database.db);
  });
  afterAll(async () => {
    await server.close();
    await database.dispose();
  });

  it('answers three anonymous chunked uploads of 100 MB with 401 while they are still being sent', async () => {
    const before = memory();
    let peak = before;
    const sampler = setInterval(() => {
      const now = memory();
      peak = {
        arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers),
        rss: Math.max(peak.rss, now.rss),
      };
    }, 5);
    const paths = [
      '/api/imports/edexml?mode=preview',
      `/api/imports/results/inspect?schoolId=${schoolId}`,
      `/api/imports/results?mode=preview&schoolId=${schoolId}`,
    ];
    const answers = await Promise.all(
      paths.map((path) => slowUpload(server.port, path, { total: 100 * MB, chunk: MB, pauseMs: 5 })),
    );
    clearInterval(sampler);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'unauthenticated' } });
      // The answer came after a few megabytes at most, not after the hundred.
      expect(answer.sentAtAnswer).toBeLessThan(10 * MB);
    }
    // Holding the bodies would take 300 MB; the client's own buffers and the sockets' take a few.
    expect(peak.arrayBuffers - before.arrayBuffers).toBeLessThan(40);
    expect(peak.rss - before.rss).toBeLessThan(150);
  });

  it('answers a leerkracht, who may not import, 403 before reading her upload', async () => {
    const cookie = await server.login(LOGIN.leerkracht);
    const answer = await slowUpload(server.port, '/api/imports/edexml?mode=preview', {
      total: 50 * MB,
      chunk: MB,
      pauseMs: 5,
      cookie,
    });
    expect(answer.status).toBe(403);
    expect(answer.sentAtAnswer).toBeLessThan(10 * MB);
  });

  it('answers 413 at once to an upload that declares more bytes than the limit of its kind', async () => {
    const cookie = await server.login(LOGIN.ib);
    const answer = await slowUpload(server.port, `/api/imports/edexml?mode=preview&schoolId=${schoolId}`, {
      total: 40 * MB,
      chunk: MB,
      pauseMs: 5,
      cookie,
      contentLength: 40 * MB,
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      error: {
        code: 'payload_too_large',
        message:
          'Het bestand is groter dan 30 MB, de grens voor een EDEXML-bestand. Controleer of dit het goede bestand is.',
      },
    });
    expect(answer.sentAtAnswer).toBeLessThan(10 * MB);
  });
});
