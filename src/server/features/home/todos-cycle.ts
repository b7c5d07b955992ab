/**
 * To-dos from the HGW cycle: the leerkracht's own groups (the step to take now, the plans to evaluate)
 * and the IB's school (every group by the step it stands at). The cycle is computed once by the cycle
 * feature's own rules (cycle-facts.ts, domain/cycle.ts), for all groups either list needs.
 */
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { findGroupsOfSchoolYear } from '../besprekingen/agenda.queries';
import type { Periode } from '../periods/periods';
import { cyclesOf, type CycleGroup } from '../plans/cycle-facts';
import { findStamgroepen } from '../plans/cycle.queries';
import type { TodoItem } from './todos.schema';

/** A plan of this period counts as "to evaluate" from this many days before its period ends. */
const EVALUATE_WITHIN_DAYS = 21;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The groups this user teaches at the school: the scope rule of a leerkracht, applied to the user as
 * if leerkracht were their only role there, so an IB who also teaches gets their own class, not all.
 */
async function ownGroupIds(db: Db, actor: Actor, schoolId: string, schooljaar: string) {
  const asTeacher: Actor = { ...actor, rolesBySchool: new Map([[schoolId, ['leerkracht']]]) };
  return new Set((await findGroupsOfSchoolYear(db, asTeacher, schoolId, schooljaar)).map((g) => g.id));
}

/** The first step that is not done, or null when the cycle of the period is round. */
function currentStep(cycle: CycleGroup) {
  return cycle.steps.find((s) => s.state !== 'klaar') ?? null;
}

function teacherItems(cycle: CycleGroup, periode: Periode, today: string): TodoItem[] {
  const group = { id: cycle.group.id, name: cycle.group.name };
  const step = currentStep(cycle);
  const items: TodoItem[] = [
    {
      code: 'cycleStep',
      role: 'leerkracht',
      group,
      periode: { id: periode.id, name: periode.name, endDate: periode.end_date },
      stap: step?.stap ?? null,
      state: step?.state ?? 'klaar',
      missing: step?.missing ?? [],
    },
  ];
  for (const plan of cycle.previousPlans.filter((p) => p.status !== 'geevalueerd')) {
    items.push({
      code: 'planToEvaluate',
      role: 'leerkracht',
      group,
      plan: { id: plan.id, vak: plan.vak },
      previous: true,
      periodEnd: null,
      overdue: true,
    });
  }
  const left = daysBetween(today, periode.end_date);
  if (left <= EVALUATE_WITHIN_DAYS) {
    for (const plan of cycle.plans.filter((p) => p.status !== 'geevalueerd')) {
      items.push({
        code: 'planToEvaluate',
        role: 'leerkracht',
        group,
        plan: { id: plan.id, vak: plan.vak },
        previous: false,
        periodEnd: periode.end_date,
        overdue: left < 0,
      });
    }
  }
  return items;
}

function groupsByStep(cycles: readonly CycleGroup[], periode: Periode): TodoItem {
  const steps = new Map<number, { id: string; name: string }[]>();
  const done: { id: string; name: string }[] = [];
  for (const cycle of cycles) {
    const group = { id: cycle.group.id, name: cycle.group.name };
    const step = currentStep(cycle);
    if (!step) done.push(group);
    else steps.set(step.stap, [...(steps.get(step.stap) ?? []), group]);
  }
  return {
    code: 'groupsByStep',
    role: 'ib',
    periode: { id: periode.id, name: periode.name, endDate: periode.end_date },
    steps: [...steps].sort(([a], [b]) => a - b).map(([stap, groups]) => ({ stap, groups })),
    done,
  };
}

export interface CycleContext {
  schoolId: string;
  schooljaar: string;
  periods: Periode[];
  periode: Periode;
  today: string;
}

export async function cycleTodos(
  db: Db,
  actor: Actor,
  ctx: CycleContext,
  roles: { leerkracht: boolean; ib: boolean },
): Promise<TodoItem[]> {
  if (!roles.leerkracht && !roles.ib) return [];
  const stamgroepen = await findStamgroepen(db, ctx.schoolId, ctx.schooljaar);
  stamgroepen.sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }));
  const own = roles.leerkracht
    ? await ownGroupIds(db, actor, ctx.schoolId, ctx.schooljaar)
    : new Set<string>();
  const wanted = roles.ib ? stamgroepen : stamgroepen.filter((g) => own.has(g.id));
  const cycles = await cyclesOf(db, wanted, ctx.periods, ctx.periode);
  return [
    ...cycles.filter((c) => own.has(c.group.id)).flatMap((c) => teacherItems(c, ctx.periode, ctx.today)),
    ...(roles.ib ? [groupsByStep(cycles, ctx.periode)] : []),
  ];
}
