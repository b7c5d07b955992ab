import { describe, expect, it } from 'vitest';
import type { Me } from '../../api/types';
import type { TodoItem } from '../../api/home';
import { en } from '../../i18n/en';
import { nl } from '../../i18n/nl';
import { todoSchools } from '../home-sections';
import { todoLine } from './todo-text';

const date = (iso: string) => iso.split('-').reverse().join('-');
const group = { id: 'g1', name: 'Groep 5' };
const periode = { id: 'p1', name: 'Periode 1 (augustus–januari)', endDate: '2027-01-31' };

describe('todoLine', () => {
  it('words the teacher’s step with what it misses, and links to the group’s cycle', () => {
    const item: TodoItem = {
      code: 'cycleStep',
      role: 'leerkracht',
      group,
      periode,
      stap: 5,
      state: 'bezig',
      missing: [{ code: 'plansMissing', vakken: ['spelling', 'rekenen-wiskunde'] }],
    };
    expect(todoLine(nl, item, 's1', date)).toEqual({
      key: 'cycle-g1',
      text: 'Groep 5: stap 5, groepsplan opstellen',
      detail: 'Nog geen groepsplan voor spelling, rekenen-wiskunde.',
      href: '/groepen/g1/cyclus',
      tone: null,
    });
    expect(todoLine(nl, { ...item, stap: null, state: 'klaar', missing: [] }, 's1', date)?.text).toBe(
      'Groep 5: de cyclus van periode 1 (augustus–januari) is rond',
    );
  });

  it('marks a late OPP evaluation and a coming bespreking, each linked to its page', () => {
    const opp: TodoItem = {
      code: 'oppTerm',
      role: 'ib',
      opp: { id: 'o1' },
      pupil: { id: 'l1', name: 'Senna Visser' },
      term: 'evaluatie',
      due: '2026-10-31',
      overdue: true,
    };
    expect(todoLine(nl, opp, 's1', date)).toMatchObject({
      text: 'OPP van Senna Visser evalueren met de ouders, uiterlijk 31-10-2026',
      href: '/opp/o1',
      tone: 'overdue',
    });
    const bespreking: TodoItem = {
      code: 'besprekingDue',
      role: 'ib',
      bespreking: { id: 'b1', kind: 'groepsbespreking', plannedOn: '2026-12-04', group, pupil: null },
      overdue: false,
    };
    expect(todoLine(nl, bespreking, 's1', date)).toMatchObject({
      text: 'Groepsbespreking over Groep 5 op 04-12-2026',
      href: '/besprekingen/b1',
      tone: 'soon',
    });
  });

  it('words the schoolleider’s items in both languages, with the toetsmoment in words', () => {
    const team: TodoItem = {
      code: 'teambespreking',
      role: 'schoolleider',
      schooljaar: '2026-2027',
      moment: 'M',
      state: 'upcoming',
      after: '2027-01-31',
    };
    expect(todoLine(nl, team, 's1', date)).toMatchObject({
      text: 'Volgende teambespreking: na de middentoetsen (de periode eindigt 31-01-2027)',
      href: '/scholen/s1/schooloverzicht',
    });
    expect(todoLine(en, team, 's1', date)?.text).toBe(
      'Next team meeting: after the middle-of-year tests (the period ends 31-01-2027)',
    );
    const ambitions: TodoItem = {
      code: 'ambitionsMissing',
      role: 'schoolleider',
      schooljaar: '2026-2027',
      set: 0,
      missing: 31,
    };
    expect(todoLine(nl, ambitions, 's1', date)?.text).toBe('Nog geen ambities vastgesteld voor 2026-2027');
    expect(todoLine(nl, { ...ambitions, set: 20, missing: 1 }, 's1', date)?.text).toBe(
      '1 ambitie van vorig jaar nog niet vastgesteld voor 2026-2027',
    );
  });

  it('leaves the teacher’s afspraken unlinked (the table is on the start page), the IB’s to the zorg page', () => {
    const afspraken: TodoItem = {
      code: 'afsprakenOpen',
      role: 'leerkracht',
      count: 2,
      overdue: 1,
      nextDeadline: null,
    };
    expect(todoLine(nl, afspraken, 's1', date)).toMatchObject({
      text: '2 open afspraken, waarvan 1 over de deadline',
      href: null,
      tone: 'overdue',
    });
    expect(todoLine(nl, { ...afspraken, role: 'ib' }, 's1', date)?.href).toBe('/zorg?tab=afspraken');
  });
});

describe('todoSchools', () => {
  const me = (roles: [string, string | null, string][]) =>
    ({
      roles: roles.map(([role, schoolId, schoolName]) => ({ role, schoolId, schoolName })),
    }) as unknown as Me;

  it('lists each school with a to-do role once, and none for the bestuur or beheerder', () => {
    expect(
      todoSchools(
        me([
          ['leerkracht', 's1', 'De Regenboog'],
          ['ib', 's1', 'De Regenboog'],
          ['schoolleider', 's2', 'Het Kompas'],
          ['bestuur', null, ''],
          ['beheerder', 's3', 'Elders'],
        ]),
      ),
    ).toEqual([
      { id: 's1', name: 'De Regenboog' },
      { id: 's2', name: 'Het Kompas' },
    ]);
  });
});
