import { audit } from '../../audit';
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from '../../auth/rate-limit';
import { createSession } from '../../auth/sessions';
import { verifyPassword } from '../../auth/passwords';
import { allPermissions, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidCredentials, rateLimited } from '../../errors';
import type { MeResponse } from './auth.schema';

export async function login(
  db: Db,
  input: { email: string; password: string; ip: string },
  now: Date,
): Promise<{ token: string; userId: string }> {
  if (await isLoginBlocked(db, input.email, input.ip, now)) throw rateLimited();
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'password_hash', 'active'])
    .where('email', '=', input.email)
    .executeTakeFirst();
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || user.active !== 1) {
    await recordLoginFailure(db, input.email, input.ip, now);
    // One message for every failure: no hint whether the account exists or is blocked.
    throw invalidCredentials();
  }
  await clearLoginFailures(db, input.email);
  const token = await createSession(db, user.id, now);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ last_login_at: now.toISOString() })
      .where('id', '=', user.id)
      .execute();
    await audit(trx, now, { userId: user.id, action: 'auth.login', entity: 'user', entityId: user.id });
  });
  return { token, userId: user.id };
}

export async function describeActor(db: Db, actor: Actor): Promise<MeResponse> {
  const schoolIds = actor.assignments.flatMap((a) => (a.schoolId ? [a.schoolId] : []));
  const bestuurIds = actor.assignments.flatMap((a) => (a.bestuurId ? [a.bestuurId] : []));
  const schools =
    schoolIds.length === 0
      ? []
      : await db.selectFrom('school').select(['id', 'name']).where('id', 'in', schoolIds).execute();
  const besturen =
    bestuurIds.length === 0
      ? []
      : await db.selectFrom('bestuur').select(['id', 'name']).where('id', 'in', bestuurIds).execute();
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
