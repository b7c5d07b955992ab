/**
 * `leerwinst doctor` on both engines: one line per check with a level, and the exit code a monitoring
 * system reads (0 in order, 1 a warning, 2 an error).
 */
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testEngines } from '../../testing/databases';
import { TEST_NOW } from '../../testing/fixtures';
import { makeBackup } from './backup';
import { exitCodeOf, runDoctor, type Check } from './doctor';
import { opsDatabase } from './ops-test-support';

const HOUR = 3_600_000;

function line(checks: Check[], pattern: RegExp): Check | undefined {
  return checks.find((c) => pattern.test(c.text));
}

describe('exit codes of the doctor', () => {
  it('are 0 when all is in order, 1 with a warning, 2 with an error', () => {
    const ok: Check = { level: 'ok', text: '' };
    expect(exitCodeOf([ok, ok])).toBe(0);
    expect(exitCodeOf([ok, { level: 'waarschuwing', text: '' }])).toBe(1);
    expect(
      exitCodeOf([
        { level: 'waarschuwing', text: '' },
        { level: 'fout', text: '' },
      ]),
    ).toBe(2);
  });
});

describe.each(testEngines())('leerwinst doctor (%s)', (engine) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const done of cleanup.splice(0)) await done();
  });
  const ops = async () => {
    const database = await opsDatabase(engine);
    cleanup.push(() => database.dispose());
    return { ...database, env: { DATABASE_URL: database.url, BACKUP_DIR: database.config.dir } };
  };

  it('reports a reachable, current database and the age of the last backup', async () => {
    const { database, config, env } = await ops();
    const fresh = await runDoctor(env, TEST_NOW);
    expect(line(fresh, /^Database bereikbaar/)?.level).toBe('ok');
    expect(line(fresh, /^Schemaversie .*: bij\.$/)?.level).toBe('ok');
    expect(line(fresh, /^Er is nog geen back-up/)?.level).toBe('waarschuwing');
    expect(line(fresh, /^Vrije schijfruimte bij de back-ups/)).toBeDefined();

    await makeBackup(database, config, { kind: 'handmatig', now: TEST_NOW });
    const soon = await runDoctor(env, new Date(TEST_NOW.getTime() + 3 * HOUR));
    expect(line(soon, /^Laatste back-up: 2026-11-28 10:00 UTC \(3 uur geleden\)/)?.level).toBe('ok');
    const later = await runDoctor(env, new Date(TEST_NOW.getTime() + 72 * HOUR));
    expect(line(later, /^Laatste back-up: .*ouder dan twee dagen/)?.level).toBe('waarschuwing');
    const much = await runDoctor(env, new Date(TEST_NOW.getTime() + 8 * 24 * HOUR));
    expect(line(much, /^Laatste back-up: .*ouder dan een week/)?.level).toBe('fout');
    expect(exitCodeOf(much)).toBe(2);
  });

  it('says what is wrong: configuration, a newer schema, the clock', async () => {
    const { database, env } = await ops();
    const badPort = await runDoctor({ ...env, PORT: 'drieduizend' }, TEST_NOW);
    expect(badPort).toEqual([
      { level: 'fout', text: expect.stringMatching(/^Configuratie: PORT moet een getal/) },
    ]);
    const badKeep = await runDoctor({ ...env, BACKUP_KEEP: '7,4' }, TEST_NOW);
    expect(exitCodeOf(badKeep)).toBe(2);

    const past = await runDoctor(env, new Date('2019-06-01T12:00:00Z'));
    expect(line(past, /klok van deze computer/)?.level).toBe('fout');
    await sql`insert into audit_log (id, at, action, entity) values ('toekomst', '2030-01-01T00:00:00.000Z', 'test', 'test')`.execute(
      database.db,
    );
    expect(line(await runDoctor(env, TEST_NOW), /auditlog heeft een moment in de toekomst/)?.level).toBe(
      'waarschuwing',
    );

    await sql`insert into kysely_migration (name, timestamp) values ('9999-uit-de-toekomst', ${TEST_NOW.toISOString()})`.execute(
      database.db,
    );
    expect(line(await runDoctor(env, TEST_NOW), /nieuwere versie van Leerwinst/)?.level).toBe('fout');
  });
});

describe('leerwinst doctor without a database file (sqlite)', () => {
  it('fails, and does not create the file', async () => {
    const ops = await opsDatabase('sqlite', { empty: true });
    const path = `${ops.dir}/bestaat-niet.sqlite`;
    const checks = await runDoctor({ DATABASE_URL: `sqlite:${path}` }, TEST_NOW);
    expect(checks.at(-1)).toEqual({
      level: 'fout',
      text: expect.stringMatching(/databasebestand bestaat niet/),
    });
    expect(exitCodeOf(checks)).toBe(2);
    expect(existsSync(path)).toBe(false);
    await ops.dispose();
  });
});
