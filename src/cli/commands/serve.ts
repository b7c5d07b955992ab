import { serve } from '@hono/node-server';
import type { Config } from '../../server/config';
import { migrateToLatest, type Database } from '../../server/db/database';
import { createWebApp } from '../../server/web-app';
import { DEFAULT_DEMO, generateDemo } from '../../demo/generator';
import { hasDemo, isDatabaseEmpty, loadDemo } from '../../demo/load';
import { describeDemoLogins } from './demo';

export async function serveCommand(
  database: Database,
  config: Config,
  options: { demo: boolean },
): Promise<void> {
  await migrateToLatest(database.db);
  if (options.demo && (await isDatabaseEmpty(database.db))) {
    process.stdout.write(
      'Lege database: de demoschool wordt geladen (verzonnen leerlingen en verzonnen normen)…\n',
    );
    const now = new Date();
    await loadDemo(database.db, generateDemo({ ...DEFAULT_DEMO, now }), now);
  }
  const showLogins = options.demo && (await hasDemo(database.db));
  const app = createWebApp({
    db: database.db,
    engine: database.engine,
    clock: () => new Date(),
    trustProxy: config.trustProxy,
  });
  await new Promise<void>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      process.stdout.write(`\nLeerwinst draait op http://${host}:${info.port}\n`);
      process.stdout.write(`Database: ${database.displayUrl}\n`);
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
    const stop = () => {
      server.close();
      void database.close().then(() => {
        resolve();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
