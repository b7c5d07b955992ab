/**
 * The Dutch names of the social-emotional instruments, their lists and scales, for the server's Dutch
 * documents and as the Dutch catalog's fallback. A scale's name is its catalog code in words
 * ("sociaal-initiatief": "Sociaal initiatief"); a school's own list keeps its code in words too.
 */
const INSTRUMENT_NAAM: Readonly<Record<string, string>> = {
  zien: 'ZIEN!',
  kanvas: 'KanVAS',
  scol: 'SCOL',
  kindbegrip: 'Kindbegrip',
  'lib-sef': 'Leerling in Beeld SEF',
};

const LIJST_NAAM: Readonly<Record<string, string>> = {
  leerkracht: 'leerkrachtlijst',
  leerling: 'leerlinglijst',
  ouder: 'ouderlijst',
};

const words = (code: string) => code.replace(/^eigen-/, '').replace(/-/g, ' ');

export function seoInstrumentNaam(code: string): string {
  return INSTRUMENT_NAAM[code] ?? words(code);
}

export function seoSchaalNaam(code: string): string {
  const text = words(code);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function seoLijstNaam(code: string): string {
  return LIJST_NAAM[code] ?? code;
}
