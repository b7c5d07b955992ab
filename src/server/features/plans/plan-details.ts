/**
 * A groepsplan with everything around it: the pupils' start results (and how far comparable starters
 * got from there), the results of the closing toetsmoment when they are in, and from those the data's
 * proposal per goal; the versions kept.
 */
import { compareMeetpunten, parseMeetpuntKey } from '../../../domain/moments';
import { schooljaarStartYear } from '../../../domain/schooljaar';
import { fullName, sortName } from '../../../shared/names';
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { analyzePupilSet } from '../analysis/analysis.core';
import type { EnrichedResult } from '../analysis/enrich';
import { startersOutlook } from '../analysis/starters-outlook';
import { findPupilsOfGroup } from '../groups/groups.queries';
import { isPlanDomein } from '../../../shared/plan-domeinen';
import { visiblePupilIds, type PlanContext } from './plan.policy';
import { domeinEvidence } from './plan-domein';
import { allGoals, describeChanges } from './plan-history';
import { proposalOf, type Measured } from './plan-proposal';
import { findNeedsOfGroups, findPlanVersions, findUserName } from './plans.queries';
import { PlanContent, PlanEvaluation, type PlanResponse } from './plans.schema';

function measurement(r: EnrichedResult | undefined) {
  return r ? { moment: r.moment, score: r.score, level: r.level } : null;
}

/** The pupils, subgroups and confirmations the reader may see: read as overdracht, only their own. */
async function visiblePlan(db: Db, actor: Actor, ctx: PlanContext) {
  const { plan, group } = ctx;
  const inGroup = await findPupilsOfGroup(db, group.id);
  const visible = ctx.overdracht
    ? await visiblePupilIds(
        db,
        actor,
        inGroup.map((p) => p.id),
      )
    : null;
  const shown = (id: string) => visible === null || visible.has(id);
  const stored = PlanContent.parse(JSON.parse(plan.content));
  const content: PlanContent = {
    ...stored,
    subgroepen: stored.subgroepen.map((sub) => ({ ...sub, leerlingen: sub.leerlingen.filter(shown) })),
    leerlingdoelen: Object.fromEntries(Object.entries(stored.leerlingdoelen).filter(([id]) => shown(id))),
  };
  const storedEvaluation = plan.evaluation ? PlanEvaluation.parse(JSON.parse(plan.evaluation)) : null;
  const evaluation = storedEvaluation && {
    ...storedEvaluation,
    confirmed: Object.fromEntries(Object.entries(storedEvaluation.confirmed).filter(([id]) => shown(id))),
  };
  const pupils = inGroup
    .filter((p) => shown(p.id))
    .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl'));
  return { content, evaluation, pupils };
}

type PlanPupil = Awaited<ReturnType<typeof visiblePlan>>['pupils'][number];

/** Per pupil the latest result before the closing meetpunt (the start) and the one at it (the end). */
async function measure(db: Db, ctx: PlanContext, pupils: PlanPupil[], closing: string | null) {
  const { plan, group } = ctx;
  const core = await analyzePupilSet(
    db,
    group.school_id,
    pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
    { vak: plan.vak, perPupilLatest: true },
  );
  const closingPoint = closing ? parseMeetpuntKey(closing) : null;
  const before = (r: EnrichedResult) => {
    const at = parseMeetpuntKey(r.meetpunt);
    return closingPoint === null || (at !== null && compareMeetpunten(at, closingPoint) < 0);
  };
  return pupils.map((p): Measured & { pupil: PlanPupil } => {
    const history = core.pupils.get(p.id)?.vakken.get(plan.vak)?.history ?? [];
    const start = history.filter(before).at(-1);
    const end = closing ? history.find((r) => r.meetpunt === closing) : undefined;
    return { pupil: p, start, end };
  });
}

type PupilMeasured = Awaited<ReturnType<typeof measure>>[number];

/** The latest meetpunt any pupil starts from. */
function startMeetpuntOf(measured: PupilMeasured[]): string | null {
  return (
    measured
      .map((m) => m.start?.meetpunt)
      .map((m) => (m ? parseMeetpuntKey(m) : null))
      .filter((m): m is NonNullable<typeof m> => m !== null)
      .sort(compareMeetpunten)
      .map((m) => `${m.schooljaar} ${m.kind}`)
      .at(-1) ?? null
  );
}

