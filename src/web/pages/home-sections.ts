import type { Me, SchoolList } from '../api/types';

type SchoolSummary = SchoolList['schools'][number];

/**
 * The schools on the start page, each with its groups. A leerkracht without a wider role there sees
 * "my groups"; an IB'er or schoolleider sees the school's groups.
 */
export function schoolSections(me: Pick<Me, 'roles'>, schools: SchoolSummary[]) {
  return schools
    .filter((s) => s.abilities.includes('group.read'))
    .map((s) => {
      const roles = me.roles.filter((r) => r.schoolId === s.id).map((r) => r.role);
      const ownGroupsOnly =
        roles.includes('leerkracht') && !roles.includes('ib') && !roles.includes('schoolleider');
      return { school: s, ownGroupsOnly };
    });
}
