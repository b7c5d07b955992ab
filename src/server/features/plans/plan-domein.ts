/**
 * Plans about werkhouding, gedrag or sociaal-emotioneel: how they start (the whole group, and a
 * subgroup for pupils who need more), and what their evaluation rests on. Observable behaviour is
 * judged by the teacher from the observations of the period; an instrument target from each pupil's
 * next score on the scale after the plan started.
 */
import { evaluateSubgroup, type GoalStatus } from '../../../domain/goals';
import { instrumentGoalStatus, nextScoreFrom } from '../../../domain/plan-domein';
import { seoInstrumentByCode } from '../../../imports/seo/catalog';
import { DOMEIN_ASPECTEN, type PlanDomein } from '../../../shared/plan-domeinen';
import type { Db } from '../../db/database';
import { findObservationsBetween, findSeoScoresFrom } from './plan-domein.queries';
import type { GoalSpec, PlanContent, PlanResponse, Subgroep } from './plans.schema';

type Evidence = NonNullable<PlanResponse['domein']>;
type GoalEvidence = Evidence['goals'][string];

/**
 * The whole group shares the plan's approach; pupils who need more move to the second subgroup. The
 * texts are a start the teacher adjusts (HGW: what works for this group), not a prescription.
 */
export function domeinSubgroups(pupilIds: readonly string[]): Subgroep[] {
  return [
    {
      key: 'groep',
      naam: 'Hele groep',
      leerlingen: [...pupilIds],
      doelen: [],
      aanbod: '',
      aanpak: 'Verwachtingen vooraf benoemen en voordoen; positief benoemen wat goed gaat.',
      organisatie: 'In de dagelijkse lessen; de leerkracht observeert op vaste momenten.',
      minutenPerWeek: null,
    },
    {
      key: 'extra',
      naam: 'Extra begeleiding',
      leerlingen: [],
      doelen: [],
      aanbod: '',
      aanpak: 'Korte persoonlijke afspraken, vaker feedback en een vast moment om terug te kijken.',
      organisatie: 'Dagelijks een kort gesprekje met de leerkracht.',
      minutenPerWeek: null,
    },
  ];
}

/** Each goal with the pupils it is about: the basisdoel's for everyone, a subgroup's, a pupil's own. */
function goalsWithPupils(content: PlanContent): { goal: GoalSpec; pupils: string[] }[] {
  const everyone = content.subgroepen.flatMap((s) => s.leerlingen);
  return [
    ...content.basisdoelen.map((goal) => ({ goal, pupils: everyone })),
    ...content.subgroepen.flatMap((s) => s.doelen.map((goal) => ({ goal, pupils: s.leerlingen }))),
    ...Object.entries(content.leerlingdoelen).flatMap(([id, goals]) =>
      everyone.includes(id) ? goals.map((goal) => ({ goal, pupils: [id] })) : [],
    ),
  ];
}

type Observation = Awaited<ReturnType<typeof findObservationsBetween>>[number];
type Score = Awaited<ReturnType<typeof findSeoScoresFrom>>[number];

function instrumentEvidence(
  goal: Extract<GoalSpec, { kind: 'instrument' }>,
  pupils: readonly string[],
  scores: readonly Score[],
  since: string,
): Pick<GoalEvidence, 'scores' | 'status'> {
  const scale = seoInstrumentByCode(goal.instrument)?.scales.find((s) => s.code === goal.schaal);
  // A school's own list has no catalog entry: its scales are read as "higher is better".
  const direction = { higherIsBetter: scale?.higherIsBetter ?? true };
  const statuses: GoalStatus[] = [];
  const shown: GoalEvidence['scores'] = [];
  for (const pupilId of pupils) {
    const own = scores.filter(
      (s) => s.leerling_id === pupilId && s.instrument === goal.instrument && s.schaal === goal.schaal,
    );
    // The teacher's list first when both lists were taken on the same day: it is what the plan observes.
    own.sort((a, b) => Number(b.lijst === 'leerkracht') - Number(a.lijst === 'leerkracht'));
    const next = nextScoreFrom(own, since);
    const status = instrumentGoalStatus(goal, direction, next);
    statuses.push(status);
    if (next)
      shown.push({ pupilId, date: next.afnamedatum, percentiel: next.percentiel, band: next.band, status });
  }
  return { scores: shown, status: evaluateSubgroup(statuses).status };
}

/** Per goal the proposal and its evidence; `since` is the plan's start, `until` the period's end. */
export async function domeinEvidence(
  db: Db,
  domein: PlanDomein,
  content: PlanContent,
  range: { since: string; from: string; until: string },
): Promise<Evidence> {
  const goals = goalsWithPupils(content);
  const pupils = [...new Set(goals.flatMap((g) => g.pupils))];
  const instruments = [
    ...new Set(goals.flatMap(({ goal }) => (goal.kind === 'instrument' ? [goal.instrument] : []))),
  ];
  const [observations, scores] = await Promise.all([
    findObservationsBetween(db, pupils, DOMEIN_ASPECTEN[domein], range.from, range.until),
    findSeoScoresFrom(db, pupils, instruments, range.since),
  ]);
  const result: Evidence = { since: range.since, goals: {} };
  for (const { goal, pupils: of } of goals) {
    const seen = observations.filter((o: Observation) => of.includes(o.leerling_id));
    const fromData =
      goal.kind === 'instrument'
        ? instrumentEvidence(goal, of, scores, range.since)
        : { scores: [], status: 'onbekend' as const };
    result.goals[goal.id] = {
      ...fromData,
      pupils: of.length,
      observations: seen.map((o) => ({
        pupilId: o.leerling_id,
        date: o.observed_on,
        aspect: o.aspect,
        waardering: o.waardering,
        toelichting: o.toelichting,
      })),
    };
  }
  return result;
}
