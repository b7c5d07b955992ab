export interface PersonName {
  roepnaam: string | null;
  voorvoegsel: string | null;
  achternaam: string;
}

/** "Daan van der Berg": how Dutch schools write a name in full. */
export function fullName(p: PersonName): string {
  return [p.roepnaam, p.voorvoegsel, p.achternaam].filter((part) => part && part.trim() !== '').join(' ');
}

/** "Berg, Daan van der": the sort key Dutch administrations use (voorvoegsel ignored for sorting). */
export function sortName(p: PersonName): string {
  return `${p.achternaam}, ${p.roepnaam ?? ''}${p.voorvoegsel ? ` ${p.voorvoegsel}` : ''}`.toLocaleLowerCase(
    'nl',
  );
}

// One collator for every sort: `a.localeCompare(b, 'nl')` builds a new one per comparison, which
// costs more than the rest of a screen's sorting. Same rules, so the same order.
const DUTCH = new Intl.Collator('nl');

/** A copy sorted by sortName, each key computed once instead of per comparison. */
export function sortByName<T extends PersonName>(people: readonly T[]): T[] {
  return people
    .map((p) => ({ p, key: sortName(p) }))
    .sort((a, b) => DUTCH.compare(a.key, b.key))
    .map(({ p }) => p);
}

/** "D.v.d.B.": for a datamuur projected on a wall without names. */
export function initials(p: PersonName): string {
  const first = (p.roepnaam ?? '').trim().charAt(0).toUpperCase();
  const prefix = (p.voorvoegsel ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/^'/, '').charAt(0).toLowerCase())
    .join('.');
  const last = p.achternaam.trim().charAt(0).toUpperCase();
  return [first, prefix, last].filter(Boolean).join('.') + '.';
}
