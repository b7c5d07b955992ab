/**
 * The school statistics the API must give, worked out from the generated rows without the server's or
 * the domain's code: per jaargroep × vak at a meetpunt the number of results, the mean score, the count
 * per level (the LVS's level, else the one the norm row's cut scores give), how many at III or higher
 * with the 90 % Wilson interval from the textbook formula, and the instructiegroep per level as the
 * default mapping gives it. So a wrong formula in domain/statistics.ts fails an API test too.
 */
import type { DemoData } from '../demo/generator';
import type { DemoResult } from './engine-expect';

/** The 95th percentile of the standard normal distribution: a two-sided 90 % interval. */
export const Z90 = 1.6448536269514722;

/** Wilson's score interval for count of n at 90 %, from the textbook formula. */
export function wilson90(count: number, n: number): { low: number; high: number } {
  const p = count / n;
  const z2 = Z90 * Z90;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z90 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The levels of I–V, best first, as the statistics list them (I+ is the top of I, for LVSs that split it). */
export const LEVELS_I_V = ['I+', 'I', 'II', 'III', 'IV', 'V'] as const;
const AT_OR_ABOVE_III = new Set(['I+', 'I', 'II', 'III']);

/** The default instructiegroep per level I–V (Cito's usual reading: I and II verkort, V verlengd). */
export const INSTRUCTIE_OF_LEVEL: Readonly<Record<string, string>> = {
  'I+': 'verkort',
  I: 'verkort',
  II: 'verkort',
  III: 'basis',
  IV: 'basis',
  V: 'verlengd',
};

export interface ExpectedCell {
  jaargroep: number;
  vak: string;
  n: number;
  meanScore: number;
  levelCounts: Record<string, number>;
  /** Results at III or higher, and the 90 % interval of their share. */
  atOrAbove: number;
  interval: { low: number; high: number };
}

/** The meetpunt of a generated result: its schooljaar and the letter of its moment (M5 → M). */
export function meetpuntByHand(r: Pick<DemoResult, 'schooljaar' | 'moment'>): string {
  return `${r.schooljaar} ${r.moment.charAt(0)}`;
}

/** The level of a result at I–V: the LVS's, or the lowest cut score (I, II, III, IV) the score reaches. */
function levelByHand(data: DemoData, r: DemoResult): string | null {
  if (r.niveau && (LEVELS_I_V as readonly string[]).includes(r.niveau)) return r.niveau;
  const row = data.norm_row.find(
    (n) => n.school_id === null && n.toets_id === r.toets_id && n.moment === r.moment,
  );
  const score = r.vaardigheidsscore;
  if (!row || score === null || score === undefined) return null;
  const cuts = JSON.parse(row.cuts) as Record<string, number>;
  return (['I', 'II', 'III', 'IV'] as const).find((level) => score >= (cuts[level] ?? Infinity)) ?? 'V';
}

/** The cells of the given results (one school) at one meetpunt, keyed "jaargroep|vak". */
export function expectedCells(
  data: DemoData,
  results: readonly DemoResult[],
  meetpunt: string,
): Map<string, ExpectedCell> {
  const sums = new Map<string, number>();
  const cells = new Map<string, ExpectedCell>();
  for (const r of results) {
    if (meetpuntByHand(r) !== meetpunt) continue;
    const toets = data.toets.find((t) => t.id === r.toets_id);
    // The doorstroomtoets (referentieniveaus) has a view of its own, never an I–V cell.
    if (!toets || toets.level_system === 'REF') continue;
    const jaargroep = Number(r.moment.slice(1));
    const key = `${jaargroep}|${toets.vak}`;
    const cell = cells.get(key) ?? {
      jaargroep,
      vak: toets.vak,
      n: 0,
      meanScore: Number.NaN,
      levelCounts: Object.fromEntries(LEVELS_I_V.map((l) => [l, 0])),
      atOrAbove: 0,
      interval: { low: Number.NaN, high: Number.NaN },
    };
    cell.n += 1;
    sums.set(key, (sums.get(key) ?? 0) + (r.vaardigheidsscore ?? Number.NaN));
    cell.meanScore = (sums.get(key) ?? Number.NaN) / cell.n;
    const level = levelByHand(data, r);
    if (level) {
      cell.levelCounts[level] = (cell.levelCounts[level] ?? 0) + 1;
      if (AT_OR_ABOVE_III.has(level)) cell.atOrAbove += 1;
    }
    cell.interval = wilson90(cell.atOrAbove, cell.n);
    cells.set(key, cell);
  }
  return cells;
}

/** Every generated roepnaam and achternaam as a whole word, so "Noor" does not match "Veldhoven-Noord". */
export function pupilNamePattern(data: DemoData): RegExp {
  const names = new Set(data.leerling.flatMap((l) => [l.roepnaam, l.achternaam]));
  const escaped = [...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(${escaped.join('|')})(?![\\p{L}])`, 'u');
}
