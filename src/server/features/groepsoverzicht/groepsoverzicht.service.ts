/**
 * The groepsoverzicht of a group in an HGW period: per pupil the data the engine knows (levels with
 * trend, leerwinst, functioneringsniveau, instruction group, signals, observations) next to what only
 * the teacher knows (stimulerende en belemmerende factoren, onderwijsbehoeften), and the clusters.
 */
import { compareLevels } from '../../../domain/levels';
import { fullName, sortByName } from '../../../shared/names';
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { analyzePupilSet, type CoreAnalysis } from '../analysis/analysis.core';
import type { VakAnalysis } from '../analysis/vak-analysis';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { requireGroupPeriod, type Periode } from '../periods/periods';
import { carriedRows, type CarriedRow } from './groepsoverzicht-carry';
import type { GroepsoverzichtResponse, SavedRow } from './groepsoverzicht.schema';
import { findClusterRows, findObservationsOfPupils, findRows } from './groepsoverzicht.queries';

type OverzichtPupil = GroepsoverzichtResponse['pupils'][number];
type PupilRow = Awaited<ReturnType<typeof findPupilsOfGroup>>[number];
type ObservationRow = Awaited<ReturnType<typeof findObservationsOfPupils>>[number];
type ClusterRow = Awaited<ReturnType<typeof findClusterRows>>[number];

function summarize(a: VakAnalysis | undefined) {
  const current = a?.current ?? null;
  const previous = a?.previous ?? null;
  const order =
    current?.level && previous?.level && current.levelSystem && current.levelSystem === previous.levelSystem
      ? compareLevels(current.levelSystem, current.level, previous.level)
      : null;
  return {
    level: current?.level ?? null,
    previousLevel: previous?.level ?? null,
    trend:
      order === null
        ? null
        : order > 0
          ? ('omhoog' as const)
          : order < 0
            ? ('omlaag' as const)
            : ('gelijk' as const),
    moment: current?.moment ?? null,
    score: current?.score ?? null,
    growth: a?.growth?.value ?? null,
    growthFrom: a?.growth?.from.moment ?? null,
    percentile: a?.growth?.percentile ?? null,
    functioneringsniveau: current?.functioneringsniveau ?? null,
    instructie: a?.placement.effective?.instructie ?? null,
    instructieByTeacher: a?.placement.effective?.source === 'leerkracht',
    last: lastIfMissing(a),
  };
}

function lastIfMissing(a: VakAnalysis | undefined) {
  const earlier = a && !a.current ? a.history.at(-1) : undefined;
  return earlier ? { level: earlier.level, moment: earlier.moment, schooljaar: earlier.schooljaar } : null;
}

export const EMPTY_ROW: SavedRow = {
  stimulerend: '',
  belemmerend: '',
  behoeftePedagogisch: '',
  behoefteDidactisch: '',
  version: 0,
  updatedBy: null,
  updatedAt: null,
};

/** The saved rows of the group in the period, by pupil. */
export async function loadRows(db: Db, groupId: string, periodeId: string) {
  const rows = await findRows(db, groupId, periodeId);
  return new Map(
    rows.map((r): [string, SavedRow] => [
      r.leerling_id,
      {
        stimulerend: r.stimulerend,
        belemmerend: r.belemmerend,
        behoeftePedagogisch: r.behoefte_pedagogisch,
        behoefteDidactisch: r.behoefte_didactisch,
        version: r.version,
        updatedBy: r.author,
        updatedAt: r.updated_at,
      },
    ]),
  );
}

function presentPeriod(p: Periode) {
  return { id: p.id, name: p.name, startDate: p.start_date, endDate: p.end_date };
}

