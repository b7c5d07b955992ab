/**
 * Invitations: when a beheerder adds a person whose address already has an account at another
 * bestuur, the beheerder must not learn that (admin-users.service.ts answers as for a new address).
 * What is stored instead is an invitation: the account's holder sees it at their next login and
 * accepts or declines it; only an accepted invitation gives the role.
 */
import { audit } from '../../audit';
import { verifyPassword } from '../../auth/passwords';
import type { Actor } from '../../auth/permissions';
import { attemptSucceeded, loginKeys, takeAttempt } from '../../auth/rate-limit';
import type { Db } from '../../db/database';
import type { Role } from '../../db/schema';
import { newId } from '../../db/ids';
import { invalidCredentials, notFound, rateLimited } from '../../errors';
import {
  decideInvitation,
  findOpenInvitation,
  findOpenInvitationsOf,
  insertInvitation,
  insertRole,
  roleExists,
} from './account.queries';
import { linkTokenHash, newLinkToken } from './password-links.service';

/** As long as a setup link: the holder is expected to answer within a few days. */
const INVITATION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

export interface InvitationInput {
  userId: string;
  name: string;
  role: Role;
  schoolId: string | null;
  bestuurId: string | null;
  invitedBy: string;
  withLink: boolean;
}

/** Stores an invitation; returns its id and, when asked, the token of its one-time link. */
export async function createInvitation(db: Db, input: InvitationInput, now: Date) {
  const id = newId(now.getTime());
  const link = input.withLink ? newLinkToken() : null;
  await insertInvitation(db, {
    id,
    user_id: input.userId,
    name: input.name,
    assignment_id: newId(now.getTime()),
    role: input.role,
    school_id: input.schoolId,
    bestuur_id: input.bestuurId,
    invited_by: input.invitedBy,
    token_hash: link?.hash ?? null,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString(),
    status: 'open',
    decided_at: null,
  });
  return { id, token: link?.token ?? null };
}

export async function listOwnInvitations(db: Db, actor: Actor, now: Date) {
  const rows = await findOpenInvitationsOf(db, actor.userId, now.toISOString());
  return {
    invitations: rows.map((r) => ({
      id: r.id,
      role: r.role,
      schoolName: r.school_name,
      bestuurName: r.bestuur_name,
      createdAt: r.created_at,
    })),
  };
}

type OpenInvitation = NonNullable<Awaited<ReturnType<typeof findOpenInvitation>>>;

async function accept(db: Db, invitation: OpenInvitation, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await decideInvitation(trx, invitation.id, 'accepted', now.toISOString())))
      throw notFound('De uitnodiging');
    const role = {
      userId: invitation.user_id,
      role: invitation.role,
      schoolId: invitation.school_id,
      bestuurId: invitation.bestuur_id,
    };
    if (!(await roleExists(trx, role))) {
      await insertRole(trx, {
        id: newId(now.getTime()),
        user_id: role.userId,
        role: role.role,
        school_id: role.schoolId,
        bestuur_id: role.bestuurId,
        created_at: now.toISOString(),
      });
    }
    await audit(trx, now, {
      userId: invitation.user_id,
      action: 'role.grant',
      entity: 'user',
      entityId: invitation.user_id,
      schoolId: invitation.school_id,
      details: { role: invitation.role, invitedBy: invitation.invited_by, via: 'invitation' },
    });
  });
}

export async function answerOwnInvitation(
  db: Db,
  actor: Actor,
  invitationId: string,
  answer: 'accepted' | 'declined',
  now: Date,
): Promise<void> {
  const invitation = await findOpenInvitation(db, { id: invitationId }, now.toISOString());
  if (!invitation || invitation.user_id !== actor.userId) throw notFound('De uitnodiging');
  if (answer === 'accepted') return accept(db, invitation, now);
  if (!(await decideInvitation(db, invitationId, 'declined', now.toISOString())))
    throw notFound('De uitnodiging');
  await audit(db, now, {
    userId: actor.userId,
    action: 'invitation.declined',
    entity: 'user',
    entityId: actor.userId,
    details: { role: invitation.role },
  });
}

/** The invitation of a link token, with the address it is for, or null. */
export async function invitationOfToken(db: Db, token: string, now: Date) {
  const invitation = await findOpenInvitation(db, { tokenHash: linkTokenHash(token) }, now.toISOString());
  return invitation && invitation.active === 1 ? invitation : null;
}

/**
 * Accepting through the link: the holder proves the account with its own password (under the login
 * limit), since the link may have passed through other hands.
 */
export async function acceptWithPassword(
  db: Db,
  invitation: OpenInvitation,
  password: string,
  ip: string,
  now: Date,
): Promise<void> {
  const keys = loginKeys(invitation.email, ip);
  const wait = await takeAttempt(db, keys, now);
  if (wait !== null) throw rateLimited(wait);
  if (!(await verifyPassword(invitation.password_hash, password))) {
    const userId = invitation.user_id;
    await audit(db, now, { userId, action: 'auth.login_failed', entity: 'user', entityId: userId });
    throw invalidCredentials('Dit e-mailadres heeft al een account: geef het wachtwoord van dat account.');
  }
  await attemptSucceeded(db, keys);
  await accept(db, invitation, now);
}
