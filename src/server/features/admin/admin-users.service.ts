import type { z } from 'zod';
import { audit } from '../../audit';
import { hashPassword, NO_PASSWORD } from '../../auth/passwords';
import type { Actor } from '../../auth/permissions';
import { endSessionsOfUser } from '../../auth/sessions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, invalidInput } from '../../errors';
import { createInvitation } from '../account/invitations.service';
import { issuePasswordLink } from '../account/password-links.service';
import { findUserIdByEmail } from './admin-accounts.queries';
import { checkRoleFitsScope, checkScopeExists, insertGrant } from './admin-grants';
import { presentInvitation, presentUser, presentUsersAndInvitations } from './admin-user-view';
import { managedUserIds, requireManagedUser, requireRoleScope, requireWholeAccount } from './admin.policy';
import { insertUser, updateUserRow } from './admin.queries';
import type { AdminUser, NewUserBody, UpdateUserBody } from './admin.schema';

type NewUser = z.infer<typeof NewUserBody>;

export async function listUsers(db: Db, actor: Actor, now: Date) {
  return { users: await presentUsersAndInvitations(db, actor, await managedUserIds(db, actor), now) };
}

/** The account as the beheerder sees it, and the token of its one-time link when no password was set. */
export interface Created {
  user: AdminUser;
  token: string | null;
}

/**
 * Creates an account with its first role. `actor` is null when the command line does it.
 *
 * An address that already has an account: within the beheerder's reach (a role at one of their
 * schools) that is a 409, which tells them nothing they cannot see in their list. Outside their reach
 * (another bestuur) the answer is the same as for a new address, so the beheerder does not learn that
 * the address is in use elsewhere; what is stored is an invitation the holder accepts or declines.
 */
export async function createUser(db: Db, actor: Actor | null, input: NewUser, now: Date): Promise<Created> {
  checkRoleFitsScope(input);
  if (actor) requireRoleScope(actor, input);
  await checkScopeExists(db, input);
  const existing = await findUserIdByEmail(db, input.email);
  if (existing) {
    if (!actor || (await managedUserIds(db, actor)).includes(existing.id)) throw alreadyExists();
    return inviteExisting(db, actor, existing.id, input, now);
  }
  const passwordHash = input.password ? await hashPassword(input.password) : NO_PASSWORD;
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
    if (isUniqueViolation(error)) throw alreadyExists();
    throw error;
  }
  const link = input.password ? null : await issuePasswordLink(db, id, actor?.userId ?? null, now);
  return { ...(await presentUser(db, id)), token: link?.token ?? null };
}

const alreadyExists = () => conflict('Er bestaat al een account met dit e-mailadres.');

async function inviteExisting(db: Db, actor: Actor, userId: string, input: NewUser, now: Date) {
  // The password is never applied to someone else's account; hashing it anyway keeps the answer as
  // slow as for a new address, so the time taken does not tell the two apart either.
  if (input.password) await hashPassword(input.password);
  const invitation = await db.transaction().execute(async (trx) => {
    const created = await createInvitation(
      trx,
      {
        userId,
        name: input.name,
        role: input.role,
        schoolId: input.schoolId ?? null,
        bestuurId: input.bestuurId ?? null,
        invitedBy: actor.userId,
        withLink: !input.password,
      },
      now,
    );
    await audit(trx, now, {
      userId: actor.userId,
      action: 'user.invite',
      entity: 'user',
      entityId: userId,
      schoolId: input.schoolId ?? null,
      details: { role: input.role },
    });
    return created;
  });
  return { user: await presentInvitation(db, invitation.id, now), token: invitation.token };
}

export async function updateUser(
  db: Db,
  actor: Actor,
  userId: string,
  patch: z.infer<typeof UpdateUserBody>,
  now: Date,
) {
  await requireManagedUser(db, actor, userId, now);
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
