/**
 * The fields of a social-emotional export. Two layouts: one row per pupil and scale ("long": a column
 * names the scale), or one row per pupil with a column per scale ("wide": ZIEN! and SCOL overviews put
 * each scale's percentile or score in its own column). The header texts are matched as for results
 * (normalize.ts): case, punctuation, spaces and diacritics do not count.
 */
import { FIELD_SYNONYMS } from '../mapping/fields';

export const SEO_FIELDS = [
  'leerlingKey',
  'eckid',
  'instrument',
  'versie',
  'lijst',
  'schaal',
  'afnamedatum',
  'ruweScore',
  'percentiel',
  'band',
  'signaal',
  'naam',
  'roepnaam',
  'voorvoegsel',
  'achternaam',
  'groep',
] as const;
export type SeoField = (typeof SEO_FIELDS)[number];

/** What a score column of a wide export holds. */
export const SEO_MEASURES = ['ruweScore', 'percentiel', 'band', 'signaal'] as const;
export type SeoMeasure = (typeof SEO_MEASURES)[number];

export const SEO_DISPLAY_ONLY: ReadonlySet<SeoField> = new Set([
  'naam',
  'roepnaam',
  'voorvoegsel',
  'achternaam',
  'groep',
]);

interface Synonyms {
  synonyms: readonly string[];
  excludes?: readonly string[];
}

const MEASURE_SYNONYMS: Record<SeoMeasure, Synonyms> = {
  ruweScore: {
    synonyms: ['ruwe score', 'score', 'totaalscore', 'schaalscore', 'gemiddelde score', 'ruw', 'raw score'],
    excludes: ['percentiel', 'norm'],
  },
  percentiel: { synonyms: ['percentiel', 'percentielscore', 'percentile', 'perc', 'pc'] },
  band: {
    synonyms: [
      'niveau',
      'normniveau',
      'norm',
      'normscore',
      'band',
      'oordeel',
      'beoordeling',
      'interpretatie',
    ],
    excludes: ['functionering'],
  },
  signaal: {
    synonyms: ['signaal', 'signalering', 'signaalwaarde', 'zorgsignaal', 'aandacht', 'attentie', 'indicatie'],
  },
};

export const SEO_FIELD_SYNONYMS: Record<SeoField, Synonyms> = {
  leerlingKey: FIELD_SYNONYMS.leerlingKey,
  eckid: FIELD_SYNONYMS.eckid,
  instrument: {
    synonyms: ['instrument', 'meetinstrument', 'vragenlijst', 'methode', 'volgsysteem', 'toets'],
    excludes: ['datum', 'versie', 'soort', 'type'],
  },
  versie: FIELD_SYNONYMS.versie,
  lijst: {
    synonyms: [
      'lijst',
      'soort lijst',
      'type lijst',
      'soort vragenlijst',
      'ingevuld door',
      'respondent',
      'invuller',
      'beoordelaar',
    ],
  },
  schaal: {
    synonyms: [
      'schaal',
      'subschaal',
      'categorie',
      'onderdeel',
      'domein',
      'competentie',
      'aspect',
      'scale',
      'category',
    ],
  },
  afnamedatum: {
    synonyms: [
      ...FIELD_SYNONYMS.afnamedatum.synonyms,
      'datum ingevuld',
      'ingevuld op',
      'invuldatum',
      'datum invullen',
      'afgenomen',
    ],
    excludes: FIELD_SYNONYMS.afnamedatum.excludes ?? [],
  },
  ...MEASURE_SYNONYMS,
  naam: FIELD_SYNONYMS.naam,
  roepnaam: FIELD_SYNONYMS.roepnaam,
  voorvoegsel: FIELD_SYNONYMS.voorvoegsel,
  achternaam: FIELD_SYNONYMS.achternaam,
  groep: FIELD_SYNONYMS.groep,
};

export { MEASURE_SYNONYMS };
