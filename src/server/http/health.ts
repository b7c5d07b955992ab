/**
 * For a load balancer or an orchestrator, outside the API, its sessions and its audit (no login, no
 * pupil data, no OpenAPI entry): `GET /healthz` says the process answers (no database involved);
 * `GET /readyz` that it can serve requests: the database answers within a few seconds, it has exactly
 * this version's migrations, and the server is not shutting down. Both are never cached.
 */
import { Hono } from 'hono';
import type { Db } from '../db/database';
import { migrations } from '../db/migrations/index';
import { appliedMigrations, pingDatabase } from './health.queries';

const CHECK_TIMEOUT_MS = 3000;

export interface HealthOptions {
  /** True once the server stops taking new work (SIGTERM): no longer ready, still alive. */
  draining?: () => boolean;
  timeoutMs?: number;
}

interface Problem {
  code: 'shutting_down' | 'database_unreachable' | 'migrations_pending' | 'database_newer';
  message: string;
}

const DRAINING: Problem = { code: 'shutting_down', message: 'De server stopt en neemt geen nieuw werk aan.' };
const UNREACHABLE: Problem = { code: 'database_unreachable', message: 'De database is niet bereikbaar.' };

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** What keeps this server from being ready on its database, or null when nothing does. */
export async function databaseProblem(db: Db, timeoutMs = CHECK_TIMEOUT_MS): Promise<Problem | null> {
  const check = async (): Promise<Problem | null> => {
    await pingDatabase(db);
    const applied = new Set((await appliedMigrations(db)) ?? []);
    const known = Object.keys(migrations);
    const pending = known.filter((name) => !applied.has(name));
    if ([...applied].some((name) => !(name in migrations))) {
      return { code: 'database_newer', message: 'De database is van een nieuwere versie van Leerwinst.' };
    }
    if (pending.length > 0) {
      return {
        code: 'migrations_pending',
        message: `De database wacht op ${pending.length} migratie(s): leerwinst migrate voert ze uit.`,
      };
    }
    return null;
  };
  try {
    const outcome = await withTimeout(check(), timeoutMs);
    return outcome === 'timeout' ? UNREACHABLE : outcome;
  } catch {
    return UNREACHABLE;
  }
}

export function healthRoutes(db: Db, options: HealthOptions = {}): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const problem = options.draining?.() ? DRAINING : await databaseProblem(db, options.timeoutMs);
    return problem ? c.json({ status: 'unavailable', ...problem }, 503) : c.json({ status: 'ok' });
  });
  return app;
}
