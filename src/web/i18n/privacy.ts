/**
 * UI text for privacy (AVG): a pupil's inzage and verwijdering, the school's bewaartermijnen, the audit
 * log, and the beheerder's view of the backups. Dutch, the source; privacy-en.ts has the same keys.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const privacyNl = {
  privacy: {
    // The pupil page
    pupilActions: 'Privacy',
    inzage: 'Inzage downloaden',
    inzageHint: 'Alles wat Leerwinst over deze leerling bewaart, en wie het inzag, als ZIP (JSON en HTML).',
    auditOfPupil: 'Auditlog van deze leerling',
    deletePupil: 'Leerling verwijderen',
    deleteTitle: (name: string) => `${name} verwijderen`,
    deleteIntro: (name: string) =>
      `Hiermee verwijder je ${name} met alle gegevens die Leerwinst over deze leerling bewaart:`,
    deleteWhat: [
      'de leerling zelf en de plaatsing in groepen;',
      'alle toetsresultaten, SEO-scores, het schooladvies en de terugkoppeling van het VO;',
      'observaties, regels in groepsoverzichten en indelingen in instructiegroepen;',
      'besprekingen, afspraken, zorgniveau, OPP, verzorgers en toestemmingen.',
    ],
    deleteDocuments:
      'In vastgestelde verslagen en groepsplannen wordt de naam van de leerling weggehaald. Het auditlog blijft bestaan, maar leidt niet meer naar de leerling.',
    deleteIrreversible: 'Dit kan niet ongedaan worden gemaakt.',
    deleteInzageFirst: 'Heeft iemand om inzage gevraagd? Download die dan eerst.',
    reason: 'Reden van verwijdering',
    reasonHint: 'Bijvoorbeeld het verzoek van de ouders van 12 februari. De reden komt in het auditlog.',
    reasonRequired: 'Schrijf op waarom de leerling verwijderd wordt (minstens 3 tekens).',
    reasonTooLong: 'Houd de reden korter dan 1000 tekens.',
    confirmDelete: 'Definitief verwijderen',
    cancel: 'Annuleren',
    deleted: (name: string, rows: number, documents: number) =>
      `${name} is verwijderd: ${plural(rows, 'regel', 'regels')}${documents > 0 ? `, en de naam is uit ${plural(documents, 'document', 'documenten')} gehaald` : ''}.`,
    closeNotice: 'Melding sluiten',

    // Bewaartermijnen
    retentionTitle: 'Bewaartermijnen',
    retentionIntro:
      'Hoe lang Leerwinst de gegevens van een leerling bewaart nadat die van school is gegaan, per soort gegevens. Eens per dag verwijdert Leerwinst wat over de termijn is.',
    years: 'jaar',
    yearsLabel: (category: string) => `${category} (jaren na vertrek)`,
    auditYearsLabel: (category: string) => `${category} (jaren)`,
    categories: {
      leerlingdossier: 'Leerlingdossier',
      zorg: 'Zorggegevens',
      resultaten: 'Toetsresultaten',
      auditlog: 'Auditlog',
    } as Record<string, string>,
    categoryHolds: {
      leerlingdossier:
        'Wat leerkrachten over de leerling schreven en besloten in de cyclus: observaties, regels in het groepsoverzicht, de indeling in instructiegroepen.',
      zorg: 'Besprekingen, afspraken, zorgniveau, OPP, verzorgers en toestemmingen.',
      resultaten:
        'Toetsresultaten, SEO-scores, plaatsingen, schooladvies en VO-terugkoppeling. Na het dossier en de zorg blijven ze zonder naam bewaard voor de cijfers van de school; daarna gaat de leerling helemaal weg.',
      auditlog:
        'Wie welke gegevens las of wijzigde. Regels ouder dan deze termijn worden verwijderd, ook van leerlingen die nog op school zitten.',
    } as Record<string, string>,
    defaultYears: (n: number) => `Standaard ${plural(n, 'jaar', 'jaar')}.`,
    yearsRange: 'Kies een heel getal van 1 tot en met 30 jaar.',
    resultsAtLeast: 'Moet minstens zo lang zijn als het leerlingdossier en de zorggegevens.',
    saveRetention: 'Bewaartermijnen opslaan',
    retentionSaved: 'Bewaartermijnen opgeslagen.',
    dueTitle: 'Bij de volgende opschoning',
    dueNothing: 'Er is nu niets over de termijn.',
    duePupils: (category: string, pupils: number, rows: number) =>
      `${category}: ${plural(pupils, 'leerling', 'leerlingen')} (${plural(rows, 'regel', 'regels')})`,
    dueAnonymised: (n: number) => `${plural(n, 'leerling wordt', 'leerlingen worden')} anoniem gemaakt`,
    dueAudit: (rows: number) => `Auditlog: ${plural(rows, 'regel', 'regels')}`,

    // Auditlog
    auditLink: 'Auditlog',
    auditTitle: 'Auditlog',
    auditIntro:
      'Wie las of wijzigde welke gegevens van de school. Ook het bekijken van dit log wordt vastgelegd.',
    filters: 'Filters',
    pupil: 'Leerling',
    pupilFilterHint: 'Kies een leerling in de tabel, of open het auditlog vanaf de pagina van de leerling.',
    removedPupil: 'verwijderde leerling',
    clearPupil: (name: string) => `Filter op ${name} weghalen`,
    filterOnPupil: (name: string) => `Alleen ${name}`,
    user: 'Gebruiker',
    anyUser: 'Alle gebruikers',
    action: 'Actie',
    anyAction: 'Alle acties',
    from: 'Van',
    to: 'Tot en met',
    dateFormat: 'Datum als jjjj-mm-dd',
    dateInvalid: 'Vul een datum in als jjjj-mm-dd, bijvoorbeeld 2026-02-12.',
    dateOrder: 'De einddatum ligt voor de begindatum.',
    clearFilters: 'Filters wissen',
    exportCsv: 'Exporteren als CSV',
    caption: (school: string) => `Auditlog van ${school}, nieuwste eerst`,
    at: 'Tijdstip',
    subject: 'Over',
    details: 'Details',
    system: 'Leerwinst (automatisch)',
    pupilsCount: (n: number) => plural(n, 'leerling', 'leerlingen'),
    noEntries: 'Geen regels voor dit filter.',
    newer: 'Nieuwere regels',
    older: 'Oudere regels',
    pageOf: (n: number) => `Pagina ${n}`,
    actions: {
      'pupil.read': 'Leerling bekeken',
      'pupil.data.read': 'Leerlinggegevens gelezen',
      'pupil.analysis.read': 'Analyse van leerling bekeken',
      'pupil.inzage': 'Inzage gedownload',
      'pupil.delete': 'Leerling verwijderd',
      'group.read': 'Groep bekeken',
      'group.analysis.read': 'Analyse van groep bekeken',
      'datamuur.read': 'Datamuur bekeken',
      'groepsoverzicht.read': 'Groepsoverzicht bekeken',
      'zorg.read': 'Zorggegevens bekeken',
      'opp.read': 'OPP bekeken',
      'plan.read': 'Groepsplan bekeken',
      'audit.read': 'Auditlog bekeken',
      'audit.export': 'Auditlog geëxporteerd',
      'retention.update': 'Bewaartermijnen gewijzigd',
      'retention.run': 'Opschoning volgens bewaartermijnen',
      'export.results': 'Resultaten geëxporteerd',
      'export.group': 'Groep geëxporteerd',
      'export.oso': 'OSO-dossier geëxporteerd',
      'settings.update': 'Instellingen gewijzigd',
      'auth.login': 'Ingelogd',
      'auth.logout': 'Uitgelogd',
    } as Record<string, string>,

    // Backups (beheerder)
    backupsTitle: 'Back-ups',
    backupsWhere:
      'Op SQLite maakt de server elke dag zelf een back-up in de map BACKUP_DIR (standaard de map backups naast het databasebestand). Op PostgreSQL regel je de back-ups zelf, met pg_dump of leerwinst backup.',
    backupOk: 'De laatste back-up is recent.',
    backupStale: (age: string) =>
      `Let op: de laatste geslaagde back-up is ${age} oud, ouder dan twee dagen. Controleer of de server nog back-ups maakt en of er ruimte is in de back-upmap.`,
    backupNone:
      'Let op: er is nog geen geslaagde back-up. Draait Leerwinst met een database die alleen in het geheugen staat (een proefomgeving), dan is er niets om te bewaren. Anders: maak er een met leerwinst backup en controleer de instellingen.',
    lastBackup: 'Laatste geslaagde back-up',
    age: 'Leeftijd',
    ageText: (days: number, hours: number) =>
      days === 0
        ? plural(hours, 'uur', 'uur')
        : `${plural(days, 'dag', 'dagen')}${hours > 0 ? ` en ${plural(hours, 'uur', 'uur')}` : ''}`,
    file: 'Bestand',
    size: 'Grootte',
    encrypted: 'Versleuteld',
    yes: 'ja',
    no: 'nee',
    kind: 'Soort',
    kinds: {
      dagelijks: 'dagelijkse back-up',
      handmatig: 'met de hand gemaakt',
      'voor-upgrade': 'voor een upgrade',
      'voor-terugzetten': 'voor het terugzetten van een back-up',
    } as Record<string, string>,
    atTime: (date: string, time: string) => `${date} om ${time}`,
  },
};

export type PrivacyCatalog = typeof privacyNl;
