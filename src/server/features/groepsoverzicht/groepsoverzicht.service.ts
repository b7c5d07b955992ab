/**
 * The groepsoverzicht of a group in an HGW period: per pupil the data the engine knows (levels with
 * trend, leerwinst, functioneringsniveau, instruction group, signals, observations) next to what only
 * the teacher knows (stimulerende en belemmerende factoren, onderwijsbehoeften), and the clusters.
 */
import { compareLevels } from '../../../domain/levels';
import { fullName, sortByName } from '../../../shared/names';
import { audit } from '../../audit';
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { analyzePupilSet, type CoreAnalysis } from '../analysis/analysis.core';
import type { VakAnalysis } from '../analysis/vak-analysis';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { requireGroupPeriod, type Periode } from '../periods/periods';
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
  };
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

/** The latest observation per aspect; `observations` come newest first (the query's order). */
function latestObservations(observations: ObservationRow[]): OverzichtPupil['observations'] {
  const latest = new Map<string, ObservationRow>();
  for (const o of observations) if (!latest.has(o.aspect)) latest.set(o.aspect, o);
  return [...latest.values()].map((o) => ({
    aspect: o.aspect,
    waardering: o.waardering,
    toelichting: o.toelichting,
    date: o.observed_on,
  }));
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
  const [{ group, periods, periode }, unsorted] = await Promise.all([
    requireGroupPeriod(db, actor, groupId, periodeId, now),
    findPupilsOfGroup(db, groupId),
  ]);
  const pupils = sortByName(unsorted);
  const [core, rows, clusterRows, observations] = await Promise.all([
    analyzePupilSet(
      db,
      group.school_id,
      pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
      { until: periode.end_date },
    ),
    loadRows(db, groupId, periode.id),
    findClusterRows(db, groupId, periode.id),
    findObservationsOfPupils(
      db,
      pupils.map((p) => p.id),
    ),
    // Everything that could refuse the read has been checked, so the audit row is written alongside
    // the reads instead of after them (on PostgreSQL its commit is the slowest statement).
    audit(db, now, {
      userId: actor.userId,
      action: 'groepsoverzicht.read',
      entity: 'groep',
      entityId: group.id,
      schoolId: group.school_id,
      details: { periode: periode.id, pupils: pupils.length },
    }),
  ]);
  const observationsOf = groupBy(observations, (o) => o.leerling_id);
  return {
    group: { id: group.id, name: group.name, schooljaar: group.schooljaar, schoolId: group.school_id },
    periods: periods.map(presentPeriod),
    periode: { id: periode.id, name: periode.name },
    meetpunt: core.meetpunt,
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
        observations: latestObservations(observationsOf.get(p.id) ?? []),
        signals: analysis?.signals ?? [],
        row: rows.get(p.id) ?? EMPTY_ROW,
      };
    }),
    clusters: clustersOf(core, pupils, clusterRows),
    abilities: abilitiesAt(actor, group.school_id),
  };
}
