/**
 * One-time links to set a password: a beheerder (or the command line) issues one instead of knowing
 * the password. The link is shown once; only the SHA-256 of its token is stored; it expires after 24
 * hours, works once (claimed in one conditional update), and using it ends every session of the user.
 */
import { createHash, randomBytes } from 'node:crypto';
import { audit } from '../../audit';
import { hashPassword } from '../../auth/passwords';
import { passwordProblem } from '../../auth/password-policy';
import { endSessionsOfUser } from '../../auth/sessions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput } from '../../errors';
import { summarizeIssues } from '../../../shared/zod-nl';
import { claimLink, findLiveLink, replacePasswordLink, setPasswordHash } from './account.queries';

export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** The browser page that reads the token from the address (after #, so it never reaches a log). */
export const LINK_PAGE = '/wachtwoord-instellen';

export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: linkTokenHash(token) };
}

export function linkTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function linkUrl(base: string, token: string): string {
  return `${base}${LINK_PAGE}#token=${token}`;
}

/** A 400 about a password field, worded as the zod messages are. */
export function refusedPassword(field: string, problem: string) {
  const issues = [{ field, message: problem }];
  return invalidInput(summarizeIssues(issues), issues);
}

export const invalidLink = () =>
  invalidInput('Deze link is verlopen, al gebruikt of bestaat niet. Vraag de beheerder om een nieuwe.', [
    { field: 'token', message: 'is verlopen of al gebruikt' },
  ]);

/** A new link for the user; earlier unused links stop working. Returns the token, to show once. */
export async function issuePasswordLink(
  db: Db,
  userId: string,
  issuedBy: string | null,
  now: Date,
): Promise<{ token: string; expiresAt: string }> {
  const { token, hash } = newLinkToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS).toISOString();
  await db.transaction().execute(async (trx) => {
    await replacePasswordLink(trx, {
      id: newId(now.getTime()),
      user_id: userId,
      token_hash: hash,
      created_by: issuedBy,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    });
    await audit(trx, now, {
      userId: issuedBy,
      action: 'auth.password_link.issued',
      entity: 'user',
      entityId: userId,
    });
  });
  return { token, expiresAt };
}

/** The account a live link is for, to show on the page before the user types a password. */
export async function passwordLinkStatus(db: Db, token: string, now: Date) {
  const link = await findLiveLink(db, linkTokenHash(token), now.toISOString());
  if (!link || link.active !== 1) return null;
  return { email: link.email, expiresAt: link.expires_at };
}

/** Sets the password through the link, once, and ends every session of the account. */
export async function usePasswordLink(db: Db, token: string, password: string, now: Date): Promise<void> {
  const hash = linkTokenHash(token);
  const link = await findLiveLink(db, hash, now.toISOString());
  if (!link || link.active !== 1) throw invalidLink();
  const problem = passwordProblem(password, { email: link.email });
  if (problem) throw refusedPassword('password', problem);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const claimed = await claimLink(trx, hash, now.toISOString());
    if (!claimed) throw invalidLink();
    await setPasswordHash(trx, claimed.user_id, passwordHash);
    await endSessionsOfUser(trx, claimed.user_id);
    await audit(trx, now, {
      userId: claimed.user_id,
      action: 'auth.password_link.used',
      entity: 'user',
      entityId: claimed.user_id,
    });
  });
}
