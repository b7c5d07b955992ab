/**
 * The SEO catalog: which instrument and scale an export means, and its values read the Dutch way
 * (a list "Leerkrachtvragenlijst", a band "beneden gemiddeld", a signal "!"). The instruments are data
 * (catalog-instruments.ts); a school's own list arrives from the database in the same shape.
 */
import { compactLabel, indexOfTokens, labelTokens } from '../normalize';
import { SEO_INSTRUMENTS } from './catalog-instruments';
import type { SeoBand, SeoInstrument, SeoList, SeoScale, SeoSignal } from './instrument';

export { SEO_INSTRUMENTS };
// The percentile lines are a rule of the domain, shared with the pupil view and the school figures.
export { bandOfPercentile } from '../../domain/seo';

export function seoInstrumentByCode(
  code: string,
  instruments: readonly SeoInstrument[] = SEO_INSTRUMENTS,
): SeoInstrument | null {
  return instruments.find((i) => i.code === code) ?? null;
}

/** Whether the label's tokens contain the phrase's (so "ZIEN! groep 5" holds "zien", "ingezien" not). */
const holds = (tokens: readonly string[], phrase: string) => indexOfTokens(tokens, labelTokens(phrase)) >= 0;

/** The instrument a cell or a title names: its code, or a synonym as whole words. */
export function seoInstrumentByName(
  text: string,
  instruments: readonly SeoInstrument[] = SEO_INSTRUMENTS,
): SeoInstrument | null {
  const compact = compactLabel(text);
  if (compact === '') return null;
  const exact = instruments.find(
    (i) => compactLabel(i.code) === compact || i.synonyms.some((s) => compactLabel(s) === compact),
  );
  if (exact) return exact;
  const tokens = labelTokens(text);
  const found = instruments.filter((i) => [i.code, ...i.synonyms].some((s) => holds(tokens, s)));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The scale a cell names exactly (its code or a synonym). */
export function seoScaleByName(instrument: SeoInstrument, text: string): SeoScale | null {
  const compact = compactLabel(text);
  if (compact === '') return null;
  return (
    instrument.scales.find(
      (s) => compactLabel(s.code) === compact || s.synonyms.some((syn) => compactLabel(syn) === compact),
    ) ?? null
  );
}

/** The scale a column header is about ("Sociaal initiatief (percentiel)"): the longest name it holds. */
export function seoScaleInHeader(instrument: SeoInstrument, header: string): SeoScale | null {
  const exact = seoScaleByName(instrument, header);
  if (exact) return exact;
  const tokens = labelTokens(header);
  let best: { scale: SeoScale; length: number } | null = null;
  for (const scale of instrument.scales) {
    for (const name of scale.synonyms) {
      const length = labelTokens(name).length;
      if (holds(tokens, name) && (!best || length > best.length)) best = { scale, length };
    }
  }
  return best?.scale ?? null;
}

/** Words that name a list on their own, also inside a title ("ZIEN! Leerkrachtvragenlijst groep 5"). */
const LIST_TITLES: Record<SeoList, readonly string[]> = {
  leerkracht: ['leerkrachtvragenlijst', 'leerkrachtlijst', 'leerkrachtversie', 'leerkrachtenlijst'],
  leerling: [
    'leerlingvragenlijst',
    'leerlinglijst',
    'leerlingversie',
    'leerlingscol',
    'kindvragenlijst',
    'zelfbeoordeling',
  ],
  ouder: ['oudervragenlijst', 'ouderlijst', 'ouderversie'],
};

/** Words that name a list in a cell of a list column ("Leerkracht", "ouders"), not in a title. */
const LIST_CELLS: Record<SeoList, readonly string[]> = {
  leerkracht: ['leerkracht', 'leerkrachten', 'leraar', 'docent', 'teacher'],
  leerling: ['leerling', 'leerlingen', 'kind', 'pupil', 'student'],
  ouder: ['ouder', 'ouders', 'verzorger', 'verzorgers', 'parent'],
};

/**
 * The list a cell or title names. A title counts only with words that say "list" ("Leerkrachtvragenlijst",
 * "LeerlingSCOL"): "Overzicht leerlingen groep 5" is about pupils, not the pupils' list.
 */
export function readSeoList(text: string, title = false): SeoList | null {
  const tokens = labelTokens(text);
  const words = (list: SeoList) => (title ? LIST_TITLES[list] : [...LIST_TITLES[list], ...LIST_CELLS[list]]);
  const found = (Object.keys(LIST_TITLES) as SeoList[]).filter((list) =>
    words(list).some((word) => tokens.includes(word)),
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

const BAND_WORDS: Record<SeoBand, readonly string[]> = {
  laag: [
    'laag',
    'zeer laag',
    'onder gemiddeld',
    'beneden gemiddeld',
    'lager dan gemiddeld',
    'zwak',
    'd',
    'e',
    'v',
  ],
  gemiddeld: ['gemiddeld', 'midden', 'normaal', 'rond gemiddeld', 'b', 'c', 'ii', 'iii', 'iv'],
  hoog: ['hoog', 'zeer hoog', 'boven gemiddeld', 'hoger dan gemiddeld', 'sterk', 'a', 'i'],
};

/**
 * A band as exports write it: words ("beneden gemiddeld"), or a Cito-style letter or numeral, read
 * to three bands (A and I the highest quarter or fifth: hoog; D, E and V the lowest: laag).
 */
export function readSeoBand(text: string): SeoBand | 'onbekend' | null {
  const words = labelTokens(text).join(' ');
  if (words === '') return null;
  for (const band of ['laag', 'gemiddeld', 'hoog'] as const)
    if (BAND_WORDS[band].includes(words)) return band;
  return 'onbekend';
}

const SIGNAL_WORDS: Record<SeoSignal | 'geen', readonly string[]> = {
  geen: ['nee', 'n', 'geen', 'groen', 'ok', 'nvt', 'n v t', '0', 'goed'],
  aandacht: ['aandacht', 'ja', 'j', 'x', 'signaal', 'oranje', 'geel', 'let op', 'attentie', 'risico', '1'],
  zorg: ['zorg', 'rood', 'zorgsignaal', 'ernstig', 'hoog risico', '2'],
};

/** The instrument's own signal: none, 'aandacht' or 'zorg'; '!' and '!!' as exports mark them. */
export function readSeoSignal(text: string): SeoSignal | 'geen' | 'onbekend' {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-') return 'geen';
  if (/^!+$/.test(trimmed)) return trimmed.length === 1 ? 'aandacht' : 'zorg';
  const words = labelTokens(trimmed).join(' ');
  for (const kind of ['geen', 'aandacht', 'zorg'] as const)
    if (SIGNAL_WORDS[kind].includes(words)) return kind;
  return 'onbekend';
}
