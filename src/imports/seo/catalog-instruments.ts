/**
 * The common social-emotional instruments of Dutch primary schools, as names and scales only: no
 * norms, no items. Where the publishers' documentation could not be checked the entry says so in
 * `assumptions`. Sources per instrument in the comments; nothing is copied from them.
 */
import type { SeoDomain, SeoInstrument, SeoList, SeoScale } from './instrument';

function scale(
  code: string,
  domain: SeoDomain,
  lists: readonly SeoList[],
  synonyms: readonly string[] = [],
  higherIsBetter = true,
): SeoScale {
  return { code, domain, lists, higherIsBetter, synonyms: [code.replace(/-/g, ' '), ...synonyms] };
}

const TEACHER: readonly SeoList[] = ['leerkracht'];
const PUPIL: readonly SeoList[] = ['leerling'];
const BOTH: readonly SeoList[] = ['leerkracht', 'leerling'];

/**
 * ZIEN! (Driestar educatief, in ParnasSys). The leerkrachtvragenlijst: betrokkenheid and welbevinden,
 * and five social skills, as percentiles 0–100 (Handleiding ZIEN!, september 2015, "Percentielen op de
 * schaal 0-100"; Verantwoording ZIEN! 2011/2012). ZIEN! Leerling 5-8, "Leer- en leefklimaat"
 * (verantwoording 2016), is the pupils' own list.
 */
const ZIEN: SeoInstrument = {
  code: 'zien',
  publisher: 'Driestar educatief',
  lists: BOTH,
  scales: [
    scale('betrokkenheid', 'betrokkenheid', BOTH),
    scale('welbevinden', 'welbevinden', BOTH),
    scale('sociaal-initiatief', 'sociaal', TEACHER, ['initiatief']),
    scale('sociale-flexibiliteit', 'sociaal', TEACHER, ['flexibiliteit']),
    scale('sociale-autonomie', 'sociaal', TEACHER, ['autonomie']),
    scale('impulsbeheersing', 'sociaal', TEACHER, ['impuls beheersing']),
    scale('inlevingsvermogen', 'sociaal', TEACHER, ['inleving']),
    scale('veiligheidsbeleving', 'veiligheid', PUPIL, [
      'veiligheid',
      'sociale veiligheid',
      'ervaren veiligheid',
    ]),
  ],
  synonyms: ['zien', 'zien!', 'zien po', 'expertsysteem zien', 'zien leerkrachtvragenlijst'],
  inspectieMonitoring: true,
  wideMeasure: 'percentiel',
  assumptions: [
    'De schalen van de leerlinglijst (Leer- en leefklimaat) zijn aangenomen als betrokkenheid, welbevinden en veiligheidsbeleving; de verantwoording is niet in detail nagekeken.',
  ],
};

/**
 * KanVAS, the Kanjer Volg- en Adviessysteem (Stichting Kanjertraining), with its Vragenlijst Sociale
 * Veiligheid for groep 5–8, made with the Inspectie: incidents (social, psychological, physical
 * safety), experienced safety, well-being, whether the teacher acts, fear of incidents (kanjertraining.nl,
 * "Vragenlijst Sociale Veiligheid", 17 November 2016).
 */
const KANVAS: SeoInstrument = {
  code: 'kanvas',
  publisher: 'Stichting Kanjertraining',
  lists: PUPIL,
  scales: [
    scale('incidenten', 'incidenten', PUPIL, ['voorkomen van incidenten', 'aantasting veiligheid'], false),
    scale('veiligheidsbeleving', 'veiligheid', PUPIL, [
      'veiligheid',
      'sociale veiligheid',
      'ervaren veiligheid',
    ]),
    scale('welbevinden', 'welbevinden', PUPIL),
    scale('leerkracht-treedt-op', 'overig', PUPIL, ['optreden leerkracht', 'leerkracht treedt op']),
    scale('angst-voor-incidenten', 'incidenten', PUPIL, ['angst'], false),
  ],
  synonyms: ['kanvas', 'kanjer', 'kanjertraining', 'vragenlijst sociale veiligheid kanjertraining'],
  inspectieMonitoring: true,
  wideMeasure: 'ruweScore',
  assumptions: [
    'Alleen de leerlingvragenlijst sociale veiligheid; andere KanVAS-lijsten zijn niet opgenomen.',
  ],
};

/**
 * SCOL, Sociale Competentie ObservatieLijst (CED-Groep, published by Rovict): the teacher fills it in
 * twice a year; pupils of groep 6–8 fill in the LeerlingSCOL; eight categories of social competence
 * (kwinkopschool.nl, "SCOL"; scol.nl, "De procedure"). The Veiligheidsmonitor of SCOL covers
 * well-being and safety (rovict.nl, "SCOL – Hoe werkt het").
 */
