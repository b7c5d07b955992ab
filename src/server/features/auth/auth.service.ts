import type { z } from 'zod';
import { audit } from '../../audit';
import type { MfaEnforcement } from '../../auth/account-config';
import { mfaStateOf } from '../../auth/mfa';
import { verifyPassword } from '../../auth/passwords';
import { allPermissions, type Actor } from '../../auth/permissions';
import { attemptSucceeded, loginKeys, takeAttempt } from '../../auth/rate-limit';
import { checkSecondFactor } from '../../auth/second-factor';
import { deleteSession } from '../../auth/sessions';
import type { Db } from '../../db/database';
import { invalidCredentials, rateLimited } from '../../errors';
import { findBestuurNames, findLoginUser, findSchoolNames, setLastLogin } from './auth.queries';
import type { LoginBody, MeResponse } from './auth.schema';

// Logging in and out needs no access line: the first is public, the second only ends the own session.

/**
 * The password step. Every check first takes an attempt from the limits of the account, the address
 * and both together, so parallel guesses are counted one by one (rate-limit.ts). Returns the user.
 */
export async function checkPassword(
  db: Db,
  input: z.infer<typeof LoginBody> & { ip: string },
  now: Date,
): Promise<string> {
  const keys = loginKeys(input.email, input.ip);
  const wait = await takeAttempt(db, keys, now);
  if (wait !== null) throw rateLimited(wait);
  const user = await findLoginUser(db, input.email);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || user.active !== 1) {
    const userId = user?.id ?? null;
    await audit(db, now, { userId, action: 'auth.login_failed', entity: 'user', entityId: userId });
    // One message for every failure: no hint whether the account exists or is blocked.
    throw invalidCredentials();
  }
  await attemptSucceeded(db, keys);
  return user.id;
}

export type LoginMethod = 'password' | 'totp' | 'recovery' | 'sso';

/** Records a completed login: the last login time and the audit row. */
export async function recordLogin(db: Db, userId: string, method: LoginMethod, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await setLastLogin(trx, userId, now.toISOString());
    await audit(trx, now, {
      userId,
      action: 'auth.login',
      entity: 'user',
      entityId: userId,
      details: { method },
    });
  });
}

/** The second step after the password: a TOTP code or a recovery code. */
export async function checkLoginCode(db: Db, userId: string, code: string, now: Date) {
  const factor = await checkSecondFactor(db, userId, code, now);
  if (!factor) {
    await audit(db, now, { userId, action: 'auth.mfa_failed', entity: 'user', entityId: userId });
    throw invalidCredentials('De code klopt niet. Probeer het opnieuw of gebruik een herstelcode.');
  }
  return factor;
}

/** Ends the session of this token (when there is one) and records the logout. */
export async function logout(db: Db, actor: Actor, token: string | undefined, now: Date): Promise<void> {
  if (token) await deleteSession(db, token);
  await audit(db, now, {
    userId: actor.userId,
    action: 'auth.logout',
    entity: 'user',
    entityId: actor.userId,
  });
}

export async function describeActor(db: Db, actor: Actor, mfa: MfaEnforcement): Promise<MeResponse> {
  const schoolIds = actor.assignments.flatMap((a) => (a.schoolId ? [a.schoolId] : []));
  const bestuurIds = actor.assignments.flatMap((a) => (a.bestuurId ? [a.bestuurId] : []));
  const [schools, besturen, mfaState] = await Promise.all([
    findSchoolNames(db, schoolIds),
    findBestuurNames(db, bestuurIds),
    mfaStateOf(db, actor, mfa),
  ]);
  const schoolName = new Map(schools.map((s) => [s.id, s.name]));
  const bestuurName = new Map(besturen.map((b) => [b.id, b.name]));
  return {
    user: { id: actor.userId, name: actor.name, email: actor.email },
    abilities: allPermissions(actor),
    roles: actor.assignments.map((a) => ({
      role: a.role,
      schoolId: a.schoolId,
      schoolName: a.schoolId ? (schoolName.get(a.schoolId) ?? null) : null,
      bestuurId: a.bestuurId,
      bestuurName: a.bestuurId ? (bestuurName.get(a.bestuurId) ?? null) : null,
    })),
    mfa: mfaState,
  };
}
