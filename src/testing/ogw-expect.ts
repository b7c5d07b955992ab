/**
 * For the OGW tests (ambitions, schooloverzicht, trends, bestuur grid, teambespreking, export): the
 * seeded demo behind the API with a clock the test moves, results a test writes itself (into a
 * schooljaar the demo leaves empty, so every figure of such a cell is known), and the 90 % Wilson
 * interval and the verdict worked out by hand, without the server's or the domain's code.
 */
import type { DemoData } from '../demo/generator';
import type { Db } from '../server/db/database';
import { newId } from '../server/db/ids';
import type { DemoResult } from './engine-expect';
import { TEST_NOW } from './fixtures';
import { expectedCells, meetpuntByHand, type ExpectedCell } from './statistics-expect';
import { demoWorld, ok, type DemoWorld } from './world';

export { wilson90, Z90 } from './statistics-expect';

/** The schooljaar before the demo's first one: no results and no ambitions until a test writes them. */
export const EMPTY_YEAR = '2023-2024';

/**
 * The verdict as the schooloverzicht promises it: the side of the ambition the figure is on (for "at
 * most", below the cap is above the ambition), and certain only when the interval does not reach
 * across the ambition.
 */
export function verdictByHand(
  value: number,
  interval: { low: number; high: number },
  target: number,
  direction: 'atLeast' | 'atMost',
): `${'boven' | 'gelijk' | 'onder'}-${'zeker' | 'marge'}` {
  const margin = interval.low < target && target < interval.high ? 'marge' : 'zeker';
  const better = direction === 'atLeast' ? value - target : target - value;
  return `${better > 0 ? 'boven' : better < 0 ? 'onder' : 'gelijk'}-${margin}`;
}

/**
 * The national share of an ambition's measure, written out here: I–V has 20 % per level (III or higher
 * is 60 %, V alone 20 %), A–E has A, B, C 25 % each; the other kinds have no national figure.
 */
const AT_OR_ABOVE: Record<string, number> = { I: 0.2, II: 0.4, III: 0.6, IV: 0.8, C: 0.75 };
const NO_REFERENCE: Record<string, string> = {
  meanAtLeastNorm: 'gemiddelde',
  growthAsExpected: 'groei',
  refAtLeast1F: 'referentie',
  refAtLeast2F: 'referentie',
  woorden: 'woorden',
};
export function referenceByHand(target: {
  kind: string;
  level?: string;
  minShare?: number;
  maxShare?: number;
}) {
  const compare = (own: number, national: number) =>
    own === national ? 'gelijk' : own > national ? 'hoger' : 'lager';
  if (target.kind === 'atOrAbove') {
    const share = AT_OR_ABOVE[target.level ?? ''] ?? Number.NaN;
    return { kind: 'share', share, comparison: compare(target.minShare ?? 0, share) };
  }
  // At most a share at V: a smaller cap than the national 20 % is the higher ambition.
  if (target.kind === 'atMostLowest')
    return { kind: 'share', share: 0.2, comparison: compare(0.2, target.maxShare ?? 0) };
  return { kind: 'none', reason: NO_REFERENCE[target.kind] };
}

export type OgwWorld = DemoWorld;
export const ogwWorld = demoWorld;
export { ok };

/** A schooljaar row for the school, as the LAS import would make it. */
export async function addSchooljaar(db: Db, schoolId: string, name: string): Promise<void> {
  const start = Number(name.slice(0, 4));
  await db
    .insertInto('schooljaar')
    .values({
      id: newId(TEST_NOW.getTime()),
      school_id: schoolId,
      name,
      start_date: `${start}-08-01`,
      end_date: `${start + 1}-07-31`,
    })
    .execute();
}

/** The school's pupils (every year), in a fixed order. */
export function pupilsOfSchool(data: DemoData, schoolId: string): string[] {
  return data.leerling
    .filter((l) => l.school_id === schoolId)
    .map((l) => l.id)
    .sort();
}

