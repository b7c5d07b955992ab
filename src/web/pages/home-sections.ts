import type { Me, SchoolList } from '../api/types';

type SchoolSummary = SchoolList['schools'][number];

/**
 * The schools on the start page, each with its groups. A leerkracht without a wider role there sees
 * "my groups"; an IB'er sees the school's groups; a schoolleider who is neither (`leader`) sees the
 * school-wide screens (schooloverzicht, ambities, cycle of all groups) rather than a wall of groups.
 */
export function schoolSections(me: Pick<Me, 'roles'>, schools: SchoolSummary[]) {
  return schools
    .filter((s) => s.abilities.includes('group.read'))
    .map((s) => {
      const roles = me.roles.filter((r) => r.schoolId === s.id).map((r) => r.role);
      const ownGroupsOnly =
        roles.includes('leerkracht') && !roles.includes('ib') && !roles.includes('schoolleider');
      const leader = roles.includes('schoolleider') && !roles.includes('ib') && !roles.includes('leerkracht');
      return { school: s, ownGroupsOnly, leader };
    });
}

const TODO_ROLES: readonly string[] = ['leerkracht', 'ib', 'schoolleider'];

/** The schools where the user has a to-do list (as leerkracht, IB or schoolleider), each once, in order. */
export function todoSchools(me: Pick<Me, 'roles'>): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of me.roles) {
    if (r.schoolId && TODO_ROLES.includes(r.role) && !seen.has(r.schoolId))
      seen.set(r.schoolId, r.schoolName ?? '');
  }
  return [...seen].map(([id, name]) => ({ id, name }));
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
