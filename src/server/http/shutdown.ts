/**
 * A graceful stop for the HTTP server (SIGTERM from an orchestrator, Ctrl+C): no new connections, the
 * requests in progress finish, idle keep-alive connections close at once (and as their requests end),
 * and whatever is still open after the grace period is cut.
 */
import type { ServerType } from '@hono/node-server';

/** Long enough for a large import; shorter than the 30 s an orchestrator usually waits before SIGKILL. */
export const SHUTDOWN_GRACE_MS = 25_000;

export function closeServer(server: ServerType, graceMs = SHUTDOWN_GRACE_MS): Promise<void> {
  return new Promise((resolve) => {
    const http = 'closeIdleConnections' in server ? server : null;
    // A keep-alive connection becomes idle once its last request is answered: closed on the next sweep.
    const sweep = setInterval(() => http?.closeIdleConnections(), 100);
    const deadline = setTimeout(() => http?.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
    http?.closeIdleConnections();
  });
}

export interface Shutdown {
  /** True from the first signal on: /readyz answers 503 from then. */
  draining(): boolean;
}

/**
 * On SIGTERM or SIGINT: `stopWork` (timers that would start new work), then the server closes
 * gracefully, then `release` (worker pools, the database), then the process exits. A second signal
 * while that runs ends the process at once.
 */
export function shutDownOnSignals(
  server: ServerType,
  steps: { stopWork(): void; release(): Promise<void>; announce(line: string): void },
): Shutdown {
  let draining = false;
  const stop = () => {
    if (draining) process.exit(1);
    draining = true;
    steps.announce('Leerwinst stopt: lopende verzoeken worden afgemaakt…');
    steps.stopWork();
    void closeServer(server)
      .then(() => steps.release())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { draining: () => draining };
}
