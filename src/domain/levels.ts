/**
 * Level systems of the LVS tests. A level is ordinal: it can be ranked and compared, never averaged
 * (a group's level comes from the group's mean score, see statistics.ts).
 *
 * - 'I-V': Cito Leerling in Beeld, five groups of 20 %; I+ (top 10 %) refines I where a report has it.
 * - 'A-E': older Cito levels A (top 25 %) … E (lowest 10 %).
 * - 'REF': IEP referentieniveau bands; 2F (taal) and 1S (rekenen) are one band, the streefniveau.
 * - 'AVI': an absolute reading level (Start … Plus), not a norm score: it is ranked but never placed.
 */
export type LevelSystem = 'I-V' | 'A-E' | 'REF' | 'AVI';
export const LEVEL_SYSTEMS: readonly LevelSystem[] = ['I-V', 'A-E', 'REF', 'AVI'];

export type CitoLevel = 'I+' | 'I' | 'II' | 'III' | 'IV' | 'V';
export type AeLevel = 'A' | 'B' | 'C' | 'D' | 'E';
export type RefLevel = '2F/1S' | '1F' | '<1F';
export type AviLevel = 'Plus' | 'E7' | 'M7' | 'E6' | 'M6' | 'E5' | 'M5' | 'E4' | 'M4' | 'E3' | 'M3' | 'Start';
export type Level = CitoLevel | AeLevel | RefLevel | AviLevel;

export interface LevelOfSystem {
  'I-V': CitoLevel;
  'A-E': AeLevel;
  REF: RefLevel;
  AVI: AviLevel;
}

/** Best → worst, so that index 0 is the top level. Level strings are unique across systems. */
const LEVELS: { readonly [S in LevelSystem]: readonly LevelOfSystem[S][] } = {
  'I-V': ['I+', 'I', 'II', 'III', 'IV', 'V'],
  'A-E': ['A', 'B', 'C', 'D', 'E'],
  REF: ['2F/1S', '1F', '<1F'],
  AVI: ['Plus', 'E7', 'M7', 'E6', 'M6', 'E5', 'M5', 'E4', 'M4', 'E3', 'M3', 'Start'],
};

/** How people name a system in a Dutch message. */
export const LEVEL_SYSTEM_LABEL: Readonly<Record<LevelSystem, string>> = {
  'I-V': 'I–V (Cito)',
  'A-E': 'A–E (Cito, oud)',
  REF: 'referentieniveau (IEP)',
  AVI: 'AVI',
};

export type ParsedLevel =
  | { [S in LevelSystem]: { ok: true; system: S; level: LevelOfSystem[S] } }[LevelSystem]
  | { ok: false; reason: string };

export function levelsOf<S extends LevelSystem>(system: S): readonly LevelOfSystem[S][] {
  return LEVELS[system];
}

export function isLevelOf<S extends LevelSystem>(system: S, level: string): level is LevelOfSystem[S] {
  return (LEVELS[system] as readonly string[]).includes(level);
}

/** The system a level belongs to; null for a string that is no level. */
export function systemOfLevel(level: string): LevelSystem | null {
  return LEVEL_SYSTEMS.find((system) => isLevelOf(system, level)) ?? null;
}

/** Higher is better; 0 is the lowest level. Null when the level is not one of the system's. */
export function levelRank(system: LevelSystem, level: Level): number | null {
  const index = (LEVELS[system] as readonly string[]).indexOf(level);
  return index < 0 ? null : LEVELS[system].length - 1 - index;
}

/** Sign of (a − b) in rank: positive when a is the better level. Null when either is not in the system. */
export function compareLevels(system: LevelSystem, a: Level, b: Level): -1 | 0 | 1 | null {
  const ra = levelRank(system, a);
  const rb = levelRank(system, b);
  if (ra === null || rb === null) return null;
  return ra === rb ? 0 : ra > rb ? 1 : -1;
}

export function isLowestLevel(system: LevelSystem, level: Level): boolean {
  return levelRank(system, level) === 0;
}

/**
 * How many levels the pupil went down from prev to next (0 when equal or up). I+ counts as I, so that
 * leaving the top 10 % while staying in the top 20 % is not a drop. Null when a level is not in the system.
 */
export function levelsDropped(prevLevel: Level, nextLevel: Level, system: LevelSystem): number | null {
  const prev = levelRank(system, prevLevel === 'I+' ? 'I' : prevLevel);
  const next = levelRank(system, nextLevel === 'I+' ? 'I' : nextLevel);
  if (prev === null || next === null) return null;
  return Math.max(0, prev - next);
}