/** The demo toets of a vak. */
export function demoToetsId(data: DemoData, vak: string): string {
  const toets = data.toets.find((t) => t.vak === vak);
  if (!toets) throw new Error(`no demo toets for ${vak}`);
  return toets.id;
}

/** Another toets (version) for a vak: its own name and scale, levels I–V unless told, no norms. */
export async function addToets(
  db: Db,
  toets: { vak: string; name: string; version: string; scaleKey: string; levelSystem?: string },
): Promise<string> {
  const id = newId(TEST_NOW.getTime());
  await db
    .insertInto('toets')
    .values({
      id,
      school_id: null,
      code: `test-${toets.scaleKey}`,
      vak: toets.vak,
      name: toets.name,
      publisher: 'Test-LVS',
      version: toets.version,
      scale_key: toets.scaleKey,
      scale_kind: 'vaardigheid',
      level_system: toets.levelSystem ?? 'I-V',
      created_at: TEST_NOW.toISOString(),
    })
    .execute();
  return id;
}

/** Levels by count, e.g. { II: 3, IV: 2 } → II, II, II, IV, IV. */
export function levels(counts: Record<string, number>): string[] {
  return Object.entries(counts).flatMap(([level, n]) => Array.from({ length: n }, () => level));
}

export interface NewResult {
  leerlingId: string;
  toetsId: string;
  schooljaar: string;
  /** As the LVS writes it: M5, E6 … */
  moment: string;
  date: string;
  score?: number | null;
  niveau: string | null;
}

/** Results written straight into the database, as an import would; returns their ids. */
export async function insertResults(db: Db, results: readonly NewResult[]): Promise<string[]> {
  const iso = TEST_NOW.toISOString();
  const rows = results.map((r) => ({
    id: newId(TEST_NOW.getTime()),
    leerling_id: r.leerlingId,
    toets_id: r.toetsId,
    schooljaar: r.schooljaar,
    moment: r.moment,
    afnamedatum: r.date,
    ruwe_score: null,
    vaardigheidsscore: r.score ?? null,
    niveau: r.niveau,
    functioneringsniveau: null,
    dle: null,
    import_id: null,
    created_at: iso,
    updated_at: iso,
  }));
  if (rows.length > 0) await db.insertInto('toetsresultaat').values(rows).execute();
  return rows.map((r) => r.id);
}

/**
 * One result per level for consecutive pupils of the school, starting at pupil `from`: a cell whose
 * every figure the test knows.
 */
export function cellResults(
  world: OgwWorld,
  cell: {
    schoolId?: string;
    vak: string;
    moment: string;
    schooljaar?: string;
    date: string;
    levels: readonly string[];
    from?: number;
    toetsId?: string;
    scores?: readonly number[];
  },
): NewResult[] {
  const pupils = pupilsOfSchool(world.data, cell.schoolId ?? world.demo.schoolA);
  const from = cell.from ?? 0;
  if (from + cell.levels.length > pupils.length) throw new Error('not enough pupils for the cell');
  return cell.levels.map((niveau, i) => ({
    leerlingId: pupils[from + i] ?? '',
    toetsId: cell.toetsId ?? demoToetsId(world.data, cell.vak),
    schooljaar: cell.schooljaar ?? EMPTY_YEAR,
    moment: cell.moment,
    date: cell.date,
    score: cell.scores?.[i] ?? null,
    niveau,
  }));
}

/** The generated results of one school. */
export function demoResultsOf(data: DemoData, schoolId: string): DemoResult[] {
  const pupils = new Set(data.leerling.filter((l) => l.school_id === schoolId).map((l) => l.id));
  return data.toetsresultaat.filter((r) => pupils.has(r.leerling_id));
}

/** Per "jaargroep|vak" the generated figures of a school at a schooljaar and moment (M or E). */
export function demoCells(
  data: DemoData,
  schoolId: string,
  schooljaar: string,
  kind: 'M' | 'E',
): Map<string, ExpectedCell> {
  const results = demoResultsOf(data, schoolId).filter((r) => meetpuntByHand(r) === `${schooljaar} ${kind}`);
  return expectedCells(data, results, `${schooljaar} ${kind}`);
}
