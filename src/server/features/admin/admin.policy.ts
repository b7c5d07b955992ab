/**
 * What a beheerder may manage. A beheerder at a school manages that school's accounts; a beheerder
 * across a bestuur also its schools and the bestuur-wide roles.
 */
import type { Role } from '../../db/schema';
import { bestuurIdsWhere, schoolsWhere, type Actor } from '../../auth/permissions';

const SCHOOL_ROLES: readonly Role[] = ['leerkracht', 'ib', 'schoolleider', 'beheerder'];
const BESTUUR_ROLES: readonly Role[] = ['bestuur', 'beheerder'];

export function manageableSchoolIds(actor: Actor): string[] {
  return schoolsWhere(actor, 'user.manage');
}

export function manageableBestuurIds(actor: Actor): string[] {
  return bestuurIdsWhere(actor, 'beheerder');
}

export function mayGrant(
  actor: Actor,
  grant: { role: Role; schoolId?: string | null | undefined; bestuurId?: string | null | undefined },
): boolean {
  if (grant.schoolId)
    return SCHOOL_ROLES.includes(grant.role) && manageableSchoolIds(actor).includes(grant.schoolId);
  if (grant.bestuurId) {
    return BESTUUR_ROLES.includes(grant.role) && manageableBestuurIds(actor).includes(grant.bestuurId);
  }
  return false;
}

/** Whether a role can be held at a school, or only across a bestuur. */
export function roleFitsScope(role: Role, scope: 'school' | 'bestuur'): boolean {
  return scope === 'school' ? SCHOOL_ROLES.includes(role) : BESTUUR_ROLES.includes(role);
}
