/**
 * UI text for social-emotional scores (ZIEN!, KanVAS, SCOL, …) on the pupil page, in the
 * groepsoverzicht and in the school's signal rules. Dutch, the source; seo-pupil-en.ts has the same keys.
 * Instrument and scale names come from shared/seo-names.ts, which the server's Dutch documents use too.
 */
import { seoInstrumentNaam, seoLijstNaam, seoSchaalNaam } from '../../shared/seo-names';

const BAND: Record<string, string> = { laag: 'laag', gemiddeld: 'gemiddeld', hoog: 'hoog' };

export const seoPupilNl = {
  seoScores: {
    instrument: seoInstrumentNaam,
    scale: seoSchaalNaam,
    list: (lijst: string) => {
      const name = seoLijstNaam(lijst);
      return name.charAt(0).toUpperCase() + name.slice(1);
    },
    /** "ZIEN! welbevinden (leerlinglijst)", as the signal sentences name a scale. */
    series: (instrument: string, lijst: string, schaal: string) =>
      `${seoInstrumentNaam(instrument)} ${seoSchaalNaam(schaal).toLowerCase()} (${seoLijstNaam(lijst)})`,
    band: BAND,
    signaal: { aandacht: 'aandacht', zorg: 'zorg' } as Record<string, string>,
    signalTitle: (signaal: string) => `Signaal van het instrument: ${signaal}`,
    percentile: (p: string) => `P${p}`,
    percentileLong: (p: string) => `percentiel ${p}`,
    title: 'Sociaal-emotioneel',
    intro:
      'De ingelezen scores van het sociaal-emotionele instrument, per lijst en schaal bij elke afname: het percentiel, de band (laag, gemiddeld, hoog) en het signaal van het instrument. Bij een schaal waar hoog ongunstig is (incidenten, angst) staat dat erbij.',
    empty: 'Van deze leerling zijn geen scores van een sociaal-emotioneel instrument ingelezen.',
    caption: (instrument: string, list: string) =>
      `${instrument}, ${list}: per schaal elke afname met percentiel, band en signaal`,
    scaleHeader: 'Schaal',
    changeHeader: 'Verloop',
    highIsBad: 'hoog is ongunstig',
    noScore: 'geen score',
    first: 'eerste afname',
    change: (points: string) => `${points} percentielpunten`,
    movement: { beter: 'gunstiger band', slechter: 'ongunstiger band', gelijk: 'zelfde band' } as Record<
      string,
      string
    >,
    tierHint: { gunstig: 'gunstige kant', gemiddeld: 'midden', ongunstig: 'ongunstige kant' } as Record<
      string,
      string
    >,
    /** The groepsoverzicht's section. */
    groupTitle: 'Sociaal-emotioneel',
    groupIntro: (schooljaar: string) =>
      `De laatste score van ${schooljaar} per schaal, met de band en het signaal van het instrument.`,
    groupCaption: (schooljaar: string) =>
      `Sociaal-emotionele scores van ${schooljaar}: per leerling de laatste score per schaal`,
    pupilHeader: 'Leerling',
    /** The school's signal rules. */
    rulesIntro:
      'Kies per instrument welke scores een signaal geven. Alleen de laatste score van elke schaal telt. Standaard staat niets aan: het instrument toont zijn eigen signalen ook in zijn eigen programma.',
    rulesNone: 'Deze school heeft nog geen scores van een sociaal-emotioneel instrument ingelezen.',
    signalRule: {
      zorg: 'Signaal van het instrument: zorg',
      aandacht: 'Signaal van het instrument: aandacht of zorg',
    } as Record<string, string>,
    bandRule: (scale: string, band: string) => `${scale} ${band}`,
    rulesGroup: (instrument: string) => `Regels voor ${instrument}`,
  },
};
