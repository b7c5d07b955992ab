/**
 * For tests that need a real HTTP server (an upload sent slowly, requests that overlap): the web app
 * served with @hono/node-server on a free port of 127.0.0.1, in this process.
 */
import { serve } from '@hono/node-server';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD } from '../../../demo/generator';
import { TEST_NOW } from '../../../testing/fixtures';
import type { Db } from '../../db/database';
import { createWebApp } from '../../web-app';

export interface TestServer {
  port: number;
  /** Logs in over HTTP and returns the session cookie. */
  login(email: string): Promise<string>;
  /** GET of an /api path; resolves when the whole answer has arrived. */
  get(path: string, cookie: string): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export async function startTestServer(db: Db): Promise<TestServer> {
  const app = createWebApp({ db, clock: () => TEST_NOW, trustProxy: false });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}/api`;
  return {
    port,
    async login(email) {
      const response = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: DEMO_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`login ${email}: ${response.status}`);
      return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
    async get(path, cookie) {
      const response = await fetch(`${base}${path}`, { headers: { cookie } });
      return { status: response.status, text: await response.text() };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections of fetch would hold close() open.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

export interface SlowUpload {
  status: number;
  body: string;
  /** Bytes the client had written when the answer's head arrived. */
  sentAtAnswer: number;
  sent: number;
}

/**
 * POSTs `total` bytes in chunks of `chunk` bytes, with a pause after each, chunked (no
 * Content-Length) unless `contentLength` is given; stops sending once the answer has arrived.
 */
export function slowUpload(
  port: number,
  path: string,
  options: { total: number; chunk: number; pauseMs: number; cookie?: string; contentLength?: number },
): Promise<SlowUpload> {
  const piece = Buffer.alloc(options.chunk, 'x');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let sentAtAnswer = -1;
    const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream' };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.contentLength !== undefined) headers['content-length'] = options.contentLength;
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers });
    req.on('response', (res) => {
      sentAtAnswer = sent;
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sentAtAnswer, sent });
      });
    });
    // The server may close the connection once it has answered: that is not the test's failure.
    req.on('error', (error) => {
      if (sentAtAnswer < 0) reject(error);
    });
    void (async () => {
      while (sent < options.total && sentAtAnswer < 0 && !req.destroyed) {
        const size = Math.min(piece.length, options.total - sent);
        const flushed = req.write(size === piece.length ? piece : piece.subarray(0, size));
        sent += size;
        if (!flushed) await new Promise((r) => req.once('drain', r).once('close', r));
        await new Promise((r) => setTimeout(r, options.pauseMs));
      }
      if (sentAtAnswer < 0 && !req.destroyed) req.end();
    })();
  });
}
