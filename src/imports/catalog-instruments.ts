/**
 * The instrument list behind catalog.ts (names only; see the assumptions per entry).
 */
import type { Vak } from '../shared/vakken';
import type { Instrument } from './instrument';

/** M3, E3 … M8, E8: the plausible window for the M/E-moment tests of groep 3–8. */
function midEnd(from: number, to: number): string[] {
  const out: string[] = [];
  for (let g = from; g <= to; g += 1) out.push(`M${g}`, `E${g}`);
  return out;
}

const MOMENTS_NOTE =
  'De momenten zijn het venster M3–E8 van de M/E-toetsen, niet de precieze lijst per toets van de uitgever.';
const CITO = ['cito-lovs', 'cito-3.0', 'cito-lib'] as const;
const RW = ['rekenen-wiskunde', 'rekenen wiskunde', 'rekenen en wiskunde', 'rw', 'rekenen'];
const SP = ['spelling', 'sp', 'spelling niet-werkwoorden', 'spelling nww'];
const BL = ['begrijpend lezen', 'bl', 'blz'];

type Family = Pick<Instrument, 'vak' | 'subjects'> & { key: string; name: string };
const CITO_FAMILIES: Family[] = [
  { key: 'rekenen-wiskunde', name: 'Rekenen-Wiskunde', vak: 'rekenen-wiskunde', subjects: RW },
  { key: 'spelling', name: 'Spelling', vak: 'spelling', subjects: SP },
  { key: 'begrijpend-lezen', name: 'Begrijpend lezen', vak: 'begrijpend-lezen', subjects: BL },
];
const ABBREVIATION: Record<string, string> = {
  'rekenen-wiskunde': 'RW',
  spelling: 'SP',
  'begrijpend-lezen': 'BL',
};

function cito(f: Family, generation: 'cito-lovs' | 'cito-3.0' | 'cito-lib'): Instrument {
  const abbr = ABBREVIATION[f.key] ?? f.key;
  const base = {
    vak: f.vak,
    publisher: 'Cito' as const,
    scaleKind: 'vaardigheid' as const,
    continuous: false,
    moments: midEnd(3, 8),
    subjects: f.subjects,
    generations: [generation],
  };
  if (generation === 'cito-lovs') {
    return {
      ...base,
      code: `cito-lovs-${f.key}`,
      name: f.name,
      generation: 'Cito LOVS',
      version: '2.0',
      scaleKey: `cito-lovs-${f.key}`,
      levelSystem: 'A-E',
      synonyms: [`${f.name} 2.0`, `${abbr} 2.0`, `LOVS ${f.name} 2.0`, `${f.name} oude versie`],
      assumptions: [
        'De oudere generatie ("2.0") heeft een eigen schaal, los van 3.0; niveaus oorspronkelijk A–E.',
        MOMENTS_NOTE,
      ],
    };
  }
  if (generation === 'cito-3.0') {
    return {
      ...base,
      code: `cito-3.0-${f.key}`,
      name: `${f.name} 3.0`,
      generation: 'Cito LOVS 3.0',
      version: '3.0',
      scaleKey: `cito-3.0-${f.key}`,
      levelSystem: 'I-V',
      synonyms: [`${f.name} 3.0`, `${abbr} 3.0`, `${abbr}3.0`, `LOVS ${f.name} 3.0`, `Cito ${f.name} 3.0`],
      assumptions: [MOMENTS_NOTE],
    };
  }
  return {
    ...base,
    code: `cito-lib-${f.key}`,
    name: `${f.name} (Leerling in Beeld)`,
    generation: 'Leerling in Beeld',
    version: 'LiB',
    scaleKey: `cito-3.0-${f.key}`,
    levelSystem: 'I-V',
    synonyms: [`Leerling in Beeld ${f.name}`, `LiB ${f.name}`, `${f.name} LiB`, `${abbr} LiB`, `LiB ${abbr}`],
    assumptions: [
      'Leerling in Beeld rapporteert op dezelfde vaardigheidsschaal als LOVS 3.0 (gedeelde scaleKey).',
      MOMENTS_NOTE,
    ],
  };
}

