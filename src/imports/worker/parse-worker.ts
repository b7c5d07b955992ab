/**
 * The parse worker: runs parseEdexml and readSheetRows for the request thread (off-thread.ts), one
 * job after another, so a big or hostile file costs this thread's time and not every user's.
 */
import { parentPort } from 'node:worker_threads';
import { parseEdexml } from '../edexml/parse-edexml';
import { readSheetRows } from '../sheet/read-sheet';
import type { SheetRow } from '../sheet/types';
import { ROWS_PER_BATCH, type FromWorker, type JobMessage, type ToWorker } from './protocol';

if (!parentPort) throw new Error('parse-worker.ts runs as a worker thread only');
const port = parentPort;

type Reply = Extract<ToWorker, { type: 'chunk' | 'end' | 'input-error' }>;

/** Waiters for the request thread's answers, and the jobs it sent, in order. */
let pullWaiter: ((reply: Reply) => void) | null = null;
let moreWaiter: ((go: boolean) => void) | null = null;
let stopped = false;
/** Jobs run one after another, in the order they came. */
let queue = Promise.resolve();

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'chunk':
    case 'end':
    case 'input-error':
      pullWaiter?.(message);
      pullWaiter = null;
      return;
    case 'more':
    case 'stop':
      if (message.type === 'stop') stopped = true;
      moreWaiter?.(message.type === 'more');
      moreWaiter = null;
      return;
    default:
      queue = queue.then(() => run(message));
  }
});

const send = (message: FromWorker) => port.postMessage(message);

class InputFailed extends Error {}

/** The file's bytes, pulled from the request thread one chunk at a time. */
async function* pulled(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const reply = await new Promise<Reply>((resolve) => {
      pullWaiter = resolve;
      send({ type: 'pull' });
    });
    if (reply.type === 'end') return;
    if (reply.type === 'input-error') throw new InputFailed();
    yield reply.bytes;
  }
}

/** Whether the reader wants another batch (it has the one just sent). */
function wantsMore(): Promise<boolean> {
  if (stopped) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    moreWaiter = resolve;
  });
}

async function sheetJob(job: Extract<JobMessage, { type: 'sheet' }>): Promise<void> {
  const reader = readSheetRows(job.text ?? pulled(), { ...job.options, limits: job.limits });
  let batch: SheetRow[] = [];
  let going = true;
  for await (const row of reader) {
    batch.push(row);
    if (batch.length < ROWS_PER_BATCH) continue;
    send({ type: 'rows', rows: batch });
    batch = [];
    going = await wantsMore();
    if (!going) break;
  }
  if (going && batch.length > 0) send({ type: 'rows', rows: batch });
  send({ type: 'sheet-done', info: reader.info });
}

async function run(job: JobMessage): Promise<void> {
  stopped = false;
  try {
    if (job.type === 'edexml') {
      const result = await parseEdexml(job.text ?? pulled(), { limits: job.limits });
      send({ type: 'edexml-result', result });
    } else await sheetJob(job);
  } catch {
    send({ type: 'failed' });
  }
}
