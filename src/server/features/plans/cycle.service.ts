/**
 * The HGW cycle of a group in a period, as six steps with what is done and what is missing, computed
 * from the data; the two steps that are a judgement (signalering looked at, clusters settled) are
 * marked done by the teacher.
 */
import { vakNaam } from '../../../shared/vakken';
import { fullName, sortName } from '../../../shared/names';
import { audit } from '../../audit';
import { permissionsAtSchool, type Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { forbidden, invalidInput, notFound } from '../../errors';
import { analyzePupilSet } from '../analysis/analysis.core';
import { findGroupInScope, findPupilsOfGroup } from '../groups/groups.queries';
import { currentPeriod, periodsOf, type Periode } from '../periods/periods';
import { evaluationOutcome } from './plan-history';
import { predecessorOf } from './predecessor';

const vakList = (vakken: string[]) => vakken.map((v) => vakNaam(v).toLowerCase()).join(', ');

export type StepState = 'klaar' | 'bezig' | 'open';

export interface CycleStep {
  stap: number;
  state: StepState;
  done: string[];
  missing: string[];
  /** Steps 2 and 4 are marked done by hand. */
  manual: boolean;
}

export interface CycleGroup {
  group: { id: string; name: string; schooljaar: string; schoolId: string };
  periode: { id: string; name: string };
  steps: CycleStep[];
  plans: { id: string; vak: string; vorm: string; status: string; version: number }[];
  /** The plans of the period before, whose evaluation is where this cycle starts. */
  previousPlans: { id: string; vak: string; status: string }[];
  vakken: string[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function groupCycle(
  db: Db,
  group: { id: string; name: string; school_id: string; schooljaar: string },
  periods: Periode[],
  periode: Periode,
): Promise<CycleGroup> {
  const index = periods.findIndex((p) => p.id === periode.id);
  const previous = await predecessorOf(db, group, periods, index);
  const pupils = (await findPupilsOfGroup(db, group.id)).filter((p) => p.end_date === null);
  const [core, rows, stepsDone, plans, previousPlans] = await Promise.all([
    analyzePupilSet(
      db,
      group.school_id,
      pupils.map((p) => ({ id: p.id, groep3_start: p.groep3_start })),
      { until: periode.end_date },
    ),
    db
      .selectFrom('groepsoverzicht_rij')
      .select(['leerling_id', 'behoefte_pedagogisch', 'behoefte_didactisch'])
      .where('groep_id', '=', group.id)
      .where('periode_id', '=', periode.id)
      .execute(),
    db
      .selectFrom('cyclus_stap')
      .select(['stap', 'done_at'])
      .where('groep_id', '=', group.id)
      .where('periode_id', '=', periode.id)
      .execute(),
    db
      .selectFrom('groepsplan')
      .select(['id', 'vak', 'vorm', 'status', 'version'])
      .where('groep_id', '=', group.id)
      .where('periode_id', '=', periode.id)
      .execute(),
    previous
      ? db
          .selectFrom('groepsplan')
          .select(['id', 'vak', 'status', 'evaluation'])
          .where('groep_id', '=', previous.groepId)
          .where('periode_id', '=', previous.periodeId)
          .execute()
      : Promise.resolve([]),
  ]);
  const confirmed = new Set(stepsDone.map((s) => s.stap));
  const signalled = pupils.filter((p) => (core.pupils.get(p.id)?.signals.length ?? 0) > 0);
  const withNeed = new Set(
    rows
      .filter((r) => r.behoefte_pedagogisch.trim() || r.behoefte_didactisch.trim())
      .map((r) => r.leerling_id),
  );
  const needMissing = signalled
    .filter((p) => !withNeed.has(p.id))
    .sort((a, b) => sortName(a).localeCompare(sortName(b), 'nl'));
  const notEvaluated = previousPlans.filter((p) => p.status !== 'geevalueerd');
  // Across the summer the plans belong to last year's group: name it, so the teacher knows where to look.
  const lastYear = previous?.groupName ? `; ${previous.groupName}, vorig schooljaar` : '';
  const planned = new Set(plans.map((p) => p.vak));
  const unplanned = core.vakken.filter((v) => !planned.has(v));
  const evaluated = plans.filter((p) => p.status === 'geevalueerd');

  const steps: CycleStep[] = [
    {
      stap: 1,
      state: notEvaluated.length === 0 && core.meetpunt ? 'klaar' : 'open',
      done: [
        ...(previousPlans.length === 0
          ? ['Geen groepsplan uit de vorige periode om te evalueren.']
          : [
              `${plural(previousPlans.length - notEvaluated.length, 'groepsplan', 'groepsplannen')} van de vorige periode geëvalueerd.`,
            ]),
        ...previousPlans.flatMap((p) => {
          const outcome = p.evaluation ? evaluationOutcome(p.evaluation) : null;
          return outcome ? [`${vakNaam(p.vak)}, vorige periode: ${outcome}`] : [];
        }),
        ...(core.meetpunt ? [`Groepsoverzicht gevuld met de toetsgegevens van ${core.meetpunt}.`] : []),
      ],
      missing: [
        ...(notEvaluated.length > 0
          ? [
              `${plural(notEvaluated.length, 'groepsplan', 'groepsplannen')} van de vorige periode nog niet geëvalueerd (${vakList(notEvaluated.map((p) => p.vak))}${lastYear}).`,
            ]
          : []),
        ...(core.meetpunt ? [] : ['Nog geen toetsgegevens voor deze groep.']),
      ],
      manual: false,
    },
    {
      stap: 2,
      state: confirmed.has(2) ? 'klaar' : 'open',
      done: [`${plural(signalled.length, 'leerling', 'leerlingen')} gesignaleerd.`],
      missing: confirmed.has(2) ? [] : ['Bekijk de signalen en bevestig dat ze besproken zijn.'],
      manual: true,
    },
    {
      stap: 3,
      state: needMissing.length === 0 ? 'klaar' : withNeed.size > 0 ? 'bezig' : 'open',
      done: [`${plural(withNeed.size, 'leerling', 'leerlingen')} met een onderwijsbehoefte.`],
      missing:
        needMissing.length > 0
          ? [
              `${plural(needMissing.length, 'gesignaleerde leerling', 'gesignaleerde leerlingen')} zonder onderwijsbehoefte: ${needMissing.map((p) => fullName(p)).join(', ')}.`,
            ]
          : [],
      manual: false,
    },
    {
      stap: 4,
      state: confirmed.has(4) ? 'klaar' : 'open',
      done: ['De clusters beginnen bij de instructiegroepen van de datamuur.'],
      missing: confirmed.has(4) ? [] : ['Controleer de clusters en stel ze vast.'],
      manual: true,
    },
    {
      stap: 5,
      state: core.vakken.length > 0 && unplanned.length === 0 ? 'klaar' : plans.length > 0 ? 'bezig' : 'open',
      done: plans.length > 0 ? [`Groepsplan voor ${vakList(plans.map((p) => p.vak))}.`] : [],
      missing: unplanned.length > 0 ? [`Nog geen groepsplan voor ${vakList(unplanned)}.`] : [],
      manual: false,
    },
    {
      stap: 6,
      state:
        plans.length > 0 && evaluated.length === plans.length ? 'klaar' : plans.length > 0 ? 'bezig' : 'open',
      done:
        evaluated.length > 0
          ? [`${plural(evaluated.length, 'groepsplan', 'groepsplannen')} geëvalueerd.`]
          : [],
      missing:
        plans.length > evaluated.length
          ? [
              `${plural(plans.length - evaluated.length, 'groepsplan', 'groepsplannen')} uitvoeren en evalueren${periode.closing_kind ? ` na de toetsen van ${periode.closing_kind}` : ''}.`,
            ]
          : [],
      manual: false,
    },
  ];
  return {
    group: { id: group.id, name: group.name, schooljaar: group.schooljaar, schoolId: group.school_id },
    periode: { id: periode.id, name: periode.name },
    steps,
    plans: plans.map((p) => ({ id: p.id, vak: p.vak, vorm: p.vorm, status: p.status, version: p.version })),
    previousPlans: previousPlans.map((p) => ({ id: p.id, vak: p.vak, status: p.status })),
    vakken: core.vakken,
  };
}

export async function getGroupCycle(
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
  const cycle = await groupCycle(db, group, periods, periode);
  return {
    ...cycle,
    periods: periods.map((p) => ({ id: p.id, name: p.name })),
    abilities: permissionsAtSchool(actor, group.school_id),
  };
}

export async function markStep(
  db: Db,
  actor: Actor,
  groupId: string,
  stap: number,
  input: { periodeId: string; done: boolean },
  now: Date,
) {
  const group = await findGroupInScope(db, actor, groupId);
  if (!group) throw notFound('De groep');
  if (!permissionsAtSchool(actor, group.school_id).includes('plan.write')) throw forbidden();
  if (stap !== 2 && stap !== 4)
    throw invalidInput('Alleen stap 2 (signaleren) en stap 4 (clusteren) worden met de hand afgevinkt.', [
      { field: 'stap', message: 'kies 2 of 4' },
    ]);
  const periods = await periodsOf(db, group.school_id, group.schooljaar, now);
  if (!periods.some((p) => p.id === input.periodeId))
    throw invalidInput('Deze periode hoort niet bij het schooljaar van de groep.', [
      { field: 'periodeId', message: 'onbekende periode' },
    ]);
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('cyclus_stap')
      .where('groep_id', '=', groupId)
      .where('periode_id', '=', input.periodeId)
      .where('stap', '=', stap)
      .execute();
    if (input.done) {
      await trx
        .insertInto('cyclus_stap')
        .values({
          id: newId(now.getTime()),
          groep_id: groupId,
          periode_id: input.periodeId,
          stap,
          done_by: actor.userId,
          done_at: now.toISOString(),
        })
        .execute();
    }
    await audit(trx, now, {
      userId: actor.userId,
      action: 'cycle.step',
      entity: 'groep',
      entityId: groupId,
      schoolId: group.school_id,
      details: { stap, done: input.done },
    });
  });
  return getGroupCycle(db, actor, groupId, input.periodeId, now);
}
