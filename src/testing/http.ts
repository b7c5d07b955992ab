import { expect } from 'vitest';
import { createApi } from '../server/app';
import type { Db } from '../server/db/database';
import type { Engine } from '../server/db/dialect';
import type { Deps } from '../server/http/env';
import type { ErrorBody, ErrorCode } from '../server/errors';
import { DEMO_PASSWORD } from '../demo/generator';
import { FIELD_LABELS } from '../shared/zod-nl';
import { LOGIN, TEST_NOW, type LoginName } from './fixtures';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Calls the API in process, the way the browser does: JSON bodies and a session cookie. The engine
 * argument is no longer needed (the API does not ask which engine it runs on); callers still pass it.
 */
export function testApi(
  db: Db,
  _engine: Engine,
  now: () => Date = () => TEST_NOW,
  settings: Partial<Pick<Deps, 'trustProxy' | 'accounts'>> = {},
) {
  const api = createApi({ db, clock: now, trustProxy: false, ...settings });

  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: {
      cookie?: string | undefined;
      body?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
    } = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    } else if (method !== 'GET') {
      // What the browser app sends: every change is a JSON request, which no other site can forge.
      headers['content-type'] ??= 'application/json';
    }
    const response = await api.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as T,
      headers: response.headers,
    };
  }

  async function login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const response = await call('POST', '/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login ${email} failed with ${response.status}`);
    const setCookie = response.headers.get('set-cookie') ?? '';
    return setCookie.split(';')[0] ?? '';
  }

  return { call, login };
}

/** Session cookies for the demo logins, by name. */
export async function loginAll(api: ReturnType<typeof testApi>): Promise<Record<LoginName, string>> {
  const cookies: Partial<Record<LoginName, string>> = {};
  for (const name of Object.keys(LOGIN) as LoginName[]) cookies[name] = await api.login(LOGIN[name]);
  return cookies as Record<LoginName, string>;
}

/** The error answer: this status, this code. Returns the body for further checks. */
export function expectError(response: TestResponse, status: number, code: ErrorCode): ErrorBody['error'] {
  expect({ status: response.status, code: (response.body as ErrorBody | null)?.error?.code }).toEqual({
    status,
    code,
  });
  return (response.body as ErrorBody).error;
}

/**
 * A 400 whose Dutch message names the field (by its Dutch label where it has one: "wachtwoord" for
 * `password`), with the field's path among the issues.
 */
export function expectInvalidInput(response: TestResponse, field: string): ErrorBody['error'] {
  const error = expectError(response, 400, 'invalid_input');
  expect(error.message).toContain(
    `Ongeldige invoer bij "${FIELD_LABELS[field.split('.').at(-1) ?? ''] ?? field}"`,
  );
  expect(error.issues?.map((i) => i.field)).toContain(field);
  return error;
}

/** A record out of scope answers exactly like one that does not exist: same status, same body. */
export function expectSameNotFound(outOfScope: TestResponse, missing: TestResponse): void {
  expectError(missing, 404, 'not_found');
  expect(outOfScope.status).toBe(404);
  expect(outOfScope.body).toEqual(missing.body);
}
