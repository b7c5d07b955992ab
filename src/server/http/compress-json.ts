/**
 * The API's JSON answers compressed for clients that accept it: brotli at quality 4 (most of the gain
 * for a small part of the time the maximum costs, which suits answers made per request), else gzip.
 * A JSON answer leaves its route as one string (c.json), so there is no stream to keep: it is compressed
 * in one step on libuv's thread pool, off the event loop. Answers under 1 KB go as they are (the
 * headers would outweigh the gain); downloads (Content-Disposition), streams of other types (the NDJSON
 * import progress) and anything already encoded pass untouched.
 */
import type { MiddlewareHandler } from 'hono';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const MIN_COMPRESS_BYTES = 1024;
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = 'br' | 'gzip';

/** The encoding to answer in: brotli when accepted, else gzip, else none (also for q=0). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(?:\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]?.trim()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

function compressed(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipAsync(body, { level: 6 });
}

export function compressJson(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (
      c.req.method === 'HEAD' ||
      !res.body ||
      res.headers.has('Content-Encoding') ||
      res.headers.has('Content-Disposition') ||
      !JSON_TYPE.test(res.headers.get('Content-Type') ?? '')
    ) {
      return;
    }
    res.headers.append('Vary', 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    if (!encoding) return;
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length < MIN_COMPRESS_BYTES) {
      c.res = new Response(body, res);
      return;
    }
    // A copy into a plain Uint8Array: Node's Buffer type is not a body to the DOM types.
    const packed = new Uint8Array(await compressed(body, encoding));
    c.res = new Response(packed, res);
    // Set after the swap: Hono copies the old answer's headers onto the new one.
    c.res.headers.set('Content-Encoding', encoding);
    c.res.headers.set('Content-Length', String(packed.length));
  };
}
