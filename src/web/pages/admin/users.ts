/** Who a user is in the beheer screens: their groups by schooljaar, and the schools they teach at. */
import type { AdminUser } from '../../api/types';

type UserGroup = AdminUser['groups'][number];

/** The latest schooljaar's groups by name; earlier years only as a count, they are history. */
export function groupsSummary(groups: Pick<UserGroup, 'name' | 'schooljaar'>[]) {
  const latest = groups.reduce((max, g) => (g.schooljaar > max ? g.schooljaar : max), '');
  const current = groups.filter((g) => g.schooljaar === latest).map((g) => g.name);
  return { latest, current, earlier: groups.length - current.length };
}

/** The schools where the user is a leerkracht: only there can groups be linked to them. */
export const teacherSchools = <S extends { id: string }>(
  user: Pick<AdminUser, 'roles'> | null,
  schools: S[],
): S[] => schools.filter((s) => user?.roles.some((r) => r.role === 'leerkracht' && r.schoolId === s.id));
