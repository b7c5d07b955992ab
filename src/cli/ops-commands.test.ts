/**
 * backup, restore, migrate --status, transfer and doctor as a person (or cron, or monitoring) runs
 * them: a separate process, configured by the environment, answering in Dutch with an exit code.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngines, type TestDatabase } from '../testing/databases';
import { countRows } from '../testing/fixtures';
import { migrations } from '../server/db/migrations/index';
import { opsDatabase, type OpsDatabase } from '../server/ops/ops-test-support';

const BIN = join(import.meta.dirname, '../../bin/leerwinst.js');

function run(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end();
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(testEngines())('operations on the command line (%s)', (engine) => {
  let ops: OpsDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    ops = await opsDatabase(engine);
    env = { DATABASE_URL: ops.url, BACKUP_DIR: ops.config.dir, BACKUP_KEY: 'een sleutel van genoeg tekens' };
  });
  afterAll(async () => ops.dispose());

  it('makes an encrypted backup, checks it, and restores it only with --yes', async () => {
    const file = join(ops.dir, engine === 'sqlite' ? 'kopie.sqlite.enc' : 'kopie.dump.enc');
    const backup = await run(['backup', file], env);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/Back-up gemaakt: .*kopie\.(sqlite|dump)\.enc \(.*, versleuteld\)/);
    expect(backup.code).toBe(0);

    const check = await run(['restore', file, '--check'], env);
    expect(check.stdout).toContain('(versleuteld)');
    expect(check.stdout).toContain('gecontroleerd: in orde');
    expect(check.stdout).toMatch(/Scholen: {3}\S+ /);
    expect(check.code).toBe(0);

    const unconfirmed = await run(['restore', file], env);
    expect(unconfirmed.stderr).toMatch(/bevestig met --yes/);
    expect(unconfirmed.code).toBe(1);

    const before = await countRows(ops.database.db, ['leerling', 'toetsresultaat']);
    const restore = await run(['restore', file, '--yes'], env);
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(
      /Teruggezet\. De vervangen database staat in: .*leerwinst-voor-terugzetten-/,
    );
    expect(restore.code).toBe(0);
    expect(await countRows(ops.database.db, ['leerling', 'toetsresultaat'])).toEqual(before);

    const wrongKey = await run(['restore', file, '--check'], {
      ...env,
      BACKUP_KEY: 'een andere sleutel van tekens',
    });
    expect(wrongKey.stderr).toMatch(/leerwinst: De sleutel \(BACKUP_KEY\) past niet bij deze back-up/);
    expect(wrongKey.code).toBe(1);
  });

  it('lists the applied migrations with --status', async () => {
    const status = await run(['migrate', '--status'], env);
    expect(status.stdout.split('\n').filter((l) => l.startsWith('uitgevoerd'))).toHaveLength(
      Object.keys(migrations).length,
    );
    expect(status.stdout).toContain('De database is bij.');
    expect(status.code).toBe(0);
  });

  it('transfers to an empty database, after a dry run that writes nothing', async () => {
    const target: TestDatabase = await createTestDatabase(engine === 'sqlite' ? 'sqlite' : 'postgres', {
      migrate: false,
    });
    const to = engine === 'sqlite' ? `sqlite:${join(ops.dir, 'doel.sqlite')}` : target.url;
    try {
      const dry = await run(['transfer', '--to', to, '--dry-run'], env);
      expect(dry.stdout).toContain('Proefrit: er is niets geschreven.');
      expect(dry.code).toBe(0);
      const real = await run(['transfer', '--to', to], env);
      expect(real.stdout).toMatch(/^leerling +\d+ +\d+ +0 +0 +\w+ \/ \w+ gelijk$/m);
      expect(real.stdout).toContain('de controlegetallen van bron en doel zijn gelijk');
      expect(real.code).toBe(0);
      const again = await run(['transfer', '--to', to], env);
      expect(again.stderr).toMatch(/bevat al gegevens.*--merge/);
      expect(again.code).toBe(1);
    } finally {
      await target.dispose();
    }
  });

  it('reports its checks with an exit code for monitoring', async () => {
    const doctor = await run(['doctor'], env);
    const lines = doctor.stdout.trim().split('\n');
    expect(lines.find((l) => l.startsWith('OK') && l.includes('Database bereikbaar'))).toBeDefined();
    const worst = lines.some((l) => l.startsWith('FOUT'))
      ? 2
      : lines.some((l) => l.startsWith('WAARSCHUWING'))
        ? 1
        : 0;
    expect(doctor.code).toBe(worst);

    const broken = await run(['doctor'], { ...env, PORT: 'geen-getal' });
    expect(broken.stdout).toMatch(/^FOUT +Configuratie: PORT moet een getal/);
    expect(broken.code).toBe(2);
  });
});