const SCOL: SeoInstrument = {
  code: 'scol',
  publisher: 'Rovict / CED-Groep',
  lists: BOTH,
  scales: [
    scale('ervaringen-delen', 'sociaal', BOTH),
    scale('aardig-doen', 'sociaal', BOTH),
    scale('samen-spelen-en-werken', 'sociaal', BOTH, ['samen spelen', 'samen werken']),
    scale('een-taak-uitvoeren', 'sociaal', BOTH, ['taak uitvoeren']),
    scale('jezelf-presenteren', 'sociaal', BOTH, ['jezelf presenteren', 'zichzelf presenteren']),
    scale('een-keuze-maken', 'sociaal', BOTH, ['keuze maken']),
    scale('opkomen-voor-jezelf', 'sociaal', BOTH, ['opkomen voor jezelf']),
    scale('omgaan-met-ruzie', 'sociaal', BOTH, ['omgaan met ruzie', 'ruzie']),
    scale('welbevinden', 'welbevinden', PUPIL),
    scale('veiligheidsbeleving', 'veiligheid', PUPIL, ['veiligheid', 'sociale veiligheid']),
  ],
  synonyms: ['scol', 'sociale competentie observatielijst', 'leerlingscol', 'scol veiligheidsmonitor'],
  inspectieMonitoring: true,
  wideMeasure: 'ruweScore',
  assumptions: [
    'Welbevinden en veiligheidsbeleving komen uit de Veiligheidsmonitor van de SCOL en zijn als leerlinglijst opgenomen.',
  ],
};

/**
 * Kindbegrip: a list per pupil on the five competences of social-emotional learning, as the SLO
 * describes them (slo.nl, "Sociaal-emotionele ontwikkeling": besef van jezelf, zelfmanagement, …).
 */
const KINDBEGRIP: SeoInstrument = {
  code: 'kindbegrip',
  publisher: 'Kindbegrip',
  lists: BOTH,
  scales: [
    scale('besef-van-jezelf', 'zelfbeeld', BOTH, ['zelfbewustzijn']),
    scale('zelfmanagement', 'werkhouding', BOTH, ['zelf management']),
    scale('besef-van-de-ander', 'sociaal', BOTH, ['sociaal bewustzijn']),
    scale('relaties-hanteren', 'sociaal', BOTH, ['relaties', 'relatievaardigheden']),
    scale('keuzes-maken', 'sociaal', BOTH, ['verantwoorde keuzes maken']),
  ],
  synonyms: ['kindbegrip', 'kind begrip'],
  inspectieMonitoring: false,
  wideMeasure: 'ruweScore',
  assumptions: [
    'De vijf competenties en de leerkracht- en leerlinglijst zijn aangenomen; de documentatie van Kindbegrip is niet nagekeken.',
  ],
};

/**
 * Leerling in Beeld, Sociaal-emotioneel functioneren (Cito): a list for the teacher (groep 3–8) and
 * for the pupil (groep 5–8); the Inspectie has agreements with Cito on it for the monitoring of social
 * safety (cito.nl, "Sociaal-emotioneel functioneren"). Its domains follow VISEON 2.0 (Cito 2016):
 * zelfbeeld, welbevinden, sociaal gedrag, werkhouding.
 */
const LIB_SEF: SeoInstrument = {
  code: 'lib-sef',
  publisher: 'Cito',
  lists: BOTH,
  scales: [
    scale('zelfbeeld', 'zelfbeeld', BOTH),
    scale('welbevinden', 'welbevinden', BOTH),
    scale('sociaal-gedrag', 'sociaal', BOTH),
    scale('werkhouding', 'werkhouding', BOTH),
    scale('veiligheidsbeleving', 'veiligheid', PUPIL, ['veiligheid', 'sociale veiligheid']),
  ],
  synonyms: [
    'leerling in beeld sociaal emotioneel functioneren',
    'sociaal emotioneel functioneren',
    'lib sef',
    'lib sociaal emotioneel',
    'viseon',
  ],
  inspectieMonitoring: true,
  wideMeasure: 'ruweScore',
  assumptions: [
    'De schalen volgen de domeinen van VISEON 2.0; veiligheidsbeleving van de leerlinglijst is aangenomen.',
  ],
};

export const SEO_INSTRUMENTS: readonly SeoInstrument[] = [ZIEN, KANVAS, SCOL, KINDBEGRIP, LIB_SEF];
