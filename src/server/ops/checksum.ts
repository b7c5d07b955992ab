/**
 * A checksum of a table's rows that comes out the same on SQLite and PostgreSQL when the data is the
 * same. Values are normalised first (booleans as 0/1, numbers in JavaScript's shortest form, text as
 * text, null as null), each row is hashed (sha256 over its columns in name order), and the row hashes
 * are added up modulo 2^256. The sum does not depend on the order of the rows, so two engines that
 * sort text differently (a collation) still agree, while any changed, missing or extra row changes it.
 */
import { createHash } from 'node:crypto';

type Normalised = null | ['n', string] | ['s', string] | ['b', string];

export function normaliseValue(value: unknown): Normalised {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return ['n', value ? '1' : '0'];
  if (typeof value === 'number') return ['n', Object.is(value, -0) ? '0' : String(value)];
  if (typeof value === 'bigint') return ['n', value.toString()];
  if (typeof value === 'string') return ['s', value];
  if (value instanceof Date) return ['s', value.toISOString()];
  if (value instanceof Uint8Array) return ['b', Buffer.from(value).toString('hex')];
  return ['s', JSON.stringify(value)];
}

const MODULUS = 1n << 256n;

/** The row's hash as a number, over the given columns (the caller passes them sorted by name). */
export function rowDigest(row: Record<string, unknown>, columns: readonly string[]): bigint {
  const values = columns.map((c) => normaliseValue(row[c]));
  return BigInt(`0x${createHash('sha256').update(JSON.stringify(values)).digest('hex')}`);
}

export interface TableChecksum {
  rows: number;
  /** 64 hexadecimal digits. */
  sum: string;
}

/** Adds rows one batch at a time; `result()` any time after. */
export class ChecksumAccumulator {
  private rows = 0;
  private sum = 0n;
  private readonly columns: readonly string[];

  constructor(columns: readonly string[]) {
    this.columns = [...columns].sort();
  }

  add(row: Record<string, unknown>): void {
    this.rows += 1;
    this.sum = (this.sum + rowDigest(row, this.columns)) % MODULUS;
  }

  result(): TableChecksum {
    return { rows: this.rows, sum: this.sum.toString(16).padStart(64, '0') };
  }
}

export function sameChecksum(a: TableChecksum, b: TableChecksum): boolean {
  return a.rows === b.rows && a.sum === b.sum;
}

/** The first 12 digits: enough for a person comparing two lines. */
export function shortSum(checksum: TableChecksum): string {
  return checksum.sum.slice(0, 12);
}
