/**
 * Label normalisation for matching headers and test names: lower case, diacritics removed, every run
 * of punctuation or white space one space. "Vaardigheids-score (VS)" → "vaardigheids score vs".
 */
function normalizeLabel(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The normalised label without spaces: "lln nr" and "lln.nr." both become "llnnr". */
export function compactLabel(value: string): string {
  return normalizeLabel(value).replace(/ /g, '');
}

/** The tokens of a normalised label. */
export function labelTokens(value: string): string[] {
  const n = normalizeLabel(value);
  return n === '' ? [] : n.split(' ');
}

/** Index of `needle` as a run of consecutive tokens in `hay`, or -1. */
export function indexOfTokens(hay: readonly string[], needle: readonly string[]): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
