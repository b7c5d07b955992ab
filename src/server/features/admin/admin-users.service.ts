import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { isUniqueViolation } from '../../db/dialect';
import { audit } from '../../audit';
import { hashPassword } from '../../auth/passwords';
import type { Actor } from '../../auth/permissions';
import { conflict, forbiddenBecause, invalidInput, notFound } from '../../errors';
import { manageableBestuurIds, manageableSchoolIds, mayGrant, roleFitsScope } from './admin.policy';
import { findAssignments, findTeacherGroups, findUserIdsInScope, findUsers } from './admin.queries';
import type { AdminUser, RoleGrant } from './admin.schema';

async function presentUsers(db: Db, userIds: string[]): Promise<AdminUser[]> {
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

async function userInScope(db: Db, actor: Actor, userId: string): Promise<void> {
  const ids = await findUserIdsInScope(db, manageableSchoolIds(actor), manageableBestuurIds(actor));
  if (!ids.includes(userId)) throw notFound('De gebruiker');
}

/**
 * Changing an account itself (password, name, active) is only for a beheerder who manages every
 * place the account holds a role: otherwise the beheerder of one bestuur could take over an account
 * that holds rights at another.
 */
async function assertWholeAccountInScope(db: Db, actor: Actor, userId: string): Promise<void> {
  const assignments = await db
    .selectFrom('role_assignment as ra')
    .leftJoin('school as s', 's.id', 'ra.school_id')
    .select(['ra.school_id', 'ra.bestuur_id', 's.bestuur_id as school_bestuur_id'])
    .where('ra.user_id', '=', userId)
    .execute();
  const schools = manageableSchoolIds(actor);
  const besturen = manageableBestuurIds(actor);
  const outside = assignments.some((a) =>
    a.school_id !== null ? !schools.includes(a.school_id) : !besturen.includes(a.bestuur_id ?? ''),
  );
  if (outside) {
    throw forbiddenBecause(
      'Dit account heeft ook rollen buiten jouw scholen; alleen een beheerder van al die scholen kan het wijzigen.',
    );
  }
}

async function presentOne(db: Db, userId: string) {
  const [user] = await presentUsers(db, [userId]);
  if (!user) throw notFound('De gebruiker');
  return { user };
}

export async function listUsers(db: Db, actor: Actor) {
  const ids = await findUserIdsInScope(db, manageableSchoolIds(actor), manageableBestuurIds(actor));
  return { users: await presentUsers(db, ids) };
}

/**
 * A role that cannot hold at the chosen kind of scope is an input error. Checked before the scope
 * itself, from the input alone: otherwise a beheerder's own school answers "not found".
 */
function assertRoleFitsScope(grant: RoleGrant): void {
  if (grant.schoolId) {
    if (!roleFitsScope(grant.role, 'school'))
      throw invalidInput('De rol "bestuur" hoort bij een bestuur, niet bij een school.');
  } else if (grant.bestuurId) {
    if (!roleFitsScope(grant.role, 'bestuur'))
      throw invalidInput(`De rol "${grant.role}" hoort bij een school, niet bij een bestuur.`);
  }
}

async function assertScopeExists(db: Db, grant: RoleGrant): Promise<void> {
  if (grant.schoolId) {
    const school = await db
      .selectFrom('school')
      .select('id')
      .where('id', '=', grant.schoolId)
      .executeTakeFirst();
    if (!school) throw notFound('De school');
  } else if (grant.bestuurId) {
    const bestuur = await db
      .selectFrom('bestuur')
      .select('id')
      .where('id', '=', grant.bestuurId)
      .executeTakeFirst();
    if (!bestuur) throw notFound('Het bestuur');
  }
}

export interface NewUserInput extends RoleGrant {
  name: string;
  email: string;
  password: string;
}

/** Creates an account with its first role. `actor` is null when the command line does it. */
export async function createUser(db: Db, actor: Actor | null, input: NewUserInput, now: Date) {
  assertRoleFitsScope(input);
  if (actor && !mayGrant(actor, input)) throw notFound(input.schoolId ? 'De school' : 'Het bestuur');
  await assertScopeExists(db, input);
  const passwordHash = await hashPassword(input.password);
  const id = newId(now.getTime());
  const iso = now.toISOString();
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('app_user')
        .values({
          id,
          name: input.name,
          email: input.email,
          password_hash: passwordHash,
          active: 1,
          created_at: iso,
          last_login_at: null,
        })
        .execute();
      await trx
        .insertInto('role_assignment')
        .values({
          id: newId(now.getTime()),
          user_id: id,
          role: input.role,
          school_id: input.schoolId ?? null,
          bestuur_id: input.bestuurId ?? null,
          created_at: iso,
        })
        .execute();
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
    if (isUniqueViolation(error)) throw conflict('Er bestaat al een account met dit e-mailadres.');
    throw error;
  }
  return presentOne(db, id);
}

