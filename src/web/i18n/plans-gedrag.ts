/**
 * UI text for plans about werkhouding, gedrag and sociaal-emotioneel (goals as observable behaviour or
 * an instrument target, evaluated per goal from observations and the next SEO score) and for the
 * groepsoverzicht's group section. Dutch, the source; plans-gedrag-en.ts has the same keys.
 */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const plansGedragNl = {
  plansGedrag: {
    domeinen: {
      werkhouding: 'Werkhouding',
      gedrag: 'Gedrag',
      'sociaal-emotioneel': 'Sociaal-emotioneel',
    } as Record<string, string>,
    cycleTitle: 'Werkhouding, gedrag en sociaal-emotioneel',
    cycleIntro:
      'Een plan zonder toets: doelen als waarneembaar gedrag of als doel op een sociaal-emotioneel instrument, geëvalueerd met je observaties en de volgende afname.',
    newPlan: (domein: string) => `Plan voor ${domein} maken`,
    openPlan: (domein: string) => `Plan voor ${domein} openen`,
    intro:
      'Een plan zonder toets. Schrijf de doelen als gedrag dat je kunt zien (wat, hoe je het waarneemt, wanneer het behaald is) of als doel op een sociaal-emotioneel instrument. Je observaties op de leerlingpagina en de eerstvolgende afname na de start van het plan komen vanzelf bij de evaluatie.',
    goalKinds: {
      gedrag: 'Waarneembaar gedrag',
      instrument: 'Doel op een SEO-instrument',
      woorden: 'Doel in woorden',
    } as Record<string, string>,
    gedragText: 'Gedrag',
    gedragPlaceholder: 'bijv. werkt 15 minuten zelfstandig aan een taak',
    hoe: 'Hoe je het waarneemt',
    hoePlaceholder: 'bijv. observatie tijdens het zelfstandig werken',
    criterium: 'Wanneer behaald',
    criteriumPlaceholder: 'bijv. 4 van 5 observaties',
    instrument: 'Instrument',
    schaal: 'Schaal',
    band: 'Ten minste band',
    noBand: 'geen band',
    percentiel: 'Ten minste percentiel',
    bands: { laag: 'laag', gemiddeld: 'gemiddeld', hoog: 'hoog' } as Record<string, string>,
    scaleNames: {
      betrokkenheid: 'Betrokkenheid',
      welbevinden: 'Welbevinden',
      'sociaal-initiatief': 'Sociaal initiatief',
      'sociale-flexibiliteit': 'Sociale flexibiliteit',
      'sociale-autonomie': 'Sociale autonomie',
      impulsbeheersing: 'Impulsbeheersing',
      inlevingsvermogen: 'Inlevingsvermogen',
      veiligheidsbeleving: 'Veiligheidsbeleving',
    } as Record<string, string>,
    summaryGedrag: (text: string, hoe: string, criterium: string) =>
      [text, hoe && `waargenomen: ${hoe}`, criterium && `behaald bij: ${criterium}`]
        .filter(Boolean)
        .join(' · '),
    summaryInstrument: (instrument: string, schaal: string, target: string) =>
      `${instrument}, ${schaal}: ${target}`,
    targetPercentiel: (p: string) => `ten minste percentiel ${p}`,
    targetBand: (band: string) => `ten minste band ${band}`,
    evaluationTitle: 'Evaluatie per doel',
    evaluationIntro: (since: string) =>
      `Per doel staat klaar wat je observaties in deze periode en de eerste afname sinds de start van het plan (${since}) laten zien. Kies per doel behaald, deels of niet behaald en vul het bewijs aan.`,
    proposal: 'Voorstel uit de gegevens',
    proposalNone: 'geen voorstel: jij beoordeelt dit doel',
    pupilsOfGoal: (n: number) => `voor ${plural(n, 'leerling', 'leerlingen')}`,
    observationsHeading: (n: number) => `Observaties in deze periode (${n})`,
    scoresHeading: (n: number) => `Eerste afname na de start (${plural(n, 'leerling', 'leerlingen')})`,
    noEvidence: 'Nog geen observaties of afnames voor dit doel.',
    verdict: 'Oordeel',
    bewijs: 'Bewijs',
    statuses: {
      behaald: 'Behaald',
      deels: 'Deels behaald',
      niet: 'Niet behaald',
      onbekend: 'Nog niet beoordeeld',
    } as Record<string, string>,
    observationLine: (name: string, date: string, text: string) => `${date} ${name}: ${text}`,
    scoreLine: (name: string, date: string, value: string, status: string) =>
      `${date} ${name}: ${value} (${status})`,
    percentielValue: (p: string) => `percentiel ${p}`,
    bandValue: (band: string) => `band ${band}`,
    evidenceObservations: (n: number) => `${plural(n, 'observatie', 'observaties')} in deze periode.`,
    evidenceScores: (reached: number, measured: number) =>
      `${reached} van ${measured} gemeten leerlingen haalden het doel bij de eerste afname na de start.`,
    minuten: 'Minuten per week',
    noJudgement: 'Kies eerst een oordeel bij elk doel.',
  },
  groupSection: {
    title: 'De groep',
    intro:
      'Wat vraagt deze groep van jou als leerkracht, wat helpt en wat remt de groep, en wat heb jij zelf nodig? De leerkracht doet ertoe, positieve aspecten tellen, en doelgericht werken geldt ook voor de ondersteuning van de leerkracht.',
    groepVraagt: 'Wat deze groep van de leerkracht vraagt',
    groepVraagtHint:
      'Bijvoorbeeld: veel structuur bij overgangen, korte instructie, ruimte om samen te werken.',
    groepsfactoren: 'Stimulerende en belemmerende factoren van de groep',
    groepsfactorenHint: 'Wat helpt de groep, en wat staat de groep in de weg?',
    leerkrachtBehoeften: 'Ondersteuningsbehoeften van de leerkracht',
    leerkrachtBehoeftenHint: 'Wat heb jij nodig om de groep te geven wat ze vraagt? Van wie?',
    carried: (periode: string, group: string | null) =>
      group
        ? `Overgenomen uit ${periode} van ${group}: klopt dit nog?`
        : `Overgenomen uit ${periode}: klopt dit nog?`,
    confirm: 'Klopt nog',
    saving: 'Opslaan…',
    unsaved: 'Nog niet opgeslagen',
    saveError: 'Opslaan lukte niet',
    saved: (time: string) => `Opgeslagen ${time}`,
    conflictTitle: 'Iemand anders heeft dit intussen gewijzigd',
    conflictText: (who: string) => `${who} heeft het groepsdeel intussen opgeslagen. Hun tekst:`,
    keepMine: 'Mijn tekst bewaren',
    takeTheirs: 'Hun tekst nemen',
    empty: '–',
  },
};

export type PlansGedragCatalog = typeof plansGedragNl;
