/**
 * The login limit, in the database so several app instances share it. Every check of a password or a
 * code first takes an attempt from its keys in one atomic statement (auth.queries.ts), so parallel
 * guesses are counted one by one. After a few free failures a key waits, and the wait doubles with
 * every further failure up to a ceiling: a delay, never a lock.
 *
 * Keys, hashed so the table holds no addresses:
 * - `pair`: this account from this address. Strict, so a guesser is slowed at once, but it does not
 *   touch the real user, who logs in from another address.
 * - `account`: this account from anywhere. Loose (a short ceiling), against guessing from many
 *   addresses, without locking the real user out for long.
 * - `ip`: this address, any account. Against trying one password on many accounts.
 * - `mfa`: the second step of this account.
 */
import { createHash } from 'node:crypto';
import type { Db } from '../db/database';
import {
  deleteThrottle,
  deleteThrottlesBefore,
  findThrottle,
  forgiveThrottleAttempt,
  takeThrottleAttempt,
} from './auth.queries';

interface Rule {
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const MINUTE = 60 * 1000;
export const RULES = {
  pair: { free: 5, baseDelayMs: MINUTE, maxDelayMs: 15 * MINUTE },
  account: { free: 20, baseDelayMs: 5 * 1000, maxDelayMs: MINUTE },
  ip: { free: 30, baseDelayMs: MINUTE, maxDelayMs: 15 * MINUTE },
  mfa: { free: 5, baseDelayMs: 30 * 1000, maxDelayMs: 15 * MINUTE },
} as const satisfies Record<string, Rule>;
export type ThrottleKind = keyof typeof RULES;

/** Failures older than a day are forgotten. */
const MEMORY_MS = 24 * 60 * MINUTE;

/** How long a key waits after its n-th failure. */
export function delayAfter(rule: Rule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.baseDelayMs * 2 ** (failures - rule.free), rule.maxDelayMs);
}

export interface ThrottleKey {
  kind: ThrottleKind;
  key: string;
}

function keyOf(kind: ThrottleKind, ...values: string[]): ThrottleKey {
  const digest = createHash('sha256').update(values.join('\n').toLowerCase()).digest('hex');
  return { kind, key: `${kind}:${digest.slice(0, 40)}` };
}

export function loginKeys(email: string, ip: string): ThrottleKey[] {
  return [keyOf('pair', email, ip), keyOf('account', email), keyOf('ip', ip)];
}

export function mfaKeys(userId: string): ThrottleKey[] {
  return [keyOf('mfa', userId)];
}

async function takeOne(db: Db, { kind, key }: ThrottleKey, now: Date): Promise<boolean> {
  const rule: Rule = RULES[kind];
  const cutoffs = [];
  let failures = rule.free;
  for (; delayAfter(rule, failures) < rule.maxDelayMs; failures++) {
    cutoffs.push({ failures, cutoff: new Date(now.getTime() - delayAfter(rule, failures)).toISOString() });
  }
  const cutoffAfter = new Date(now.getTime() - rule.maxDelayMs).toISOString();
  return takeThrottleAttempt(db, key, now.toISOString(), rule.free, cutoffs, cutoffAfter);
}

async function secondsToWait(db: Db, { kind, key }: ThrottleKey, now: Date): Promise<number> {
  const row = await findThrottle(db, key);
  if (!row) return 1;
  const until = Date.parse(row.last_at) + delayAfter(RULES[kind], row.failures);
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/**
 * Takes an attempt from every key, or from none: when one key refuses, the attempts already taken
 * are given back. Returns null when granted, else the seconds until the refusing key allows one.
 */
export async function takeAttempt(db: Db, keys: ThrottleKey[], now: Date): Promise<number | null> {
  await deleteThrottlesBefore(db, new Date(now.getTime() - MEMORY_MS).toISOString());
  const taken: ThrottleKey[] = [];
  for (const key of keys) {
    if (!(await takeOne(db, key, now))) {
      for (const back of taken) await forgiveThrottleAttempt(db, back.key);
      return secondsToWait(db, key, now);
    }
    taken.push(key);
  }
  return null;
}

/**
 * After a right password: the account and address pair starts afresh; the attempt is given back to
 * the looser keys, whose failures by others stay counted.
 */
export async function attemptSucceeded(db: Db, keys: ThrottleKey[]): Promise<void> {
  for (const key of keys) {
    if (key.kind === 'pair' || key.kind === 'mfa') await deleteThrottle(db, key.key);
    else await forgiveThrottleAttempt(db, key.key);
  }
}
