/**
 * Who may do what, as small pure rules. Roles hold at a school or across a bestuur; a permission is a
 * `resource.action` string. Scope (which school, which group) is checked separately with set-based
 * queries in scope.ts; these rules only say which kinds of action a role allows.
 */
import type { Role } from '../db/schema';

export const PERMISSIONS = [
  'school.read',
  'group.read',
  'pupil.read',
  'observation.write',
  'placement.write',
  'statistics.read',
  'norms.manage',
  'settings.manage',
  'import.run',
  'groepsoverzicht.write',
  'plan.write',
  'period.manage',
  'opp.write',
  'ambition.manage',
  'teambespreking.write',
  'bestuur.read',
  'user.manage',
  'school.manage',
  // Leerlingzorg (besprekingen, afspraken, OPP, zorgniveau, verzorgers): the most sensitive pupil data.
  'zorg.read',
  'zorg.write',
  'afspraak.write',
  'opp.note',
  // Privacy (AVG): the audit log of who read what, and a pupil's inzage, retention and deletion.
  'audit.read',
  'privacy.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  leerkracht: [
    'school.read',
    'group.read',
    'pupil.read',
    'observation.write',
    'placement.write',
    'groepsoverzicht.write',
    'plan.write',
    'zorg.read',
    'afspraak.write',
    'opp.note',
  ],
  ib: [
    'school.read',
    'group.read',
    'pupil.read',
    'observation.write',
    'placement.write',
    'statistics.read',
    'norms.manage',
    'settings.manage',
    'import.run',
    'groepsoverzicht.write',
    'plan.write',
    'period.manage',
    'opp.write',
    'ambition.manage',
    'teambespreking.write',
    'zorg.read',
    'zorg.write',
    'afspraak.write',
    'opp.note',
  ],
  schoolleider: [
    'school.read',
    'group.read',
    'pupil.read',
    'statistics.read',
    'norms.manage',
    'settings.manage',
    'import.run',
    'period.manage',
    'opp.write',
    'ambition.manage',
    'teambespreking.write',
    'zorg.read',
    'zorg.write',
    'afspraak.write',
    'opp.note',
    // The schoolleider answers for the school's pupil data: the privacy officer of the school.
    'audit.read',
    'privacy.manage',
  ],
  // The bestuur sees figures across its schools and never a single child.
  bestuur: ['bestuur.read', 'statistics.read'],
  beheerder: ['school.read', 'user.manage', 'school.manage', 'norms.manage', 'settings.manage', 'import.run'],
};

/** Roles that see every group and pupil of their school; a leerkracht sees only own groups. */
const WHOLE_SCHOOL_ROLES: ReadonlySet<Role> = new Set<Role>(['ib', 'schoolleider']);

export interface Assignment {
  role: Role;
  schoolId: string | null;
  bestuurId: string | null;
}

export interface Actor {
  userId: string;
  name: string;
  email: string;
  assignments: readonly Assignment[];
  /** Every school the actor holds a role at, bestuur-wide roles expanded to the bestuur's schools. */
  rolesBySchool: ReadonlyMap<string, readonly Role[]>;
}

/**
 * Care data (besprekingen, OPP, zorgniveau, verzorgers) is not even acknowledged to a role that never
 * sees a pupil: the bestuur and the beheerder get "not found" on these routes rather than "forbidden".
 */
export const CARE_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>([
  'zorg.read',
  'zorg.write',
  'afspraak.write',
  'opp.write',
  'opp.note',
]);

export function permissionsOfRoles(roles: Iterable<Role>): Set<Permission> {
  const result = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) result.add(p);
  return result;
}

export function can(actor: Actor, permission: Permission): boolean {
  return actor.assignments.some((a) => ROLE_PERMISSIONS[a.role].includes(permission));
}

export function allPermissions(actor: Actor): Permission[] {
  const granted = permissionsOfRoles(actor.assignments.map((a) => a.role));
  return PERMISSIONS.filter((p) => granted.has(p));
}

export function permissionsAtSchool(actor: Actor, schoolId: string): Permission[] {
  const granted = permissionsOfRoles(actor.rolesBySchool.get(schoolId) ?? []);
  return PERMISSIONS.filter((p) => granted.has(p));
}

export function schoolsWhere(actor: Actor, permission: Permission): string[] {
  const ids: string[] = [];
  for (const [schoolId, roles] of actor.rolesBySchool) {
    if (roles.some((r) => ROLE_PERMISSIONS[r].includes(permission))) ids.push(schoolId);
  }
  return ids;
}

/** Schools where the actor sees all groups and pupils. */
export function wholeSchoolIds(actor: Actor): string[] {
  const ids: string[] = [];
  for (const [schoolId, roles] of actor.rolesBySchool) {
    if (roles.some((r) => WHOLE_SCHOOL_ROLES.has(r))) ids.push(schoolId);
  }
  return ids;
}

/** Schools where the actor is leerkracht: access there runs through own groups only. */
export function teacherSchoolIds(actor: Actor): string[] {
  const ids: string[] = [];
  for (const [schoolId, roles] of actor.rolesBySchool) if (roles.includes('leerkracht')) ids.push(schoolId);
  return ids;
}

export function bestuurIdsWhere(actor: Actor, role: Role): string[] {
  return [
    ...new Set(
      actor.assignments
        .filter((a) => a.role === role && a.bestuurId !== null)
        .map((a) => a.bestuurId as string),
    ),
  ];
}
