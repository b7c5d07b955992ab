/** The vakken the LVS tests measure. Codes are stable identifiers; labels are for people. */
export const VAKKEN = ['rekenen-wiskunde', 'spelling', 'begrijpend-lezen', 'technisch-lezen'] as const;
export type Vak = (typeof VAKKEN)[number];

export function isVak(value: string): value is Vak {
  return (VAKKEN as readonly string[]).includes(value);
}

const VAK_NAAM: Readonly<Record<Vak, string>> = {
  'rekenen-wiskunde': 'Rekenen-wiskunde',
  spelling: 'Spelling',
  'begrijpend-lezen': 'Begrijpend lezen',
  'technisch-lezen': 'Technisch lezen',
};

/** The vak as a teacher writes it; a vak outside the four known ones keeps its code. */
export function vakNaam(vak: string): string {
  return isVak(vak) ? VAK_NAAM[vak] : vak;
}

/** The vakken in the order people expect: the four known ones first, in their order, then others A–Z. */
export function orderVakken(vakken: Iterable<string>): string[] {
  const found = new Set(vakken);
  return [...VAKKEN.filter((v) => found.has(v)), ...[...found].filter((v) => !isVak(v)).sort()];
}

/** A sort key with the same order as orderVakken: known vakken by position, any other after them. */
export function vakRank(vak: string): number {
  const i = (VAKKEN as readonly string[]).indexOf(vak);
  return i < 0 ? VAKKEN.length : i;
}