/**
 * Per pupil what comparable starters reached from the pupil's start to the closing toetsmoment, the
 * moment named by the period's closing kind and the pupil's jaargroep ("M" and groep 5: M5).
 */
function outlookOf(db: Db, ctx: PlanContext, measured: PupilMeasured[]) {
  const kind = ctx.periode.closing_kind;
  const requests = measured.flatMap(({ pupil, start }) => {
    if (!kind || !start || !/^[1-8]$/.test(pupil.jaargroep)) return [];
    const yearOffset = schooljaarStartYear(ctx.periode.schooljaar) - schooljaarStartYear(start.schooljaar);
    return [{ pupilId: pupil.id, start, toMoment: `${kind}${pupil.jaargroep}`, yearOffset }];
  });
  return startersOutlook(db, ctx.group.school_id, requests);
}

/** Who saved last, the versions kept, and the onderwijsbehoefte per pupil from this period's groepsoverzicht. */
async function readSurroundings(db: Db, ctx: PlanContext) {
  const [author, versions, needs] = await Promise.all([
    findUserName(db, ctx.plan.updated_by),
    findPlanVersions(db, ctx.plan.id),
    findNeedsOfGroups(db, [ctx.group.id], ctx.periode.id),
  ]);
  const needOf = new Map(
    needs.map((n) => [
      n.leerling_id,
      [n.behoefte_didactisch.trim(), n.behoefte_pedagogisch.trim()].filter(Boolean).join(' ') || null,
    ]),
  );
  const history = versions
    .map((h, i) => ({
      number: i + 1,
      version: h.version,
      status: h.status,
      reason: h.reden,
      savedBy: h.name,
      savedAt: h.saved_at,
      changes: describeChanges(versions[i - 1], h),
    }))
    .reverse();
  const unrecorded = !versions.some((v) => v.version === ctx.plan.version);
  return { updatedBy: author?.name ?? '', history, needOf, unrecorded };
}

export async function planDetails(db: Db, actor: Actor, ctx: PlanContext): Promise<PlanResponse> {
  const { plan, group, periode } = ctx;
  const { content, evaluation, pupils } = await visiblePlan(db, actor, ctx);
  const domein = isPlanDomein(plan.vak) ? plan.vak : null;
  // A domein has no toets: no results to measure, no closing toetsmoment.
  const closing = !domein && periode.closing_kind ? `${periode.schooljaar} ${periode.closing_kind}` : null;
  const measured = domein
    ? pupils.map((pupil) => ({ pupil, start: undefined, end: undefined }))
    : await measure(db, ctx, pupils, closing);
  const [{ updatedBy, history, needOf, unrecorded }, outlook, evidence] = await Promise.all([
    readSurroundings(db, ctx),
    outlookOf(db, ctx, measured),
    domein &&
      domeinEvidence(db, domein, content, {
        since: plan.created_at.slice(0, 10),
        from: periode.start_date,
        until: periode.end_date,
      }),
  ]);
  const stored = PlanContent.parse(JSON.parse(plan.content));
  return {
    id: plan.id,
    group: { id: group.id, name: group.name, schooljaar: group.schooljaar, schoolId: group.school_id },
    periode: { id: periode.id, name: periode.name, closingKind: periode.closing_kind },
    vak: plan.vak,
    vorm: plan.vorm,
    status: plan.status,
    stage: plan.status === 'geevalueerd' ? 'geevalueerd' : allGoals(stored).length > 0 ? 'actief' : 'concept',
    version: plan.version,
    unrecorded,
    content,
    evaluation,
    updatedBy,
    updatedAt: plan.updated_at,
    pupils: measured.map((m) => ({
      id: m.pupil.id,
      name: fullName(m.pupil),
      start: measurement(m.start),
      end: measurement(m.end),
      growth: m.start?.score != null && m.end?.score != null ? m.end.score - m.start.score : null,
      startMeetpunt: m.start?.meetpunt ?? null,
      starters: outlook.get(m.pupil.id) ?? null,
      behoefte: needOf.get(m.pupil.id) ?? null,
    })),
    startMeetpunt: startMeetpuntOf(measured),
    closingMeetpunt: closing,
    proposal: proposalOf(content, measured),
    history,
    domein: evidence || null,
    overdracht: ctx.overdracht,
    abilities: abilitiesAt(actor, group.school_id).filter((a) => !ctx.overdracht || a !== 'plan.write'),
  };
}
