/** Checks of a role grant's input, shared by a new account and a role for an existing one. */
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput, notFound } from '../../errors';
import { roleFitsScope } from './admin.policy';
import { bestuurExists, insertRoleAssignment, schoolExists } from './admin.queries';
import type { RoleGrant } from './admin.schema';

/**
 * A role that cannot hold at the chosen kind of scope is an input error. Checked before the scope
 * itself, from the input alone: otherwise a beheerder's own school answers "not found".
 */
export function checkRoleFitsScope(grant: RoleGrant): void {
  if (grant.schoolId) {
    if (!roleFitsScope(grant.role, 'school'))
      throw invalidInput('De rol "bestuur" hoort bij een bestuur, niet bij een school.');
  } else if (grant.bestuurId) {
    if (!roleFitsScope(grant.role, 'bestuur'))
      throw invalidInput(`De rol "${grant.role}" hoort bij een school, niet bij een bestuur.`);
  }
}

/** The school or bestuur of the grant exists (the command line names one without an actor's scope). */
export async function checkScopeExists(db: Db, grant: RoleGrant): Promise<void> {
  if (grant.schoolId) {
    if (!(await schoolExists(db, grant.schoolId))) throw notFound('De school');
  } else if (grant.bestuurId) {
    if (!(await bestuurExists(db, grant.bestuurId))) throw notFound('Het bestuur');
  }
}

export async function insertGrant(db: Db, userId: string, grant: RoleGrant, now: Date): Promise<void> {
  await insertRoleAssignment(db, {
    id: newId(now.getTime()),
    user_id: userId,
    role: grant.role,
    school_id: grant.schoolId ?? null,
    bestuur_id: grant.bestuurId ?? null,
    created_at: now.toISOString(),
  });
}
