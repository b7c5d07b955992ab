/**
 * The part of autocannon's programmatic API the throughput suite uses. The package ships no types, and
 * this small surface does not justify another development dependency (@types/autocannon).
 */
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Result {
    /** Completed requests per one-second sample; `total` is every completed request. */
    requests: Histogram & { sent: number };
    /** Whole milliseconds, hence the suite keeps its own per-response times. */
    latency: Histogram;
    throughput: Histogram;
    duration: number;
    /** Connection errors, timeouts included. */
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  }

  export interface Request {
    method?: string;
    path: string;
    headers?: Record<string, string>;
  }

  export interface Options {
    url: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Seconds before a request counts as a timeout. */
    timeout?: number;
    headers?: Record<string, string>;
    /** Sent in turn by every connection, round and round. */
    requests?: Request[];
    /** An unmeasured run first, with its own options. */
    warmup?: { connections?: number; duration?: number };
  }

  export interface Instance extends EventEmitter, PromiseLike<Result> {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): this;
    stop(): void;
  }

  export default function autocannon(options: Options): Instance;
}
