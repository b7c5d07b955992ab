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
