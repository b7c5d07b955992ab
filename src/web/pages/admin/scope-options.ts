import type { AdminSchools, Role } from '../../api/types';
import type { Catalog } from '../../i18n/nl';

export const SCHOOL_ROLES: Role[] = ['leerkracht', 'ib', 'schoolleider', 'beheerder'];
export const BESTUUR_ROLES: Role[] = ['bestuur', 'beheerder'];

/** "school:<id>" or "bestuur:<id>": one select for where a role holds. */
export function scopeOptions(data: AdminSchools | undefined, t: Catalog) {
  if (!data) return [];
  return [
    ...(data.schools.length > 0
      ? [
          {
            group: t.admin.schoolsTitle,
            items: data.schools.map((s) => ({ value: `school:${s.id}`, label: s.name })),
          },
        ]
      : []),
    ...(data.besturen.length > 0
      ? [
          {
            group: t.admin.bestuur,
            items: data.besturen.map((b) => ({ value: `bestuur:${b.id}`, label: b.name })),
          },
        ]
      : []),
  ];
}

export function parseScope(value: string | null): { schoolId: string | null; bestuurId: string | null } {
  if (value?.startsWith('school:')) return { schoolId: value.slice(7), bestuurId: null };
  if (value?.startsWith('bestuur:')) return { schoolId: null, bestuurId: value.slice(8) };
  return { schoolId: null, bestuurId: null };
}

export function rolesForScope(value: string | null): Role[] {
  return value?.startsWith('bestuur:') ? BESTUUR_ROLES : SCHOOL_ROLES;
}
