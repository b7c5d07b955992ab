import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../../../testing/databases';
import { LOGIN, seedDemo, TEST_NOW } from '../../../testing/fixtures';
import { testApi } from '../../../testing/http';

describe.each(testEngines())('auth (%s)', (engine) => {
  let database: TestDatabase;
  let api: ReturnType<typeof testApi>;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    await seedDemo(database.db);
    api = testApi(database.db, engine);
  });
  afterAll(async () => database.dispose());

  it('logs in with the right password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const response = await api.call<{ user: { email: string }; abilities: string[] }>('POST', '/auth/login', {
      body: { email: LOGIN.leerkracht, password: 'demo-leerwinst' },
    });
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe(LOGIN.leerkracht);
    expect(response.body.abilities).toContain('pupil.read');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^lw_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    // Plain http in the test: no Secure flag, or the browser would drop the cookie.
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('accepts the e-mail address in any case and with spaces around it', async () => {
    const response = await api.call('POST', '/auth/login', {
      body: { email: `  ${LOGIN.ib.toUpperCase()} `, password: 'demo-leerwinst' },
    });
    expect(response.status).toBe(200);
  });

  it('gives one generic message for a wrong password and for an unknown account', async () => {
    const wrong = await api.call<{ error: { code: string; message: string } }>('POST', '/auth/login', {
      body: { email: LOGIN.schoolleider, password: 'fout-wachtwoord' },
    });
    const unknown = await api.call<{ error: { code: string; message: string } }>('POST', '/auth/login', {
      body: { email: 'niemand@leerwinst.example', password: 'fout-wachtwoord' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toEqual(unknown.body.error);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it('answers 400 with a Dutch message naming the field for malformed input', async () => {
    const response = await api.call<{
      error: { code: string; message: string; issues: { field: string }[] };
    }>('POST', '/auth/login', { body: { email: 'geen-adres', password: 'x' } });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_input');
    // The field by its Dutch name; `issues[].field` keeps the path for the form.
    expect(response.body.error.message).toContain('Ongeldige invoer bij "e-mailadres"');
    expect(response.body.error.message).not.toContain('"email"');
    expect(response.body.error.issues.map((i) => i.field)).toEqual(['email']);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await api.call<{ error: { message: string } }>('POST', '/auth/login', {
      rawBody: '{"email":',
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('De aanvraag bevat geen geldige JSON.');
  });

  it('blocks an account after five failed attempts, even with the right password, and says so', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await api.call('POST', '/auth/login', {
        body: { email: LOGIN.bestuur, password: `fout-${i}` },
      });
      expect(r.status).toBe(401);
    }
    const blocked = await api.call<{ error: { code: string } }>('POST', '/auth/login', {
      body: { email: LOGIN.bestuur, password: 'demo-leerwinst' },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    // A quarter of an hour later the account can log in again.
    const later = testApi(database.db, engine, () => new Date(TEST_NOW.getTime() + 16 * 60 * 1000));
    const again = await later.call('POST', '/auth/login', {
      body: { email: LOGIN.bestuur, password: 'demo-leerwinst' },
    });
    expect(again.status).toBe(200);
  });

  it('keeps sessions in the database, so another app instance accepts the cookie', async () => {
    const cookie = await api.login(LOGIN.ib);
    const otherInstance = testApi(database.db, engine);
    const me = await otherInstance.call<{ user: { email: string } }>('GET', '/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(LOGIN.ib);
    const stored = await database.db.selectFrom('session').select('id').execute();
    // Only a hash of the token is stored.
    expect(stored.map((s) => s.id)).not.toContain(cookie.split('=')[1]);
  });

  it('answers 401 on /auth/me without a session and after logout', async () => {
    expect((await api.call('GET', '/auth/me')).status).toBe(401);
    const cookie = await api.login(LOGIN.schoolleider);
    expect((await api.call('GET', '/auth/me', { cookie })).status).toBe(200);
    expect((await api.call('POST', '/auth/logout', { cookie })).status).toBe(200);
    expect((await api.call('GET', '/auth/me', { cookie })).status).toBe(401);
  });

  it('ends a session after four idle hours', async () => {
    const cookie = await api.login(LOGIN.beheerder);
    const later = testApi(
      database.db,
      engine,
      () => new Date(TEST_NOW.getTime() + 4 * 60 * 60 * 1000 + 1000),
    );
    expect((await later.call('GET', '/auth/me', { cookie })).status).toBe(401);
  });

  it('refuses a disabled account with the same generic message', async () => {
    await database.db
      .updateTable('app_user')
      .set({ active: 0 })
      .where('email', '=', LOGIN.leerkracht7)
      .execute();
    const response = await api.call<{ error: { code: string } }>('POST', '/auth/login', {
      body: { email: LOGIN.leerkracht7, password: 'demo-leerwinst' },
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('invalid_credentials');
  });

  it('writes an audit row for each login', async () => {
    const before = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.login')
      .execute();
    await api.login(LOGIN.ibOtherSchool);
    const after = await database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.login')
      .execute();
    expect(after.length).toBe(before.length + 1);
  });
});
