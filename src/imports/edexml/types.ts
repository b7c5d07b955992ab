/**
 * What parseEdexml gives back: the school's structure as the LAS exported it, checked and typed, with
 * no database ids. Keys are trimmed strings from the file; dates are 'YYYY-MM-DD'; every field the
 * schema makes optional is `null` when absent. Sensitive fields the schema also carries (BSN,
 * onderwijsnummer, postcode, land, etniciteit, gewicht) are deliberately never read.
 */
import type { ImportProblem } from '../problems';

export type EdexmlVersion = '1.03' | '2.0' | '2.1';

/** The element that holds the data: EDEX in a file, a leerlinggegevens variant in a UWLR answer. */
export type EdexmlContainer =
  | 'EDEX'
  | 'leerlinggegevens'
  | 'leerlinggegevens-structuur'
  | 'leerlinggegevens-leerlingen'
  | 'leerlinggegevens-leerkrachten';

/**
 * Which parts of the school the file describes. Only 'volledig' lists every group, pupil and teacher;
 * a UWLR partial answer must never be read as "everything else has left".
 */
export type EdexmlScope = 'volledig' | 'structuur' | 'leerlingen' | 'leerkrachten';

/** NEN-ISO 5218: 0 onbekend, 1 man/jongen, 2 vrouw/meisje, 9 niet gespecificeerd. */
export type Geslacht = '0' | '1' | '2' | '9';

export interface EdexSchool {
  /** 'YYYY-YYYY'; any consecutive pair is accepted (the published list stops at 2024-2025). */
  schooljaar: string | null;
  peildatum: string | null;
  /** '99ZZ' */
  brincode: string | null;
  /** Two digits; '00' means the same as none, so it is returned as null. */
  dependancecode: string | null;
  /** Flemish schools identify with an instellingsnummer instead of a brincode. */
  instellingsnummer: string | null;
  schoolkey: string | null;
  aanmaakdatum: string | null;
  auteur: string | null;
  /** As written in the file, e.g. '2.1'. */
  xsdversie: string | null;
}

export interface EdexVestiging {
  key: string;
  naam: string | null;
  line: number;
}

export interface EdexGroep {
  key: string;
  naam: string;
  kind: 'stamgroep' | 'samengesteld';
  /** The code as a string ('0'–'8', '11'–'16', 'S', 'V', 'C', 'H', …); null for samengestelde groepen. */
  jaargroep: string | null;
  omschrijving: string | null;
  /** Line of the element in the file, for reports. */
  line: number;
}

export interface EdexPersonName {
  achternaam: string | null;
  voorvoegsel: string | null;
  voornamen: string | null;
  voorletters: string | null;
}

export interface EdexLeerling extends EdexPersonName {
  key: string;
  /** false when the key starts with '#': a placeholder the LAS may change on the next export. */
  keyStable: boolean;
  eckid: string | null;
  /** Roepnaam, else the first of the voornamen, else the voorletters; '' only if none is given. */
  roepnaam: string;
  roepnaamSource: 'roepnaam' | 'voornamen' | 'voorletters' | 'geen';
  geboortedatum: string | null;
  geslacht: Geslacht | null;
  /** start_ondw_jgr3: start of groep 3, the zero point of the didactische leeftijd (EDEXML 2.x). */
  groep3Start: string | null;
  /**
   * The pupil's own jaargroep. In a combination group ('C') only the pupil's own code says which
   * year the pupil is in; when the file gives none, the stamgroep's code is used (see jaargroepSource).
   */
  jaargroep: string | null;
  jaargroepSource: 'leerling' | 'groep' | null;
  /** The stamgroep. */
  groepKey: string | null;
  samengesteldeGroepKeys: string[];
  vestigingKey: string | null;
  instroomdatum: string | null;
  /** Set when the pupil left (or will leave), also in the middle of a schooljaar. */
  uitstroomdatum: string | null;
  line: number;
}

/**
 * A role as the LAS wrote it (e.g. 'LRK', 'IB', 'DIR' or free text). Shown to the beheerder for
 * information only. Leerwinst's rights come from its own role assignments; a file must never grant
 * access, hence the literal `trustedForPermissions: false`.
 */
interface EdexFileRole {
  readonly trustedForPermissions: false;
  rol: string | null;
  rolomschrijving: string | null;
  /** The group the role is held in, or null for a role at school level. */
  groepKey: string | null;
}

export interface EdexLeerkracht extends EdexPersonName {
  key: string;
  keyStable: boolean;
  eckid: string | null;
  roepnaam: string | null;
  gebruikersnaam: string | null;
  emailadres: string | null;
  groepKeys: string[];
  samengesteldeGroepKeys: string[];
  fileRoles: EdexFileRole[];
  line: number;
}

export interface EdexmlResult {
  /**
   * false when nothing can be used: malformed or truncated XML, no EDEXML inside, a read error, a
   * SOAP fault, or a UWLR answer without data (geengegevens, geenwijzigingen). The lists are then
   * empty (never half a school) and `problems` holds the one reason.
   */
  readable: boolean;
  form: 'edexml' | 'uwlr';
  container: EdexmlContainer | null;
  /** The namespace of the container element, if any (UWLR: …/leerresultaten/2/leerlinggegevens). */
  namespace: string | null;
  scope: EdexmlScope;
  /** Normalised from xsdversie; inferred from the content when absent or unknown. */
  version: EdexmlVersion | null;
  /** The encoding the bytes were read as. */
  encoding: string;
  school: EdexSchool | null;
  vestigingen: EdexVestiging[];
  groepen: EdexGroep[];
  leerlingen: EdexLeerling[];
  leerkrachten: EdexLeerkracht[];
  problems: ImportProblem[];
}
