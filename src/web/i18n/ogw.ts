/** UI text for the OGW half: ambitions, schooloverzicht, trends, bestuur grid, teambespreking. */
import type { Verdict } from '../../domain/ambitions-verdict';

/** The verdict in the words of every screen and print; the server's exports use the same words. */
const VERDICTS_NL: Record<Verdict, string> = {
  'boven-zeker': 'Duidelijk boven de ambitie',
  'gelijk-zeker': 'Op de ambitie',
  'boven-marge': 'Boven de ambitie, maar binnen de toevalsmarge',
  'gelijk-marge': 'Op de ambitie, binnen de toevalsmarge',
  'onder-marge': 'Onder de ambitie, maar binnen de toevalsmarge',
  'onder-zeker': 'Duidelijk onder de ambitie',
  'geen-gegevens': 'Geen gegevens',
};

export const ogwNl = {
  overzicht: {
    title: 'Schooloverzicht',
    link: 'Schooloverzicht',
    intro:
      'Per jaargroep en vak: hebben we gehaald wat we afspraken? Met het 90%-interval, zodat toeval geen conclusie wordt.',
    schooljaar: 'Schooljaar',
    moment: 'Toetsmoment',
    moments: { B: 'Begin (B)', M: 'Midden (M)', E: 'Eind (E)' } as Record<string, string>,
    jaargroep: (j: number) => `Groep ${j}`,
    caption: (school: string, jaar: string, moment: string) => `Schooloverzicht ${school}, ${jaar} ${moment}`,
    pupils: (n: number) => (n === 1 ? '1 leerling' : `${n} leerlingen`),
    interval: (low: string, high: string) => `90%: ${low}–${high}`,
    noAmbition: 'geen ambitie',
    /** The parts of a goal's wording; pages/ogw/format.ts goalLabel picks one by the goal's kind. */
    goals: {
      atOrAbove: (share: string, level: string) => `minstens ${share} op ${level} of hoger`,
      atMostLowest: (share: string, level: string) => `hoogstens ${share} op ${level}`,
      meanAtLeastNorm: 'gemiddelde vaardigheidsscore minstens het landelijk gemiddelde',
      growthAsExpected: (share: string) => `minstens ${share} met leerwinst zoals verwacht`,
      refAtLeast1F: (share: string) => `minstens ${share} op 1F of hoger`,
      refAtLeast2F: (share: string) => `minstens ${share} op 2F/1S`,
      usualShare: (level: string) => `aandeel op ${level} of hoger (geen ambitie)`,
    },
    verdicts: VERDICTS_NL,
    verdictHelp:
      'Binnen de toevalsmarge: het 90%-interval ligt aan beide kanten van de ambitie. Met deze groepsgrootte kan het verschil toeval zijn; het woord boven, op of onder zegt aan welke kant het resultaat zelf ligt.',
    suppressed: 'minder dan 10 leerlingen: geen cijfer',
    suppressedTotal: 'geen cijfer: anders is een school met minder dan 10 leerlingen terug te rekenen',
    emptyCell: '–',
    openCell: (j: number, vak: string) => `Groep ${j}, ${vak}: details`,
    details: 'Details',
    close: 'Sluiten',
    figures: 'Ambities en resultaten',
    groups: 'Groepen',
    toDatamuur: (group: string) => `Datamuur ${group}`,
    toWall: (j: number) => `Datamuur jaargroep ${j}`,
    toTrend: 'Trend over de jaren',
    lastYears: 'Laatste jaren',
    versionBreak: (year: string) => `nieuwe toetsversie vanaf ${year}`,
    referentie: 'Referentieniveaus groep 8 (drie jaar samen)',
    referentieIntro:
      'Zoals de Inspectie kijkt: het aandeel leerlingen op of boven 1F en 2F/1S over de laatste drie schooljaren, naast de signaleringswaarde. Een signaleringswaarde is geen doel; de ambitie van de school staat ernaast.',
    indicator: 'Indicator',
    referentiePupils: 'Leerlingen (schooljaren)',
    againstBar: {
      'boven-zeker': 'duidelijk erboven',
      'gelijk-zeker': 'erop',
      'boven-marge': 'erboven, maar binnen de toevalsmarge',
      'gelijk-marge': 'erop, binnen de toevalsmarge',
      'onder-marge': 'eronder, maar binnen de toevalsmarge',
      'onder-zeker': 'duidelijk eronder',
      'geen-gegevens': 'geen gegevens',
    } satisfies Record<Verdict, string> as Record<string, string>,
    share: 'Behaald',
    signaleringswaarde: 'Signaleringswaarde',
    ambition: 'Ambitie',
    noReferentie: 'Geen resultaten op referentieniveau (doorstroomtoets) in deze jaren.',
    words: 'Ambities in woorden',
    noWords: 'Geen ambities in woorden voor dit schooljaar.',
    evaluation: 'Evaluatie',
    notEvaluated: 'nog niet geëvalueerd',
    print: 'Afdrukken',
    export: 'Excel',
    ambitionsLink: 'Ambities',
    trendsLink: 'Trends',
    teambesprekingen: 'Teambesprekingen',
    newTeambespreking: 'Teambespreking vastleggen',
    heldOn: 'Datum van de bespreking',
    noTeambesprekingen: 'Nog geen teambesprekingen vastgelegd.',
    noData: 'Nog geen toetsresultaten voor dit schooljaar en moment.',
    legend: 'Legenda',
    /** The legend beside the figures: what each mark and word on the screen means. */
    legendItems: {
      verdictGreen:
        'Groen: duidelijk boven (of op) de ambitie. Het hele 90%-interval ligt aan de goede kant.',
      verdictGrey:
        'Grijs: binnen de toevalsmarge. Het 90%-interval loopt over de ambitie heen; boven, op of onder zegt waar het resultaat zelf ligt.',
      verdictRed: 'Rood: duidelijk onder de ambitie. Het hele 90%-interval ligt aan de verkeerde kant.',
      interval:
        '90%: het 90%-interval, de toevalsmarge. Met een andere groep kinderen van dezelfde school had het resultaat waarschijnlijk binnen deze grenzen gelegen.',
      atMost:
        'Bij een ambitie “hoogstens … op V (of E)” is minder beter: minder leerlingen op het laagste niveau is boven de ambitie.',
      sparkline:
        'Lijntje: dezelfde maat in de laatste vijf schooljaren; de stippellijn is de ambitie. Een nieuwe toetsversie begint een nieuw lijntje.',
      vs: 'VS: vaardigheidsscore, de score op de doorlopende schaal van de toets. Een gemiddelde wordt alleen binnen één toetsversie berekend.',
      arrows:
        '↑ ↓ =: hoger, lager of gelijk niveau dan bij de vorige meting. → : van de ene toetsversie naar de andere.',
      share:
        'Aandeel III of hoger: het deel van de leerlingen op niveau I, II of III (bij A–E: A, B of C). Landelijk is dat 60 % (A–E: 75 %).',
      band: 'Band om de lijn: het 90%-interval van elk punt. Een punt buiten de band van een ander punt is waarschijnlijk geen toeval.',
      suppressed: 'Geen cijfer: minder dan 10 leerlingen. Zo is geen kind in een percentage te herkennen.',
    },
  },
  ambities: {
    title: 'Ambities',
    intro:
      'Wat het team zich voorneemt, per vak, jaargroep en toetsmoment, met het landelijk aandeel ernaast. Per jaargroep, vak, moment en maat is er één ambitie; elke wijziging blijft bewaard met de oude waarde, de reden en wie besloot.',
    copy: (from: string) => `Ambities van ${from} overnemen`,
    copied: (n: number, skipped: number) =>
      `${n} ambities overgenomen${skipped > 0 ? `, ${skipped} stonden er al` : ''}.`,
    add: 'Nieuwe ambitie',
    vak: 'Vak',
    jaargroep: 'Jaargroep',
    moment: 'Moment',
    kind: 'Soort',
    value: 'Percentage',
    level: 'Niveau',
    text: 'Ambitie in woorden',
    reason: 'Waarom?',
    decidedBy: 'Besloten door (bijvoorbeeld: teambespreking februari)',
    save: 'Opslaan',
    cancel: 'Annuleren',
    change: 'Wijzigen',
    drop: 'Laten vervallen',
    dropped: 'vervallen',
    history: 'Geschiedenis',
    historyLine: (version: number, action: string, by: string, date: string) =>
      `Versie ${version}: ${action} door ${by} op ${date}`,
    actions: {
      aangemaakt: 'aangemaakt',
      gewijzigd: 'gewijzigd',
      vervallen: 'vervallen',
      geevalueerd: 'geëvalueerd',
      samengevoegd: 'samengevoegd',
    } as Record<string, string>,
    kinds: {
      atOrAbove: 'Minstens … % op niveau … of hoger',
      atMostLowest: 'Hoogstens … % op het laagste niveau (V / E)',
      meanAtLeastNorm: 'Gemiddelde minstens het landelijk gemiddelde',
      growthAsExpected: 'Minstens … % met leerwinst zoals verwacht',
      refAtLeast1F: 'Groep 8: minstens … % op 1F of hoger',
      refAtLeast2F: 'Groep 8: minstens … % op 2F/1S',
      woorden: 'Ambitie in woorden (bijvoorbeeld instructiegedrag)',
    } as Record<string, string>,
    all: 'alle vakken',
    none: 'Nog geen ambities voor dit schooljaar.',
    signalering: 'Signaleringswaarden van de Inspectie',
    signalering1F: (pct: string) => `1F: ${pct} voor elke school`,
    signalering2F: (pct: string, weging: string) => `2F/1S: ${pct} bij schoolweging ${weging}`,
    signalering2FMissing: '2F/1S: onbekend (geen schoolweging of geen tabel ingelezen)',
    evaluate: 'Evalueren',
    evaluationLabel: 'Hoe staat het ervoor? (evaluatie in woorden)',
    readOnly: 'Je kunt de ambities bekijken; alleen de IB en de schoolleider passen ze aan.',
    caption: (jaar: string) => `Ambities ${jaar}`,
    target: 'Ambitie',
    editTitle: 'Ambitie wijzigen',
    dropTitle: 'Ambitie laten vervallen',
    /** The grid of jaargroep × vak per moment. */
    gridCaption: (jaar: string, moment: string) => `Ambities ${jaar}, toetsmoment ${moment}`,
    momentChoice: 'Toetsmoment',
    openCell: (j: number, vak: string) => `Groep ${j}, ${vak}: ambities`,
    cellTitle: (j: number, vak: string, moment: string) => `Groep ${j} · ${vak} · ${moment}`,
    cellEmpty: 'geen ambitie',
    cellAdd: 'Ambitie vastleggen',
    cellSet: 'Ambitie vastleggen voor deze groep',
    cellExisting: 'Ambities van deze groep',
    replaces: (goal: string) =>
      `Deze groep heeft al een ambitie voor deze maat (${goal}). Opslaan wijzigt die; de oude waarde blijft in de geschiedenis.`,
    savedAsChange: (version: number) =>
      `Er stond al een ambitie voor deze maat: die is gewijzigd (versie ${version}); de oude waarde staat in de geschiedenis.`,
    wordsTitle: 'Ambities in woorden',
    wordsIntro: 'Bijvoorbeeld over instructiegedrag: het team beoordeelt ze zelf, de toetsgegevens niet.',
    wordsAdd: 'Ambitie in woorden vastleggen',
    /** The national share of the ambition's measure, beside it. */
    reference: {
      share: (measure: string, pct: string) => `${measure}: landelijk ${pct}`,
      atOrAbove: (level: string) => `${level} of hoger`,
      atMostLowest: (level: string) => `op ${level}`,
      comparison: {
        lager: 'ambitie lager dan landelijk',
        gelijk: 'ambitie gelijk aan landelijk',
        hoger: 'ambitie hoger dan landelijk',
      } as Record<string, string>,
      none: {
        gemiddelde: 'Landelijk: de ambitie is het landelijk gemiddelde zelf.',
        groei:
          'Geen landelijk cijfer: hoeveel leerlingen groeien zoals verwacht, hangt af van de gekozen lat.',
        referentie:
          'Geen landelijk cijfer: het landelijk aandeel op 1F en 2F/1S verschilt per jaar en staat niet in de gegevens van de school. Vergelijk met de signaleringswaarde hierboven.',
        woorden: '',
        onbekend: '',
      } as Record<string, string>,
      legend:
        'Landelijk: het aandeel leerlingen in de landelijke normgroep dat de maat haalt. Bij I–V heeft elk niveau 20 % (III of hoger: 60 %), bij A–E A, B en C 25 %, D 15 %, E 10 %.',
    },
  },
  trends: {
    title: 'Trendanalyses',
    intro:
      'Is het een trend of ruis? Elk punt heeft een 90%-interval; een nieuwe toetsversie begint een nieuwe lijn.',
    kind: 'Soort trend',
    kinds: {
      jaargroep: 'Zelfde groep over de jaren',
      cohort: 'Cohort volgen',
      dwarsdoorsnede: 'Dwarsdoorsnede',
    } as Record<string, string>,
    kindHelp: {
      jaargroep:
        'Dezelfde jaargroep op hetzelfde moment, elk jaar andere kinderen: zegt iets over het onderwijs in die groep.',
      cohort:
        'Dezelfde kinderen door de jaren heen (ook zittenblijvers); wie vertrok telt niet meer mee, wie instroomde niet.',
      dwarsdoorsnede: 'Alle jaargroepen op één moment van één schooljaar.',
    } as Record<string, string>,
    measure: 'Maat',
    measures: { share: 'Aandeel III of hoger', mean: 'Gemiddelde vaardigheidsscore' } as Record<
      string,
      string
    >,
    /** What a value in the chart is, as the heading says it. */
    measureLabel: { share: 'aandeel op III (of C) of hoger', mean: 'gemiddelde vaardigheidsscore' },
    startYear: 'Startjaar van het cohort',
    startJaargroep: 'Jaargroep (start)',
    pointLabel: (schooljaar: string, jaargroep: number, moment: string) =>
      `${schooljaar} · groep ${jaargroep} · ${moment}`,
    intervalOf: (version: string) => `${version} (90%)`,
    chartLabel: (what: string) => `Grafiek: ${what}`,
    table: 'De cijfers in de grafiek',
    point: 'Punt',
    version: 'Toetsversie',
    n: 'Aantal',
    value: 'Waarde',
    interval: '90%-interval',
    cohortTable: 'Wie zit in het cohort',
    expected: 'Verwachte groep',
    members: 'Leden',
    left: 'Vertrokken',
    repeaters: 'Zittenblijvers',
    instroom: 'Instroom (telt niet mee)',
    empty: 'Geen resultaten voor deze keuze.',
    suppressed: 'te weinig leerlingen',
  },
  bestuurGrid: {
    title: 'Resultaten van de scholen',
    link: 'Resultaten per school',
    intro:
      'Per school en jaargroep het aandeel leerlingen op III of hoger, naast de eigen ambitie van de school. Alleen totalen; bij minder dan 10 leerlingen geen cijfer.',
    school: 'School',
    total: 'Alle scholen samen',
    caption: (vak: string, jaar: string, moment: string) =>
      `${vak}, ${jaar} ${moment}: aandeel op III of hoger per school`,
  },
  teambespreking: {
    title: (date: string) => `Teambespreking ${date}`,
    intro: (jaar: string, moment: string, at: string) =>
      `Cijfers van ${jaar} ${moment} zoals ze op ${at} stonden; latere imports veranderen ze niet.`,
    questions: {
      behaald: 'Zijn de afgesproken doelen en ambities behaald? Zo nee, wat is de oorzaak?',
      maatregelen: 'Welke verbeterpunten en maatregelen spreken we af?',
      ambities: 'Moeten de ambities omhoog of omlaag?',
    } as Record<string, string>,
    toAmbitions: 'Ambities aanpassen',
  },
};

export type OgwCatalog = typeof ogwNl;
