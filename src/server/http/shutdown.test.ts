/**
 * The graceful stop on a real HTTP server: the request in progress finishes with its answer, new
 * connections are refused, kept-alive connections do not hold the stop up, and the grace period cuts
 * what never ends. The signal handling runs in a child process (shutdown-test-support.ts), so no
 * signal reaches the test process.
 */
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import http from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServer } from './shutdown';

const ROOT = join(import.meta.dirname, '../../..');

interface Answer {
  status: number;
  body: string;
}

/** A GET on its own connection (agent false) unless an agent is given; rejects on a socket error. */
function get(port: number, path: string, agent: http.Agent | false = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path, agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** A server with `GET /fast` and `GET /slow`, which waits until `finishSlow` is called. */
async function slowServer() {
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  let started: () => void = () => undefined;
  const slowStarted = new Promise<void>((resolve) => (started = resolve));
  const app = new Hono();
  app.get('/fast', (c) => c.text('snel'));
  app.get('/slow', async (c) => {
    started();
    await finished;
    return c.text('klaar');
  });
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ server: s, port: info.port }),
    );
  });
  return { server, port, slowStarted, finishSlow: () => finish() };
}

describe('closeServer', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('lets the running request finish with 200, refuses new connections, then resolves', async () => {
    const { server, port, slowStarted, finishSlow } = await slowServer();
    cleanups.push(finishSlow);
    // The running request on a kept-alive connection: once answered it is idle, and must not keep
    // the server open (the server never times it out itself here).
    (server as http.Server).keepAliveTimeout = 0;
    const agent = new http.Agent({ keepAlive: true });
    cleanups.push(() => agent.destroy());

    const running = get(port, '/slow', agent);
    await slowStarted;
    const closed = closeServer(server, 600_000);

    await expect(get(port, '/fast')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    finishSlow();
    expect(await running).toEqual({ status: 200, body: 'klaar' });
    await closed;
    expect(server.listening).toBe(false);
  });

  it('closes idle kept-alive connections at once instead of waiting for them', async () => {
    const { server, port } = await slowServer();
    (server as http.Server).keepAliveTimeout = 0;
    const agent = new http.Agent({ keepAlive: true });
    cleanups.push(() => agent.destroy());
    expect(await get(port, '/fast', agent)).toEqual({ status: 200, body: 'snel' });
    const socketClosed = new Promise<void>((resolve) => {
      const sockets = Object.values(agent.freeSockets).flat();
      expect(sockets).toHaveLength(1);
      sockets[0]?.once('close', () => resolve());
    });

    await closeServer(server, 600_000);
    await socketClosed;
  });

  it('cuts a request that outlives the grace period and still resolves', async () => {
    const { server, port, slowStarted, finishSlow } = await slowServer();
    cleanups.push(finishSlow);
    const running = get(port, '/slow');
    // Registered before the cut, so the rejection is never unhandled.
    const outcome = running.then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await slowStarted;

    await closeServer(server, 50);
    expect(await outcome).toBe('ECONNRESET');
  });

  it('resolves for a server that was never listening', async () => {
    const server = http.createServer();
    await closeServer(server, 600_000);
    expect(server.listening).toBe(false);
  });
});

/** The child's output as lines, with a way to wait for one. */
function startChild() {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/run-ts.js'), join(ROOT, 'src/server/http/shutdown-test-support.ts')],
    { env: { ...process.env, LOG_LEVEL: 'silent' } },
  );
  const lines: string[] = [];
  let buffer = '';
  let stderr = '';
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    buffer += d.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.match(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  function line(match: (line: string) => boolean): Promise<string> {
    const seen = lines.find(match);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      waiters.push({ match, resolve });
      void exited.then(() =>
        reject(new Error(`child exited before the line:\n${lines.join('\n')}\n${stderr}`)),
      );
    });
  }

  return { child, lines, exited, line };
}

describe('shutDownOnSignals (in a child process)', () => {
  const children: ChildProcessWithoutNullStreams[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  async function started() {
    const started = startChild();
    children.push(started.child);
    const portLine = await started.line((l) => l.startsWith('port '));
    return { ...started, port: Number(portLine.slice('port '.length)) };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'on %s: stops work once, reports not ready, finishes the running request, releases, exits 0',
    async (signal) => {
      const { child, lines, exited, line, port } = await started();
      expect(await get(port, '/readyz')).toMatchObject({ status: 200 });

      const running = get(port, '/slow');
      await line((l) => l === 'slow begonnen');
      child.kill(signal);
      await line((l) => l.startsWith('readyz '));

      // Draining: the in-process /readyz said 503, and the port takes no new connections.
      expect(lines).toContain('readyz 503');
      await expect(get(port, '/healthz')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

      child.stdin.write('verder\n');
      expect(await running).toEqual({ status: 200, body: 'klaar draining=true' });
      expect(await exited).toBe(0);

      expect(lines.filter((l) => l === 'stopWork')).toHaveLength(1);
      expect(lines.filter((l) => l === 'release')).toHaveLength(1);
      expect(lines).toContain('Leerwinst stopt: lopende verzoeken worden afgemaakt…');
      // The release step (worker pools, the database) only after the last answer.
      expect(lines.indexOf('stopWork')).toBeLessThan(lines.indexOf('slow antwoordt'));
      expect(lines.indexOf('slow antwoordt')).toBeLessThan(lines.indexOf('release'));
    },
  );

  it('ends at once with exit code 1 on a second signal, without waiting for the running request', async () => {
    const { child, lines, exited, line, port } = await started();
    const outcome = get(port, '/slow').then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code,
    );
    await line((l) => l === 'slow begonnen');
    child.kill('SIGTERM');
    await line((l) => l.startsWith('readyz '));
    child.kill('SIGTERM');

    expect(await exited).toBe(1);
    expect(await outcome).toBe('ECONNRESET');
    expect(lines.filter((l) => l === 'stopWork')).toHaveLength(1);
    expect(lines).not.toContain('slow antwoordt');
    expect(lines).not.toContain('release');
  });
});
