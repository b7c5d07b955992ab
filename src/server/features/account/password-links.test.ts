import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../demo/generator';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cliDatabase, type CliDatabase } from '../../../cli/cli-test-support';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import {
  createOtherBestuur,
  demoLookup,
  insertUser,
  LOGIN,
  seedDemo,
  TEST_NOW,
  unknownId,
  type DemoLookup,
} from '../../../testing/fixtures';
import { expectError, expectInvalidInput, testApi, type TestResponse } from '../../../testing/http';

interface Link {
  link: string;
  expiresAt: string;
}
const NEW = 'paarse olifant op de fiets';

/** The answer to a link that is used, expired or unknown: 400 about the token, in plain Dutch. */
function expectDeadLink(response: TestResponse) {
  const error = expectError(response, 400, 'invalid_input');
  expect(error.message).toBe(
    'Deze link is verlopen, al gebruikt of bestaat niet. Vraag de beheerder om een nieuwe.',
  );
  expect(error.issues?.map((i) => i.field)).toEqual(['token']);
}

describe.each(testEngines())('one-time password links (%s)', (engine) => {
  let database: TestDatabase;
  let demo: DemoLookup;
  let now = TEST_NOW;
  let api: ReturnType<typeof testApi>;
  let beheerder: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    demo = demoLookup(await seedDemo(database.db));
    api = testApi(database.db, engine, () => now, {
      accounts: { mfa: 'off', publicUrl: 'https://leerwinst.school.example', ssoProviders: [] },
    });
    beheerder = await api.login(LOGIN.beheerder);
  });
  afterAll(async () => database.dispose());

  /** As the beheerder, logged in at the current moment of the test's clock. */
  const issue = async (email: string, cookie?: string) =>
    api.call<Link>('POST', `/admin/users/${demo.account(email).id}/password-link`, {
      cookie: cookie ?? (await api.login(LOGIN.beheerder)),
    });
  const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');
  const use = (token: string, password = NEW) =>
    api.call('POST', '/auth/password-link/use', { body: { token, password } });

  it('answers 401, 403 and 404 as every beheer route does, and refuses the own account', async () => {
    const path = (id: string) => `/admin/users/${id}/password-link`;
    expectError(await api.call('POST', path(demo.account(LOGIN.ib).id)), 401, 'unauthenticated');
    expectError(await issue(LOGIN.ib, await api.login(LOGIN.ib)), 403, 'forbidden');
    const other = await createOtherBestuur(database.db);
    const outsider = await insertUser(database.db, {
      name: 'Elders',
      email: 'elders.link@elders.example',
      role: 'leerkracht',
      schoolId: other.schoolId,
    });
    const missing = await api.call('POST', path(unknownId()), { cookie: beheerder });
    expectError(missing, 404, 'not_found');
    expect((await api.call('POST', path(outsider.userId), { cookie: beheerder })).body).toEqual(missing.body);
    expectError(await issue(LOGIN.beheerder), 403, 'forbidden');
  });

  it('gives a link once, at PUBLIC_URL, valid 24 hours, whose token is stored only as a hash', async () => {
    now = TEST_NOW;
    const response = await issue(LOGIN.leerkracht);
    expect(response.status).toBe(201);
    expect(response.body.link).toMatch(
      /^https:\/\/leerwinst\.school\.example\/wachtwoord-instellen#token=[\w-]{43}$/,
    );
    expect(response.body.expiresAt).toBe(new Date(TEST_NOW.getTime() + 24 * 60 * 60 * 1000).toISOString());
    const token = tokenOf(response.body.link);
    const rows = await database.db.selectFrom('password_link').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
    const status = await api.call('POST', '/auth/password-link/status', { body: { token } });
    expect(status.body).toEqual({ email: LOGIN.leerkracht, expiresAt: response.body.expiresAt });
  });

  it('sets the password once, ends every session of the account, and is audited', async () => {
    now = TEST_NOW;
    const session = await api.login(LOGIN.leerkracht);
    const token = tokenOf((await issue(LOGIN.leerkracht)).body.link);
    expectInvalidInput(await use(token, 'qwerty123456'), 'password');
    expect((await use(token)).status).toBe(200);
    expectError(await api.call('GET', '/auth/me', { cookie: session }), 401, 'unauthenticated');
    expect((await api.login(LOGIN.leerkracht, NEW)).startsWith('lw_session=')).toBe(true);
    expectDeadLink(await use(token, 'nog een ander lang wachtwoord'));
    const audit = await database.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', demo.account(LOGIN.leerkracht).id)
      .where('action', 'like', 'auth.password_link.%')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      'auth.password_link.issued',
      'auth.password_link.issued',
      'auth.password_link.used',
    ]);
  });

  it('stops working after 24 hours, and when a newer link is made', async () => {
    now = TEST_NOW;
    const expiring = tokenOf((await issue(LOGIN.leerkracht7)).body.link);
    now = new Date(TEST_NOW.getTime() + 24 * 60 * 60 * 1000 + 1000);
    expectDeadLink(await api.call('POST', '/auth/password-link/status', { body: { token: expiring } }));
    expectDeadLink(await use(expiring));
    const older = tokenOf((await issue(LOGIN.leerkracht7)).body.link);
    const newer = tokenOf((await issue(LOGIN.leerkracht7)).body.link);
    expectDeadLink(await use(older));
    expect((await use(newer)).status).toBe(200);
  });

  it('lets only one of two parallel uses through', async () => {
    now = TEST_NOW;
    const token = tokenOf((await issue(LOGIN.ibOtherSchool)).body.link);
    const answers = await Promise.all([
      use(token, 'eerste lange zin hier'),
      use(token, 'tweede lange zin daar'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
  });

  it('answers 400 for a token that is no token', async () => {
    expectInvalidInput(await use('kort'), 'token');
    expectDeadLink(await use('x'.repeat(43)));
  });
});

describe.each(testEngines())('leerwinst user reset-link (%s)', (engine) => {
  let cli: CliDatabase;
  beforeAll(async () => {
    cli = await cliDatabase(engine);
  });
  afterAll(async () => cli.dispose());

  it('prints a link at PUBLIC_URL that sets the password, and refuses an unknown address', async () => {
    const env = { PUBLIC_URL: 'https://lw.example.nl/' };
    const printed = await runCliWith(['user', 'reset-link', LOGIN.schoolleider.toUpperCase()], cli.url, env);
    expect(printed.code).toBe(0);
    const link = printed.stdout.trim();
    expect(link).toMatch(/^https:\/\/lw\.example\.nl\/wachtwoord-instellen#token=[\w-]{43}$/);
    expect(printed.stderr).toContain('Eenmalig te gebruiken');
    const api = testApi(cli.database.db, engine, () => new Date());
    const token = new URL(link).hash.replace('#token=', '');
    const used = await api.call('POST', '/auth/password-link/use', { body: { token, password: NEW } });
    expect(used.status).toBe(200);
    expect((await api.login(LOGIN.schoolleider, NEW)).startsWith('lw_session=')).toBe(true);
    expectError(
      await api.call('POST', '/auth/login', { body: { email: LOGIN.schoolleider, password: DEMO_PASSWORD } }),
      401,
      'invalid_credentials',
    );
    const unknown = await runCliWith(['user', 'reset-link', 'niemand@school.example'], cli.url, env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Geen account met het e-mailadres niemand@school.example');
  });
});

/** `leerwinst` as a separate process, with these environment variables added (as cli-test-support does). */
function runCliWith(args: string[], url: string, env: Record<string, string>) {
  const bin = join(import.meta.dirname, '../../../../bin/leerwinst.js');
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, ...env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
