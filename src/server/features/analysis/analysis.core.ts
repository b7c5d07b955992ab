/**
 * The engine over a set of pupils (a group): enrich their results, pick the meetpunt, compute per vak
 * the growth, percentile and placement, and the signals with the group as the frame ("the group was
 * tested then"). Used by the group analysis, the pupil analysis, the datamuur, the groepsoverzicht and
 * the groepsplan.
 */
import { compareMeetpunten, parseMeetpuntKey } from '../../../domain/moments';
import type { PlacementOverride } from '../../../domain/placement';
import type { Signal, VakSignalInput } from '../../../domain/signalering';
import type { GroupStatistics } from '../../../domain/statistics';
import { isVak, orderVakken, type Vak } from '../../../shared/vakken';
import type { Db } from '../../db/database';
import { resultsVersion } from '../../results-version';
import { aviSignal, lrvSignalFigures, oppExpectations, type OppExpectation } from '../opp/opp-signals';
import { findActiveOppContents } from '../opp/opp.queries';
import { findSeoScoresOfPupils } from '../seo-scores/seo-scores.queries';
import { loadSchoolSettings } from '../settings/settings.service';
import {
  findActiveOverrides,
  findBestuurOfSchool,
  findObservationRatings,
  findResultsWithToets,
} from './analysis.queries';
import { pupilSignals, setStatistics, vakSignalInput } from './analysis-signals';
import { loadEngineData, type EngineData } from './engine-data';
import { enrichResult, type EnrichedResult } from './enrich';
import { loadAllPeerGroups, type PeerGroups, type PeerKey } from './growth-peers';
import { chooseMeetpunt, groupTestedMoments, meetpuntPerVak, type MeetpuntRequest } from './meetpunten';
import {
  completeVak,
  earlierPeerKeyFor,
  peerKeyFor,
  selectVak,
  type OverrideLookup,
  type VakAnalysis,
  type VakSelection,
} from './vak-analysis';

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
  /** Per vak the meetpunt it is looked at (the set's, or the vak's own latest with perVakLatest). */
  vakMeetpunten: Map<string, string | null>;
  vakken: string[];
  pupils: Map<string, PupilAnalysis>;
  statistics: GroupStatistics[];
  /** The teacher's placement in force at a moment, also for a pupil without a result there. */
  overrideFor: OverrideLookup;
}

export interface AnalysisRequest extends MeetpuntRequest {
  vak?: string | undefined;
  /**
   * Called as soon as the meetpunt is known, before the growth comparison: may refuse it by throwing,
   * or start a write (the read's audit row) that runs while the rest is computed; awaited at the end.
   */
  onMeetpunt?: (meetpunten: string[], meetpunt: string | null) => Promise<void> | void;
}

const VAK_LABEL: Record<Vak, string> = {
  'rekenen-wiskunde': 'rekenen-wiskunde',
  spelling: 'spelling',
  'begrijpend-lezen': 'begrijpend lezen',
  'technisch-lezen': 'technisch lezen',
};

type ResultRow = Awaited<ReturnType<typeof findResultsWithToets>>[number];
type OverrideRow = Awaited<ReturnType<typeof findActiveOverrides>>[number];
type ObservationRow = Awaited<ReturnType<typeof findObservationRatings>>[number];
type SeoRow = Awaited<ReturnType<typeof findSeoScoresOfPupils>>[number];

