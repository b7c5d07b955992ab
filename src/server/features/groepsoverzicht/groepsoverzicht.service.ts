/**
 * The groepsoverzicht of a group in an HGW period: per pupil the data the engine knows (levels with
 * trend, leerwinst, functioneringsniveau, instruction group, signals, observations) next to what only
 * the teacher knows (stimulerende en belemmerende factoren, onderwijsbehoeften), and the clusters.
 */
import { compareLevels } from '../../../domain/levels';
import { fullName, sortByName } from '../../../shared/names';
import { audit } from '../../audit';
import { permissionsAtSchool, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { analyzePupilSet } from '../analysis/analysis.core';
import type { VakAnalysis } from '../analysis/vak-analysis';
import { findGroupInScope, findPupilsOfGroup } from '../groups/groups.queries';
import type { GroepsoverzichtResponse, SavedRow } from './groepsoverzicht.schema';
import { currentPeriod, periodsOf, type Periode } from '../periods/periods';

export async function groupAndPeriod(
  db: Db,
  actor: Actor,
  groupId: string,
  periodeId: string | undefined,
  now: Date,
) {
  const group = await findGroupInScope(db, actor, groupId);
  if (!group) throw notFound('De groep');
  const periods = await periodsOf(db, group.school_id, group.schooljaar, now);
  const periode = periodeId ? periods.find((p) => p.id === periodeId) : currentPeriod(periods, now);
  if (!periode)
    throw invalidInput('Deze periode hoort niet bij het schooljaar van de groep.', [
      { field: 'periode', message: 'onbekende periode' },
    ]);
  return { group, periods, periode };
}

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

export async function loadRows(db: Db, groupId: string, periodeId: string) {
  const rows = await db
    .selectFrom('groepsoverzicht_rij as r')
    .innerJoin('app_user as u', 'u.id', 'r.updated_by')
    .selectAll('r')
    .select('u.name as author')
    .where('r.groep_id', '=', groupId)
    .where('r.periode_id', '=', periodeId)
    .execute();
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

export async function getGroepsoverzicht(
  db: Db,
  actor: Actor,
  groupId: string,
  periodeId: string | undefined,
  now: Date,
): Promise<GroepsoverzichtResponse> {
  // Both at once (one round trip less); the pupils are used only once the group is in scope.
  const [{ group, periods, periode }, unsorted] = await Promise.all([
    groupAndPeriod(db, actor, groupId, periodeId, now),
    findPupilsOfGroup(db, groupId),
  ]);
  const pupils = sortByName(unsorted);
  const ids = pupils.map((p) => p.id);
  const [core, rows, clusterRows, observations] = await Promise.all([
    analyzePupilSet(
      db,
      group.school_id,
      pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
      { until: periode.end_date },
    ),
    loadRows(db, groupId, periode.id),
    db
      .selectFrom('cluster_indeling')
      .selectAll()
      .where('groep_id', '=', groupId)
      .where('periode_id', '=', periode.id)
      .execute(),
    ids.length === 0
      ? Promise.resolve([])
      : db
          .selectFrom('observatie')
          .select(['leerling_id', 'aspect', 'waardering', 'toelichting', 'observed_on'])
          .where('leerling_id', 'in', ids)
          .orderBy('observed_on', 'desc')
          .execute(),
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

  const observationsOf = new Map<string, typeof observations>();
  for (const o of observations) {
    const list = observationsOf.get(o.leerling_id);
    if (list) list.push(o);
    else observationsOf.set(o.leerling_id, [o]);
  }
  return {
    group: { id: group.id, name: group.name, schooljaar: group.schooljaar, schoolId: group.school_id },
    periods: periods.map(presentPeriod),
    periode: { id: periode.id, name: periode.name },
    meetpunt: core.meetpunt,
    vakken: core.vakken,
    pupils: pupils.map((p) => {
      const analysis = core.pupils.get(p.id);
      const vakken: GroepsoverzichtResponse['pupils'][number]['vakken'] = {};
      for (const vak of core.vakken) vakken[vak] = summarize(analysis?.vakken.get(vak));
      // Newest first (the query's order), so the first per aspect is the latest.
      const latest = new Map<string, (typeof observations)[number]>();
      for (const o of observationsOf.get(p.id) ?? []) if (!latest.has(o.aspect)) latest.set(o.aspect, o);
      return {
        id: p.id,
        name: fullName(p),
        jaargroep: p.jaargroep,
        hasOpp: p.opp_since !== null,
        vakken,
        observations: [...latest.values()].map((o) => ({
          aspect: o.aspect,
          waardering: o.waardering,
          toelichting: o.toelichting,
          date: o.observed_on,
        })),
        signals: analysis?.signals ?? [],
        row: rows.get(p.id) ?? EMPTY_ROW,
      };
    }),
    clusters,
    abilities: permissionsAtSchool(actor, group.school_id),
  };
}
