import { hash, verify, type Options } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. The library's default algorithm is
// argon2id; its enum is a const enum that isolated modules cannot read, so it is not named here.
const OPTIONS: Options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** ASVS 2.1.1: at least 12 characters. Applies to new and changed passwords; old hashes keep working. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** Stored for an account without a password of its own (made by SSO or waiting for its first link). */
export const NO_PASSWORD = '';

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies a password; with no stored hash (no account, or an account without a password) it still
 * does the work of one verification, so the time taken does not reveal which it was.
 */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (storedHash === null || storedHash === NO_PASSWORD) {
    dummyHash ??= hashPassword('geen-account-met-dit-adres');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
