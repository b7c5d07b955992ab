import type { Db } from '../db/database';
import type { Role } from '../db/schema';
import { findActiveUser, findRoleRows } from './auth.queries';
import type { Actor, Assignment } from './permissions';

/** Loads an active user with their roles; bestuur-wide roles are expanded to the bestuur's schools. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await findActiveUser(db, userId);
  if (!user) return null;
  const rows = await findRoleRows(db, userId);

  const assignments: Assignment[] = [];
  const seen = new Set<string>();
  const rolesBySchool = new Map<string, Role[]>();
  const addRole = (schoolId: string, role: Role) => {
    const roles = rolesBySchool.get(schoolId) ?? [];
    if (!roles.includes(role)) roles.push(role);
    rolesBySchool.set(schoolId, roles);
  };
  for (const row of rows) {
    const key = `${row.role}|${row.school_id ?? ''}|${row.bestuur_id ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      assignments.push({ role: row.role, schoolId: row.school_id, bestuurId: row.bestuur_id });
    }
    if (row.school_id !== null) addRole(row.school_id, row.role);
    if (row.bestuur_school_id !== null) addRole(row.bestuur_school_id, row.role);
  }
  return { userId: user.id, name: user.name, email: user.email, assignments, rolesBySchool };
}
