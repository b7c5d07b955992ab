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

/** A zip entry as it is stored: its name, its (deflated or stored) bytes, and what they unpack to. */
export interface StoredEntry {
  name: string;
  data: Buffer;
  deflated: boolean;
  crc: number;
  /** The size the zip declares, which a hostile file may get wrong on purpose. */
  size: number;
}

/** A zip of the entries as given, in that order: local headers, data, central directory. */
export function zipOf(entries: readonly StoredEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflated ? 8 : 0, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    local.copy(header, 6, 4, 30);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    parts.push(local, name, e.data);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

// --- Fuzzing -----------------------------------------------------------------------------------------

/** `npm run fuzz` runs every fuzz property at full strength; `npm test` runs the short version. */
export const FULL_FUZZ = process.env.LEERWINST_FUZZ === 'full';

export const fuzzRuns = (short: number, full: number): number => (FULL_FUZZ ? full : short);

/** A full property takes minutes: its own timeout rather than vitest's two minutes. */
export const FUZZ_TIMEOUT: number | undefined = FULL_FUZZ ? 3_600_000 : undefined;

/** No case may take longer than this: a slower one is a hang. */
export const HANG_MS = 5_000;

/**
 * Counts the cases of a fuzz file that passed and their slowest time; each case is run under the
 * hang limit. A crash or a hang fails the property (vitest reports it); the summary line (in a full
 * run) counts what passed.
 */
export function fuzzCounter(name: string) {
  let cases = 0;
  let slowest = 0;
  return {
    async run<T>(promise: Promise<T>): Promise<T> {
      const started = performance.now();
      const result = await within(HANG_MS, promise);
      cases += 1;
      slowest = Math.max(slowest, performance.now() - started);
      return result;
    },
    summary(): string {
      const line = `fuzz ${name}: ${cases} cases passed, slowest ${Math.round(slowest)} ms`;
      if (FULL_FUZZ) process.stdout.write(`${line}\n`);
      return line;
    },
    get cases() {
      return cases;
    },
  };
}
