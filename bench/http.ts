/**
 * The app served on a free port for a suite, with a logged-in session per demo login, so entries are
 * measured over HTTP as the browser asks for them.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createWebApp } from '../src/server/web-app';
import { BENCH_NOW, type BenchContext } from './setup';

export interface BenchServer {
  /** http://127.0.0.1:port, where the built browser app is served too (when dist/web exists). */
  origin: string;
  /** GET with the login's session cookie; anything but 200 stops the run. */
  getJson(login: string, path: string): Promise<unknown>;
  close(): void;
}

export async function startBenchServer(ctx: BenchContext, logins: readonly string[]): Promise<BenchServer> {
  const app = createWebApp({
    db: ctx.database.db,
    clock: () => BENCH_NOW,
    trustProxy: false,
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const base = `${origin}/api`;
  const cookies = new Map<string, string>();
  try {
    for (const email of logins) {
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'demo-leerwinst' }),
      });
      if (login.status !== 200) throw new Error(`login ${email} failed: ${login.status}`);
      cookies.set(email, (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
    }
  } catch (error) {
    server.close();
    throw error;
  }
  return {
    origin,
    async getJson(login, path) {
      const response = await fetch(`${base}${path}`, { headers: { cookie: cookies.get(login) ?? '' } });
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
      return response.json();
    },
    close: () => server.close(),
  };
}
