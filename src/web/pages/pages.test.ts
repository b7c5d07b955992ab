import { describe, expect, it } from 'vitest';
import type { Me, PupilDetail, SchoolList } from '../api/types';
import { schoolSections } from './home-sections';
import { safeNext } from './login-redirect';
import { byVak, shortYear } from './pupil-results';

describe('safeNext', () => {
  it('goes back to the page inside the app that asked for the login', () => {
    expect(safeNext('/groepen/g1/datamuur?vak=spelling')).toBe('/groepen/g1/datamuur?vak=spelling');
  });

  it('goes to the start page for anything that could lead to another site', () => {
    expect(safeNext('https://example.org/')).toBe('/');
    expect(safeNext('//example.org/')).toBe('/');
    expect(safeNext('javascript:alert(1)')).toBe('/');
    expect(safeNext('')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});

describe('byVak', () => {
  const result = (id: string, vak: string) =>
    ({ id, toets: { vak } }) as unknown as PupilDetail['results'][number];

  it('groups the results per vak, keeping their order within a vak', () => {
    const groups = byVak([result('1', 'spelling'), result('2', 'spelling'), result('3', 'rekenen-wiskunde')]);
    expect(groups.map(([vak, rs]) => [vak, rs.map((r) => r.id)])).toEqual([
      ['rekenen-wiskunde', ['3']],
      ['spelling', ['1', '2']],
    ]);
  });

  it('puts the four known vakken first in their usual order, then the others A–Z', () => {
    const vakken = byVak([
      result('1', 'woordenschat'),
      result('2', 'technisch-lezen'),
      result('3', 'engels'),
      result('4', 'begrijpend-lezen'),
      result('5', 'spelling'),
    ]).map(([vak]) => vak);
    expect(vakken).toEqual(['spelling', 'begrijpend-lezen', 'technisch-lezen', 'engels', 'woordenschat']);
  });
});

describe('shortYear', () => {
  it('writes a schooljaar as 25/26', () => {
    expect(shortYear('2025-2026')).toBe('25/26');
    expect(shortYear('1999-2000')).toBe('99/00');
  });
});

describe('schoolSections', () => {
  const school = (id: string, abilities: string[]) =>
    ({ id, name: id, abilities }) as unknown as SchoolList['schools'][number];
  const me = (roles: [string, string][]) =>
    ({ roles: roles.map(([role, schoolId]) => ({ role, schoolId })) }) as unknown as Me;

  it("shows a leerkracht only their own groups, an IB'er or schoolleider the whole school", () => {
    const schools = [
      school('s1', ['group.read']),
      school('s2', ['group.read']),
      school('s3', ['group.read']),
    ];
    const sections = schoolSections(
      me([
        ['leerkracht', 's1'],
        ['leerkracht', 's2'],
        ['ib', 's2'],
        ['schoolleider', 's3'],
      ]),
      schools,
    );
    expect(sections.map((s) => [s.school.id, s.ownGroupsOnly])).toEqual([
      ['s1', true],
      ['s2', false],
      ['s3', false],
    ]);
  });

  it('leaves out schools where the user may not read groups', () => {
    const sections = schoolSections(me([['bestuur', 's1']]), [school('s1', ['statistics.read'])]);
    expect(sections).toEqual([]);
  });
});
