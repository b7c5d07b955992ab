/** English UI text for the schooladvies, with the keys of schooladvies.ts (checked by the compiler). */
import { schooladviesNl, type SchooladviesCatalog } from './schooladvies';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const schooladviesEn: SchooladviesCatalog = {
  schooladvies: {
    link: 'Secondary school advice',
    title: 'Secondary school advice (groep 8)',
    schooljaar: 'School year',
    intro:
      'For each groep 8 pupil: the provisional advice, the transition test, the final advice, the reconsideration and where the pupil goes next.',
    empty: 'This school year has no pupils in groep 8.',
    pupils: 'Pupils',
    toetsHigher: 'Test higher than advice',
    heroverwegingOpen: 'Reconsideration open',
    uitstroomOnAdvice: 'Outflow at or above advice',
    ofN: (count: number, n: number) => `${count} of ${n}`,
    openAlert: (n: number) =>
      `For ${plural(n, 'pupil', 'pupils')} the transition test advises higher than the final school advice, and no reconsideration is recorded yet.`,
    columns: {
      pupil: 'Pupil',
      group: 'Group',
      voorlopig: 'Provisional advice',
      toets: 'Transition test',
      definitief: 'Final advice',
      heroverweging: 'Reconsideration',
      uitstroom: 'Outflow',
      vo: 'In secondary school',
      actions: 'Actions',
    },
    left: 'left',
    none: '–',
    comparison: { hoger: 'test higher', gelijk: 'same', lager: 'test lower' },
    voComparison: { boven: 'above advice', op: 'at advice', onder: 'below advice' },
    voYear: (leerjaar: number) => `year ${leerjaar}`,
    open: 'to be recorded',
    heroverwegingValues: { gehandhaafd: 'kept', bijgesteld: 'raised' },
    edit: 'Edit',
    editLabel: (name: string) => `Edit the school advice of ${name}`,
    dialogTitle: (name: string) => `School advice of ${name}`,
    sections: {
      voorlopig: 'Provisional advice',
      toets: 'Transition test',
      definitief: 'Final advice',
      heroverweging: 'Reconsideration',
      uitstroom: 'Outflow',
    },
    advice: 'Advice',
    date: 'Date',
    toetsNaam: 'Test',
    toetsScore: 'Score',
    toetsAdvies: 'Test advice',
    toetsen: [
      'Doorstroomtoets (Cito)',
      'Dia-doorstroomtoets',
      'IEP Doorstroomtoets',
      'ROUTE 8 Doorstroomtoets',
    ],
    heroverweging: 'Outcome',
    heroverwegingHint:
      'When the transition test advises higher than the school, the school reconsiders its advice.',
    heroverwogenAdvies: 'Raised advice',
    heroverwegingToelichting: 'Reasons for the reconsideration',
    uitstroomNiveau: 'Level',
    uitstroomSchool: 'Secondary school',
    toelichting: 'Reasons for the advice',
    scoreInvalid: 'Enter a number, such as 537.',
    clear: (label: string) => `Clear ${label.toLowerCase()}`,
    voImportTitle: 'Read feedback from secondary schools',
    voImportHint:
      'A CSV file with per line: pupil number; year (1, 2 or 3); level (such as havo or vmbo-kb); cohort (school year of groep 8, may be empty); secondary school; date of birth (may be empty). All or nothing: with an error nothing is saved.',
    voImportChoose: 'Choose a CSV file',
    voImported: (lines: number, pupils: number, cohorts: readonly string[]) =>
      `Read: ${plural(lines, 'line', 'lines')} about ${plural(pupils, 'pupil', 'pupils')}${cohorts.length > 0 ? ` (cohort ${cohorts.join(', ')})` : ''}.`,
    voRefused: 'Not read; nothing was saved. Fix these lines and try again:',
    voLine: (line: number, message: string) => `Line ${line}: ${message}`,
    save: 'Save',
    cancel: 'Cancel',
    saved: (name: string) => `The school advice of ${name} is saved.`,
    reload: 'Load the new version, with your changes in it',
    // The VO's own abbreviations, the same in English; only praktijkonderwijs is worded.
    cohorts: {
      title: 'Outflow and secondary school per cohort',
      intro:
        'Per cohort (the school year of groep 8): how the advice compares with the transition test, what reconsiderations led to, and whether pupils in secondary school are at or above their advice.',
      caption: 'Outflow per cohort, with the number of pupils each figure is about',
      cohort: 'Cohort',
      pupils: 'Pupils with advice',
      toets: 'Test against advice (higher · equal · lower)',
      heroverweging: 'Reconsideration (adjusted · kept · open)',
      uitstroom: 'Outflow at or above advice',
      vo: (leerjaar: number) => `Secondary year ${leerjaar} at or above advice`,
      triple: (a: number, b: number, c: number) => `${a} · ${b} · ${c}`,
      share: (percent: string, low: string, high: string) => `${percent} % (${low}–${high} %)`,
      ofN: (n: number) => `of ${n}`,
      none: '–',
      suppressed: 'fewer than 10',
      empty: 'This school has no cohort with a school advice yet.',
      bestuurEmpty: 'No school of the bestuur has recorded a school advice yet.',
      cohortSelect: 'Cohort (school year of groep 8)',
      bestuurCaption: (cohort: string) =>
        `Outflow of cohort ${cohort} per school and for all schools together`,
      legend:
        'In brackets the 90 % confidence interval. A cell of fewer than 10 pupils shows the bestuur its size only.',
    },
    adviceLabels: { ...schooladviesNl.schooladvies.adviceLabels, pro: 'practical education' },
  },
};
