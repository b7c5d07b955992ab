/**
 * A beheerder's part in account security: a one-time password link instead of knowing a password,
 * resetting the authenticator app of someone who lost it, and a school's "MFA for everyone".
 */
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import { endSessionsOfUser } from '../../auth/sessions';
import type { Db } from '../../db/database';
import { forbiddenBecause } from '../../errors';
import { deleteMfa } from '../account/account.queries';
import { issuePasswordLink } from '../account/password-links.service';
import { findSchoolSecurity, upsertSchoolSecurity } from './admin-accounts.queries';
import { presentUser } from './admin-user-view';
import { requireManagedUser, requireWholeAccount } from './admin.policy';

/** Only for an account the beheerder manages entirely, and not their own (that goes through the old password). */
async function requireOtherManagedAccount(db: Db, actor: Actor, userId: string, now: Date, what: string) {
  await requireManagedUser(db, actor, userId, now);
  await requireWholeAccount(db, actor, userId);
  if (userId === actor.userId) throw forbiddenBecause(`${what} kan niet voor je eigen account.`);
}

/** A link, shown once, with which the person sets a new password within 24 hours. */
export async function issueLinkFor(db: Db, actor: Actor, userId: string, now: Date) {
  await requireOtherManagedAccount(db, actor, userId, now, 'Een wachtwoordlink maken');
  return issuePasswordLink(db, userId, actor.userId, now);
}

/** Removes the authenticator app and recovery codes; the person enrols again at the next login. */
export async function resetMfaOf(db: Db, actor: Actor, userId: string, now: Date) {
  await requireOtherManagedAccount(db, actor, userId, now, 'De tweestapsverificatie herstellen');
  await db.transaction().execute(async (trx) => {
    await deleteMfa(trx, userId);
    await endSessionsOfUser(trx, userId);
    await audit(trx, now, { userId: actor.userId, action: 'mfa.reset', entity: 'user', entityId: userId });
  });
  return presentUser(db, userId);
}

export async function schoolSecurity(db: Db, actor: Actor, schoolId: string) {
  requireAtSchool(actor, schoolId, 'settings.manage');
  const row = await findSchoolSecurity(db, schoolId);
  return { mfaForEveryone: row?.mfa_everyone === 1 };
}

export async function setSchoolSecurity(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: { mfaForEveryone: boolean },
  now: Date,
) {
  requireAtSchool(actor, schoolId, 'settings.manage');
  await db.transaction().execute(async (trx) => {
    await upsertSchoolSecurity(trx, {
      schoolId,
      mfaEveryone: input.mfaForEveryone,
      updatedBy: actor.userId,
      updatedAt: now.toISOString(),
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'school.security.update',
      entity: 'school',
      entityId: schoolId,
      schoolId,
      details: { mfaForEveryone: input.mfaForEveryone },
    });
  });
  return { mfaForEveryone: input.mfaForEveryone };
}
