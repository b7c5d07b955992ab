/**
 * A pupil's toets results as OSO `toets` records (OSO gegevensset 2019, toetsType), the start of a
 * pupil transfer ("overstapdossier"). The records follow the element order of the schema:
 *
 *   toets: toetsidentificatie (eldtoetscode, leergebied?, toetsnaam?, toetsversie?),
 *          afname (afnamedatum, jaargroep?, dl?),
 *          resultaat (toetsscore? (vaardigheidsscore?), referentiescore*
 *                     (codereferentiescore, codevergelijkingsgroep, waarde, kwalificatie?)),
 *          opmerking?
 *
 * They are wrapped in a small document of our own, because a full OSO dossier needs far more than
 * Leerwinst holds (verzorgers, onderwijsloopbaan, a signed transfer):
 *
 *   <leerwinst-overdracht xmlns="urn:leerwinst:overdracht:1" versie="1" aangemaakt="…">
 *     <leerling> leerlingnummer, roepnaam, voorvoegsel?, achternaam, geboortedatum?, school (brin) </leerling>
 *     <toetslijst xmlns="http://www.edustandaard.nl/oso_gegevensset/2019/dossier"> toets+ </toetslijst>
 *   </leerwinst-overdracht>
 *
 * The toetslijst is the OSO element of that name and is left out when there are no results, because
 * the schema wants at least one toets in it. After it, when the pupil has an OPP that was vastgesteld,
 * OSO's opp block: opp_ingangdatum, opp_einddatum?, document (bestandsnaam, omschrijving?,
 * bestandsinhoud: the document as a Base64-encoded ZIP file).
 */
import { cleanNumber } from './table';

export const LEERWINST_NS = 'urn:leerwinst:overdracht:1';
export const OSO_NS = 'http://www.edustandaard.nl/oso_gegevensset/2019/dossier';

export interface OsoReferentiescore {
  /** OSO codelijst 11 "Referentiescore": AE, IV, DLE … */
  code: string;
  waarde: string;
  kwalificatie: string | null;
}

export interface OsoToets {
  eldtoetscode: string;
  leergebied: string | null;
  toetsnaam: string;
  toetsversie: string | null;
  afnamedatum: string;
  jaargroep: string | null;
  dl: number | null;
  vaardigheidsscore: number | null;
  referentiescores: OsoReferentiescore[];
  opmerking: string | null;
}

export interface OsoLeerling {
  leerlingnummer: string;
  roepnaam: string;
  voorvoegsel: string | null;
  achternaam: string;
  geboortedatum: string | null;
  school: { name: string; brin: string };
}

/**
 * Text for element content and attribute values. Characters XML 1.0 cannot carry at all (most control
 * characters, lone surrogates) are dropped: an imported name with a stray control byte must not make
 * the whole transfer unreadable for the receiving school.
 */
export function xmlEscape(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** xs:decimal: a dot, no exponent, no binary noise. */
export function xmlDecimal(value: number): string {
  return String(cleanNumber(value));
}

/** An element with text, or nothing when there is no value (OSO's optional elements are left out). */
function leaf(name: string, value: string | null | undefined, indent: string): string[] {
  return value === null || value === undefined || value === ''
    ? []
    : [`${indent}<${name}>${xmlEscape(value)}</${name}>`];
}

function toetsLines(t: OsoToets, i: string): string[] {
  const toetsscore =
    t.vaardigheidsscore === null
      ? []
      : [
          `${i}    <toetsscore>`,
          ...leaf('vaardigheidsscore', xmlDecimal(t.vaardigheidsscore), `${i}      `),
          `${i}    </toetsscore>`,
        ];
  return [
    `${i}<toets>`,
    `${i}  <toetsidentificatie>`,
    ...leaf('eldtoetscode', t.eldtoetscode, `${i}    `),
    ...leaf('leergebied', t.leergebied, `${i}    `),
    ...leaf('toetsnaam', t.toetsnaam, `${i}    `),
    ...leaf('toetsversie', t.toetsversie, `${i}    `),
    `${i}  </toetsidentificatie>`,
    `${i}  <afname>`,
    ...leaf('afnamedatum', t.afnamedatum, `${i}    `),
    ...leaf('jaargroep', t.jaargroep, `${i}    `),
    ...leaf('dl', t.dl === null ? null : String(t.dl), `${i}    `),
    `${i}  </afname>`,
    `${i}  <resultaat>`,
    ...toetsscore,
    ...t.referentiescores.flatMap((r) => [
      `${i}    <referentiescore>`,
      ...leaf('codereferentiescore', r.code, `${i}      `),
      // PO norms are national: the comparison group of OSO codelijst 22 is "Landelijk".
      ...leaf('codevergelijkingsgroep', 'Landelijk', `${i}      `),
      ...leaf('waarde', r.waarde, `${i}      `),
      ...leaf('kwalificatie', r.kwalificatie, `${i}      `),
      `${i}    </referentiescore>`,
    ]),
    `${i}  </resultaat>`,
    ...leaf('opmerking', t.opmerking, `${i}  `),
    `${i}</toets>`,
  ];
}

export interface OsoOpp {
  ingangdatum: string;
  einddatum: string | null;
  document: { bestandsnaam: string; omschrijving: string; bestandsinhoud: string };
}

function oppLines(o: OsoOpp): string[] {
  return [
    `  <opp xmlns="${OSO_NS}">`,
    ...leaf('opp_ingangdatum', o.ingangdatum, '    '),
    ...leaf('opp_einddatum', o.einddatum, '    '),
    '    <document>',
    ...leaf('bestandsnaam', o.document.bestandsnaam, '      '),
    ...leaf('omschrijving', o.document.omschrijving, '      '),
    ...leaf('bestandsinhoud', o.document.bestandsinhoud, '      '),
    '    </document>',
    '  </opp>',
  ];
}

export function osoDocument(
  leerling: OsoLeerling,
  toetsen: readonly OsoToets[],
  now: Date,
  opp: OsoOpp | null = null,
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<leerwinst-overdracht xmlns="${LEERWINST_NS}" versie="1" aangemaakt="${xmlEscape(now.toISOString())}">`,
    '  <leerling>',
    ...leaf('leerlingnummer', leerling.leerlingnummer, '    '),
    ...leaf('roepnaam', leerling.roepnaam, '    '),
    ...leaf('voorvoegsel', leerling.voorvoegsel, '    '),
    ...leaf('achternaam', leerling.achternaam, '    '),
    ...leaf('geboortedatum', leerling.geboortedatum, '    '),
    `    <school brin="${xmlEscape(leerling.school.brin)}">${xmlEscape(leerling.school.name)}</school>`,
    '  </leerling>',
    ...(toetsen.length === 0
      ? []
      : [
          `  <toetslijst xmlns="${OSO_NS}">`,
          ...toetsen.flatMap((t) => toetsLines(t, '    ')),
          '  </toetslijst>',
        ]),
    ...(opp ? oppLines(opp) : []),
    '</leerwinst-overdracht>',
  ];
  return `${lines.join('\n')}\n`;
}
