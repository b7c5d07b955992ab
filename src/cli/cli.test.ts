/**
 * The command line as a user runs it: a separate process, configured by the environment. These tests
 * prove that `npm start`'s demo boots on an empty data folder and that failures are one clear line.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';

const BIN = join(import.meta.dirname, '../../bin/leerwinst.js');

function run(args: string[], env: Record<string, string>, input?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    if (input !== undefined) child.stdin.end(input);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts `serve --demo` and resolves with the URL it prints. */
function startServer(
  env: Record<string, string>,
): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--demo'], {
      env: { ...process.env, ...env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      const match = /Leerwinst draait op (http:\/\/\S+)/.exec(output);
      if (match?.[1] && output.includes('Demo-logins')) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output });
      }
    });
    child.on('exit', () => reject(new Error(`server exited:\n${output}`)));
  });
}

async function loginAndListGroups(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'leerkracht@leerwinst.example', password: 'demo-leerwinst' }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = (await login.json()) as { roles: { schoolId: string }[] };
  const groups = await fetch(`${url}/api/schools/${me.roles[0]?.schoolId ?? ''}/groups`, {
    headers: { cookie },
  });
  return (await groups.json()) as { groups: { name: string; pupilCount: number }[] };
}

describe('leerwinst serve --demo', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('creates the SQLite file in an empty data folder, loads the demo once and prints URL and logins', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leerwinst-start-'));
    dirs.push(dir);
    const file = join(dir, 'data', 'leerwinst.sqlite');
    const env = { DATABASE_URL: `sqlite:${file}` };

    const first = await startServer(env);
    try {
      expect(existsSync(file)).toBe(true);
      expect(first.output()).toContain('demoschool wordt geladen');
      for (const email of ['leerkracht@', 'ib@', 'directie@', 'bestuur@', 'beheer@'])
        expect(first.output()).toContain(email);
      const { groups } = await loginAndListGroups(first.url);
      expect(groups.map((g) => g.name)).toEqual(['Groep 5']);
      expect(groups[0]?.pupilCount).toBeGreaterThan(15);
    } finally {
      first.child.kill('SIGTERM');
    }
    await new Promise((r) => first.child.once('exit', r));

    // A second start finds the demo and does not load it again.
    const second = await startServer(env);
    try {
      expect(second.output()).not.toContain('demoschool wordt geladen');
    } finally {
      second.child.kill('SIGTERM');
    }
  });

  it.each(testEngines().filter((e) => e === 'postgres'))('does the same on %s', async (engine) => {
    const database: TestDatabase = await createTestDatabase(engine, { migrate: false });
    const server = await startServer({ DATABASE_URL: database.url });
    try {
      const { groups } = await loginAndListGroups(server.url);
      expect(groups.map((g) => g.name)).toEqual(['Groep 5']);
    } finally {
      server.child.kill('SIGTERM');
      await new Promise((r) => server.child.once('exit', r));
      await database.dispose();
    }
  });
});

describe('leerwinst CLI failures and accounts', () => {
  it('prints one line naming the unreachable database, without its password, and exits 1', async () => {
    const result = await run(['migrate'], { DATABASE_URL: 'postgres://lw:geheim123@127.0.0.1:1/leerwinst' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(
      'De database is niet bereikbaar: postgres://lw:***@127.0.0.1:1/leerwinst',
    );
    expect(result.stderr).not.toContain('geheim123');
  });

  it('rejects a DATABASE_URL of an unknown kind with a clear line', async () => {
    const result = await run(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('DATABASE_URL moet beginnen met "sqlite:" of "postgres://"');
  });

  it('adds a user with the password from stdin and refuses a password on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leerwinst-user-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}` };
    try {
      expect((await run(['demo'], env)).code).toBe(0);
      const refused = await run(
        [
          'user',
          'add',
          '--email',
          'a@b.nl',
          '--name',
          'A B',
          '--role',
          'ib',
          '--school',
          '10AZ',
          '--password',
          'x',
        ],
        env,
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('niet op de opdrachtregel');

      const added = await run(
        [
          'user',
          'add',
          '--email',
          'Nieuwe.IB@School.nl',
          '--name',
          'Nieuwe IB',
          '--role',
          'ib',
          '--school',
          '10AZ',
        ],
        env,
        'een-sterk-wachtwoord\n',
      );
      expect(added.stderr).toBe('');
      expect(added.code).toBe(0);
      expect(added.stdout).toContain('nieuwe.ib@school.nl');

      const tooShort = await run(
        ['user', 'add', '--email', 'kort@school.nl', '--name', 'K', '--role', 'ib', '--school', '10AZ'],
        env,
        'kort\n',
      );
      expect(tooShort.code).toBe(1);
      expect(tooShort.stderr).toContain('minstens 12 tekens');

      const unknownSchool = await run(
        ['user', 'add', '--email', 'x@school.nl', '--name', 'X', '--role', 'ib', '--school', '99QQ'],
        env,
        'een-sterk-wachtwoord\n',
      );
      expect(unknownSchool.code).toBe(1);
      expect(unknownSchool.stderr).toContain('Geen school met BRIN 99QQ');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
