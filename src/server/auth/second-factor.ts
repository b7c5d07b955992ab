/**
 * The second factor: a TOTP code from the authenticator app, or one of ten recovery codes. Each is
 * accepted once (a TOTP step and a recovery code are claimed in one conditional update), and every
 * check first takes an attempt from the account's MFA limit.
 */
import { createHash, randomInt } from 'node:crypto';
import type { Db } from '../db/database';
import { newId } from '../db/ids';
import { rateLimited } from '../errors';
import { claimRecoveryCode, claimTotpStep, findMfaOfUser } from './auth.queries';
import { attemptSucceeded, mfaKeys, takeAttempt } from './rate-limit';
import { matchTotp } from './totp';

export const RECOVERY_CODE_COUNT = 10;
/** No 0/o, 1/l/i: the codes are copied from paper. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export type SecondFactor = 'totp' | 'recovery';

function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}

/** Ten new codes, shown once as "abcde-fghjk"; only their hashes are stored. */
export function newRecoveryCodes(userId: string, now: Date) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
  const rows = codes.map((code) => ({
    id: newId(now.getTime()),
    user_id: userId,
    code_hash: recoveryCodeHash(code),
    created_at: now.toISOString(),
    used_at: null,
  }));
  return { codes, rows };
}

/**
 * Which factor the code proved, or null when it proved nothing. Throws rate_limited when the account
 * has had too many wrong codes lately.
 */
export async function checkSecondFactor(
  db: Db,
  userId: string,
  code: string,
  now: Date,
): Promise<SecondFactor | null> {
  const keys = mfaKeys(userId);
  const wait = await takeAttempt(db, keys, now);
  if (wait !== null) throw rateLimited(wait);
  const mfa = await findMfaOfUser(db, userId);
  if (!mfa?.confirmed_at) return null;
  const trimmed = code.trim();
  let factor: SecondFactor | null = null;
  if (/^\d{6}$/.test(trimmed)) {
    const step = matchTotp(mfa.secret, trimmed, now, mfa.last_step);
    if (step !== null && (await claimTotpStep(db, userId, step))) factor = 'totp';
  } else if (await claimRecoveryCode(db, userId, recoveryCodeHash(trimmed), now.toISOString())) {
    factor = 'recovery';
  }
  if (factor) await attemptSucceeded(db, keys);
  return factor;
}