// Readers for each system on a cleaned, upper-cased string. They return the canonical level or null.
// Maps, not objects: odd input such as 'constructor' must not find Object.prototype.
const ROMAN: ReadonlyMap<string, CitoLevel> = new Map<string, CitoLevel>(
  Object.entries({
    'I+': 'I+',
    I: 'I',
    II: 'II',
    III: 'III',
    IV: 'IV',
    V: 'V',
  } satisfies Record<string, CitoLevel>),
);
const REF_INPUT: ReadonlyMap<string, RefLevel> = new Map<string, RefLevel>(
  Object.entries({
    '<1F': '<1F',
    '1F': '1F',
    '2F': '2F/1S',
    '1S': '2F/1S',
    '2F/1S': '2F/1S',
    '1S/2F': '2F/1S',
  } satisfies Record<string, RefLevel>),
);
const READERS: { readonly [S in LevelSystem]: (clean: string) => LevelOfSystem[S] | null } = {
  'I-V': (clean) => ROMAN.get(clean.replace(/^NIVEAU\s*/, '').replace(/\s+\+$/, '+')) ?? null,
  'A-E': (clean) => {
    const letter = clean.replace(/^NIVEAU\s*/, '');
    return isLevelOf('A-E', letter) ? letter : null;
  },
  REF: (clean) => REF_INPUT.get(clean.replace(/^NIVEAU\s*/, '').replace(/\s+/g, '')) ?? null,
  AVI: (clean) => {
    const bare = clean.replace(/^AVI[\s-]*/, '');
    if (bare === 'START') return 'Start';
    if (bare === 'PLUS') return 'Plus';
    return isLevelOf('AVI', bare) ? bare : null;
  },
};

// The readers accept disjoint inputs ("E4" only as AVI, "E" only as A–E), so this order only decides
// which other system a refusal points to.
const INFER_ORDER: readonly LevelSystem[] = ['I-V', 'AVI', 'A-E', 'REF'];

function clean(raw: string): string {
  // LVS exports mark levels with an asterisk (e.g. a deviating afname); the level itself is unchanged.
  return raw
    .replace(/\*+\s*$/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toUpperCase();
}

function expected(system: LevelSystem): string {
  return LEVELS[system].join(', ');
}

/**
 * Reads a level as LVS exports write it ("I+", "i", "Niveau II", "IV*", "AVI E4"). Without a system
 * the system is inferred. Every refusal carries a Dutch reason for the import report.
 */
export function parseLevel(raw: string, system?: LevelSystem): ParsedLevel {
  const value = clean(raw);
  if (value === '') return { ok: false, reason: 'Geen niveau ingevuld.' };
  const shown = raw.trim();
  if (system !== undefined) {
    const found = readAs(system, value);
    if (found) return found;
    const other = INFER_ORDER.find((s) => s !== system && readAs(s, value) !== null);
    const hint = other ? ` Het lijkt een niveau van ${LEVEL_SYSTEM_LABEL[other]}.` : '';
    return {
      ok: false,
      reason: `'${shown}' is geen niveau van ${LEVEL_SYSTEM_LABEL[system]}; verwacht een van: ${expected(system)}.${hint}`,
    };
  }
  for (const s of INFER_ORDER) {
    const found = readAs(s, value);
    if (found) return found;
  }
  if (/^\d+([.,]\d+)?$/.test(value)) {
    return {
      ok: false,
      reason: `'${shown}' is een getal, geen niveau; verwacht I+ t/m V, A t/m E, 1F/2F/1S of een AVI-niveau.`,
    };
  }
  return {
    ok: false,
    reason: `'${shown}' is geen bekend niveau; verwacht I+ t/m V, A t/m E, 1F/2F/1S of een AVI-niveau.`,
  };
}

function readAs(system: LevelSystem, value: string): ParsedLevel | null {
  switch (system) {
    case 'I-V': {
      const level = READERS['I-V'](value);
      return level ? { ok: true, system, level } : null;
    }
    case 'A-E': {
      const level = READERS['A-E'](value);
      return level ? { ok: true, system, level } : null;
    }
    case 'REF': {
      const level = READERS.REF(value);
      return level ? { ok: true, system, level } : null;
    }
    case 'AVI': {
      const level = READERS.AVI(value);
      return level ? { ok: true, system, level } : null;
    }
  }
}
