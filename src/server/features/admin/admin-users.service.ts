import type { z } from 'zod';
import { audit } from '../../audit';
import { hashPassword } from '../../auth/passwords';
import type { Actor } from '../../auth/permissions';
import { endSessionsOfUser } from '../../auth/sessions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, invalidInput } from '../../errors';
import { checkRoleFitsScope, checkScopeExists, insertGrant } from './admin-grants';
import { presentUser, presentUsers } from './admin-user-view';
import { managedUserIds, requireManagedUser, requireRoleScope, requireWholeAccount } from './admin.policy';
import { insertUser, updateUserRow } from './admin.queries';
import type { NewUserBody, UpdateUserBody } from './admin.schema';

export async function listUsers(db: Db, actor: Actor) {
  return { users: await presentUsers(db, await managedUserIds(db, actor)) };
}

/** Creates an account with its first role. `actor` is null when the command line does it. */
export async function createUser(db: Db, actor: Actor | null, input: z.infer<typeof NewUserBody>, now: Date) {
  checkRoleFitsScope(input);
  if (actor) requireRoleScope(actor, input);
  await checkScopeExists(db, input);
  const passwordHash = await hashPassword(input.password);
  const id = newId(now.getTime());
  try {
    await db.transaction().execute(async (trx) => {
      await insertUser(trx, {
        id,
        name: input.name,
        email: input.email,
        password_hash: passwordHash,
        active: 1,
        created_at: now.toISOString(),
        last_login_at: null,
      });
      await insertGrant(trx, id, input, now);
      await audit(trx, now, {
        userId: actor?.userId ?? null,
        action: 'user.create',
        entity: 'user',
        entityId: id,
        schoolId: input.schoolId ?? null,
        details: { role: input.role },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('Er bestaat al een account met dit e-mailadres.');
    throw error;
  }
  return presentUser(db, id);
}

export async function updateUser(
  db: Db,
  actor: Actor,
  userId: string,
  patch: z.infer<typeof UpdateUserBody>,
  now: Date,
) {
  await requireManagedUser(db, actor, userId);
  await requireWholeAccount(db, actor, userId);
  if (patch.active === false && userId === actor.userId) {
    throw invalidInput('Je kunt je eigen account niet uitschakelen.', [
      { field: 'active', message: 'niet voor je eigen account' },
    ]);
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction().execute(async (trx) => {
    await updateUserRow(trx, userId, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
      ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
    });
    // A disabled account or a new password ends every open session.
    if (patch.active === false || passwordHash !== undefined) await endSessionsOfUser(trx, userId);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'user.update',
      entity: 'user',
      entityId: userId,
      details: { fields: Object.keys(patch) },
    });
  });
  return presentUser(db, userId);
}