export async function updateUser(
  db: Db,
  actor: Actor,
  userId: string,
  patch: { name?: string | undefined; active?: boolean | undefined; password?: string | undefined },
  now: Date,
) {
  await userInScope(db, actor, userId);
  await assertWholeAccountInScope(db, actor, userId);
  if (patch.active === false && userId === actor.userId) {
    throw invalidInput('Je kunt je eigen account niet uitschakelen.', [
      { field: 'active', message: 'niet voor je eigen account' },
    ]);
  }
  const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('app_user')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
        ...(passwordHash !== undefined ? { password_hash: passwordHash } : {}),
      })
      .where('id', '=', userId)
      .execute();
    // A disabled account or a new password ends every open session.
    if (patch.active === false || passwordHash !== undefined) {
      await trx.deleteFrom('session').where('user_id', '=', userId).execute();
    }
    await audit(trx, now, {
      userId: actor.userId,
      action: 'user.update',
      entity: 'user',
      entityId: userId,
      details: { fields: Object.keys(patch) },
    });
  });
  return presentOne(db, userId);
}

export async function grantRole(db: Db, actor: Actor | null, userId: string, grant: RoleGrant, now: Date) {
  assertRoleFitsScope(grant);
  if (actor) {
    await userInScope(db, actor, userId);
    if (!mayGrant(actor, grant)) throw notFound(grant.schoolId ? 'De school' : 'Het bestuur');
  }
  await assertScopeExists(db, grant);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('role_assignment')
        .values({
          id: newId(now.getTime()),
          user_id: userId,
          role: grant.role,
          school_id: grant.schoolId ?? null,
          bestuur_id: grant.bestuurId ?? null,
          created_at: now.toISOString(),
        })
        .execute();
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
  return presentOne(db, userId);
}

export async function revokeRole(db: Db, actor: Actor, userId: string, assignmentId: string, now: Date) {
  await userInScope(db, actor, userId);
  const assignment = await db
    .selectFrom('role_assignment')
    .select(['id', 'role', 'school_id', 'bestuur_id'])
    .where('id', '=', assignmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (
    !assignment ||
    !mayGrant(actor, {
      role: assignment.role,
      schoolId: assignment.school_id,
      bestuurId: assignment.bestuur_id,
    })
  ) {
    throw notFound('De rol');
  }
  if (userId === actor.userId && assignment.role === 'beheerder') {
    throw invalidInput('Je kunt je eigen beheerdersrol niet intrekken; vraag een andere beheerder.');
  }
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('role_assignment').where('id', '=', assignmentId).execute();
    await audit(trx, now, {
      userId: actor.userId,
      action: 'role.revoke',
      entity: 'user',
      entityId: userId,
      schoolId: assignment.school_id,
      details: { role: assignment.role },
    });
  });
  return presentOne(db, userId);
}

/**
 * Sets which groups of one school and schooljaar a user teaches. The link runs through a staff record
 * (medewerker) so that staff imported from the LAS later keep their groups when they get an account.
 */
export async function setTeacherGroups(
  db: Db,
  actor: Actor | null,
  userId: string,
  input: { schoolId: string; schooljaar: string; groupIds: string[] },
  now: Date,
) {
  if (actor) {
    await userInScope(db, actor, userId);
    if (!manageableSchoolIds(actor).includes(input.schoolId)) throw notFound('De school');
  }
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'name'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound('De gebruiker');
  const groups = await db
    .selectFrom('groep')
    .innerJoin('schooljaar as sj', 'sj.id', 'groep.schooljaar_id')
    .select('groep.id')
    .where('groep.school_id', '=', input.schoolId)
    .where('sj.name', '=', input.schooljaar)
    .execute();
  const valid = new Set(groups.map((g) => g.id));
  const unknown = input.groupIds.filter((id) => !valid.has(id));
  if (unknown.length > 0) {
    throw invalidInput('Een of meer groepen horen niet bij deze school en dit schooljaar.', [
      { field: 'groupIds', message: 'onbekende groep' },
    ]);
  }
  const iso = now.toISOString();
  await db.transaction().execute(async (trx) => {
    let medewerker = await trx
      .selectFrom('medewerker')
      .select('id')
      .where('user_id', '=', userId)
      .where('school_id', '=', input.schoolId)
      .executeTakeFirst();
    if (!medewerker) {
      medewerker = { id: newId(now.getTime()) };
      const parts = user.name.trim().split(/\s+/);
      await trx
        .insertInto('medewerker')
        .values({
          id: medewerker.id,
          school_id: input.schoolId,
          user_id: userId,
          las_key: null,
          roepnaam: parts.length > 1 ? (parts[0] ?? null) : null,
          voorvoegsel: null,
          achternaam: parts.length > 1 ? parts.slice(1).join(' ') : user.name,
          email: null,
          created_at: iso,
          updated_at: iso,
        })
        .execute();
    }
    const medewerkerId = medewerker.id;
    if (groups.length > 0) {
      await trx
        .deleteFrom('groep_leerkracht')
        .where('medewerker_id', '=', medewerkerId)
        .where('groep_id', 'in', [...valid])
        .execute();
    }
    if (input.groupIds.length > 0) {
      await trx
        .insertInto('groep_leerkracht')
        .values([...new Set(input.groupIds)].map((groep_id) => ({ groep_id, medewerker_id: medewerkerId })))
        .execute();
    }
    await audit(trx, now, {
      userId: actor?.userId ?? null,
      action: 'teacher.groups.set',
      entity: 'user',
      entityId: userId,
      schoolId: input.schoolId,
      details: { groups: input.groupIds.length },
    });
  });
  return presentOne(db, userId);
}
