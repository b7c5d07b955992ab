/**
 * One stored result, made complete with the engine: the level (as the LVS gave it, else from the
 * norms, and a note when the two disagree), functioneringsniveau, DL, DLE, leerrendement.
 */
import { achterstand, didactischeLeeftijd, leerrendement } from '../../../domain/dl';
import { parseLevel, type Level, type LevelSystem } from '../../../domain/levels';
import { meetpuntKey, meetpuntOf, resultTimeKey } from '../../../domain/moments';
import { compareGivenLevel, levelFromNorms } from '../../../domain/norms';
import { LEVEL_SYSTEMS } from '../../../domain/levels';
import type { EngineData } from './engine-data';

export interface ResultInput {
  id: string;
  leerling_id: string;
  toets_id: string;
  schooljaar: string;
  moment: string;
  afnamedatum: string | null;
  vaardigheidsscore: number | null;
  niveau: string | null;
  functioneringsniveau: string | null;
  dle: number | null;
}

export interface ToetsInput {
  id: string;
  name: string;
  vak: string;
  scale_key: string;
  level_system: string | null;
}

export interface EnrichedResult {
  id: string;
  leerlingId: string;
  toetsId: string;
  toetsName: string;
  vak: string;
  scaleKey: string;
  levelSystem: LevelSystem | null;
  schooljaar: string;
  moment: string;
  meetpunt: string;
  date: string;
  score: number | null;
  level: Level | null;
  levelSource: 'lvs' | 'norm' | null;
  levelNote: string | null;
  functioneringsniveau: string | null;
  dl: number | null;
  dle: number | null;
  leerrendement: number | null;
  achterstand: number | null;
}

function asLevelSystem(value: string | null): LevelSystem | null {
  return LEVEL_SYSTEMS.find((s) => s === value) ?? null;
}

export function enrichResult(
  r: ResultInput,
  toets: ToetsInput,
  groep3Start: string | null,
  engine: EngineData,
): EnrichedResult {
  const system = asLevelSystem(toets.level_system);
  const normsByMoment = engine.norms.get(r.toets_id);
  const norm = normsByMoment?.get(r.moment) ?? null;
  const score = r.vaardigheidsscore;

  const given = r.niveau && system ? parseLevel(r.niveau, system) : null;
  const computed =
    norm && score !== null && system && system !== 'AVI' ? levelFromNorms(score, norm, system) : null;
  let level: Level | null = null;
  let levelSource: EnrichedResult['levelSource'] = null;
  let levelNote: string | null = null;
  if (given?.ok) {
    // The LVS's level is kept; the norms only report when they would say otherwise.
    level = given.level;
    levelSource = 'lvs';
    if (computed) {
      const comparison = compareGivenLevel(given.level, computed);
      if (comparison !== 'agrees') levelNote = comparison.disagrees;
    }
  } else if (computed) {
    level = computed;
    levelSource = 'norm';
  }

  const date = r.afnamedatum ?? resultTimeKey(r);
  const dl = groep3Start ? didactischeLeeftijd(groep3Start, date, engine.settings.dlConvention) : null;
  const dle = r.dle ?? engine.dleOf.get(r.toets_id)?.(score) ?? null;
  const fnOf = engine.functioneringsniveauOf.get(r.toets_id);
  return {
    id: r.id,
    leerlingId: r.leerling_id,
    toetsId: r.toets_id,
    toetsName: toets.name,
    vak: toets.vak,
    scaleKey: toets.scale_key,
    levelSystem: system,
    schooljaar: r.schooljaar,
    moment: r.moment,
    meetpunt: meetpuntKey(meetpuntOf(r)),
    date,
    score,
    level,
    levelSource,
    levelNote,
    functioneringsniveau: r.functioneringsniveau ?? (score !== null && fnOf ? fnOf(score) : null),
    dl,
    dle,
    leerrendement: leerrendement(dle, dl),
    achterstand: achterstand(dle, dl),
  };
}

/**
 * The toets that represents a vak on the datamuur: a norm-referenced scale before an ordinal one
 * (AVI), then the one with most results.
 */
export function primaryScale(results: readonly EnrichedResult[]): string | null {
  const counts = new Map<string, { n: number; ordinal: boolean }>();
  for (const r of results) {
    const c = counts.get(r.scaleKey) ?? { n: 0, ordinal: r.levelSystem === 'AVI' };
    counts.set(r.scaleKey, { ...c, n: c.n + 1 });
  }
  const sorted = [...counts.entries()].sort(
    ([, a], [, b]) => Number(a.ordinal) - Number(b.ordinal) || b.n - a.n,
  );
  return sorted[0]?.[0] ?? null;
}
