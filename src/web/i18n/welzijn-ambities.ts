/**
 * UI text for ambitions on social safety and satisfaction (welzijn-ambities): set on the ambitions
 * page, read with their verdict there and in the schooloverzicht. Dutch, the source;
 * welzijn-ambities-en.ts has the same keys.
 */
const GROUPS: Record<string, string> = { leerlingen: 'de leerlingen', ouders: 'de ouders', team: 'het team' };

export const welzijnAmbitiesNl = {
  welzijnAmbities: {
    title: 'Welzijn en tevredenheid',
    intro:
      'Ambities op sociale veiligheid (de leerlingenlijsten van de monitoring) en op tevredenheid (de peilingen), met N en 90%-interval. Onder 10 leerlingen of respondenten geen cijfer.',
    empty: 'Nog geen ambities op veiligheid, welbevinden of tevredenheid in dit schooljaar.',
    caption: (jaar: string) => `Ambities op welzijn en tevredenheid ${jaar}`,
    ambition: 'Ambitie',
    outcome: 'Uitkomst',
    verdict: 'Oordeel',
    seo: {
      veiligheid: (pct: string) => `Minstens ${pct} van de leerlingen voelt zich veilig`,
      welbevinden: (pct: string) => `Minstens ${pct} van de leerlingen heeft een gunstig welbevinden`,
    } as Record<string, (pct: string) => string>,
    survey: (pct: string, groep: string, thema: string) =>
      `Minstens ${pct} van ${GROUPS[groep] ?? groep} positief over ${thema}`,
    share: (pct: string, n: number) => `${pct} (N = ${n})`,
    tooFew: (n: number, min: number) => `N = ${n}: minder dan ${min}, geen cijfer`,
    noMeasurement: 'Nog geen meting in dit schooljaar',
    tooFewVerdict: 'Te weinig voor een oordeel',
    measure: 'Waarover',
    measureSeo: {
      veiligheid: 'Leerlingen voelen zich veilig (monitoring)',
      welbevinden: 'Welbevinden van leerlingen (monitoring)',
    } as Record<string, string>,
    measureSurvey: (groep: string, thema: string) => `Tevredenheid van ${GROUPS[groep] ?? groep}: ${thema}`,
    minPercent: 'Minstens (%)',
    save: 'Vastleggen',
    saved: (version: number): string =>
      version > 1 ? 'De ambitie op deze maat is gewijzigd.' : 'De ambitie is vastgelegd.',
    remove: 'Laten vallen',
    removeLabel: (what: string) => `Laten vallen: ${what}`,
    noThemes: 'Zonder ingelezen tevredenheidspeiling kan een ambitie alleen over de monitoring gaan.',
  },
};

export type WelzijnAmbitiesCatalog = typeof welzijnAmbitiesNl;
