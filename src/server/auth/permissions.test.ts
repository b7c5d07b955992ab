import { describe, expect, it } from 'vitest';
import type { Role } from '../db/schema';
import {
  allPermissions,
  can,
  permissionsAtSchool,
  schoolsWhere,
  teacherSchoolIds,
  wholeSchoolIds,
  type Actor,
} from './permissions';

function actor(roles: [Role, string][]): Actor {
  const rolesBySchool = new Map<string, Role[]>();
  for (const [role, school] of roles) rolesBySchool.set(school, [...(rolesBySchool.get(school) ?? []), role]);
  return {
    userId: 'u',
    name: 'Test',
    email: 't@example.org',
    assignments: roles.map(([role, schoolId]) => ({ role, schoolId, bestuurId: null })),
    rolesBySchool,
  };
}

describe('permissions', () => {
  it('gives the bestuur role aggregate figures only, never pupil records', () => {
    const bestuur: Actor = {
      ...actor([]),
      assignments: [{ role: 'bestuur', schoolId: null, bestuurId: 'b' }],
      rolesBySchool: new Map([['s1', ['bestuur']]]),
    };
    expect(can(bestuur, 'bestuur.read')).toBe(true);
    expect(can(bestuur, 'pupil.read')).toBe(false);
    expect(can(bestuur, 'group.read')).toBe(false);
    expect(wholeSchoolIds(bestuur)).toEqual([]);
  });

  it('lets a beheerder manage accounts but not read pupils', () => {
    const admin = actor([['beheerder', 's1']]);
    expect(allPermissions(admin)).toEqual([
      'school.read',
      'norms.manage',
      'settings.manage',
      'import.run',
      'user.manage',
      'school.manage',
    ]);
    expect(can(admin, 'pupil.read')).toBe(false);
  });

  it('keeps permissions per school: a leerkracht at one school and IB at another', () => {
    const a = actor([
      ['leerkracht', 's1'],
      ['ib', 's2'],
    ]);
    expect(teacherSchoolIds(a)).toEqual(['s1']);
    expect(wholeSchoolIds(a)).toEqual(['s2']);
    expect(schoolsWhere(a, 'observation.write').sort()).toEqual(['s1', 's2']);
    expect(permissionsAtSchool(a, 's3')).toEqual([]);
  });

  it('does not let a schoolleider write observations (that is the teacher and the IB)', () => {
    expect(can(actor([['schoolleider', 's1']]), 'observation.write')).toBe(false);
  });
});
