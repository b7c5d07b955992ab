/**
 * The imports' way in: the parsers run in a worker thread (worker/), never on the thread that answers
 * requests, and always with the plausibility limits (limits.ts). The answers have the same shape as
 * the parsers' own, so a service cannot tell the difference, except that other users are not kept
 * waiting while a 100,000-row file is read.
 */
import type { EdexmlResult } from './edexml/types';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import type { ImportProblem } from './problems';
import type { SheetOptions } from './sheet/read-sheet';
import { sheetReader } from './sheet/reader';
import type { SheetInfo, SheetReader, SheetRow } from './sheet/types';
import { byteChunks, releaseInput, type ImportInput } from './text/input';
import { startJob, WORKER_HEAP_MB, type JobChannel, type JobEvent } from './worker/pool';
import type { JobMessage } from './worker/protocol';

/** Bytes per message to the worker: a whole file given as one Buffer goes in slices. */
const MAX_CHUNK = 1024 * 1024;

function lostProblem(event: JobEvent): ImportProblem {
  if (event.type === 'crashed' && event.outOfMemory) {
    return {
      severity: 'error',
      code: 'import.te-zwaar',
      message:
        `Het lezen van dit bestand vraagt meer dan ${WORKER_HEAP_MB} MB geheugen, de grens voor één import. ` +
        'Is dit het goede bestand? Splits het anders in kleinere bestanden.',
    };
  }
  return {
    severity: 'error',
    code: 'import.interne-fout',
    message:
      'Het bestand kon door een fout in Leerwinst niet worden gelezen. Probeer het opnieuw; gaat het weer mis, meld het dan.',
  };
}

/** Answers the worker's pulls from the input, until the input ends or the job does not want more. */
function inputPump(input: ImportInput) {
  const source = typeof input === 'string' ? null : byteChunks(input)[Symbol.asyncIterator]();
  let pending: Uint8Array | null = null;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    void source?.return?.(undefined).catch(() => undefined);
    releaseInput(input);
  };
  async function answer(channel: JobChannel): Promise<void> {
    try {
      if (pending === null) {
        const next = closed || !source ? null : await source.next();
        if (!next || next.done) {
          close();
          return channel.post({ type: 'end' });
        }
        pending = next.value;
      }
      const bytes: Uint8Array = new Uint8Array(pending.subarray(0, MAX_CHUNK));
      pending = pending.length > MAX_CHUNK ? pending.subarray(MAX_CHUNK) : null;
      channel.post({ type: 'chunk', bytes });
    } catch {
      close();
      channel.post({ type: 'input-error' });
    }
  }
  return { answer, close };
}

/** Runs a job: the worker's pulls answered from `input`, every other event to `onEvent`. */
async function runJob(
  job: JobMessage,
  input: ImportInput,
  onEvent: (event: JobEvent, channel: JobChannel) => void,
) {
  const pump = inputPump(input);
  const channel: JobChannel = await startJob((event) => {
    if (event.type === 'pull') void pump.answer(channel);
    else onEvent(event, channel);
    if (event.type !== 'pull' && event.type !== 'rows') {
      pump.close();
      channel.done();
    }
  });
  channel.post(job);
  return { channel, pump };
}

/** parseEdexml in a worker, with IMPORT_LIMITS unless told otherwise. */
export async function parseEdexmlOffThread(
  input: ImportInput,
  limits: ImportLimits = IMPORT_LIMITS,
): Promise<EdexmlResult> {
  const text = typeof input === 'string' ? input : null;
  return new Promise<EdexmlResult>((resolve, reject) => {
    runJob({ type: 'edexml', limits, text }, input, (event) => {
      if (event.type === 'edexml-result') resolve(event.result);
      else resolve(unreadable(lostProblem(event)));
    }).catch(reject);
  });
}

function unreadable(problem: ImportProblem): EdexmlResult {
  return {
    readable: false,
    form: 'edexml',
    container: null,
    namespace: null,
    scope: 'volledig',
    version: null,
    encoding: 'utf-8',
    school: null,
    vestigingen: [],
    groepen: [],
    leerlingen: [],
    leerkrachten: [],
    problems: [problem],
  };
}

const NO_INFO: SheetInfo = {
  format: 'csv',
  encoding: null,
  bom: false,
  separator: null,
  sheetName: null,
  problems: [],
};

/** readSheetRows in a worker, with IMPORT_LIMITS unless told otherwise; rows come over in batches. */
export function readSheetRowsOffThread(input: ImportInput, options: SheetOptions = {}): SheetReader {
  const { limits = IMPORT_LIMITS, separator, encoding, stallTimeoutMs } = options;
  let info: SheetInfo = NO_INFO;
  const events: JobEvent[] = [];
  let wake: (() => void) | null = null;
  const nextEvent = async (): Promise<JobEvent> => {
    for (;;) {
      const event = events.shift();
      if (event) return event;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  };

  async function* rows(): AsyncGenerator<SheetRow> {
    const text = typeof input === 'string' ? input : null;
    const jobOptions = { ...(separator ? { separator } : {}), ...(encoding ? { encoding } : {}) };
    const job: JobMessage = {
      type: 'sheet',
      limits,
      text,
      options: { ...jobOptions, ...(stallTimeoutMs ? { stallTimeoutMs } : {}) },
    };
    const { channel, pump } = await runJob(job, input, (event) => {
      events.push(event);
      const woken = wake;
      wake = null;
      woken?.();
    });
    let finished = false;
    try {
      for (;;) {
        const event = await nextEvent();
        if (event.type === 'rows') {
          // The worker reads the next batch while this one is checked.
          channel.post({ type: 'more' });
          yield* event.rows;
          // Back to the event loop before the next batch: the worker keeps up, so without this the
          // batches would follow each other inside one message callback and other requests would wait.
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        finished = true;
        info = event.type === 'sheet-done' ? event.info : { ...NO_INFO, problems: [lostProblem(event)] };
        return;
      }
    } finally {
      if (!finished) {
        // The reader stopped early: the worker ends its job (and the upload is not read further).
        pump.close();
        channel.post({ type: 'stop' });
      }
    }
  }

  return sheetReader(rows, () => info);
}
