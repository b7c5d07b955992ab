/**
 * GET /schools/{schoolId}/todos: the start page's "what do I do next", per role the caller holds at the
 * school. Each part comes from the feature that owns the rule (the cycle, besprekingen, OPP, ambitions,
 * teambespreking, results); this file only decides who gets which part.
 */
import type { z } from 'zod';
import { currentSchooljaar } from '../../../domain/schooljaar';
import { requireAtSchool } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { presentAfspraak, todayOf } from '../afspraken/afspraak-present';
import { findOpenAfsprakenOfOwner } from '../afspraken/afspraken.queries';
import { currentPeriod, periodsOf } from '../periods/periods';
import { findSchooljaarNames } from '../schools/schools.queries';
import { careTodos } from './todos-care';
import { cycleTodos } from './todos-cycle';
import { schoolTodos } from './todos-school';
import { TodoRole, type TodoItem, type TodosQuery, type TodosResponse } from './todos.schema';

/** One's own open afspraken at the school, on the list of the first role one holds there. */
async function afspraakItems(db: Db, actor: Actor, schoolId: string, role: TodoRole, today: string) {
  const rows = await findOpenAfsprakenOfOwner(db, actor.userId, [schoolId]);
  if (rows.length === 0) return [];
  const shown = rows.map((r) => presentAfspraak(actor, r, today));
  const deadlines = shown.flatMap((a) => (a.deadline ? [a.deadline] : [])).sort();
  const item: TodoItem = {
    code: 'afsprakenOpen',
    role,
    count: shown.length,
    overdue: shown.filter((a) => a.overdue).length,
    nextDeadline: deadlines.find((d) => d >= today) ?? null,
  };
  return [item];
}

export async function getTodos(
  db: Db,
  actor: Actor,
  schoolId: string,
  query: z.infer<typeof TodosQuery>,
  now: Date,
): Promise<TodosResponse> {
  requireAtSchool(actor, schoolId, 'pupil.read');
  const held = actor.rolesBySchool.get(schoolId) ?? [];
  const roles = TodoRole.options.filter((r) => held.includes(r) && (!query.role || query.role === r));
  const has = (r: TodoRole) => roles.includes(r);
  const today = todayOf(now);
  const schooljaar = currentSchooljaar(
    (await findSchooljaarNames(db, schoolId)).map((y) => y.name),
    now,
  );
  const periods = await periodsOf(db, schoolId, schooljaar, now);
  const periode = currentPeriod(periods, now);
  const ctx = { schoolId, schooljaar, periods, today };
  const [first] = roles;
  const [cycle, care, school, afspraken] = await Promise.all([
    periode
      ? cycleTodos(db, actor, { ...ctx, periode }, { leerkracht: has('leerkracht'), ib: has('ib') })
      : Promise.resolve([]),
    has('ib') ? careTodos(db, actor, ctx, now) : Promise.resolve([]),
    schoolTodos(db, ctx, { ib: has('ib'), schoolleider: has('schoolleider') }),
    first ? afspraakItems(db, actor, schoolId, first, today) : Promise.resolve([]),
  ]);
  return { schoolId, schooljaar, today, roles, items: [...afspraken, ...cycle, ...care, ...school] };
}
