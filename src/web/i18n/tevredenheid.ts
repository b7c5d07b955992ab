/**
 * UI text for satisfaction (tevredenheid): the surveys of pupils, parents and team per theme over the
 * years, and the import of a survey tool's file. Dutch, the source; tevredenheid-en.ts has the same keys.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const tevredenheidNl = {
  tevredenheid: {
    link: 'Tevredenheid',
    title: 'Tevredenheid',
    intro:
      'Wat leerlingen, ouders en het team in de tevredenheidspeilingen antwoordden, per thema over de jaren: het deel dat positief antwoordde, het gemiddelde op de schaal van de peiling en het aantal respondenten (N).',
    empty: 'Er zijn nog geen uitkomsten van tevredenheidspeilingen ingelezen.',
    groups: { leerlingen: 'Leerlingen', ouders: 'Ouders', team: 'Team' } as Record<string, string>,
    caption: (groep: string) =>
      `${groep}: per thema en schooljaar het deel dat positief antwoordde, het gemiddelde en N`,
    theme: 'Thema',
    trend: 'Verloop sinds de vorige peiling',
    positief: (pct: string) => `${pct} positief`,
    mean: (value: string, min: string, max: string) => `gem. ${value} (${min}–${max})`,
    n: (n: number) => `N = ${n}`,
    suppressed: (min: number) => `minder dan ${min} respondenten: geen cijfer`,
    notAsked: 'niet gepeild',
    firstSurvey: 'eerste peiling',
    positiefChange: (points: string) => `${points} procentpunt positief`,
    meanChange: (value: string) => `gemiddelde ${value}`,
    notComparable: 'gemiddelde niet te vergelijken (andere schaal of ander instrument)',
    since: (schooljaar: string) => `sinds ${schooljaar}`,
    held: (surveys: string) => `Afgenomen: ${surveys}`,
    survey: (date: string, instrument: string | null) => (instrument ? `${date} (${instrument})` : date),
    legend: 'Uitleg',
    legendItems: {
      positief: 'positief: het deel van de respondenten dat positief antwoordde.',
      mean: 'gem.: het gemiddelde op de antwoordschaal van de peiling, zoals 1–4.',
      n: 'N: het aantal respondenten. Een verschil van een paar procentpunt bij een kleine N kan toeval zijn.',
      trend:
        'Het lijntje toont het deel positief over de peilingen (of, zonder dat, het gemiddelde). Een gemiddelde op een andere schaal of van een ander instrument begint opnieuw.',
      suppressed: (min: number) =>
        `Geen cijfer: minder dan ${min} respondenten. Zo is geen antwoord van één persoon te herleiden.`,
    },
    importTitle: 'Uitkomsten van een peiling inlezen',
    importHint:
      'Een CSV-bestand uit het peilingsinstrument met per regel één thema van één peiling: datum (dd-mm-jjjj); groep (leerlingen, ouders of team); thema; n (aantal respondenten); gemiddelde met de schaal (zoals 3,4 en 1-4) en/of positief (percentage); instrument (mag leeg). Een peiling die opnieuw wordt ingelezen, vervangt de eerdere. Alles of niets: bij een fout wordt niets opgeslagen.',
    importChoose: 'Kies een CSV-bestand',
    importSurvey: (groep: string, date: string) => `${groep} ${date}`,
    imported: (lines: number, surveys: readonly string[]) =>
      `Ingelezen: ${plural(lines, 'regel', 'regels')} uit ${plural(surveys.length, 'peiling', 'peilingen')} (${surveys.join(', ')}).`,
    refused: 'Niet ingelezen; er is niets opgeslagen. Los deze regels op en probeer het opnieuw:',
  },
};

export type TevredenheidCatalog = typeof tevredenheidNl;