/** Results, overrides, observations and the engine's tables for the pupils. */
async function loadInputs(db: Db, schoolId: string, ids: string[], vak: string | undefined) {
  // Everything that does not depend on the results is read together with them: on PostgreSQL every
  // sequential step is a round trip. The settings are awaited by loadEngineData.
  const settings = loadSchoolSettings(db, schoolId);
  // SEO scores only where the school switched SEO signal rules on: elsewhere no signal needs them.
  const seoScores = settings.then((own) =>
    own.signalering?.seo?.enabled && (own.signalering.seo.rules?.length ?? 0) > 0
      ? findSeoScoresOfPupils(db, ids)
      : [],
  );
  const [rows, overrides, observations, school, version, , opps, seo] = await Promise.all([
    findResultsWithToets(db, ids, vak),
    findActiveOverrides(db, ids),
    findObservationRatings(db, ids),
    findBestuurOfSchool(db, schoolId),
    resultsVersion(db),
    settings,
    findActiveOppContents(db, ids),
    seoScores,
  ]);
  const toetsIds = rows.map((r) => r.toets_id);
  const engine = await loadEngineData(db, schoolId, toetsIds, settings, version);
  return {
    rows,
    overrides,
    observations,
    bestuurId: school.bestuur_id,
    version,
    engine,
    opps: oppExpectations(opps),
    seo,
  };
}

