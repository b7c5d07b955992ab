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

/** Afspraken as a to-do list: overdue first, then by deadline (soonest first), those without one last. */
export function sortAfspraken<A extends { overdue: boolean; deadline: string | null }>(
  afspraken: readonly A[],
): A[] {
  return [...afspraken].sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31'),
  );
}

/** Coming besprekingen, soonest first. */
export function sortBesprekingen<B extends { plannedOn: string }>(besprekingen: readonly B[]): B[] {
  return [...besprekingen].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
}
