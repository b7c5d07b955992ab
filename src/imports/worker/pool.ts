/**
 * A few parse workers, started when the first import needs one and kept for the next (starting one
 * costs some 200 ms: tsx compiles the parsers). A worker runs one job at a time; more imports at
 * once wait for a free worker, and so do their uploads, which are only read as they are parsed.
 *
 * A worker has its own heap with a ceiling: a file that would need more stops that worker (and only
 * that import), instead of the server. An idle worker does not keep the process alive and ends
 * after a minute.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol';

const ENTRY = new URL('./entry.mjs', import.meta.url);
/** Leave a CPU for the requests; at least two, so one school's big file does not hold up another's. */
const MAX_WORKERS = Math.min(4, Math.max(2, availableParallelism() - 1));
const IDLE_MS = 60_000;
/** The heap one import may use; the largest allowed file needs well under half of it. */
export const WORKER_HEAP_MB = 512;

/** What the worker said, or that it died (of a full heap, or otherwise) before it finished the job. */
export type JobEvent = FromWorker | { type: 'crashed'; outOfMemory: boolean };

export interface JobChannel {
  post(message: ToWorker): void;
  /** The job is over (its last message came): the worker may take the next one. */
  done(): void;
}

class PooledWorker {
  private readonly worker = new Worker(ENTRY, {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  private listener: ((event: JobEvent) => void) | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  alive = true;

  constructor(onGone: (w: PooledWorker) => void) {
    this.worker.on('message', (message: FromWorker) => this.listener?.(message));
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.gone(error.code === 'ERR_WORKER_OUT_OF_MEMORY'),
    );
    this.worker.on('exit', () => {
      this.gone(false);
      onGone(this);
    });
  }

  private gone(outOfMemory: boolean): void {
    if (!this.alive) return;
    this.alive = false;
    const listener = this.listener;
    this.listener = null;
    listener?.({ type: 'crashed', outOfMemory });
  }

  start(listener: (event: JobEvent) => void): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.listener = listener;
    this.worker.ref();
  }

  post(message: ToWorker): void {
    if (!this.alive) return;
    // A chunk's bytes move to the worker instead of being copied a second time.
    if (message.type === 'chunk') this.worker.postMessage(message, [message.bytes.buffer as ArrayBuffer]);
    else this.worker.postMessage(message);
  }

  async terminate(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    await this.worker.terminate();
  }

  idle(onIdleEnd: () => void): void {
    this.listener = null;
    this.worker.unref();
    this.idleTimer = setTimeout(() => {
      onIdleEnd();
      void this.worker.terminate();
    }, IDLE_MS);
    this.idleTimer.unref();
  }
}

const idle: PooledWorker[] = [];
const waiting: (() => void)[] = [];
let count = 0;

function forget(worker: PooledWorker): void {
  const at = idle.indexOf(worker);
  if (at >= 0) idle.splice(at, 1);
}

async function acquire(): Promise<PooledWorker> {
  for (;;) {
    const free = idle.pop();
    if (free) return free;
    if (count < MAX_WORKERS) {
      count += 1;
      return new PooledWorker((w) => {
        count -= 1;
        forget(w);
        waiting.shift()?.();
      });
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

/** A worker for one job; `listener` hears everything the worker says until `done()`. */
export async function startJob(listener: (event: JobEvent) => void): Promise<JobChannel> {
  const worker = await acquire();
  worker.start(listener);
  let finished = false;
  return {
    post(message) {
      // After the job, the worker may already be another job's.
      if (!finished) worker.post(message);
    },
    done() {
      if (finished) return;
      finished = true;
      if (worker.alive) {
        worker.idle(() => forget(worker));
        idle.push(worker);
      }
      waiting.shift()?.();
    },
  };
}

/**
 * Ends the idle workers, for a server that shuts down: its requests (and so the imports they run) have
 * finished first. A job still running keeps its worker; the process ends it on exit.
 */
export async function stopWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}
