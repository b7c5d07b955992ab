/**
 * /healthz and /readyz as a load balancer sees them: alive without the database, ready only on a
 * reachable database with exactly this version's migrations and while the server is not shutting
 * down; the 503s name the reason in Dutch and give away nothing of the database behind them.
 */
import { readdirSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../testing/databases';
import { TEST_NOW } from '../../testing/fixtures';
import type { Db } from '../db/database';
import { createKysely } from '../db/dialect';
import { createWebApp } from '../web-app';
import { healthRoutes, type HealthOptions } from './health';

/** The migration files on disk, counted apart from the list the code keeps. */
const MIGRATION_FILES = readdirSync(join(import.meta.dirname, '../db/migrations'))
  .filter((name) => /^\d{4}-.+\.ts$/.test(name))
  .map((name) => name.replace(/\.ts$/, ''))
  .sort();
const LAST_MIGRATION = MIGRATION_FILES.at(-1) ?? '';

interface HealthBody {
  status: string;
  code?: string;
  message?: string;
}

async function get(db: Db, path: string, options: HealthOptions = {}) {
  const response = await healthRoutes(db, options).request(path);
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as HealthBody,
  };
}

/** Words that would tell an outsider about the database, the driver or the error behind a 503. */
const INTERNALS = [/kysely/i, /select/i, /sqlite/i, /postgres/i, /ECONN/i, /127\.0\.0\.1/, /error/i, /at \//];

function expectNoInternals(body: HealthBody): void {
  const text = JSON.stringify(body);
  for (const pattern of INTERNALS) expect(text).not.toMatch(pattern);
}

function expectUnavailable(result: Awaited<ReturnType<typeof get>>, code: string): void {
  expect(result.status).toBe(503);
  expect(result.cacheControl).toBe('no-store');
  expect(result.body).toEqual({ status: 'unavailable', code, message: expect.any(String) });
  expectNoInternals(result.body);
}

it('counts the migration files it compares against', () => {
  // Guards the expectations below: an empty list would make "all pending" and "one pending" the same.
  expect(MIGRATION_FILES.length).toBeGreaterThan(1);
  expect(MIGRATION_FILES[0]).toBe('0001-initial');
});

describe.each(testEngines())('health routes (%s)', (engine) => {
  const databases: TestDatabase[] = [];
  afterEach(async () => {
    await Promise.all(databases.splice(0).map((d) => d.dispose()));
  });

  async function database(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
    const created = await createTestDatabase(engine, options);
    databases.push(created);
    return created;
  }

  it('/healthz answers 200, uncached', async () => {
    const { db } = await database();
    const result = await get(db, '/healthz');
    expect(result).toEqual({ status: 200, cacheControl: 'no-store', body: { status: 'ok' } });
  });

  it('/readyz answers 200 on a migrated database', async () => {
    const { db } = await database();
    const result = await get(db, '/readyz');
    expect(result).toEqual({ status: 200, cacheControl: 'no-store', body: { status: 'ok' } });
  });

  it('/readyz answers 503 on a database without any migration, naming how many wait', async () => {
    const { db } = await database({ migrate: false });
    const result = await get(db, '/readyz');
    expectUnavailable(result, 'migrations_pending');
    expect(result.body.message).toContain(`${MIGRATION_FILES.length} migratie`);
    expect(result.body.message).toContain('leerwinst migrate');
  });

  it('/readyz answers 503 when the last migration has not run', async () => {
    const { db } = await database();
    await sql`delete from kysely_migration where name = ${LAST_MIGRATION}`.execute(db);
    const result = await get(db, '/readyz');
    expectUnavailable(result, 'migrations_pending');
    expect(result.body.message).toContain('1 migratie');
  });

  it('/readyz answers 503 on a database a newer version has migrated', async () => {
    const { db } = await database();
    await sql`insert into kysely_migration (name, timestamp) values (${'9999-uit-de-toekomst'}, ${TEST_NOW.toISOString()})`.execute(
      db,
    );
    const result = await get(db, '/readyz');
    expectUnavailable(result, 'database_newer');
    expect(result.body.message).toContain('nieuwere versie');
  });

  it('/readyz answers 503 once the database is closed, /healthz still 200', async () => {
    const { db, close } = await database();
    await close();
    expectUnavailable(await get(db, '/readyz'), 'database_unreachable');
    expect((await get(db, '/healthz')).status).toBe(200);
  });

  it('/readyz answers 503 while draining, before asking the database; /healthz still 200', async () => {
    const { db, close } = await database();
    let draining = false;
    const options = { draining: () => draining };
    expect((await get(db, '/readyz', options)).status).toBe(200);

    draining = true;
    const result = await get(db, '/readyz', options);
    expectUnavailable(result, 'shutting_down');
    expect(result.body.message).toContain('stopt');
    // Also with the database already gone (the release step closes it after the last request).
    await close();
    expectUnavailable(await get(db, '/readyz', options), 'shutting_down');
    expect((await get(db, '/healthz', options)).status).toBe(200);
  });

  it('are mounted on the whole web app, outside /api, with its draining option', async () => {
    const { db } = await database();
    let draining = false;
    const app = createWebApp(
      { db, clock: () => TEST_NOW, trustProxy: false },
      join(import.meta.dirname, 'geen-web-build'),
      { draining: () => draining },
    );
    const healthz = await app.request('/healthz');
    expect(healthz.status).toBe(200);
    expect(await healthz.json()).toEqual({ status: 'ok' });
    expect((await app.request('/readyz')).status).toBe(200);
    draining = true;
    const readyz = await app.request('/readyz');
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({ status: 'unavailable', code: 'shutting_down' });
  });
});

describe('/readyz on a PostgreSQL server that does not answer', () => {
  const SECRET = 'geheim-wachtwoord-123';

  it('answers 503 when nothing listens, without the address or the password', async () => {
    const db = createKysely({
      engine: 'postgres',
      connectionString: `postgres://leerwinst:${SECRET}@127.0.0.1:1/leerwinst`,
    });
    try {
      const result = await get(db, '/readyz');
      expectUnavailable(result, 'database_unreachable');
      expect(JSON.stringify(result.body)).not.toContain(SECRET);
      expect(JSON.stringify(result.body)).not.toContain('leerwinst:');
    } finally {
      await db.destroy();
    }
  });

  it('answers 503 when the server accepts but never answers, after its own time limit', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const db = createKysely({
      engine: 'postgres',
      connectionString: `postgres://leerwinst:${SECRET}@127.0.0.1:${port}/leerwinst`,
    });
    try {
      // Far below the pool's own connection timeout: only the health check's limit can end this.
      const result = await get(db, '/readyz', { timeoutMs: 200 });
      expectUnavailable(result, 'database_unreachable');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
      await db.destroy();
    }
  });
});
