/**
 * What a beheerder may manage. A beheerder at a school manages that school's accounts; a beheerder
 * across a bestuur also its schools and the bestuur-wide roles. The one rule of auth/access.ts holds
 * here too: outside the actor's schools (or besturen) is "not found", a role there without the right
 * to manage users is "forbidden".
 */
import type { Role } from '../../db/schema';
import { requireAtSchool, schoolsWith } from '../../auth/access';
import { bestuurIdsWhere, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { conflict, forbidden, forbiddenBecause, notFound } from '../../errors';
import { findOpenInvitationsInScope } from './admin-accounts.queries';
import { findRoleScopesOfUser, findUserIdsInScope } from './admin.queries';

const SCHOOL_ROLES: readonly Role[] = ['leerkracht', 'ib', 'schoolleider', 'beheerder'];
const BESTUUR_ROLES: readonly Role[] = ['bestuur', 'beheerder'];

export function manageableSchoolIds(actor: Actor): string[] {
  return schoolsWith(actor, 'user.manage');
}

export function manageableBestuurIds(actor: Actor): string[] {
  return bestuurIdsWhere(actor, 'beheerder');
}

/** The accounts the actor manages: those with a role within the actor's schools or besturen. */
export function managedUserIds(db: Db, actor: Actor): Promise<string[]> {
  return findUserIdsInScope(db, manageableSchoolIds(actor), manageableBestuurIds(actor));
}

/**
 * An account outside the actor's schools answers as one that does not exist. An open invitation in
 * the list (admin-users.service.ts) cannot be changed until its holder has accepted it.
 */
export async function requireManagedUser(db: Db, actor: Actor, userId: string, now: Date): Promise<void> {
  if ((await managedUserIds(db, actor)).includes(userId)) return;
  const invitations = await findOpenInvitationsInScope(
    db,
    manageableSchoolIds(actor),
    manageableBestuurIds(actor),
    now.toISOString(),
  );
  if (invitations.some((i) => i.id === userId)) {
    throw conflict(
      'Dit account is nog niet in gebruik genomen; wijzigen kan zodra de persoon heeft ingelogd.',
    );
  }
  throw notFound('De gebruiker');
}

/**
 * Changing an account itself (password, name, active) is only for a beheerder who manages every
 * place the account holds a role: otherwise the beheerder of one bestuur could take over an account
 * that holds rights at another.
 */
export async function requireWholeAccount(db: Db, actor: Actor, userId: string): Promise<void> {
  const scopes = await findRoleScopesOfUser(db, userId);
  const schools = manageableSchoolIds(actor);
  const besturen = manageableBestuurIds(actor);
  const outside = scopes.some((a) =>
    a.school_id !== null ? !schools.includes(a.school_id) : !besturen.includes(a.bestuur_id ?? ''),
  );
  if (outside) {
    throw forbiddenBecause(
      'Dit account heeft ook rollen buiten jouw scholen; alleen een beheerder van al die scholen kan het wijzigen.',
    );
  }
}

/**
 * The actor manages this bestuur as a whole. A bestuur counts as known to the actor when they hold
 * any role across it, as a school does when they hold a role there.
 */
export function requireManagedBestuur(actor: Actor, bestuurId: string, what = 'Het bestuur'): void {
  if (manageableBestuurIds(actor).includes(bestuurId)) return;
  if (actor.assignments.some((a) => a.bestuurId === bestuurId)) throw forbidden();
  throw notFound(what);
}

/** The actor may give or take a role at this school or across this bestuur. */
export function requireRoleScope(
  actor: Actor,
  scope: { schoolId?: string | null | undefined; bestuurId?: string | null | undefined },
  what?: string,
): void {
  if (scope.schoolId) return requireAtSchool(actor, scope.schoolId, 'user.manage', what);
  requireManagedBestuur(actor, scope.bestuurId ?? '', what);
}

/** Whether a role can be held at a school, or only across a bestuur. */
export function roleFitsScope(role: Role, scope: 'school' | 'bestuur'): boolean {
  return scope === 'school' ? SCHOOL_ROLES.includes(role) : BESTUUR_ROLES.includes(role);
}
