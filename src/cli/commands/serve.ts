import { serve } from '@hono/node-server';
import type { Config } from '../../server/config';
import type { Clock } from '../../server/http/env';
import type { Database } from '../../server/db/database';
import { readBackupConfig } from '../../server/ops/backup-config';
import { startBackupSchedule } from '../../server/ops/scheduler';
import { startRetentionSchedule } from '../../server/features/privacy/retention-schedule';
import { shutDownOnSignals, type Shutdown } from '../../server/http/shutdown';
import { createWebApp } from '../../server/web-app';
import { stopWorkers } from '../../imports/worker/pool';
import { DEFAULT_DEMO, generateDemo } from '../../demo/generator';
import { hasDemo, isDatabaseEmpty, loadDemo } from '../../demo/load';
import { CliError } from '../args';
import { demoToday, describeDemoLogins } from './demo';
import { upgradeWithBackup } from './migrate';

/** The real clock, or one that starts on the given day and runs at the real pace from there. */
function clockFrom(start: Date | undefined): Clock {
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

/** `--today` without `--demo` would move a real school's clock: refused. */
function todayOf(options: { demo: boolean; today?: string | true | undefined }): Date | undefined {
  if (options.today !== undefined && !options.demo) {
    throw new CliError('--today werkt alleen samen met --demo.');
  }
  return demoToday(options.today);
}

export async function serveCommand(
  database: Database,
  config: Config,
  options: { demo: boolean; today?: string | true | undefined },
): Promise<void> {
  let today: Date | undefined;
  try {
    today = todayOf(options);
  } catch (error) {
    await database.close();
    throw error;
  }
  const clock = clockFrom(today);
  await upgradeWithBackup(database, config);
  if (options.demo && (await isDatabaseEmpty(database.db))) {
    process.stdout.write(
      'Lege database: de demoschool wordt geladen (verzonnen leerlingen en verzonnen normen)…\n',
    );
    const now = clock();
    await loadDemo(database.db, generateDemo({ ...DEFAULT_DEMO, now }), now);
  }
  const showLogins = options.demo && (await hasDemo(database.db));
  // MFA is enforced unless MFA_REQUIRED=off; the demo (invented data, passwords printed below) is off
  // unless MFA_REQUIRED says otherwise, so its logins work as printed.
  const mfa = config.accounts.mfa ?? (options.demo ? 'off' : 'roles');
  let shutdown: Shutdown | undefined;
  const app = createWebApp(
    { db: database.db, clock, trustProxy: config.trustProxy, accounts: { ...config.accounts, mfa } },
    undefined,
    { draining: () => shutdown?.draining() ?? false },
  );
  // Backups are about the real world: the real clock, also when the demo pretends another day.
  const backups = startBackupSchedule(database, readBackupConfig(process.env, config.databaseUrl), {
    clock: () => new Date(),
  });
  // Retention follows the app's clock: the data's own world, also in a demo that pretends another day.
  const retention = startRetentionSchedule(database.db, { clock });
  // Runs until a signal ends the process (after a graceful stop, see shutDownOnSignals).
  await new Promise<void>((_resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      process.stdout.write(`\nLeerwinst draait op http://${host}:${info.port}\n`);
      process.stdout.write(`Database: ${database.displayUrl}\n`);
      process.stdout.write(`${backups.summary}\n`);
      if (today) process.stdout.write(`De app doet alsof het ${today.toISOString().slice(0, 10)} is.\n`);
      process.stdout.write(
        mfa === 'roles'
          ? 'Tweestapsverificatie: verplicht voor IB, schoolleider en beheerder.\n'
          : 'Tweestapsverificatie: niet verplicht (MFA_REQUIRED=off of demo); alleen voor wie het zelf instelt.\n',
      );
      if (showLogins) process.stdout.write(`\n${describeDemoLogins()}\n`);
      process.stdout.write('\nStoppen: Ctrl+C\n');
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Poort ${config.port} is al in gebruik. Kies een andere met PORT=…`)
          : error,
      );
    });
    shutdown = shutDownOnSignals(server, {
      stopWork: () => {
        backups.stop();
        retention.stop();
      },
      // Only after the last request: an import's worker and the database are still theirs until then.
      release: async () => {
        await stopWorkers();
        await database.close();
      },
      announce: (line) => process.stdout.write(`\n${line}\n`),
    });
  });
}
