/**
 * Who must use a second factor. Roles that see care data or manage accounts (IB, schoolleider,
 * beheerder) always, when the deployment enforces MFA; everyone at a school that asks it of everyone.
 * Others may enrol of their own accord; once enrolled, their login asks for the code too.
 */
import type { Db } from '../db/database';
import type { Role } from '../db/schema';
import type { MfaEnforcement } from './account-config';
import { anySchoolRequiresMfa, findMfaOfUser } from './auth.queries';
import type { Actor } from './permissions';

export const MFA_ROLES: ReadonlySet<Role> = new Set<Role>(['ib', 'schoolleider', 'beheerder']);

export interface MfaState {
  /** An authenticator app is confirmed for the account. */
  enrolled: boolean;
  /** The account may not work without one. */
  required: boolean;
}

export async function mfaIsRequired(db: Db, actor: Actor, enforcement: MfaEnforcement): Promise<boolean> {
  if (enforcement === 'off') return false;
  if (actor.assignments.some((a) => MFA_ROLES.has(a.role))) return true;
  return anySchoolRequiresMfa(db, [...actor.rolesBySchool.keys()]);
}

export async function isMfaEnrolled(db: Db, userId: string): Promise<boolean> {
  const row = await findMfaOfUser(db, userId);
  return row?.confirmed_at != null;
}

export async function mfaStateOf(db: Db, actor: Actor, enforcement: MfaEnforcement): Promise<MfaState> {
  const [enrolled, required] = await Promise.all([
    isMfaEnrolled(db, actor.userId),
    mfaIsRequired(db, actor, enforcement),
  ]);
  return { enrolled, required };
}