function enrichAll(rows: ResultRow[], pupils: SubjectPupil[], engine: EngineData): EnrichedResult[] {
  const groep3 = new Map(pupils.map((p) => [p.id, p.groep3_start]));
  return rows.map((r) =>
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
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(keyOf(item));
    if (list) list.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

const pupilVak = (pupilId: string, vak: string) => `${pupilId}|${vak}`;

/** Per pupil and vak the results on the vak's main scale at the vak's meetpunt, and the peer keys they need. */
function selectAll(
  pupils: SubjectPupil[],
  vakken: string[],
  byPupilVak: Map<string, EnrichedResult[]>,
  meetpuntOf: Map<string, string | null>,
) {
  const selections = new Map<string, VakSelection>();
  const peerKeys: PeerKey[] = [];
  for (const p of pupils) {
    for (const vak of vakken) {
      const results = byPupilVak.get(pupilVak(p.id, vak)) ?? [];
      const selection = selectVak(vak, results, meetpuntOf.get(vak) ?? null);
      selections.set(pupilVak(p.id, vak), selection);
      for (const key of [peerKeyFor(selection), earlierPeerKeyFor(selection)]) if (key) peerKeys.push(key);
    }
  }
  return { selections, peerKeys };
}

/** The teacher's placement in force for a pupil, vak, schooljaar and moment. */
function overrideLookup(overrides: OverrideRow[]): OverrideLookup {
  const byKey = new Map<string, PlacementOverride>();
  for (const o of overrides) {
    byKey.set(`${o.leerling_id}|${o.vak}|${o.schooljaar}|${o.moment}`, {
      instructie: o.instructie,
      reason: o.reason,
      author: o.author,
      at: o.created_at,
    });
  }
  return (r) => byKey.get(`${r.leerlingId}|${r.vak}|${r.schooljaar}|${r.moment}`) ?? null;
}

interface SetContext {
  vakken: string[];
  selections: Map<string, VakSelection>;
  byPupilVak: Map<string, EnrichedResult[]>;
  groupTested: Map<string, string[]>;
  observationsOf: Map<string, ObservationRow[]>;
  seoOf: Map<string, SeoRow[]>;
  engine: EngineData;
  override: OverrideLookup;
  peers: Map<string, PeerGroups>;
  /** Per pupil and vak, the expectation of the OPP in force. */
  opps: Map<string, Map<string, OppExpectation>>;
  meetpunt: string | null;
}

/**
 * Whether the pupil's current result in a vak is as recent as the group's last test of the vak. Signals
 * come only from such a result: a pupil who missed the test is shown apart ("geen resultaat"), not
 * judged again on an older result, and the pupil page, where each pupil is at their own latest
 * result, agrees with the group page.
 */
function isFresh(analysis: VakAnalysis, lastTested: string | undefined): boolean {
  const current = analysis.current ? parseMeetpuntKey(analysis.current.meetpunt) : null;
  const tested = lastTested ? parseMeetpuntKey(lastTested) : null;
  if (!current) return false;
  return tested === null || compareMeetpunten(current, tested) >= 0;
}

/** One pupil: every vak made complete, and the signals of the known vakken and the observations. */
function analyzePupil(pupilId: string, set: SetContext): PupilAnalysis {
  const vakken = new Map<string, VakAnalysis>();
  const signalInputs: VakSignalInput[] = [];
  const oppAvi: Signal[] = [];
  for (const vak of set.vakken) {
    const selection = set.selections.get(pupilVak(pupilId, vak));
    if (!selection) continue;
    const analysis = completeVak(selection, {
      vakLabel: isVak(vak) ? VAK_LABEL[vak] : vak,
      settings: set.engine.settings,
      override: set.override,
      peers: set.peers,
    });
    vakken.set(vak, analysis);
    if (!isVak(vak)) continue;
    const results = set.byPupilVak.get(pupilVak(pupilId, vak)) ?? [];
    const opp = set.opps.get(pupilId)?.get(vak);
    const tested = set.groupTested.get(vak) ?? [];
    const fresh = isFresh(analysis, tested.at(-1)) ? analysis : null;
    const lrv = fresh ? lrvSignalFigures(opp, analysis.current) : null;
    signalInputs.push(vakSignalInput(vak, fresh, results, tested, lrv));
    const avi = aviSignal(vak, opp, results, set.meetpunt);
    if (avi) oppAvi.push(avi);
  }
  const observations = set.observationsOf.get(pupilId) ?? [];
  const seo = set.seoOf.get(pupilId) ?? [];
  return { vakken, signals: pupilSignals(signalInputs, observations, set.engine.settings, oppAvi, seo) };
}

export async function analyzePupilSet(
  db: Db,
  schoolId: string,
  pupils: SubjectPupil[],
  requested: AnalysisRequest,
): Promise<CoreAnalysis> {
  const input = await loadInputs(
    db,
    schoolId,
    pupils.map((p) => p.id),
    requested.vak,
  );
  const enriched = enrichAll(input.rows, pupils, input.engine);
  const { meetpunten, meetpunt } = chooseMeetpunt(enriched, requested);
  // A refusal is thrown right here; a write runs on while the rest is computed. Its failure is
  // handled here too, so it is not reported as unhandled while the peers are still loading.
  const started = Promise.resolve(requested.onMeetpunt?.(meetpunten, meetpunt));
  started.catch(() => undefined);
  const vakken = orderVakken(enriched.map((r) => r.vak));
  const byPupilVak = groupBy(enriched, (r) => pupilVak(r.leerlingId, r.vak));
  const vakMeetpunten = meetpuntPerVak(enriched, vakken, meetpunt, requested);
  const { selections, peerKeys } = selectAll(pupils, vakken, byPupilVak, vakMeetpunten);
  const scaleOf = new Map(input.rows.map((r) => [r.toets_id, r.scale_key]));
  const peers = await loadAllPeerGroups(db, input.bestuurId, peerKeys, input.engine, scaleOf, input.version);
  // Without a chosen meetpunt (the pupil page) the frame ends at the set's latest meetpunt, as on the
  // group page: a pupil who missed the latest test must still be signalled for it.
  const groupTested = groupTestedMoments(
    pupils.map((p) => p.id),
    vakken,
    (id, vak) => (byPupilVak.get(pupilVak(id, vak)) ?? []).map((r) => r.meetpunt),
    meetpunt ?? meetpunten.at(-1) ?? null,
  );
  const override = overrideLookup(input.overrides);
  const set: SetContext = {
    vakken,
    selections,
    byPupilVak,
    groupTested,
    observationsOf: groupBy(input.observations, (o) => o.leerling_id),
    seoOf: groupBy(input.seo, (s) => s.leerling_id),
    engine: input.engine,
    override,
    peers,
    opps: input.opps,
    meetpunt,
  };
  const analyses = new Map(pupils.map((p) => [p.id, analyzePupil(p.id, set)]));
  const statistics = setStatistics(vakken, (vak) => pupils.map((p) => analyses.get(p.id)?.vakken.get(vak)));
  await started;
  return { meetpunten, meetpunt, vakMeetpunten, vakken, pupils: analyses, statistics, overrideFor: override };
}
