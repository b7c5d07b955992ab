/**
 * UI text for the import of social-emotional scores (ZIEN!, KanVAS, SCOL, Kindbegrip, Leerling in
 * Beeld, a school's own list). Dutch, the source; seo-import-en.ts has the same keys.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const seoImportNl = {
  seoImport: {
    tab: 'Sociaal-emotioneel (CSV of Excel)',
    file: 'Export van ZIEN!, KanVAS, SCOL, Kindbegrip, Leerling in Beeld of een eigen lijst (CSV of XLSX)',
    headerRowTitle: 'Regel met de kolomnamen',
    headerRowIntro:
      'Boven de kolomnamen staat vaak een titelblok (instrument, school, datum). Leerwinst zocht de regel met de kolomnamen; kies een andere als dat niet klopt.',
    headerRowOption: (line: number, cells: string) => `Regel ${line}: ${cells}`,
    headerRowAuto: 'Laat Leerwinst de regel met de kolomnamen opnieuw zoeken',
    emptyFile: 'Er is geen regel met kolomnamen gevonden.',
    fields: {
      leerlingKey: 'Leerlingnummer',
      eckid: 'ECK-iD',
      instrument: 'Instrument',
      versie: 'Versie',
      lijst: 'Lijst (wie vulde in)',
      schaal: 'Schaal of categorie',
      afnamedatum: 'Afnamedatum',
      ruweScore: 'Ruwe score',
      percentiel: 'Percentiel',
      band: 'Niveau of normgroep',
      signaal: 'Signaal van het instrument',
      naam: 'Naam (alleen ter controle)',
      roepnaam: 'Roepnaam (alleen ter controle)',
      voorvoegsel: 'Voorvoegsel (alleen ter controle)',
      achternaam: 'Achternaam (alleen ter controle)',
      groep: 'Groep (alleen ter controle)',
    } as Record<string, string>,
    scaleColumnsTitle: 'Kolommen per schaal',
    scaleColumnsIntro:
      'Staat elke schaal in een eigen kolom? Kies bij die kolommen de schaal en wat erin staat. Heeft het bestand een kolom met de schaal, laat dit dan leeg.',
    scaleFor: (column: string) => `Schaal in kolom ${column}`,
    measureFor: (column: string) => `Waarde in kolom ${column}`,
    measures: {
      ruweScore: 'Ruwe score',
      percentiel: 'Percentiel',
      band: 'Niveau',
      signaal: 'Signaal',
    } as Record<string, string>,
    forWholeFile: 'Voor het hele bestand (als er geen kolom voor is)',
    instrument: 'Instrument van het bestand',
    lijst: 'Lijst van het bestand',
    lists: { leerkracht: 'Leerkracht', leerling: 'Leerling', ouder: 'Ouder' } as Record<string, string>,
    afnamedatum: 'Datum van afname (dd-mm-jjjj)',
    versie: 'Versie van het bestand',
    ownList: (name: string) => `${name} (eigen lijst)`,
    rows: (total: number, valid: number, invalid: number) =>
      `${plural(total, 'regel', 'regels')}: ${valid} goed, ${invalid} fout.`,
    scores: (total: number, pupils: number) =>
      `${plural(total, 'score', 'scores')} van ${plural(pupils, 'leerling', 'leerlingen')}.`,
    changes: (n: number, c: number, u: number) => `${n} nieuw, ${c} gewijzigd, ${u} ongewijzigd.`,
    perScaleCaption: 'Per instrument, lijst en schaal: aantal scores, niveau en signalen',
    colInstrument: 'Instrument',
    colList: 'Lijst',
    colScale: 'Schaal',
    colScores: 'Scores',
    colLow: 'Laag',
    colAverage: 'Gemiddeld',
    colHigh: 'Hoog',
    colSignals: 'Signalen',
    signalledTitle: 'Leerlingen met een signaal van het instrument',
    signalled: (name: string, key: string, n: number) =>
      `${name} (${key}): ${plural(n, 'signaal', 'signalen')}`,
    imported: 'Ingelezen.',
    ownListTitle: 'Eigen lijst van de school',
    ownListIntro:
      'Gebruikt de school een eigen vragenlijst? Geef de naam en de schalen (één per regel), zoals ze in het bestand staan. Daarna leest u bestanden van die lijst in zoals de andere.',
    ownListName: 'Naam van de lijst',
    ownListScales: 'Schalen (één per regel)',
    ownListAdd: 'Lijst toevoegen',
    ownListAdded: 'De lijst is toegevoegd.',
  },
};

export type SeoImportCatalog = typeof seoImportNl;
