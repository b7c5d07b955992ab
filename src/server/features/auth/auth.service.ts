import type { z } from 'zod';
import { audit } from '../../audit';
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from '../../auth/rate-limit';
import { createSession, deleteSession } from '../../auth/sessions';
import { verifyPassword } from '../../auth/passwords';
import { allPermissions, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidCredentials, rateLimited } from '../../errors';
import { findBestuurNames, findLoginUser, findSchoolNames, setLastLogin } from './auth.queries';
import type { LoginBody, MeResponse } from './auth.schema';

// Logging in and out needs no access line: the first is public, the second only ends the own session.

export async function login(
  db: Db,
  input: z.infer<typeof LoginBody> & { ip: string },
  now: Date,
): Promise<{ token: string; userId: string }> {
  if (await isLoginBlocked(db, input.email, input.ip, now)) throw rateLimited();
  const user = await findLoginUser(db, input.email);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || user.active !== 1) {
    await recordLoginFailure(db, input.email, input.ip, now);
    // One message for every failure: no hint whether the account exists or is blocked.
    throw invalidCredentials();
  }
  await clearLoginFailures(db, input.email);
  const token = await createSession(db, user.id, now);
  await db.transaction().execute(async (trx) => {
    await setLastLogin(trx, user.id, now.toISOString());
    await audit(trx, now, { userId: user.id, action: 'auth.login', entity: 'user', entityId: user.id });
  });
  return { token, userId: user.id };
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

export async function describeActor(db: Db, actor: Actor): Promise<MeResponse> {
  const schoolIds = actor.assignments.flatMap((a) => (a.schoolId ? [a.schoolId] : []));
  const bestuurIds = actor.assignments.flatMap((a) => (a.bestuurId ? [a.bestuurId] : []));
  const [schools, besturen] = await Promise.all([
    findSchoolNames(db, schoolIds),
    findBestuurNames(db, bestuurIds),
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
  };
}
