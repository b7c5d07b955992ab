/** Helpers for the import tests (not used by production code). */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { SheetReader, SheetRow } from './sheet/types';

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

/** Splits bytes at the given cut points (any numbers; taken modulo the length, sorted). */
export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort(
    (a, b) => a - b,
  );
  const parts: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    if (p > from) parts.push(Buffer.from(bytes.subarray(from, p)));
    from = Math.max(from, p);
  }
  parts.push(Buffer.from(bytes.subarray(from)));
  return parts;
}

/** A Node stream that delivers the bytes in the given chunks, like a slow upload. */
export function streamOf(chunks: readonly Uint8Array[]): Readable {
  return Readable.from(
    chunks.map((c) => Buffer.from(c)),
    { objectMode: false },
  );
}

export async function readAll(reader: SheetReader): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of reader) rows.push(row);
  return rows;
}

/** Rejects when `promise` takes longer than `ms`: "never hangs" made testable. */
export async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`duurde langer dan ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
