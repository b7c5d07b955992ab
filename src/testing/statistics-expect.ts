/**
 * The school statistics the API must give, computed from generated results with the domain functions:
 * per jaargroep × vak at a meetpunt, the number of results, the mean score, the levels and the share at
 * or above III.
 */
import type { DemoData } from '../demo/generator';
import { levelRank, levelsOf } from '../domain/levels';
import { parseMoment } from '../domain/moments';
import { expectedLevel, meetpuntOfResult, vakOf, type DemoResult, type EngineTables } from './engine-expect';

export interface ExpectedCell {
  jaargroep: number;
  vak: string;
  n: number;
  meanScore: number;
  levelCounts: Record<string, number>;
  atOrAbove: number;
}

/** The cells of the given results (one school) at one meetpunt, keyed "jaargroep|vak". */
export function expectedCells(
  data: DemoData,
  tables: EngineTables,
  results: readonly DemoResult[],
  meetpunt: string,
): Map<string, ExpectedCell> {
  const bar = levelRank('I-V', 'III') ?? Number.NaN;
  const cells = new Map<string, ExpectedCell>();
  for (const r of results) {
    const jaargroep = parseMoment(r.moment)?.jaargroep;
    if (meetpuntOfResult(r) !== meetpunt || jaargroep === undefined) continue;
    // The doorstroomtoets (referentieniveaus) has a view of its own, never an I–V cell.
    if (data.toets.find((t) => t.id === r.toets_id)?.level_system === 'REF') continue;
    const vak = vakOf(data, r);
    const key = `${jaargroep}|${vak}`;
    const cell = cells.get(key) ?? {
      jaargroep,
      vak,
      n: 0,
      meanScore: 0,
      levelCounts: Object.fromEntries(levelsOf('I-V').map((l) => [l, 0])),
      atOrAbove: 0,
    };
    cell.meanScore = (cell.meanScore * cell.n + (r.vaardigheidsscore ?? Number.NaN)) / (cell.n + 1);
    cell.n += 1;
    const level = expectedLevel(r, 'I-V', tables).level;
    if (level) {
      cell.levelCounts[level] = (cell.levelCounts[level] ?? 0) + 1;
      if ((levelRank('I-V', level) ?? -1) >= bar) cell.atOrAbove += 1;
    }
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