/** Per vak, each pupil's cluster: the one the teacher saved, else the datamuur's instructiegroep. */
function clustersOf(core: CoreAnalysis, pupils: PupilRow[], clusterRows: ClusterRow[]) {
  // Looked up by key, not searched per pupil: the first saved row per vak and pupil, as before.
  const savedCluster = new Map<string, string>();
  for (const c of clusterRows) {
    const key = `${c.vak}|${c.leerling_id}`;
    if (!savedCluster.has(key)) savedCluster.set(key, c.cluster);
  }
  const clusters: Record<string, Record<string, string>> = {};
  for (const vak of core.vakken) {
    const byPupil: Record<string, string> = {};
    for (const p of pupils) {
      const own = savedCluster.get(`${vak}|${p.id}`);
      const instructie = core.pupils.get(p.id)?.vakken.get(vak)?.placement.effective?.instructie;
      const cluster = own ?? instructie;
      if (cluster) byPupil[p.id] = cluster;
    }
    clusters[vak] = byPupil;
  }
  return clusters;
}

/**
 * The latest observation per aspect; `observations` come newest first (the query's order). One made
 * before the period began is marked: it may no longer hold.
 */
function latestObservations(
  observations: ObservationRow[],
  periodStart: string,
): OverzichtPupil['observations'] {
  const latest = new Map<string, ObservationRow>();
  for (const o of observations) if (!latest.has(o.aspect)) latest.set(o.aspect, o);
  return [...latest.values()].map((o) => ({
    aspect: o.aspect,
    waardering: o.waardering,
    toelichting: o.toelichting,
    date: o.observed_on,
    earlier: o.observed_on < periodStart,
  }));
}

/** This period's own row; else the previous period's, marked as carried; else an empty one. */
function rowOf(own: SavedRow | undefined, carried: CarriedRow | undefined) {
  if (own) return { row: own, carriedFrom: null };
  if (carried) return { row: carried.row, carriedFrom: carried.from };
  return { row: EMPTY_ROW, carriedFrom: null };
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

export async function getGroepsoverzicht(
  db: Db,
  actor: Actor,
  groupId: string,
  periodeId: string | undefined,
  now: Date,
): Promise<GroepsoverzichtResponse> {
  // Both at once (one round trip less); the pupils are used only once the group is in scope.
  const [{ group, periods, periode, index }, unsorted] = await Promise.all([
    requireGroupPeriod(db, actor, groupId, periodeId, now),
    findPupilsOfGroup(db, groupId),
  ]);
  const pupils = sortByName(unsorted);
  const ids = pupils.map((p) => p.id);
  const [core, rows, clusterRows, observations, carried] = await Promise.all([
    // Each vak at its own latest meetpunt: after an import of rekenen M5 alone, the other vakken
    // still show their latest results instead of "geen toetsgegevens".
    analyzePupilSet(
      db,
      group.school_id,
      pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
      { until: periode.end_date, perVakLatest: true },
    ),
    loadRows(db, groupId, periode.id),
    findClusterRows(db, groupId, periode.id),
    findObservationsOfPupils(db, ids),
    carriedRows(db, ids, periods, index),
  ]);
  const observationsOf = groupBy(observations, (o) => o.leerling_id);
  return {
    group: { id: group.id, name: group.name, schooljaar: group.schooljaar, schoolId: group.school_id },
    periods: periods.map(presentPeriod),
    periode: { id: periode.id, name: periode.name },
    meetpunt: core.meetpunt,
    vakMeetpunten: Object.fromEntries(core.vakMeetpunten),
    vakken: core.vakken,
    pupils: pupils.map((p): OverzichtPupil => {
      const analysis = core.pupils.get(p.id);
      const vakken: OverzichtPupil['vakken'] = {};
      for (const vak of core.vakken) vakken[vak] = summarize(analysis?.vakken.get(vak));
      return {
        id: p.id,
        name: fullName(p),
        jaargroep: p.jaargroep,
        hasOpp: p.opp_since !== null,
        vakken,
        observations: latestObservations(observationsOf.get(p.id) ?? [], periode.start_date),
        signals: analysis?.signals ?? [],
        ...rowOf(rows.get(p.id), carried.get(p.id)),
      };
    }),
    clusters: clustersOf(core, pupils, clusterRows),
    abilities: abilitiesAt(actor, group.school_id),
  };
}
