/**
 * UI text for the start page's to-do list (Dutch, the source; todos-en.ts has the same keys). The
 * server sends codes, ids, dates and counts; these functions word them. Dates arrive formatted.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const todosNl = {
  todos: {
    title: 'Wat nu te doen',
    forRole: {
      leerkracht: 'Wat nu te doen als leerkracht',
      ib: 'Wat nu te doen als intern begeleider',
      schoolleider: 'Wat nu te doen als schoolleider',
    } as Record<string, string>,
    school: (name: string) => `op ${name}`,
    nothing: 'Niets dat nu op je wacht.',
    overdue: 'te laat',
    soon: 'binnenkort',
    moment: { B: 'begin', M: 'midden', E: 'eind' } as Record<string, string>,
    cycleStep: (group: string, stap: number, name: string) => `${group}: stap ${stap}, ${name.toLowerCase()}`,
    cycleDone: (group: string, periode: string) => `${group}: de cyclus van ${periode.toLowerCase()} is rond`,
    toCycle: (group: string) => `Cyclus van ${group}`,
    planPrevious: (vak: string, group: string) =>
      `Groepsplan ${vak.toLowerCase()} van ${group} (vorige periode) evalueren`,
    planNow: (vak: string, group: string, date: string) =>
      `Groepsplan ${vak.toLowerCase()} van ${group} evalueren, de periode eindigt ${date}`,
    afspraken: (count: number, overdue: number) =>
      `${plural(count, 'open afspraak', 'open afspraken')}${overdue > 0 ? `, waarvan ${overdue} over de deadline` : ''}`,
    nextDeadline: (date: string) => `eerstvolgende deadline ${date}`,
    afsprakenBelow: 'staan hieronder',
    groupsByStep: (periode: string) => `Groepen per stap van de cyclus (${periode.toLowerCase()})`,
    stepGroups: (stap: number, name: string, groups: string) =>
      `Stap ${stap} (${name.toLowerCase()}): ${groups}`,
    doneGroups: (groups: string) => `Rond: ${groups}`,
    toSchoolCycle: 'Cyclus van alle groepen',
    bespreking: (kind: string, about: string | null, date: string) =>
      `${kind}${about ? ` over ${about}` : ''} op ${date}`,
    besprekingOverdue: 'gepland, nog niet gehouden',
    pupilsToDiscuss: (n: number) => `${plural(n, 'leerling', 'leerlingen')} om te bespreken`,
    oppVaststellen: (pupil: string, date: string) => `OPP van ${pupil} vaststellen, uiterlijk ${date}`,
    oppEvalueren: (pupil: string, date: string) =>
      `OPP van ${pupil} evalueren met de ouders, uiterlijk ${date}`,
    importOverdue: (moment: string, schooljaar: string, date: string) =>
      `Toetsgegevens ${moment} ${schooljaar} inlezen: de periode is op ${date} afgelopen en er zijn nog geen resultaten`,
    teambesprekingDue: (moment: string, schooljaar: string) =>
      `Teambespreking houden over de ${moment}toetsen van ${schooljaar}`,
    teambesprekingUpcoming: (moment: string, date: string) =>
      `Volgende teambespreking: na de ${moment}toetsen (de periode eindigt ${date})`,
    ambitionsNone: (schooljaar: string) => `Nog geen ambities vastgesteld voor ${schooljaar}`,
    ambitionsMissing: (missing: number, schooljaar: string) =>
      `${plural(missing, 'ambitie', 'ambities')} van vorig jaar nog niet vastgesteld voor ${schooljaar}`,
    schoolLinks: 'Schoolbreed',
  },
};
