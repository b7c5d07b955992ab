/**
 * Norm tables as data. The tables belong to the LVS publishers, so a school loads its own (norm-csv.ts);
 * the demo ships invented ones. A row holds, for one toets + versie + moment, the lowest score of each
 * level (a lower bound: a score equal to the cut has that level) and the mean vaardigheidsscore.
 *
 * A row carries cut scores for one or more systems, because Cito published both A–E and I–V for the
 * same toets during the transition. Which levels need a cut:
 *   I–V: I, II, III, IV (V is everything below IV), optionally I+;  A–E: A, B, C, D;  REF: 1F, 2F/1S.
 */
import { LEVEL_SYSTEM_LABEL, systemOfLevel, type Level, type LevelSystem } from './levels';

export type NormSystem = Exclude<LevelSystem, 'AVI'>;
export const NORM_SYSTEMS: readonly NormSystem[] = ['I-V', 'A-E', 'REF'];

export type CutLevel = 'I+' | 'I' | 'II' | 'III' | 'IV' | 'A' | 'B' | 'C' | 'D' | '1F' | '2F/1S';
export type CutScores = Partial<Record<CutLevel, number>>;

export interface NormRow {
  toets: string;
  versie: string;
  /** 'M3' … 'E8' or 'B3' … 'B8'. */
  moment: string;
  cuts: CutScores;
  /** Mean vaardigheidsscore of the norm group at this moment; null when the publisher gives none. */
  gemiddelde: number | null;
}

export interface DlePoint {
  /** The lowest vaardigheidsscore that has this DLE. */
  minScore: number;
  dle: number;
}

export interface NormIssue {
  /** Index of the row in the list that was validated. */
  index: number;
  message: string;
  /** For a duplicate: the index of the earlier row with the same toets, versie and moment. */
  duplicateOf?: number;
}

interface SystemCuts {
  /** Levels with a cut, from the lowest bar to the highest. */
  rising: readonly CutLevel[];
  optionalTop: CutLevel | null;
  /** The level of a score below every cut. */
  below: Level;
}

const SYSTEM_CUTS: Readonly<Record<NormSystem, SystemCuts>> = {
  'I-V': { rising: ['IV', 'III', 'II', 'I'], optionalTop: 'I+', below: 'V' },
  'A-E': { rising: ['D', 'C', 'B', 'A'], optionalTop: null, below: 'E' },
  REF: { rising: ['1F', '2F/1S'], optionalTop: null, below: '<1F' },
};

export function cutLevelsOf(system: NormSystem): readonly CutLevel[] {
  const { rising, optionalTop } = SYSTEM_CUTS[system];
  return optionalTop ? [...rising, optionalTop] : rising;
}

/** The systems for which a row has at least one cut score (complete or not). */
export function systemsInRow(row: NormRow): NormSystem[] {
  return NORM_SYSTEMS.filter((s) => cutLevelsOf(s).some((level) => row.cuts[level] !== undefined));
}

const NORM_MOMENT = /^[BME][3-8]$/;

/** A valid moment for a norm row, written as stored: B, M or E of groep 3 to 8 ("M5"). */
export function isNormMoment(moment: string): boolean {
  return NORM_MOMENT.test(moment);
}

