/**
 * A pupil's name in one column, as LAS and LVS exports write it: "Achternaam, tussenvoegsel, Roepnaam"
 * ("Berg, van der, Daan"), the sort form "Berg, Daan van der", or as spoken ("Daan van der Berg").
 * Names are only shown to check a match, never used to find a pupil; reading them right keeps a
 * "Berg, van der, Daan" from being taken for an achternaam "Berg, van der, Daan".
 */
import { fullName, type PersonName } from '../../shared/names';
import { labelTokens } from '../normalize';

/**
 * The order of the parts: achternaam, voorvoegsel, roepnaam ("Berg, van der, Daan"); the roepnaam
 * first ("Daan, van der, Berg"); or the voorvoegsel last ("Berg, Daan, van der").
 */
export type NameOrder = 'achternaam-eerst' | 'roepnaam-eerst' | 'achternaam-roepnaam-voorvoegsel';

/** The order a header announces: "Achternaam, tussenvoegsel, Roepnaam" → achternaam first. */
export function nameOrderOf(header: string): NameOrder | null {
  const tokens = labelTokens(header);
  const last = tokens.findIndex((t) => t === 'achternaam' || t === 'familienaam');
  const first = tokens.findIndex((t) => t === 'roepnaam' || t === 'voornaam');
  const prefix = tokens.findIndex((t) => /^(tussen|voor)voegsels?$/.test(t));
  if (last < 0 || first < 0) return null;
  if (last > first) return 'roepnaam-eerst';
  return prefix > first ? 'achternaam-roepnaam-voorvoegsel' : 'achternaam-eerst';
}

/**
 * Tussenvoegsels as the Dutch civil registry writes them, longest first so "van der" is not read as
 * "van" followed by an achternaam "der …".
 */
const VOORVOEGSELS = [
  'van de',
  'van der',
  'van den',
  'van het',
  "van 't",
  'in de',
  'in het',
  "in 't",
  'op de',
  'op den',
  'op het',
  "op 't",
  'uit de',
  'uit den',
  'uit het',
  'de la',
  'van',
  'de',
  'den',
  'der',
  'het',
  "'t",
  'te',
  'ten',
  'ter',
  'la',
  'le',
  'du',
  'da',
  'di',
  'dos',
  'el',
  'al',
].sort((a, b) => b.length - a.length);

/** "Daan van der" → roepnaam "Daan", voorvoegsel "van der" (the sort form puts it last). */
function splitTrailingPrefix(text: string): { roepnaam: string; voorvoegsel: string | null } {
  const lower = text.toLocaleLowerCase('nl');
  for (const prefix of VOORVOEGSELS) {
    if (lower.endsWith(` ${prefix}`)) {
      const at = text.length - prefix.length;
      return { roepnaam: text.slice(0, at).trim(), voorvoegsel: text.slice(at).trim() };
    }
  }
  return { roepnaam: text, voorvoegsel: null };
}

const blankToNull = (text: string | undefined) => (text && text.trim() !== '' ? text.trim() : null);

/**
 * The parts of a name written in one cell. With commas the achternaam comes first: "Berg, van der,
 * Daan", "Berg, , Daan", "Berg, Daan van der", "Berg, Daan" — unless the header says otherwise
 * ("Roepnaam, tussenvoegsel, achternaam"; "Achternaam, roepnaam, tussenvoegsel"). Without commas the
 * cell is the whole name as spoken and stays one piece (a space does not say where a first name ends).
 */
export function readNameCell(text: string, order: NameOrder | null): PersonName {
  const cell = text.replace(/\s+/g, ' ').trim();
  const parts = cell.split(',').map((p) => p.trim());
  if (parts.length < 2) return { roepnaam: null, voorvoegsel: null, achternaam: cell };
  if (order === 'roepnaam-eerst') {
    const [roepnaam, ...rest] = parts;
    const achternaam = rest.pop() ?? '';
    return { roepnaam: blankToNull(roepnaam), voorvoegsel: blankToNull(rest.join(' ')), achternaam };
  }
  if (order === 'achternaam-roepnaam-voorvoegsel') {
    const [achternaam = '', roepnaam, ...rest] = parts;
    return { achternaam, roepnaam: blankToNull(roepnaam), voorvoegsel: blankToNull(rest.join(' ')) };
  }
  if (parts.length >= 3) {
    const [achternaam = '', voorvoegsel, ...rest] = parts;
    return { achternaam, voorvoegsel: blankToNull(voorvoegsel), roepnaam: blankToNull(rest.join(' ')) };
  }
  const [achternaam = '', given = ''] = parts;
  const { roepnaam, voorvoegsel } = splitTrailingPrefix(given);
  return { achternaam, voorvoegsel, roepnaam: blankToNull(roepnaam) };
}

/** The name as Dutch schools write it in full: "Daan van der Berg". */
export function nameFromCell(text: string, order: NameOrder | null): string {
  return fullName(readNameCell(text, order));
}
