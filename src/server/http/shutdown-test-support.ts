/**
 * Run by shutdown.test.ts as a separate process (through bin/run-ts.js), because shutDownOnSignals
 * listens to this process's own signals and ends it. A server on a free port of 127.0.0.1 with the
 * health routes on an in-memory database and `GET /slow`, which answers only once a line arrives on
 * stdin. It prints what happens, a line each:
 *   port N             listening on port N
 *   slow begonnen      a /slow request came in and waits
 *   stopWork           the stopWork step ran
 *   readyz S           the status of /readyz, asked in process just after the stop began
 *   slow antwoordt     /slow answers (its body says whether the server was draining by then)
 *   release            the release step ran (the database is closed)
 * and the announce line as it is.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createInterface } from 'node:readline';
import { migrateToLatest, openDatabase } from '../db/database';
import { healthRoutes } from './health';
import { shutDownOnSignals, type Shutdown } from './shutdown';

const say = (line: string) => process.stdout.write(`${line}\n`);

const database = await openDatabase('sqlite::memory:');
await migrateToLatest(database.db);

// Called only by requests, after the server (and so `shutdown`) below exists.
const draining = (): boolean => shutdown.draining();

let go: () => void = () => undefined;
const gate = new Promise<void>((resolve) => (go = resolve));
createInterface({ input: process.stdin }).once('line', () => go());

const app = new Hono();
app.route('/', healthRoutes(database.db, { draining }));
app.get('/slow', async (c) => {
  say('slow begonnen');
  await gate;
  say('slow antwoordt');
  return c.text(`klaar draining=${String(draining())}`);
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  say(`port ${info.port}`),
);
const shutdown: Shutdown = shutDownOnSignals(server, {
  stopWork: () => {
    say('stopWork');
    // After this step the stop closes the server (synchronously): the line below comes after that.
    setImmediate(() => {
      void Promise.resolve(app.request('/readyz')).then((response) => say(`readyz ${response.status}`));
    });
  },
  release: async () => {
    say('release');
    await database.close();
  },
  announce: say,
});
