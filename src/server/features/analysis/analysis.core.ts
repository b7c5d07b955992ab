/**
 * The engine over a set of pupils (a group): enrich their results, pick the meetpunt, compute per vak
 * the growth, percentile and placement, and the signals with the group as the frame ("the group was
 * tested then"). Used by the group analysis, the pupil analysis and, later, the datamuur.
 */
import { compareMeetpunten, meetpuntKey, parseMeetpuntKey } from '../../../domain/moments';
import type { PlacementOverride } from '../../../domain/placement';
import { signaleer, type Signal, type VakSignalInput } from '../../../domain/signalering';
import { groupStatistics, type GroupStatistics } from '../../../domain/statistics';
import { isVak, VAKKEN, type Vak } from '../../../shared/vakken';
import type { Db } from '../../db/database';
import {
  findActiveOverrides,
  findBestuurOfSchool,
  findObservationRatings,
  findResultsWithToets,
} from './analysis.queries';
import { resultsVersion } from '../../results-version';
import { loadSchoolSettings } from '../settings/settings.service';
import { loadEngineData } from './engine-data';
import { enrichResult, type EnrichedResult } from './enrich';
import { loadAllPeerGroups, type PeerKey } from './growth-peers';
import { completeVak, peerKeyFor, selectVak, type VakAnalysis } from './vak-analysis';

export interface SubjectPupil {
  id: string;
  groep3_start: string | null;
}

export interface PupilAnalysis {
  vakken: Map<string, VakAnalysis>;
  signals: Signal[];
}

export interface CoreAnalysis {
  meetpunten: string[];
  meetpunt: string | null;
  vakken: string[];
  pupils: Map<string, PupilAnalysis>;
  statistics: GroupStatistics[];
}

const VAK_LABEL: Record<Vak, string> = {
  'rekenen-wiskunde': 'rekenen-wiskunde',
  spelling: 'spelling',
  'begrijpend-lezen': 'begrijpend lezen',
  'technisch-lezen': 'technisch lezen',
};

/** The share at or above "average" that schools report: III in I–V, C in A–E, 1F for referentieniveaus. */
const AT_OR_ABOVE = { 'I-V': 'III', 'A-E': 'C', REF: '1F' } as const;

function sortMeetpunten(keys: Iterable<string>): string[] {
  return [...new Set(keys)]
    .flatMap((k) => {
      const m = parseMeetpuntKey(k);
      return m ? [m] : [];
    })
    .sort(compareMeetpunten)
    .map(meetpuntKey);
}

