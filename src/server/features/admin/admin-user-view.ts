/** An account as the beheer screens show it: its roles with the name of their scope, and its groups. */
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import { findOpenInvitationById, findOpenInvitationsInScope } from './admin-accounts.queries';
import { manageableBestuurIds, manageableSchoolIds } from './admin.policy';
import { findAssignments, findTeacherGroups, findUsers } from './admin.queries';
import type { AdminUser } from './admin.schema';

export async function presentUsers(db: Db, userIds: string[]): Promise<AdminUser[]> {
  const [users, assignments, groups] = await Promise.all([
    findUsers(db, userIds),
    findAssignments(db, userIds),
    findTeacherGroups(db, userIds),
  ]);
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    active: u.active === 1,
    lastLoginAt: u.last_login_at,
    roles: assignments
      .filter((a) => a.user_id === u.id)
      .map((a) => ({
        id: a.id,
        role: a.role,
        schoolId: a.school_id,
        bestuurId: a.bestuur_id,
        scopeName: a.school_name ?? a.bestuur_name ?? '',
      })),
    groups: groups
      .filter((g) => g.user_id === u.id)
      .map((g) => ({ id: g.id, name: g.name, schooljaar: g.schooljaar, schoolId: g.school_id })),
  }));
}

export async function presentUser(db: Db, userId: string): Promise<{ user: AdminUser }> {
  const [user] = await presentUsers(db, [userId]);
  if (!user) throw notFound('De gebruiker');
  return { user };
}

type InvitationRow = Awaited<ReturnType<typeof findOpenInvitationsInScope>>[number];

/**
 * An open invitation looks like a new account that has not logged in yet: the name as typed, the
 * invited role, no groups. Nothing of the invited account itself (its name, its last login) shows.
 */
function invitationAsUser(row: InvitationRow): AdminUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    active: true,
    lastLoginAt: null,
    roles: [
      {
        id: row.assignment_id,
        role: row.role,
        schoolId: row.school_id,
        bestuurId: row.bestuur_id,
        scopeName: row.school_name ?? row.bestuur_name ?? '',
      },
    ],
    groups: [],
  };
}

export function openInvitationsOf(db: Db, actor: Actor, now: Date) {
  return findOpenInvitationsInScope(
    db,
    manageableSchoolIds(actor),
    manageableBestuurIds(actor),
    now.toISOString(),
  );
}

export async function presentInvitation(db: Db, invitationId: string, now: Date): Promise<AdminUser> {
  const row = await findOpenInvitationById(db, invitationId, now.toISOString());
  if (!row) throw notFound('De gebruiker');
  return invitationAsUser(row);
}

/** The accounts and the open invitations of the beheerder's schools, in one list by name. */
export async function presentUsersAndInvitations(
  db: Db,
  actor: Actor,
  userIds: string[],
  now: Date,
): Promise<AdminUser[]> {
  const [users, invitations] = await Promise.all([
    presentUsers(db, userIds),
    openInvitationsOf(db, actor, now),
  ]);
  return [...users, ...invitations.map(invitationAsUser)].sort(
    (a, b) => a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id),
  );
}
