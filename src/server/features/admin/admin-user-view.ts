/** An account as the beheer screens show it: its roles with the name of their scope, and its groups. */
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
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
