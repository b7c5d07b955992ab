/**
 * What the results engine should answer about the generated demo, computed straight from the generated
 * rows with the domain functions: independent of the server's queries, joins and wiring, so an API test
 * can compare the two.
 */
import type { DemoData } from '../demo/generator';
import {
  achterstand,
  DEFAULT_DL_CONVENTION,
  didactischeLeeftijd,
  dleFromTable,
  leerrendement,
  type DlConvention,
} from '../domain/dl';
import { functioneringsniveau } from '../domain/functioneringsniveau';
import { LEVEL_SYSTEMS, parseLevel, type Level, type LevelSystem } from '../domain/levels';
import { compareMeetpunten, meetpuntKey, meetpuntOf, parseMeetpuntKey } from '../domain/moments';
import {
  compareGivenLevel,
  levelFromNorms,
  type CutScores,
  type DlePoint,
  type NormRow,
} from '../domain/norms';
import { schooljaarStartYear } from '../domain/schooljaar';

export type DemoResult = DemoData['toetsresultaat'][number];

export interface EngineTables {
  /** Per toets id: the norm row per moment. */
  norms: Map<string, Map<string, NormRow>>;
  /** Per toets id: the DLE conversion points. */
  dle: Map<string, DlePoint[]>;
  convention: DlConvention;
}

/** The norm rows and DLE tables the demo loads for every school (school_id null). */
export function demoTables(data: DemoData): EngineTables {
  const norms = new Map<string, Map<string, NormRow>>();
  for (const row of data.norm_row) {
    if (row.school_id) continue;
    const byMoment = norms.get(row.toets_id) ?? new Map<string, NormRow>();
    byMoment.set(row.moment, {
      toets: row.toets_id,
      versie: '',
      moment: row.moment,
      cuts: JSON.parse(row.cuts) as CutScores,
      gemiddelde: row.mean ?? null,
    });
    norms.set(row.toets_id, byMoment);
  }
  const dle = new Map<string, DlePoint[]>();
  for (const p of data.dle_point) {
    if (p.school_id) continue;
    dle.set(p.toets_id, [...(dle.get(p.toets_id) ?? []), { minScore: p.min_score, dle: p.dle }]);
  }
  return { norms, dle, convention: DEFAULT_DL_CONVENTION };
}

export function meetpuntOfResult(r: DemoResult): string {
  return meetpuntKey(
    meetpuntOf({ schooljaar: r.schooljaar, moment: r.moment, afnamedatum: r.afnamedatum ?? null }),
  );
}

/** Distinct meetpunt keys in time order. */
export function sortMeetpunten(keys: Iterable<string>): string[] {
  return [...new Set(keys)]
    .flatMap((k) => {
      const m = parseMeetpuntKey(k);
      return m ? [m] : [];
    })
    .sort(compareMeetpunten)
    .map(meetpuntKey);
}

function levelSystemOf(value: string | null | undefined): LevelSystem | null {
  return LEVEL_SYSTEMS.find((s) => s === value) ?? null;
}

/** The level the engine must report: the LVS's if it gave one, else the norms'; a note on disagreement. */
export function expectedLevel(
  r: DemoResult,
  system: LevelSystem | null,
  tables: EngineTables,
): { level: Level | null; levelSource: 'lvs' | 'norm' | null; levelNote: string | null } {
  const norm = tables.norms.get(r.toets_id)?.get(r.moment) ?? null;
  const score = r.vaardigheidsscore ?? null;
  const computed =
    norm && score !== null && system && system !== 'AVI' ? levelFromNorms(score, norm, system) : null;
  const given = r.niveau && system ? parseLevel(r.niveau, system) : null;
  if (given?.ok) {
    const comparison = computed ? compareGivenLevel(given.level, computed) : 'agrees';
    return {
      level: given.level,
      levelSource: 'lvs',
      levelNote: comparison === 'agrees' ? null : comparison.disagrees,
    };
  }
  return { level: computed, levelSource: computed ? 'norm' : null, levelNote: null };
}

/** A value as it arrives through JSON: the generator's -0 scores, for one, arrive as 0. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every field of an enriched result as the engine must compute it from the generated rows. */
export function expectedEnrichment(data: DemoData, tables: EngineTables, r: DemoResult) {
  const toets = data.toets.find((t) => t.id === r.toets_id);
  const pupil = data.leerling.find((l) => l.id === r.leerling_id);
  if (!toets || !pupil) throw new Error(`result ${r.id} without toets or pupil`);
  const system = levelSystemOf(toets.level_system);
  const score = r.vaardigheidsscore ?? null;
  const date = r.afnamedatum ?? '';
  const groep3 = pupil.groep3_start ?? null;
  const dl = groep3 ? didactischeLeeftijd(groep3, date, tables.convention) : null;
  const dle = r.dle ?? dleFromTable(score, tables.dle.get(r.toets_id) ?? null);
  const means = [...(tables.norms.get(r.toets_id)?.values() ?? [])];
  return viaJson({
    id: r.id,
    toetsId: toets.id,
    toetsName: toets.name,
    vak: toets.vak,
    scaleKey: toets.scale_key,
    levelSystem: system,
    schooljaar: r.schooljaar,
    moment: r.moment,
    meetpunt: meetpuntOfResult(r),
    date,
    score,
    ...expectedLevel(r, system, tables),
    functioneringsniveau:
      r.functioneringsniveau ?? (score !== null ? functioneringsniveau(score, means) : null),
    dl,
    dle,
    leerrendement: leerrendement(dle, dl),
    achterstand: achterstand(dle, dl),
  });
}

/**
 * The growths of comparable starters: every pupil of the bestuur (the demo has one) with results on
 * this toets at both moments, `yearOffset` schooljaren apart, who started at `startLevel` (I+ as I).
 */
export function peerGrowths(
  data: DemoData,
  tables: EngineTables,
  key: { toetsId: string; fromMoment: string; toMoment: string; yearOffset: number; startLevel: Level },
): { leerlingId: string; growth: number }[] {
  const system = levelSystemOf(data.toets.find((t) => t.id === key.toetsId)?.level_system);
  const onToets = data.toetsresultaat.filter((r) => r.toets_id === key.toetsId);
  return onToets.flatMap((a) => {
    if (a.moment !== key.fromMoment || a.vaardigheidsscore == null) return [];
    const start = expectedLevel(a, system, tables).level;
    if ((start === 'I+' ? 'I' : start) !== key.startLevel) return [];
    const from = a.vaardigheidsscore;
    return onToets.flatMap((b) =>
      b.leerling_id === a.leerling_id &&
      b.moment === key.toMoment &&
      b.vaardigheidsscore != null &&
      schooljaarStartYear(b.schooljaar) - schooljaarStartYear(a.schooljaar) === key.yearOffset
        ? [{ leerlingId: a.leerling_id, growth: b.vaardigheidsscore - from }]
        : [],
    );
  });
}

/** A result's toets vak, from the generated toets. */
export function vakOf(data: DemoData, r: DemoResult): string {
  return data.toets.find((t) => t.id === r.toets_id)?.vak ?? '';
}
