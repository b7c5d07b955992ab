import { fullName, sortName } from '../../../shared/names';
import { abilitiesAt, requireGroup, requirePupil, type GroupInScope } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { invalidInput } from '../../errors';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { findPlacementsOfPupil } from '../pupils/pupils.queries';
import { analyzePupilSet, type PupilAnalysis } from './analysis.core';
import type { GroupAnalysisQuery, GroupAnalysisResponse, PupilAnalysisResponse } from './analysis.schema';
import type { VakAnalysis } from './vak-analysis';

function presentVak(a: VakAnalysis) {
  return { vak: a.vak, current: a.current, previous: a.previous, growth: a.growth, placement: a.placement };
}

function vakRecord(analysis: PupilAnalysis | undefined) {
  const out: Record<string, ReturnType<typeof presentVak>> = {};
  for (const [vak, a] of analysis?.vakken ?? []) out[vak] = presentVak(a);
  return out;
}

/** The group analysis; the route layer audits the read (http/audit-reads.ts). */
export async function getGroupAnalysis(
  db: Db,
  actor: Actor,
  groupId: string,
  query: GroupAnalysisQuery,
): Promise<GroupAnalysisResponse> {
  const group = await requireGroup(db, actor, groupId);
  return analyzeGroupInScope(db, actor, group, query);
}

/**
 * The group analysis with the same scope and meetpunt checks, but without an audit row: for a caller
 * that writes its own (the groepsoverzicht export audits the export, not a read of the analysis).
 */
export async function analyzeGroup(
  db: Db,
  actor: Actor,
  groupId: string,
  query: GroupAnalysisQuery,
): Promise<GroupAnalysisResponse> {
  const group = await requireGroup(db, actor, groupId);
  return analyzeGroupInScope(db, actor, group, query);
}

async function analyzeGroupInScope(
  db: Db,
  actor: Actor,
  group: GroupInScope,
  query: GroupAnalysisQuery,
): Promise<GroupAnalysisResponse> {
  const pupils = await findPupilsOfGroup(db, group.id);
  const core = await analyzePupilSet(
    db,
    group.school_id,
    pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
    { meetpunt: query.meetpunt },
  );
  if (query.meetpunt && !core.meetpunten.includes(query.meetpunt)) {
    throw invalidInput(`Voor deze groep zijn er geen resultaten op meetpunt ${query.meetpunt}.`, [
      { field: 'meetpunt', message: 'geen resultaten op dit meetpunt' },
    ]);
  }
  return {
    group: {
      id: group.id,
      name: group.name,
      jaargroep: group.jaargroep,
      schooljaar: group.schooljaar,
      school: { id: group.school_id, name: group.school_name },
    },
    meetpunten: core.meetpunten,
    meetpunt: core.meetpunt,
    vakken: core.vakken,
    pupils: pupils
      .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl'))
      .map((p) => ({
        id: p.id,
        name: fullName(p),
        jaargroep: p.jaargroep,
        leftOn: p.end_date,
        vakken: vakRecord(core.pupils.get(p.id)),
        signals: core.pupils.get(p.id)?.signals ?? [],
      })),
    statistics: core.statistics,
    abilities: abilitiesAt(actor, group.school_id),
  };
}

/**
 * The pupil's results made complete, with the pupil's current group as the frame for signals (so the
 * pupil page and the group's overview agree). The route layer audits the read.
 */
export async function getPupilAnalysis(
  db: Db,
  actor: Actor,
  pupilId: string,
): Promise<PupilAnalysisResponse> {
  return db.transaction().execute(async (trx) => {
    const pupil = await requirePupil(trx, actor, pupilId);
    const placements = await findPlacementsOfPupil(trx, pupilId);
    const groupId = placements[0]?.id;
    const groupPupils = groupId ? await findPupilsOfGroup(trx, groupId) : [];
    const subjects = groupPupils.some((p) => p.id === pupil.id)
      ? groupPupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start }))
      : [{ id: pupil.id, groep3_start: pupil.groep3_start }];
    const core = await analyzePupilSet(trx, pupil.school_id, subjects, { perPupilLatest: true });
    const mine = core.pupils.get(pupil.id);
    return {
      pupilId: pupil.id,
      vakken: [...(mine?.vakken.values() ?? [])].map((a) => ({ ...presentVak(a), history: a.history })),
      signals: mine?.signals ?? [],
    };
  });
}