/** The ordered cut scores of a system, lowest bar first, or a Dutch problem. */
function cutsFor(
  row: NormRow,
  system: NormSystem,
): { ok: true; cuts: [CutLevel, number][] } | { ok: false; problem: string } {
  const spec = SYSTEM_CUTS[system];
  const levels =
    spec.optionalTop && row.cuts[spec.optionalTop] !== undefined ? cutLevelsOf(system) : spec.rising;
  const missing = levels.filter((level) => row.cuts[level] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      problem: `${LEVEL_SYSTEM_LABEL[system]}: grensscore ontbreekt voor ${missing.join(', ')}.`,
    };
  }
  const cuts = levels.map((level): [CutLevel, number] => [level, row.cuts[level] ?? Number.NaN]);
  const notFinite = cuts.filter(([, score]) => !Number.isFinite(score)).map(([level]) => level);
  if (notFinite.length > 0) {
    return {
      ok: false,
      problem: `${LEVEL_SYSTEM_LABEL[system]}: grensscore is geen getal voor ${notFinite.join(', ')}.`,
    };
  }
  for (let i = 1; i < cuts.length; i++) {
    const [lowLevel, low] = cuts[i - 1] ?? ['', 0];
    const [highLevel, high] = cuts[i] ?? ['', 0];
    if (!(high > low)) {
      return {
        ok: false,
        problem: `${LEVEL_SYSTEM_LABEL[system]}: de grensscore van ${highLevel} (${high}) moet hoger zijn dan die van ${lowLevel} (${low}).`,
      };
    }
  }
  return { ok: true, cuts };
}

/** Every problem in a list of norm rows; an empty list means the rows can be used. */
export function validateNormRows(rows: readonly NormRow[]): NormIssue[] {
  const issues: NormIssue[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const add = (message: string) => issues.push({ index, message });
    if (row.toets.trim() === '') add('Toetscode ontbreekt.');
    if (row.versie.trim() === '')
      add('Versie ontbreekt: scores van verschillende versies zijn niet vergelijkbaar.');
    if (!isNormMoment(row.moment))
      add(`'${row.moment}' is geen toetsmoment; verwacht M3 t/m E8 of B3 t/m B8, zoals "M5".`);
    if (row.gemiddelde !== null && !Number.isFinite(row.gemiddelde)) add('Het gemiddelde is geen getal.');
    const systems = systemsInRow(row);
    if (systems.length === 0) add('Geen grensscores: geef die van I–IV, A–D of 1F en 2F/1S.');
    for (const system of systems) {
      const result = cutsFor(row, system);
      if (!result.ok) add(result.problem);
    }
    const key = [row.toets.trim(), row.versie.trim(), row.moment.trim().toUpperCase()].join('\u0000');
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      issues.push({
        index,
        message: `Dubbel: ${row.toets} versie ${row.versie} moment ${row.moment} komt al eerder voor.`,
        duplicateOf: first,
      });
    }
  });
  return issues;
}

/**
 * The level a score has in a norm row: the highest level whose cut the score reaches. Null when the row
 * has no complete, rising cuts for this system, for AVI, or for a score that is not a finite number.
 */
export function levelFromNorms(score: number, row: NormRow, system: LevelSystem): Level | null {
  if (system === 'AVI' || !Number.isFinite(score)) return null;
  const result = cutsFor(row, system);
  if (!result.ok) return null;
  let level: Level = SYSTEM_CUTS[system].below;
  for (const [cutLevel, cut] of result.cuts) if (score >= cut) level = cutLevel;
  return level;
}

export type LevelComparison = 'agrees' | { disagrees: string };

/**
 * Compares the level the LVS gave with the level computed from a loaded norm table. The LVS level is
 * kept either way: a disagreement is reported for a person to look at (wrong table, wrong version),
 * never used to overwrite. I+ and I agree, because not every LVS export or table carries the I+ split.
 */
export function compareGivenLevel(given: Level, computed: Level): LevelComparison {
  const asI = (level: Level) => (level === 'I+' ? 'I' : level);
  if (asI(given) === asI(computed)) return 'agrees';
  const givenSystem = systemOfLevel(given);
  const computedSystem = systemOfLevel(computed);
  if (givenSystem !== computedSystem) {
    return {
      disagrees: `Het LVS gaf ${given} en de normtabel ${computed}: dat zijn verschillende niveausystemen. Het niveau van het LVS blijft staan.`,
    };
  }
  return {
    disagrees: `Het LVS gaf ${given}, de ingeladen normtabel geeft ${computed}. Het niveau van het LVS blijft staan; controleer toets, versie en moment.`,
  };
}