function other(
  publisher: 'Bureau ICE' | 'Boom',
  key: string,
  name: string,
  vak: Vak,
  subjects: readonly string[],
  extra: Partial<Instrument> = {},
): Instrument {
  const iep = publisher === 'Bureau ICE';
  const prefix = iep ? 'IEP' : 'Boom LVS';
  return {
    code: `${iep ? 'iep' : 'boom'}-${key}`,
    vak,
    name,
    publisher,
    generation: iep ? 'IEP LVS' : 'Boom LVS',
    version: iep ? 'IEP' : 'Boom',
    scaleKey: `${iep ? 'iep' : 'boom'}-${key}`,
    scaleKind: 'vaardigheid',
    levelSystem: iep ? 'REF' : 'I-V',
    continuous: !iep,
    moments: iep ? midEnd(3, 8) : 'datum',
    synonyms: [`${prefix} ${name}`, ...(iep ? [`IEP LVS ${name}`] : [`Boom ${name}`])],
    subjects,
    generations: [iep ? 'iep' : 'boom'],
    assumptions: iep
      ? [
          'IEP rapporteert een ontwikkelscore per vak (eigen schaal per vak) met referentieniveaus (1F/2F/1S).',
          MOMENTS_NOTE,
        ]
      : ['Boom LVS is continu genormeerd: de afnamedatum is het moment. Niveaus aangenomen als I–V.'],
    ...extra,
  };
}

export const INSTRUMENTS: readonly Instrument[] = [
  ...CITO_FAMILIES.flatMap((f) => CITO.map((g) => cito(f, g))),
  {
    code: 'cito-dmt',
    vak: 'technisch-lezen',
    name: 'DMT (Drie-Minuten-Toets)',
    publisher: 'Cito',
    generation: 'Cito LOVS',
    version: 'DMT',
    scaleKey: 'cito-dmt',
    scaleKind: 'vaardigheid',
    levelSystem: 'I-V',
    continuous: false,
    moments: midEnd(3, 8),
    synonyms: [
      'DMT kaart 1-3',
      'DMT kaart 1 t/m 3',
      'DMT kaart 1, 2 en 3',
      'Drie-Minuten-Toets',
      'Drie Minuten Toets',
    ],
    subjects: ['dmt', 'drie minuten toets', 'drieminutentoets'],
    generations: CITO,
    // The raw score counts the words read right in three cards of one minute, each card 4 or 5 rows of
    // 30 words, the words read wrong subtracted: 0 to 450. Sources: itslanguage.nl, "De Slimme Drie
    // Minuten Toets (DMT)"; mijnkindheeftdyslexie.nl, "DMT toets: informatie voor ouders".
    ranges: { ruweScore: { min: 0, max: 450 } },
    assumptions: [
      'Eén DMT-schaal voor LOVS en Leerling in Beeld; losse kaarten (kaart 1, 2 of 3) zijn geen vaardigheidsscore en worden niet herkend.',
      MOMENTS_NOTE,
    ],
  },
  {
    code: 'avi',
    vak: 'technisch-lezen',
    name: 'AVI',
    publisher: 'Cito',
    generation: 'AVI-2009',
    version: 'AVI-2009',
    scaleKey: 'avi-2009',
    scaleKind: 'ordinaal',
    levelSystem: 'AVI',
    continuous: false,
    moments: midEnd(3, 8),
    synonyms: ['AVI', 'AVI-niveau', 'AVI niveau', 'AVI-toets', 'AVI leesniveau', 'AVI 2009'],
    subjects: ['avi', 'avi niveau'],
    generations: CITO,
    assumptions: [
      'Alleen AVI-2009 (Start, M3 … E7, Plus); de oude AVI-niveaus 1–9 zijn een andere reeks.',
      MOMENTS_NOTE,
    ],
  },
  other('Bureau ICE', 'lezen', 'Lezen', 'begrijpend-lezen', ['lezen', 'begrijpend lezen', 'bl']),
  other('Bureau ICE', 'rekenen', 'Rekenen', 'rekenen-wiskunde', ['rekenen', 'rekenen wiskunde', 'rw']),
  other('Bureau ICE', 'taalverzorging', 'Taalverzorging', 'spelling', ['taalverzorging', 'spelling', 'tv']),
  other('Boom', 'rekenen-wiskunde', 'Rekenen-Wiskunde', 'rekenen-wiskunde', RW),
  other('Boom', 'spelling', 'Spelling', 'spelling', SP),
  other('Boom', 'begrijpend-lezen', 'Begrijpend lezen', 'begrijpend-lezen', BL),
  other('Boom', 'technisch-lezen', 'Technisch lezen', 'technisch-lezen', ['technisch lezen', 'tl'], {
    assumptions: [
      'Boom LVS is continu genormeerd: de afnamedatum is het moment. Niveaus aangenomen als I–V.',
      'De exportnaam van Boom Technisch lezen is niet nagekeken.',
    ],
  }),
];
