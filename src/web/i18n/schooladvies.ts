/**
 * UI text for the schooladvies of groep 8: the year's list, the record of one pupil and the counts a
 * school reports on. Dutch, the source; schooladvies-en.ts has the same keys.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const schooladviesNl = {
  schooladvies: {
    link: 'Schooladvies groep 8',
    title: 'Schooladvies groep 8',
    schooljaar: 'Schooljaar',
    intro:
      'Per leerling van groep 8: het voorlopig advies, de doorstroomtoets, het definitieve advies, de heroverweging en waar de leerling naartoe gaat.',
    empty: 'Dit schooljaar heeft geen leerlingen in groep 8.',
    pupils: 'Leerlingen',
    toetsHigher: 'Toets hoger dan advies',
    heroverwegingOpen: 'Heroverweging open',
    uitstroomOnAdvice: 'Uitstroom op of boven advies',
    ofN: (count: number, n: number) => `${count} van ${n}`,
    openAlert: (n: number) =>
      `Bij ${plural(n, 'leerling', 'leerlingen')} adviseert de doorstroomtoets hoger dan het definitieve schooladvies, en is de heroverweging nog niet vastgelegd.`,
    columns: {
      pupil: 'Leerling',
      group: 'Groep',
      voorlopig: 'Voorlopig advies',
      toets: 'Doorstroomtoets',
      definitief: 'Definitief advies',
      heroverweging: 'Heroverweging',
      uitstroom: 'Uitstroom',
      vo: 'In het VO',
      actions: 'Acties',
    },
    left: 'vertrokken',
    none: '–',
    comparison: { hoger: 'toets hoger', gelijk: 'gelijk', lager: 'toets lager' } as Record<string, string>,
    voComparison: { boven: 'boven advies', op: 'op advies', onder: 'onder advies' } as Record<string, string>,
    voYear: (leerjaar: number) => `leerjaar ${leerjaar}`,
    open: 'nog vast te leggen',
    heroverwegingValues: { gehandhaafd: 'gehandhaafd', bijgesteld: 'bijgesteld' } as Record<string, string>,
    edit: 'Bewerken',
    editLabel: (name: string) => `Schooladvies van ${name} bewerken`,
    dialogTitle: (name: string) => `Schooladvies van ${name}`,
    sections: {
      voorlopig: 'Voorlopig advies',
      toets: 'Doorstroomtoets',
      definitief: 'Definitief advies',
      heroverweging: 'Heroverweging',
      uitstroom: 'Uitstroom',
    },
    advice: 'Advies',
    date: 'Datum',
    toetsNaam: 'Toets',
    toetsScore: 'Score',
    toetsAdvies: 'Toetsadvies',
    toetsen: [
      'Doorstroomtoets (Cito)',
      'Dia-doorstroomtoets',
      'IEP Doorstroomtoets',
      'ROUTE 8 Doorstroomtoets',
    ],
    heroverweging: 'Uitkomst',
    heroverwegingHint:
      'Als de doorstroomtoets hoger adviseert dan het schooladvies, heroverweegt de school het advies.',
    heroverwogenAdvies: 'Bijgesteld advies',
    heroverwegingToelichting: 'Toelichting bij de heroverweging',
    uitstroomNiveau: 'Niveau',
    uitstroomSchool: 'School voor voortgezet onderwijs',
    toelichting: 'Toelichting bij het advies',
    scoreInvalid: 'Vul een getal in, zoals 537.',
    clear: (label: string) => `${label} leegmaken`,
    voImportTitle: 'Terugkoppeling van het VO inlezen',
    voImportHint:
      'Een CSV-bestand met per regel: leerlingnummer; leerjaar (1, 2 of 3); niveau (zoals havo of vmbo-kb); cohort (schooljaar van groep 8, mag leeg); vo-school; geboortedatum (mag leeg). Alles of niets: bij een fout wordt niets opgeslagen.',
    voImportChoose: 'Kies een CSV-bestand',
    voImported: (lines: number, pupils: number, cohorts: readonly string[]) =>
      `Ingelezen: ${plural(lines, 'regel', 'regels')} over ${plural(pupils, 'leerling', 'leerlingen')}${cohorts.length > 0 ? ` (cohort ${cohorts.join(', ')})` : ''}.`,
    voRefused: 'Niet ingelezen; er is niets opgeslagen. Los deze regels op en probeer het opnieuw:',
    voLine: (line: number, message: string) => `Regel ${line}: ${message}`,
    save: 'Opslaan',
    cancel: 'Annuleren',
    saved: (name: string) => `Het schooladvies van ${name} is opgeslagen.`,
    reload: 'Nieuwe versie laden, met jouw wijzigingen erin',
    // As schools and the VO write them; the select shows the same short names.
    cohorts: {
      title: 'Uitstroom en VO per cohort',
      intro:
        'Per cohort (het schooljaar van groep 8): hoe het advies zich verhoudt tot de doorstroomtoets, wat de heroverwegingen opleverden, en of de leerlingen in het voortgezet onderwijs op of boven hun advies zitten.',
      caption: 'Uitstroom per cohort, met het aantal leerlingen waarover elk cijfer gaat',
      cohort: 'Cohort',
      pupils: 'Leerlingen met advies',
      toets: 'Toets tegen advies (hoger · gelijk · lager)',
      heroverweging: 'Heroverweging (bijgesteld · gehandhaafd · open)',
      uitstroom: 'Uitstroom op of boven advies',
      vo: (leerjaar: number) => `VO-leerjaar ${leerjaar} op of boven advies`,
      triple: (a: number, b: number, c: number) => `${a} · ${b} · ${c}`,
      share: (percent: string, low: string, high: string) => `${percent} % (${low}–${high} %)`,
      ofN: (n: number) => `van ${n}`,
      none: '–',
      suppressed: 'minder dan 10',
      empty: 'Deze school heeft nog geen cohort met een schooladvies.',
      bestuurEmpty: 'Nog geen school van het bestuur heeft een schooladvies vastgelegd.',
      cohortSelect: 'Cohort (schooljaar van groep 8)',
      bestuurCaption: (cohort: string) =>
        `Uitstroom van cohort ${cohort} per school en voor alle scholen samen`,
      legend:
        'Tussen haakjes het 90%-betrouwbaarheidsinterval. Een cel met minder dan 10 leerlingen toont voor het bestuur alleen het aantal.',
    },
    adviceLabels: {
      pro: 'praktijkonderwijs',
      'vmbo-bb': 'vmbo-bb',
      'vmbo-bb/kb': 'vmbo-bb/kb',
      'vmbo-kb': 'vmbo-kb',
      'vmbo-kb/gt': 'vmbo-kb/gt',
      'vmbo-gt': 'vmbo-gt',
      'vmbo-gt/havo': 'vmbo-gt/havo',
      havo: 'havo',
      'havo/vwo': 'havo/vwo',
      vwo: 'vwo',
    } as Record<string, string>,
  },
};

export type SchooladviesCatalog = typeof schooladviesNl;
