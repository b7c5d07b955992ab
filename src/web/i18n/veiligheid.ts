/**
 * UI text for the yearly monitoring of social safety (monitoring sociale veiligheid): the pupils' own
 * lists on safety and well-being per groep 5–8, printable for the Inspectie. Dutch, the source;
 * veiligheid-en.ts has the same keys.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const veiligheidNl = {
  veiligheid: {
    link: 'Sociale veiligheid',
    title: 'Monitoring sociale veiligheid',
    subtitle: (school: string, schooljaar: string) => `${school} · schooljaar ${schooljaar}`,
    intro:
      'Elk jaar moet de school de veiligheid en het welbevinden van haar leerlingen monitoren met een instrument dat de Inspectie erkent. Hier staan de vragenlijsten die de leerlingen van groep 5 tot en met 8 zelf invulden: per schaal het deel van de leerlingen dat niet in de ongunstige band scoort, zoals "voelt zich veilig".',
    year: 'Schooljaar',
    print: 'Afdrukken voor de Inspectie',
    complete: 'Monitoring compleet',
    completeText:
      'Alle groepen 5 tot en met 8 vulden dit schooljaar een lijst over veiligheid en over welbevinden in.',
    incomplete: 'Monitoring niet compleet',
    incompleteText: (missing: readonly string[]) => `Nog niet gemeten: ${missing.join('; ')}.`,
    nothing:
      'Dit schooljaar vulden geen leerlingen van groep 5 tot en met 8 een vragenlijst over veiligheid of welbevinden in.',
    missingIn: (groep: string, domains: readonly string[]) => `${groep} (${domains.join(' en ')})`,
    instruments: 'Instrument',
    instrumentLine: (name: string, from: string, to: string, pupils: number) =>
      `${name}: afgenomen ${from === to ? `op ${from}` : `van ${from} tot en met ${to}`}, ${plural(pupils, 'leerling', 'leerlingen')}`,
    coverageTitle: 'Gemeten per groep',
    coverageCaption:
      'Per jaargroep hoeveel leerlingen er waren en hoeveel een lijst over veiligheid en over welbevinden invulden',
    groep: 'Groep',
    groepName: (jaargroep: string) => `Groep ${jaargroep}`,
    pupils: 'Leerlingen',
    measured: (domain: string) => `Gemeten: ${domain}`,
    notMeasured: 'niet gemeten',
    domains: { veiligheid: 'veiligheid', welbevinden: 'welbevinden' } as Record<string, string>,
    domainTitles: { veiligheid: 'Veiligheid', welbevinden: 'Welbevinden' } as Record<string, string>,
    scaleCaption: (scale: string, instrument: string) =>
      `${scale} (${instrument}): per groep en voor de school het deel van de leerlingen dat niet in de ongunstige band scoort`,
    favourableHeader: (domain: string): string =>
      domain === 'veiligheid' ? 'Voelt zich veilig' : 'Voelt zich goed',
    interval: 'Marge (90 %)',
    n: 'N',
    school: 'School',
    share: (pct: string, count: number, n: number) => `${pct} % (${count} van ${n})`,
    range: (low: string, high: string) => `${low}–${high} %`,
    suppressed: (min: number) => `minder dan ${min} leerlingen: geen cijfer`,
    withheldForOther: 'geen cijfer: anders is een kleine groep terug te rekenen uit het schooltotaal',
    withoutBand: (count: number) => `${plural(count, 'leerling', 'leerlingen')} zonder band niet meegeteld`,
    instrumentNames: {
      zien: 'ZIEN!',
      kanvas: 'KanVAS',
      scol: 'SCOL',
      'lib-sef': 'Leerling in Beeld, sociaal-emotioneel functioneren',
    } as Record<string, string>,
    scaleNames: { veiligheidsbeleving: 'Veiligheidsbeleving', welbevinden: 'Welbevinden' } as Record<
      string,
      string
    >,
    bestuur: {
      title: 'Sociale veiligheid en tevredenheid',
      intro:
        "Per school het deel van de leerlingen van groep 5 tot en met 8 dat zich veilig en goed voelt (de schaal met de meeste leerlingen), of de jaarlijkse monitoring compleet is, en per groep het deel positief in de laatste tevredenheidspeiling tot en met dat schooljaar (gemiddeld over de thema's). Bij minder dan 10 leerlingen of respondenten geen cijfer.",
      caption: (schooljaar: string) =>
        `Sociale veiligheid en tevredenheid per school, schooljaar ${schooljaar}`,
      safe: 'Voelt zich veilig',
      well: 'Voelt zich goed',
      monitoring: 'Monitoring',
      complete: 'compleet',
      incomplete: 'niet compleet',
      survey: (groep: string) => `Tevreden: ${groep.toLowerCase()}`,
      notMeasured: 'niet gemeten',
      small: (n: number) => `N = ${n}: geen cijfer`,
      positief: (pct: string) => `${pct} % positief`,
      surveyDate: (n: number, date: string) => `N = ${n} · peiling ${date}`,
    },
    legend: 'Uitleg',
    legendItems: {
      favourable:
        'Voelt zich veilig / goed: de leerling scoort gemiddeld of gunstiger op de schaal (niet in de ongunstige band). Een score met alleen een percentiel krijgt de band van dat percentiel: onder 25 laag, boven 75 hoog.',
      latest: 'Vult een leerling de lijst twee keer in een schooljaar in, dan telt de laatste.',
      interval:
        'Marge (90 %): bij zo weinig leerlingen is het deel onzeker; het ware deel ligt met 90 % zekerheid tussen deze grenzen.',
      suppressed: (min: number) =>
        `Geen cijfer bij minder dan ${min} leerlingen: zo is het antwoord van een kind niet te herleiden, ook niet op papier.`,
      withheldForOther:
        'Geen cijfer bij een grotere groep: met het schooltotaal erbij was het cijfer van een kleine groep anders uit te rekenen.',
      complete:
        'Compleet: elke groep 5 tot en met 8 die de school dit jaar heeft, vulde een lijst over veiligheid én een over welbevinden in.',
    },
  },
};

export type VeiligheidCatalog = typeof veiligheidNl;
