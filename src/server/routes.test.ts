/**
 * Generic checks over the OpenAPI document: every operation states its permission, and every
 * operation that is not public refuses a request without a session before it looks at anything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { TEST_NOW, unknownId } from '../testing/fixtures';
import { testApi } from '../testing/http';
import { createApi } from './app';
import { PERMISSIONS } from './auth/permissions';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Operation {
  method: (typeof METHODS)[number];
  path: string;
  permission: unknown;
}

interface OpenApiDocument {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Record<string, unknown>>>>;
}

function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method, path, permission: operation['x-permission'] }] : [];
    }),
  );
}

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
    const app = createApi({ db: database.db, engine, clock: () => TEST_NOW, trustProxy: false });
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