export async function analyzePupilSet(
  db: Db,
  schoolId: string,
  pupils: SubjectPupil[],
  requested: {
    meetpunt?: string | undefined;
    perPupilLatest?: boolean;
    vak?: string | undefined;
    /** Pick the latest meetpunt tested on or before this date (a period's end) instead of the latest. */
    until?: string | undefined;
    /**
     * Called as soon as the meetpunt is known, before the growth comparison: may refuse it by throwing,
     * or start a write (the read's audit row) that runs while the rest is computed; awaited at the end.
     */
    onMeetpunt?: (meetpunten: string[], meetpunt: string | null) => Promise<void> | void;
  },
): Promise<CoreAnalysis> {
  const ids = pupils.map((p) => p.id);
  // Everything that does not depend on the results is read together with them: on PostgreSQL every
  // sequential step is a round trip. The settings are awaited by loadEngineData.
  const settings = loadSchoolSettings(db, schoolId);
  const [rows, overrides, observations, school, version] = await Promise.all([
    findResultsWithToets(db, ids, requested.vak),
    findActiveOverrides(db, ids),
    findObservationRatings(db, ids),
    findBestuurOfSchool(db, schoolId),
    resultsVersion(db),
    settings,
  ]);
  const engine = await loadEngineData(
    db,
    schoolId,
    rows.map((r) => r.toets_id),
    settings,
    version,
  );
  const groep3 = new Map(pupils.map((p) => [p.id, p.groep3_start]));
  const enriched = rows.map((r) =>
    enrichResult(
      r,
      {
        id: r.toets_id,
        name: r.toets_name,
        vak: r.vak,
        scale_key: r.scale_key,
        level_system: r.level_system,
      },
      groep3.get(r.leerling_id) ?? null,
      engine,
    ),
  );

  const meetpunten = sortMeetpunten(enriched.map((r) => r.meetpunt));
  const firstDate = new Map<string, string>();
  for (const r of enriched) {
    const seen = firstDate.get(r.meetpunt);
    if (!seen || r.date < seen) firstDate.set(r.meetpunt, r.date);
  }
  const until = requested.until;
  const latest = until
    ? meetpunten.filter((m) => (firstDate.get(m) ?? '') <= until).at(-1)
    : meetpunten.at(-1);
  const meetpunt = requested.perPupilLatest ? null : (requested.meetpunt ?? latest ?? null);
  // A refusal is thrown right here; a write runs on while the rest is computed. Its failure is
  // handled here too, so it is not reported as unhandled while the peers are still loading.
  const started = Promise.resolve(requested.onMeetpunt?.(meetpunten, meetpunt));
  started.catch(() => undefined);
  const vakken = [
    ...VAKKEN.filter((v) => enriched.some((r) => r.vak === v)),
    ...[...new Set(enriched.map((r) => r.vak))].filter((v) => !isVak(v)).sort(),
  ];

  const byPupilVak = new Map<string, EnrichedResult[]>();
  for (const r of enriched) {
    const key = `${r.leerlingId}|${r.vak}`;
    const list = byPupilVak.get(key);
    if (list) list.push(r);
    else byPupilVak.set(key, [r]);
  }
  const selections = new Map<string, ReturnType<typeof selectVak>>();
  const peerKeys: PeerKey[] = [];
  for (const p of pupils) {
    for (const vak of vakken) {
      const selection = selectVak(vak, byPupilVak.get(`${p.id}|${vak}`) ?? [], meetpunt);
      selections.set(`${p.id}|${vak}`, selection);
      const key = peerKeyFor(selection);
      if (key) peerKeys.push(key);
    }
  }
  const scaleOf = new Map(rows.map((r) => [r.toets_id, r.scale_key]));
  const peers = await loadAllPeerGroups(db, school.bestuur_id, peerKeys, engine, scaleOf, version);

  const overrideMap = new Map<string, PlacementOverride>();
  for (const o of overrides) {
    overrideMap.set(`${o.leerling_id}|${o.vak}|${o.schooljaar}|${o.moment}`, {
      instructie: o.instructie,
      reason: o.reason,
      author: o.author,
      at: o.created_at,
    });
  }
  const overrideFor = (r: EnrichedResult) =>
    overrideMap.get(`${r.leerlingId}|${r.vak}|${r.schooljaar}|${r.moment}`) ?? null;

  // "The group was tested at this meetpunt for this vak": at least half of the pupils have a result.
  const testedByVak = new Map<string, string[]>();
  for (const vak of vakken) {
    const counts = new Map<string, number>();
    for (const p of pupils) {
      const seen = new Set((byPupilVak.get(`${p.id}|${vak}`) ?? []).map((r) => r.meetpunt));
      for (const m of seen) counts.set(m, (counts.get(m) ?? 0) + 1);
    }
    testedByVak.set(
      vak,
      sortMeetpunten([...counts].filter(([, n]) => n * 2 >= pupils.length).map(([m]) => m)),
    );
  }

  const observationsOf = new Map<string, typeof observations>();
  for (const o of observations) {
    const list = observationsOf.get(o.leerling_id);
    if (list) list.push(o);
    else observationsOf.set(o.leerling_id, [o]);
  }
  const analyses = new Map<string, PupilAnalysis>();
  for (const p of pupils) {
    const vakMap = new Map<string, VakAnalysis>();
    const signalInputs: VakSignalInput[] = [];
    for (const vak of vakken) {
      const selection = selections.get(`${p.id}|${vak}`);
      if (!selection) continue;
      const analysis = completeVak(selection, {
        vakLabel: isVak(vak) ? VAK_LABEL[vak] : vak,
        settings: engine.settings,
        override: overrideFor,
        peers,
      });
      vakMap.set(vak, analysis);
      if (!isVak(vak)) continue;
      // Without a chosen meetpunt (the pupil page) the frame ends at the set's latest meetpunt, as on the
      // group page: a pupil who missed the latest test must still be signalled for it.
      const frameEnd = parseMeetpuntKey(meetpunt ?? meetpunten.at(-1) ?? '');
      const tested = (testedByVak.get(vak) ?? []).filter((m) => {
        const at = parseMeetpuntKey(m);
        return frameEnd === null || (at !== null && compareMeetpunten(at, frameEnd) <= 0);
      });
      signalInputs.push({
        vak,
        levels: analysis.history.flatMap((r) =>
          r.level && r.levelSystem ? [{ moment: r.moment, system: r.levelSystem, level: r.level }] : [],
        ),
        growthPercentile: analysis.growth?.percentile ?? null,
        leerrendement: analysis.current?.leerrendement ?? null,
        // The OPP (with its leerrendementsverwachting) is a later part of Leerwinst.
        expectedLrv: null,
        groupTestedMoments: tested.slice(-2),
        resultMoments: (byPupilVak.get(`${p.id}|${vak}`) ?? []).map((r) => r.meetpunt),
      });
    }
    const signals = signaleer(
      {
        vakken: signalInputs,
        observations: (observationsOf.get(p.id) ?? []).map((o) => ({
          aspect: o.aspect,
          waardering: o.waardering,
          date: o.observed_on,
        })),
      },
      engine.settings.signalering,
    );
    analyses.set(p.id, { vakken: vakMap, signals });
  }

  const statistics = vakken.flatMap((vak) => {
    const rowsForVak = pupils.flatMap((p) => {
      const a = analyses.get(p.id)?.vakken.get(vak);
      if (!a?.current || !isVak(vak)) return [];
      return [
        {
          groupKey: 'groep',
          moment: a.current.meetpunt,
          vak,
          scaleKey: a.current.scaleKey,
          score: a.current.score,
          system: a.current.levelSystem,
          level: a.current.level,
          instructie: a.placement.effective?.instructie ?? null,
        },
      ];
    });
    const system = rowsForVak.find((r) => r.system && r.system !== 'AVI')?.system ?? null;
    const level = system && system !== 'AVI' ? AT_OR_ABOVE[system] : null;
    return groupStatistics(rowsForVak, { atOrAbove: system && level ? { system, level } : null });
  });

  await started;
  return { meetpunten, meetpunt, vakken, pupils: analyses, statistics };
}
