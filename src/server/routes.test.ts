/**
 * Generic checks over the OpenAPI document: every operation states its permission, every operation
 * that is not public refuses a request without a session before it looks at anything else, and every
 * school-scoped operation answers a user of another school (or bestuur) exactly as it answers a
 * request for a record that does not exist. The operations come from the document, not from a list,
 * so a new route is checked the day it is added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { countRows, TEST_NOW, unknownId } from '../testing/fixtures';
import { testApi } from '../testing/http';
import { operationsOf, pathParamsOf, type OpenApiDocument, type Operation } from '../testing/openapi';
import { demoWorld, ok, type DemoWorld } from '../testing/world';
import { createApi } from './app';
import { PERMISSIONS } from './auth/permissions';
import type { DB } from './db/schema';
import {
  bothAnswers,
  expectedRefusal,
  ID_NAMES,
  isMapped,
  isScoped,
  otherCallers,
  recordsOfSchoolA,
  type Caller,
  type IdName,
} from './routes-test-support';

describe.each(testEngines())('every API route (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;
  let operations: Operation[];

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    api = testApi(database.db, engine);
    const doc = await api.call<OpenApiDocument>('GET', '/openapi.json');
    expect(doc.status).toBe(200);
    operations = operationsOf(doc.body);
  });
  afterAll(async () => database.dispose());

  it('documents every route the API serves, so none escapes these checks', () => {
    const app = createApi({ db: database.db, clock: () => TEST_NOW, trustProxy: false });
    const served = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path !== '/openapi.json')
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    const documented = new Set(operations.map((o) => `${o.method} ${o.path}`));
    expect(served.size).toBeGreaterThan(0);
    expect([...served].sort()).toEqual([...documented].sort());
  });

  it('declares x-permission on every operation, with a known value', () => {
    const allowed: unknown[] = ['public', 'authenticated', ...PERMISSIONS];
    const missing = operations.filter((o) => !allowed.includes(o.permission));
    expect(missing.map((o) => `${o.method.toUpperCase()} ${o.path}: ${String(o.permission)}`)).toEqual([]);
  });

  /** Every guarded operation that does not answer 401 unauthenticated, as "METHOD path: status code". */
  async function notRefused(cookie?: string): Promise<string[]> {
    const wrong: string[] = [];
    for (const o of operations.filter((op) => op.permission !== 'public')) {
      const path = o.path.replace(/\{\w+\}/g, () => unknownId());
      const response = await api.call<{ error?: { code?: string } }>(o.method.toUpperCase(), path, {
        cookie,
      });
      if (response.status !== 401 || response.body.error?.code !== 'unauthenticated') {
        wrong.push(
          `${o.method.toUpperCase()} ${o.path}: ${response.status} ${response.body.error?.code ?? ''}`,
        );
      }
    }
    return wrong;
  }

  it('answers 401 without a session on every operation that is not public', async () => {
    expect(operations.filter((o) => o.permission !== 'public').length).toBeGreaterThan(0);
    expect(await notRefused()).toEqual([]);
  });

  it('answers 401 with an unknown session cookie on every operation that is not public', async () => {
    expect(await notRefused('lw_session=bestaat-niet')).toEqual([]);
  });
});

describe.each(testEngines())('every school-scoped API route, for a user of another school (%s)', (engine) => {
  let world: DemoWorld;
  let app: ReturnType<typeof createApi>;
  let operations: Operation[];
  let records: Record<IdName, string>;
  let callers: Caller[];
  const unknown = Object.fromEntries(ID_NAMES.map((name) => [name, unknownId()])) as Record<IdName, string>;

  beforeAll(async () => {
    world = await demoWorld(engine);
    app = createApi({ db: world.database.db, clock: () => TEST_NOW, trustProxy: false });
    operations = operationsOf(ok(await world.api.call<OpenApiDocument>('GET', '/openapi.json')));
    records = await recordsOfSchoolA(world);
    callers = await otherCallers(world);
  });
  afterAll(async () => world.database.dispose());

  const both = (o: Operation, cookie: string) =>
    bothAnswers(app, o, { real: records, unknown, currentYear: world.demo.currentYear }, cookie);

  it('maps every path parameter of every route to a record of school A', () => {
    const unmapped = operations.flatMap((o) =>
      pathParamsOf(o.path)
        .filter((name) => !isMapped(name))
        .map((name) => `${o.method.toUpperCase()} ${o.path}: no record for {${name}}`),
    );
    expect(operations.filter(isScoped).length).toBeGreaterThan(0);
    expect(unmapped).toEqual([]);
  });

  it('answers as for an unknown id: 404 with the permission, 403 without it (404 for care data), and writes nothing', async () => {
    const tables = (await world.database.db.introspection.getTables()).map((t) => t.name);
    const counts = () => countRows(world.database.db, tables as (keyof DB)[]);
    const before = await counts();
    const wrong: string[] = [];
    const refusedWith404 = new Set<string>();
    // A route with a parameter the test has no value for fails the test above.
    const scoped = operations.filter((o) => isScoped(o) && pathParamsOf(o.path).every(isMapped));
    for (const o of scoped) {
      const name = `${o.method.toUpperCase()} ${o.path}`;
      for (const caller of callers) {
        const { permitted, ...expected } = expectedRefusal(o.permission, caller);
        const { real, missing } = await both(o, caller.cookie);
        const same = real.status === missing.status && real.text === missing.text;
        if (real.status !== expected.status || real.code !== expected.code || !same) {
          const unknownSays = same
            ? ''
            : `; an unknown id gets ${missing.status} ${missing.text.slice(0, 160)}`;
          wrong.push(`${name} as ${caller.who}: ${real.status} ${real.text.slice(0, 160)}${unknownSays}`);
        }
        if (permitted) refusedWith404.add(name);
      }
    }
    expect(wrong).toEqual([]);
    // Every scoped route was tried by someone who holds its permission, so its 404 was tested.
    expect(
      scoped.map((o) => `${o.method.toUpperCase()} ${o.path}`).filter((n) => !refusedWith404.has(n)),
    ).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
