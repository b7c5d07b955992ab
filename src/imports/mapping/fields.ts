/**
 * The fields of a results import (one row = one test result of one pupil) and the header texts that
 * LVS and LAS exports use for them, Dutch and English. Matching ignores case, punctuation, spaces and
 * diacritics (see normalize.ts), so "Lln.nr." and "lln nr" are the same synonym.
 */
export const RESULT_FIELDS = [
  'leerlingKey',
  'eckid',
  'toets',
  'versie',
  'moment',
  'afnamedatum',
  'vaardigheidsscore',
  'ruweScore',
  'niveau',
  'functioneringsniveau',
  'dle',
  'naam',
  'roepnaam',
  'voorvoegsel',
  'achternaam',
  'groep',
] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];

/**
 * Shown next to a result so a person can check the match, and never used to find the pupil: two
 * pupils can share a name (twins, common names) and names are spelled differently per system.
 */
export const DISPLAY_ONLY_FIELDS: ReadonlySet<ResultField> = new Set([
  'naam',
  'roepnaam',
  'voorvoegsel',
  'achternaam',
  'groep',
]);

export const FIELD_LABELS: Record<ResultField, string> = {
  leerlingKey: 'Leerlingnummer (key uit het LAS)',
  eckid: 'ECK-iD',
  toets: 'Toets',
  versie: 'Versie van de toets',
  moment: 'Toetsmoment (M5, E6, …)',
  afnamedatum: 'Afnamedatum',
  vaardigheidsscore: 'Vaardigheidsscore / ontwikkelscore',
  ruweScore: 'Ruwe score (aantal goed)',
  niveau: 'Niveau (I–V, A–E of referentieniveau)',
  functioneringsniveau: 'Functioneringsniveau',
  dle: 'DLE',
  naam: 'Naam (alleen ter controle)',
  roepnaam: 'Roepnaam (alleen ter controle)',
  voorvoegsel: 'Voorvoegsel (alleen ter controle)',
  achternaam: 'Achternaam (alleen ter controle)',
  groep: 'Groep (alleen ter controle)',
};

interface FieldSynonyms {
  synonyms: readonly string[];
  /** A header containing one of these words is never this field (compared without spaces). */
  excludes?: readonly string[];
}

export const FIELD_SYNONYMS: Record<ResultField, FieldSynonyms> = {
  leerlingKey: {
    synonyms: [
      'leerlingnummer',
      'leerling nummer',
      'leerling-id',
      'leerlingid',
      'leerling key',
      'leerlingcode',
      'leerlingnr',
      'lln nr',
      'lln nummer',
      'lln id',
      'key',
      'id',
      'las id',
      'las nummer',
      'administratienummer',
      'student id',
      'student number',
      'studentnummer',
      'pupil id',
      'pupil number',
    ],
    excludes: ['naam', 'name', 'eck', 'bsn', 'onderwijsnummer'],
  },
  eckid: { synonyms: ['eckid', 'eck-id', 'eck id', 'ketenid', 'keten id'] },
  toets: {
    synonyms: [
      'toets',
      'toetsnaam',
      'toets naam',
      'toetsonderdeel',
      'toetssoort',
      'test',
      'testnaam',
      'test name',
      'instrument',
      'assessment',
    ],
    excludes: ['datum', 'date', 'moment', 'periode', 'versie', 'version', 'score', 'niveau'],
  },
  versie: {
    synonyms: [
      'versie',
      'toetsversie',
      'normversie',
      'versienummer',
      'editie',
      'generatie',
      'version',
      'edition',
    ],
  },
  moment: {
    synonyms: [
      'moment',
      'toetsmoment',
      'afnamemoment',
      'meetmoment',
      'periode',
      'toetsperiode',
      'afnameperiode',
      'period',
      'test moment',
    ],
  },
  afnamedatum: {
    synonyms: [
      'afnamedatum',
      'datum afname',
      'datum',
      'testdatum',
      'toetsdatum',
      'afgenomen op',
      'date',
      'test date',
      'administration date',
    ],
    excludes: ['geboorte', 'birth', 'instroom', 'uitstroom'],
  },
  vaardigheidsscore: {
    synonyms: [
      'vaardigheidsscore',
      'vs',
      'ontwikkelscore',
      'score',
      'vaardigheid',
      'ability score',
      'scale score',
      'ability',
    ],
    excludes: ['ruw', 'goed', 'percentiel', 'standaard', 'raw', 'correct'],
  },
  ruweScore: {
    synonyms: [
      'ruwe score',
      'ruwescore',
      'goed',
      'aantal goed',
      'score ruw',
      'totaal goed',
      'raw score',
      'correct',
    ],
  },
  niveau: {
    synonyms: [
      'niveau',
      'i-v',
      'a-e',
      'niveau i-v',
      'niveau a-e',
      'niveau i t/m v',
      'niveau a t/m e',
      'i t/m v',
      'a t/m e',
      'referentieniveau',
      'level',
    ],
    // "Functioneringsniveau" is a moment (M4), not a level; "didactisch niveau" is not one either.
    excludes: ['functionering', 'didactisch'],
  },
  functioneringsniveau: {
    synonyms: ['functioneringsniveau', 'functionerings niveau', 'functioneert op', 'fn'],
  },
  dle: {
    // Not "DL": the didactische leeftijd belongs to the pupil, not to the result.
    synonyms: [
      'dle',
      'd.l.e.',
      'dle score',
      'didactische leeftijdsequivalent',
      'didactisch leeftijdsequivalent',
    ],
  },
  naam: {
    synonyms: [
      'naam',
      'leerling',
      'leerlingnaam',
      'leerling naam',
      'volledige naam',
      'naam leerling',
      'name',
      'full name',
      'student',
      'student name',
      'pupil',
      // One column for the whole name, in the order its header says (mapping/names.ts reads it).
      'achternaam, tussenvoegsel, roepnaam',
      'achternaam, tussenvoegsels, roepnaam',
      'achternaam, voorvoegsel, roepnaam',
      'achternaam, voorvoegsels, roepnaam',
      'achternaam, roepnaam',
      'achternaam, voornaam',
      'achternaam, roepnaam, tussenvoegsel',
      'roepnaam, tussenvoegsel, achternaam',
      'roepnaam tussenvoegsel achternaam',
      'voornaam achternaam',
      'naam (achternaam, roepnaam)',
      'naam (achternaam, tussenvoegsel, roepnaam)',
    ],
  },
  roepnaam: { synonyms: ['roepnaam', 'voornaam', 'first name', 'firstname', 'given name'] },
  voorvoegsel: {
    synonyms: ['voorvoegsel', 'tussenvoegsel', 'tussenvoegsels', 'voorvoegsels', 'tv', 'prefix'],
  },
  achternaam: { synonyms: ['achternaam', 'last name', 'lastname', 'surname', 'family name'] },
  groep: { synonyms: ['groep', 'groepsnaam', 'stamgroep', 'klas', 'group', 'class'] },
};
