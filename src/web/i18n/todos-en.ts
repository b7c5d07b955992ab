/** English UI text for the start page's to-do list, with the keys of todos.ts. */
import type { todosNl } from './todos';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const todosEn: typeof todosNl = {
  todos: {
    title: 'What to do next',
    forRole: {
      leerkracht: 'What to do next as teacher',
      ib: 'What to do next as intern begeleider',
      schoolleider: 'What to do next as school leader',
    },
    school: (name) => `at ${name}`,
    nothing: 'Nothing is waiting for you right now.',
    overdue: 'late',
    soon: 'soon',
    moment: { B: 'beginning', M: 'middle', E: 'end' },
    cycleStep: (group, stap, name) => `${group}: step ${stap}, ${name.toLowerCase()}`,
    cycleDone: (group, periode) => `${group}: the cycle of ${periode} is complete`,
    toCycle: (group) => `Cycle of ${group}`,
    planPrevious: (vak, group) => `Evaluate the ${vak.toLowerCase()} plan of ${group} (previous period)`,
    planNow: (vak, group, date) =>
      `Evaluate the ${vak.toLowerCase()} plan of ${group}; the period ends ${date}`,
    afspraken: (count, overdue) =>
      `${plural(count, 'open agreement', 'open agreements')}${overdue > 0 ? `, ${overdue} past the deadline` : ''}`,
    nextDeadline: (date) => `next deadline ${date}`,
    afsprakenBelow: 'listed below',
    groupsByStep: (periode) => `Groups by cycle step (${periode})`,
    stepGroups: (stap, name, groups) => `Step ${stap} (${name.toLowerCase()}): ${groups}`,
    doneGroups: (groups) => `Complete: ${groups}`,
    toSchoolCycle: 'Cycle of all groups',
    bespreking: (kind, about, date) => `${kind}${about ? ` about ${about}` : ''} on ${date}`,
    besprekingOverdue: 'planned, not yet held',
    pupilsToDiscuss: (n) => `${plural(n, 'pupil', 'pupils')} to discuss`,
    oppVaststellen: (pupil, date) => `Adopt the OPP of ${pupil} by ${date}`,
    oppEvalueren: (pupil, date) => `Evaluate the OPP of ${pupil} with the parents by ${date}`,
    importOverdue: (moment, schooljaar, date) =>
      `Import the ${moment} ${schooljaar} results: the period ended on ${date} and there are none yet`,
    teambesprekingDue: (moment, schooljaar) =>
      `Hold the team meeting on the ${moment}-of-year tests of ${schooljaar}`,
    teambesprekingUpcoming: (moment, date) =>
      `Next team meeting: after the ${moment}-of-year tests (the period ends ${date})`,
    ambitionsNone: (schooljaar) => `No ambitions set yet for ${schooljaar}`,
    ambitionsMissing: (missing, schooljaar) =>
      `${plural(missing, 'ambition', 'ambitions')} of last year not yet set for ${schooljaar}`,
    schoolLinks: 'Whole school',
  },
};
