/**
 * A groepsplan with everything around it: the pupils' start results, the results of the closing
 * toetsmoment when they are in, and from those the data's proposal per goal.
 */
import { evaluateGoal, evaluateSubgroup, type Goal, type GoalStatus } from '../../../domain/goals';
import { LEVEL_SYSTEMS, parseLevel, type LevelSystem } from '../../../domain/levels';
import { compareMeetpunten, parseMeetpuntKey } from '../../../domain/moments';
import { fullName, sortName } from '../../../shared/names';
import { permissionsAtSchool, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { analyzePupilSet } from '../analysis/analysis.core';
import type { EnrichedResult } from '../analysis/enrich';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { visiblePupilIds, type PlanContext } from './plan-access';
import { describeChanges } from './plan-history';
import { PlanContent, PlanEvaluation, type GoalSpec, type PlanResponse } from './plans.schema';

function measurement(r: EnrichedResult | undefined) {
  return r ? { moment: r.moment, score: r.score, level: r.level } : null;
}

function toGoal(spec: GoalSpec, system: LevelSystem): Goal | null {
  if (spec.kind === 'woorden') return { kind: 'woorden', text: spec.text };
  if (spec.kind === 'niveau') {
    const parsed = parseLevel(spec.target, system);
    return parsed.ok ? { kind: 'niveau', system, target: parsed.level } : null;
  }
  return { kind: spec.kind, target: spec.target };
}

export async function planDetails(db: Db, actor: Actor, ctx: PlanContext): Promise<PlanResponse> {
  const { plan, group, periode } = ctx;
  const inGroup = await findPupilsOfGroup(db, group.id);
  // Read as overdracht: only the pupils the reader may see, in the pupil list and in the subgroups.
  const visible = ctx.overdracht
    ? await visiblePupilIds(
        db,
        actor,
        inGroup.map((p) => p.id),
      )
    : null;
  const shown = (id: string) => visible === null || visible.has(id);
  const stored = PlanContent.parse(JSON.parse(plan.content));
  const content: typeof stored = {
    ...stored,
    subgroepen: stored.subgroepen.map((sub) => ({ ...sub, leerlingen: sub.leerlingen.filter(shown) })),
  };
  const storedEvaluation = plan.evaluation ? PlanEvaluation.parse(JSON.parse(plan.evaluation)) : null;
  const evaluation = storedEvaluation && {
    ...storedEvaluation,
    confirmed: Object.fromEntries(Object.entries(storedEvaluation.confirmed).filter(([id]) => shown(id))),
  };
  const pupils = inGroup
    .filter((p) => shown(p.id))
    .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl'));
  const core = await analyzePupilSet(
    db,
    group.school_id,
    pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
    { vak: plan.vak, perPupilLatest: true },
  );
  const closing = periode.closing_kind ? `${periode.schooljaar} ${periode.closing_kind}` : null;
  const closingPoint = closing ? parseMeetpuntKey(closing) : null;
  const before = (r: EnrichedResult) => {
    const at = parseMeetpuntKey(r.meetpunt);
    return closingPoint === null || (at !== null && compareMeetpunten(at, closingPoint) < 0);
  };
  const measured = pupils.map((p) => {
    const history = core.pupils.get(p.id)?.vakken.get(plan.vak)?.history ?? [];
    const start = history.filter(before).at(-1);
    const end = closing ? history.find((r) => r.meetpunt === closing) : undefined;
    return { pupil: p, start, end };
  });
  const startMeetpunt =
    measured
      .map((m) => m.start?.meetpunt)
      .map((m) => (m ? parseMeetpuntKey(m) : null))
      .filter((m): m is NonNullable<typeof m> => m !== null)
      .sort(compareMeetpunten)
      .map((m) => `${m.schooljaar} ${m.kind}`)
      .at(-1) ?? null;
  const anyEnd = measured.some((m) => m.end);

  let proposal: PlanResponse['proposal'] = null;
  if (anyEnd) {
    const pupilsProposal: Record<string, Record<string, { status: GoalStatus; detail: string }>> = {};
    const subgroups: Record<
      string,
      Record<string, { status: GoalStatus; known: number; behaald: number }>
    > = {};
    for (const sub of content.subgroepen) {
      const perGoal: Record<string, { status: GoalStatus; known: number; behaald: number }> = {};
      subgroups[sub.key] = perGoal;
      for (const spec of sub.doelen) {
        const statuses: GoalStatus[] = [];
        for (const id of sub.leerlingen) {
          const m = measured.find((x) => x.pupil.id === id);
          const system =
            LEVEL_SYSTEMS.find((s) => s === (m?.end?.levelSystem ?? m?.start?.levelSystem)) ?? 'I-V';
          const goal = toGoal(spec, system);
          const evaluation = goal
            ? evaluateGoal(
                goal,
                m?.start ? { score: m.start.score, level: m.start.level } : null,
                m?.end ? { score: m.end.score, level: m.end.level } : null,
              )
            : {
                status: 'onbekend' as const,
                detail: `"${spec.kind === 'niveau' ? spec.target : ''}" is geen niveau in dit niveausysteem.`,
              };
          (pupilsProposal[id] ??= {})[spec.id] = evaluation;
          statuses.push(evaluation.status);
        }
        const summary = evaluateSubgroup(statuses);
        perGoal[spec.id] = { status: summary.status, known: summary.known, behaald: summary.counts.behaald };
      }
    }
    proposal = { pupils: pupilsProposal, subgroups };
  }

  const [author, history, needs] = await Promise.all([
    db.selectFrom('app_user').select('name').where('id', '=', plan.updated_by).executeTakeFirst(),
    db
      .selectFrom('groepsplan_versie as v')
      .innerJoin('app_user as u', 'u.id', 'v.saved_by')
      .select(['v.version', 'v.status', 'v.content', 'v.saved_at', 'u.name'])
      .where('v.plan_id', '=', plan.id)
      .orderBy('v.version', 'asc')
      .execute(),
    db
      .selectFrom('groepsoverzicht_rij')
      .select(['leerling_id', 'behoefte_didactisch', 'behoefte_pedagogisch'])
      .where('groep_id', '=', group.id)
      .where('periode_id', '=', periode.id)
      .execute(),
  ]);
  const needOf = new Map(
    needs.map((n) => [
      n.leerling_id,
      [n.behoefte_didactisch.trim(), n.behoefte_pedagogisch.trim()].filter(Boolean).join(' ') || null,
    ]),
  );
  return {
    id: plan.id,
    group: { id: group.id, name: group.name, schooljaar: group.schooljaar, schoolId: group.school_id },
    periode: { id: periode.id, name: periode.name, closingKind: periode.closing_kind },
    vak: plan.vak,
    vorm: plan.vorm,
    status: plan.status,
    version: plan.version,
    content,
    evaluation,
    updatedBy: author?.name ?? '',
    updatedAt: plan.updated_at,
    pupils: measured.map((m) => ({
      id: m.pupil.id,
      name: fullName(m.pupil),
      start: measurement(m.start),
      end: measurement(m.end),
      growth: m.start?.score != null && m.end?.score != null ? m.end.score - m.start.score : null,
      behoefte: needOf.get(m.pupil.id) ?? null,
    })),
    startMeetpunt,
    closingMeetpunt: closing,
    proposal,
    history: history
      .map((h, i) => ({
        version: h.version,
        status: h.status,
        savedBy: h.name,
        savedAt: h.saved_at,
        changes: describeChanges(history[i - 1], h),
      }))
      .reverse(),
    overdracht: ctx.overdracht,
    abilities: permissionsAtSchool(actor, group.school_id).filter(
      (a) => !ctx.overdracht || a !== 'plan.write',
    ),
  };
}
