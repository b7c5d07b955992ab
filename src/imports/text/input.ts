import type { Readable } from 'node:stream';

/**
 * What the import parsers accept: a Node stream (a file or an upload), a whole Buffer, already decoded
 * text, or any async iterable of byte (or text) chunks.
 */
export type ImportInput = Readable | Buffer | Uint8Array | string | AsyncIterable<Uint8Array | string>;

/** The input as a sequence of byte chunks. Text chunks are taken as UTF-8. */
export async function* byteChunks(input: Exclude<ImportInput, string>): AsyncGenerator<Uint8Array> {
  if (input instanceof Uint8Array) {
    yield input;
    return;
  }
  for await (const chunk of input as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
    else if (chunk instanceof Uint8Array) yield chunk;
    else throw new TypeError('Onverwacht soort gegevens in de invoerstroom.');
  }
}

/** Ends a Node stream that we stopped reading early, so no file handle stays open. */
export function releaseInput(input: ImportInput): void {
  if (
    typeof input === 'object' &&
    input !== null &&
    'destroy' in input &&
    typeof input.destroy === 'function'
  ) {
    input.destroy();
  }
}
