/**
 * GETs sent before the code that needs them has loaded (first-screen.ts), handed to the query that
 * asks for the same path. The answer itself is not cached: the query's caching, retries and staleness
 * stay exactly as they were, only its first request went out earlier.
 */
import { get } from './client';

/** Older than this, an early answer may be out of date: the query asks again. */
const MAX_AGE_MS = 30_000;

const started = new Map<string, { answer: Promise<unknown>; at: number }>();

/** Sends the GET now; the first `getOnce` for the same path receives its answer. */
export function getEarly(path: string): void {
  const answer = get<unknown>(path);
  started.set(path, { answer, at: performance.now() });
  // A failed early GET is not kept (a query that asks later sends its own), nor reported unhandled.
  answer.catch(() => {
    if (started.get(path)?.answer === answer) started.delete(path);
  });
}

/** The answer of the GET sent early for this path, once; otherwise a new GET. */
export function getOnce<T>(path: string): Promise<T> {
  const early = started.get(path);
  started.delete(path);
  if (early && performance.now() - early.at < MAX_AGE_MS) return early.answer as Promise<T>;
  return get<T>(path);
}
