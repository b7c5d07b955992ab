/**
 * UI text for social safety and well-being over the years on the school's trends page: per schooljaar
 * the yearly monitoring's share of pupils who feel safe and well. Dutch, the source;
 * veiligheid-trend-en.ts has the same keys. Scale and instrument names come from veiligheid.ts.
 */
export const veiligheidTrendNl = {
  veiligheidTrend: {
    title: 'Sociale veiligheid en welbevinden',
    intro:
      'Per schooljaar het deel van de leerlingen van groep 5 tot en met 8 dat zich veilig en goed voelt, uit hun eigen vragenlijsten van de jaarlijkse monitoring. Per domein telt de schaal met de meeste leerlingen.',
    link: 'Naar de monitoring sociale veiligheid',
    empty: 'De leerlingen vulden nog geen vragenlijst over veiligheid of welbevinden in.',
    chartLabel: 'Grafiek: deel van de leerlingen dat zich veilig en goed voelt, per schooljaar',
    domains: { veiligheid: 'Voelt zich veilig', welbevinden: 'Voelt zich goed' } as Record<string, string>,
    /** Short names under a year on the chart's axis, beside why the year has no point. */
    shortDomains: { veiligheid: 'veilig', welbevinden: 'goed' } as Record<string, string>,
    intervalOf: (domain: string) => `${domain} (90%-interval)`,
    caption:
      'Per schooljaar en domein: het aantal leerlingen (N), het deel dat niet in de ongunstige band scoort en de marge (90 %)',
    schooljaar: 'Schooljaar',
    monitoring: 'Monitoring',
    complete: 'compleet',
    incomplete: 'niet compleet',
    n: 'N',
    share: 'Deel',
    interval: 'Marge (90 %)',
    shareOf: (pct: string, count: number, n: number) => `${pct} % (${count} van ${n})`,
    range: (low: string, high: string) => `${low}–${high} %`,
    scale: (scale: string, instrument: string) => `${scale} · ${instrument}`,
    suppressed: (min: number) => `minder dan ${min} leerlingen: geen cijfer`,
    notMeasured: 'niet gemeten',
    /** Under a year on the chart's axis: why a domain has no point there. */
    axisSuppressed: (domain: string) => `${domain}: geen cijfer`,
    axisNotMeasured: (domain: string) => `${domain}: niet gemeten`,
    legend: 'Uitleg',
    legendItems: {
      favourable:
        'Voelt zich veilig / goed: de leerling scoort gemiddeld of gunstiger op de schaal, zoals op de pagina van de monitoring. Heeft de school twee instrumenten voor een domein, dan telt de schaal met de meeste leerlingen; de tabel noemt die schaal.',
      band: 'De gekleurde band om een lijn is de marge (90 %): het ware deel ligt met 90 % zekerheid daartussen.',
      gap: (min: number) =>
        `Een jaar zonder punt heeft geen cijfer (minder dan ${min} leerlingen) of is niet gemeten; dat staat onder het jaar en in de tabel. Het is geen 0 %.`,
    },
  },
};

export type VeiligheidTrendCatalog = typeof veiligheidTrendNl;
