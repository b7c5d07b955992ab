import { describe, expect, it } from 'vitest';
import type { AdminSchools, AdminUser } from '../../api/types';
import { nl } from '../../i18n/nl';
import { groupsSummary, teacherSchools } from './users';
import { parseScope, rolesForScope, scopeOptions } from './scope-options';

describe('groupsSummary', () => {
  it("names the latest schooljaar's groups and counts the earlier ones", () => {
    expect(
      groupsSummary([
        { name: '5A', schooljaar: '2024-2025' },
        { name: '6A', schooljaar: '2025-2026' },
        { name: '6B', schooljaar: '2025-2026' },
        { name: '4A', schooljaar: '2023-2024' },
      ]),
    ).toEqual({ latest: '2025-2026', current: ['6A', '6B'], earlier: 2 });
  });

  it('is empty for a user without groups', () => {
    expect(groupsSummary([])).toEqual({ latest: '', current: [], earlier: 0 });
  });
});

describe('teacherSchools', () => {
  const schools = [{ id: 's1' }, { id: 's2' }, { id: 's3' }];
  const roles = [
    { role: 'leerkracht', schoolId: 's2' },
    { role: 'ib', schoolId: 's1' },
    { role: 'leerkracht', schoolId: 's3' },
  ] as AdminUser['roles'];

  it('keeps the schools where the user is a leerkracht, in the order given', () => {
    expect(teacherSchools({ roles }, schools).map((s) => s.id)).toEqual(['s2', 's3']);
  });

  it('has none without a user', () => {
    expect(teacherSchools(null, schools)).toEqual([]);
  });
});

describe('parseScope and rolesForScope', () => {
  it('reads "school:<id>" and "bestuur:<id>" from the one scope select', () => {
    expect(parseScope('school:abc')).toEqual({ schoolId: 'abc', bestuurId: null });
    expect(parseScope('bestuur:xyz')).toEqual({ schoolId: null, bestuurId: 'xyz' });
    expect(parseScope(null)).toEqual({ schoolId: null, bestuurId: null });
    expect(parseScope('iets')).toEqual({ schoolId: null, bestuurId: null });
  });

  it('offers the roles that hold at that level', () => {
    expect(rolesForScope('bestuur:xyz')).toEqual(['bestuur', 'beheerder']);
    expect(rolesForScope('school:abc')).toEqual(['leerkracht', 'ib', 'schoolleider', 'beheerder']);
    expect(rolesForScope(null)).toEqual(['leerkracht', 'ib', 'schoolleider', 'beheerder']);
  });
});

describe('scopeOptions', () => {
  it('groups the schools and the besturen, each value naming its kind', () => {
    const data = {
      schools: [{ id: 's1', name: 'De Wilg' }],
      besturen: [{ id: 'b1', name: 'Stichting Primair' }],
    } as unknown as AdminSchools;
    expect(scopeOptions(data, nl)).toEqual([
      { group: 'Scholen', items: [{ value: 'school:s1', label: 'De Wilg' }] },
      { group: 'Bestuur', items: [{ value: 'bestuur:b1', label: 'Stichting Primair' }] },
    ]);
  });

  it('leaves out an empty group, and has nothing before the data is there', () => {
    const data = {
      schools: [],
      besturen: [{ id: 'b1', name: 'Stichting Primair' }],
    } as unknown as AdminSchools;
    expect(scopeOptions(data, nl).map((o) => o.group)).toEqual(['Bestuur']);
    expect(scopeOptions(undefined, nl)).toEqual([]);
  });
});
