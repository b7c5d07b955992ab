/** The roles of an account and the groups a teacher teaches: /admin/users/{id}/roles and /groups. */
import type { z } from 'zod';
import { audit } from '../../audit';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/dialect';
import { newId } from '../../db/ids';
import { conflict, forbiddenBecause, invalidInput, notFound } from '../../errors';
import { checkRoleFitsScope, checkScopeExists, insertGrant } from './admin-grants';
import { presentUser } from './admin-user-view';
import { requireManagedUser, requireRoleScope } from './admin.policy';
import {
  deleteRoleAssignment,
  findGroupIdsOfYear,
  findMedewerkerOfUser,
  findRoleOfUser,
  findUserName,
  insertMedewerker,
  replaceGroupsOfMedewerker,
} from './admin.queries';
import type { RoleGrant, TeacherGroupsBody } from './admin.schema';

/**
 * Gives a role. Not to oneself: a beheerder who could make themselves IB would read every pupil's
 * care file on their own say-so. A second beheerder grants it (their grant is audited as usual); the
 * refused attempt is audited too.
 */
export async function grantRole(db: Db, actor: Actor | null, userId: string, grant: RoleGrant, now: Date) {
  checkRoleFitsScope(grant);
  if (actor) {
    await requireManagedUser(db, actor, userId, now);
    requireRoleScope(actor, grant);
  }
  await checkScopeExists(db, grant);
  if (actor && actor.userId === userId) {
    await audit(db, now, {
      userId: actor.userId,
      action: 'role.grant_refused',
      entity: 'user',
      entityId: userId,
      schoolId: grant.schoolId ?? null,
      details: { role: grant.role, reason: 'self' },
    });
    throw forbiddenBecause(
      'Je kunt jezelf geen rol geven. Vraag een andere beheerder om deze rol toe te kennen.',
    );
  }
  try {
    await db.transaction().execute(async (trx) => {
      await insertGrant(trx, userId, grant, now);
      await audit(trx, now, {
        userId: actor?.userId ?? null,
        action: 'role.grant',
        entity: 'user',
        entityId: userId,
        schoolId: grant.schoolId ?? null,
        details: { role: grant.role },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('Deze gebruiker heeft deze rol hier al.');
    throw error;
  }
  return presentUser(db, userId);
}

export async function revokeRole(db: Db, actor: Actor, userId: string, assignmentId: string, now: Date) {
  await requireManagedUser(db, actor, userId, now);
  const assignment = await findRoleOfUser(db, userId, assignmentId);
  if (!assignment) throw notFound('De rol');
  requireRoleScope(actor, { schoolId: assignment.school_id, bestuurId: assignment.bestuur_id }, 'De rol');
  if (userId === actor.userId && assignment.role === 'beheerder') {
    throw invalidInput('Je kunt je eigen beheerdersrol niet intrekken; vraag een andere beheerder.');
  }
  await db.transaction().execute(async (trx) => {
    await deleteRoleAssignment(trx, assignmentId);
    await audit(trx, now, {
      userId: actor.userId,
      action: 'role.revoke',
      entity: 'user',
      entityId: userId,
      schoolId: assignment.school_id,
      details: { role: assignment.role },
    });
  });
  return presentUser(db, userId);
}

type TeacherGroupsInput = z.infer<typeof TeacherGroupsBody>;

/** The groups of the school in that schooljaar; a chosen group outside them is bad input. */
async function groupsOfYearOrRefuse(db: Db, input: TeacherGroupsInput): Promise<string[]> {
  const yearGroupIds = await findGroupIdsOfYear(db, input.schoolId, input.schooljaar);
  const valid = new Set(yearGroupIds);
  if (input.groupIds.some((id) => !valid.has(id))) {
    throw invalidInput('Een of meer groepen horen niet bij deze school en dit schooljaar.', [
      { field: 'groupIds', message: 'onbekende groep' },
    ]);
  }
  return yearGroupIds;
}

/** The user's staff record at the school, made from the account's name when there is none yet. */
async function medewerkerOf(
  db: Db,
  user: { id: string; name: string },
  schoolId: string,
  now: Date,
): Promise<string> {
  const existing = await findMedewerkerOfUser(db, user.id, schoolId);
  if (existing) return existing.id;
  const id = newId(now.getTime());
  const parts = user.name.trim().split(/\s+/);
  await insertMedewerker(db, {
    id,
    school_id: schoolId,
    user_id: user.id,
    las_key: null,
    roepnaam: parts.length > 1 ? (parts[0] ?? null) : null,
    voorvoegsel: null,
    achternaam: parts.length > 1 ? parts.slice(1).join(' ') : user.name,
    email: null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  });
  return id;
}

/**
 * Sets which groups of one school and schooljaar a user teaches. The link runs through a staff record
 * (medewerker) so that staff imported from the LAS later keep their groups when they get an account.
 */
export async function setTeacherGroups(
  db: Db,
  actor: Actor | null,
  userId: string,
  input: TeacherGroupsInput,
  now: Date,
) {
  if (actor) {
    await requireManagedUser(db, actor, userId, now);
    requireAtSchool(actor, input.schoolId, 'user.manage');
  }
  const user = await findUserName(db, userId);
  if (!user) throw notFound('De gebruiker');
  const yearGroupIds = await groupsOfYearOrRefuse(db, input);
  await db.transaction().execute(async (trx) => {
    const medewerkerId = await medewerkerOf(trx, user, input.schoolId, now);
    await replaceGroupsOfMedewerker(trx, medewerkerId, yearGroupIds, [...new Set(input.groupIds)]);
    await audit(trx, now, {
      userId: actor?.userId ?? null,
      action: 'teacher.groups.set',
      entity: 'user',
      entityId: userId,
      schoolId: input.schoolId,
      details: { groups: input.groupIds.length },
    });
  });
  return presentUser(db, userId);
}
