/**
 * The one home of record-level access checks. Every service opens with one of these lines. The rule is
 * the same everywhere:
 * - no role at the record's school (or the record is outside the actor's groups): 404 "not found",
 *   the same answer as a record that does not exist, so a probe learns nothing;
 * - a role at the school that does not carry the permission: 403 "forbidden", because the user can
 *   already see that the school (or the record) exists and deserves to know why nothing happens.
 * Which groups and pupils are in scope is decided set-based in SQL (scope.ts); which actions a role
 * allows is the pure table in permissions.ts.
 */
import type { Db } from '../db/database';
import { forbidden, notFound } from '../errors';
import { findGroupInScope } from '../features/groups/groups.queries';
import { findPupilInScope } from '../features/pupils/pupils.queries';
import {
  permissionsAtSchool,
  permissionsOfRoles,
  schoolsWhere,
  wholeSchoolIds,
  type Actor,
  type Permission,
} from './permissions';

/** The permissions the actor holds at this school: what the UI may offer there (the "abilities"). */
export const abilitiesAt: (actor: Actor, schoolId: string) => Permission[] = permissionsAtSchool;

/** Schools where the actor holds the permission: the scope of a list over schools. */
export const schoolsWith: (actor: Actor, permission: Permission) => string[] = schoolsWhere;

/** Whether the actor holds the permission at this school, for a decision that is not a refusal. */
export function mayAt(actor: Actor, schoolId: string, permission: Permission): boolean {
  return permissionsOfRoles(actor.rolesBySchool.get(schoolId) ?? []).has(permission);
}

/** Schools where the actor sees every group and pupil (IB, schoolleider). */
export const wholeSchoolsOf: (actor: Actor) => string[] = wholeSchoolIds;

/** The actor may do `permission` at the school: 404 without any role there, 403 with a role that lacks it. */
export function requireAtSchool(
  actor: Actor,
  schoolId: string,
  permission: Permission,
  what = 'De school',
): void {
  if (!actor.rolesBySchool.has(schoolId)) throw notFound(what);
  if (!mayAt(actor, schoolId, permission)) throw forbidden();
}

/**
 * As requireAtSchool, and the actor sees the whole school (IB, schoolleider): a leerkracht of the school
 * knows it exists but gets 403 for a view of all its groups and pupils.
 */
export function requireWholeSchool(
  actor: Actor,
  schoolId: string,
  permission: Permission,
  what = 'De school',
): void {
  requireAtSchool(actor, schoolId, permission, what);
  if (!wholeSchoolIds(actor).includes(schoolId)) throw forbidden();
}

/**
 * A group the actor may see, with its school and schooljaar. Outside the actor's groups: 404. With a
 * permission: 403 when the actor's roles at the group's school lack it.
 */
export async function requireGroup(db: Db, actor: Actor, groupId: string, permission?: Permission) {
  const group = await findGroupInScope(db, actor, groupId);
  if (!group) throw notFound('De groep');
  if (permission && !mayAt(actor, group.school_id, permission)) throw forbidden();
  return group;
}

export type GroupInScope = Awaited<ReturnType<typeof requireGroup>>;

/** A pupil the actor may see. Out of scope: 404. With a permission: 403 when the roles there lack it. */
export async function requirePupil(db: Db, actor: Actor, pupilId: string, permission?: Permission) {
  const pupil = await findPupilInScope(db, actor, pupilId);
  if (!pupil) throw notFound('De leerling');
  if (permission && !mayAt(actor, pupil.school_id, permission)) throw forbidden();
  return pupil;
}

export type PupilInScope = Awaited<ReturnType<typeof requirePupil>>;
