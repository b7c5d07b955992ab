/**
 * The compiled production server (dist/server, `npm run build`) in a process of its own, on a free
 * port, over a bench database: for measurements under load, where a server inside the bench process
 * would share its CPU with the load generator. Started as `leerwinst serve --demo --today <day>` so its
 * clock plays on the bench's day (the demo is not loaded again: the database is not empty).
 *
 * BENCH_SERVER_NODE_ARGS passes options to that Node process, such as
 * `--cpu-prof --cpu-prof-dir=/tmp/prof` for a profile of the server under load (written when it stops).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_NOW, type BenchContext } from './setup';

const ROOT = join(import.meta.dirname, '..');
export const SERVER_CLI = join(ROOT, 'dist/server/leerwinst.js');
export const WEB_INDEX = join(ROOT, 'dist/web/index.html');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ProductionServer {
  origin: string;
  pid: number;
  /** The session cookie (`name=value`) of a login made at start. */
  cookie(login: string): string;
  /** The server process's peak resident memory so far (VmHWM), or null where /proc cannot tell. */
  peakRssMb(): number | null;
  /**
   * Resolves once the server answers /readyz again: autocannon leaves requests in flight when its time
   * is up, and the server's work on them must not fall into the next target's figures.
   */
  drained(): Promise<void>;
  stop(): Promise<void>;
}

/** Whether the build is older than a source file it was made from (then it is not what is measured). */
export function serverBuildIsStale(): boolean {
  try {
    const built = JSON.parse(readFileSync(join(ROOT, 'dist/server/build-inputs.json'), 'utf8')) as {
      started: number;
      inputs: string[];
    };
    return built.inputs.some((file) => statSync(join(ROOT, file)).mtimeMs >= built.started);
  } catch {
    return true;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function peakRssOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb === undefined ? null : Math.round((Number(kb) / 1024) * 100) / 100;
  } catch {
    return null;
  }
}

async function waitUntilReady(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server stopped before it was ready:\n${output()}`);
    }
    try {
      if ((await fetch(`${origin}/readyz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output()}`);
}

async function logIn(origin: string, email: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-leerwinst' }),
  });
  if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('lw_session='));
  if (!cookie) throw new Error(`login ${email}: no session cookie`);
  return cookie.split(';')[0] ?? '';
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    // SIGTERM: the server's graceful stop, after which a --cpu-prof profile is written.
    child.kill('SIGTERM');
  });
}

export async function startProductionServer(
  ctx: BenchContext,
  logins: readonly string[],
): Promise<ProductionServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  // Should the build hold a newer migration, its backup goes here rather than beside a real database.
  const backupDir = mkdtempSync(join(tmpdir(), 'leerwinst-bench-backup-'));
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(/\s+/).filter((a) => a !== '');
  const today = BENCH_NOW.toISOString().slice(0, 10);
  const child = spawn(process.execPath, [...nodeArgs, SERVER_CLI, 'serve', '--demo', '--today', today], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: ctx.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      MFA_REQUIRED: 'off',
      BACKUP_AUTO: '0',
      BACKUP_DIR: backupDir,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // Should the bench itself die, the server must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    await stopProcess(child);
    process.removeListener('exit', killOnExit);
    rmSync(backupDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(origin, child, () => output);
    const cookies = new Map<string, string>();
    for (const email of logins) cookies.set(email, await logIn(origin, email));
    return {
      origin,
      pid: child.pid ?? 0,
      cookie: (login) => cookies.get(login) ?? '',
      peakRssMb: () => (child.pid === undefined ? null : peakRssOf(child.pid)),
      drained: () => waitUntilReady(origin, child, () => output),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Why the suite cannot run, or null. */
export function missingBuild(): string | null {
  if (!existsSync(SERVER_CLI)) return `no compiled server in ${SERVER_CLI} (npm run build:server)`;
  if (!existsSync(WEB_INDEX)) return `no built browser app in ${WEB_INDEX} (npm run build:web)`;
  return null;
}
