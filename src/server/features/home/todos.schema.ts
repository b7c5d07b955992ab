/**
 * The start page's to-do list: per role the caller holds at the school, what to do next, as codes with
 * ids, dates and counts. The browser words every item in the reader's language and links it to the
 * screen where the thing is done; the server sends no sentences.
 */
import { z } from 'zod';
import { PupilRef } from '../../http/audit-pupils';
import { CycleNote } from '../plans/plans.schema';

export const TodoRole = z.enum(['leerkracht', 'ib', 'schoolleider']);
export type TodoRole = z.infer<typeof TodoRole>;

export const TodosQuery = z.object({
  /** Only this role's items (someone who is IB and leerkracht may want one list at a time). */
  role: TodoRole.optional(),
});

const GroupRef = z.object({ id: z.string(), name: z.string() });
const Day = z.string();
const Moment = z.enum(['B', 'M', 'E']);

/** The leerkracht's group: the first step of this period's cycle that is not done, and what it misses. */
const CycleStepTodo = z.object({
  code: z.literal('cycleStep'),
  role: z.literal('leerkracht'),
  group: GroupRef,
  periode: z.object({ id: z.string(), name: z.string(), endDate: Day }),
  /** Null when all six steps are done. */
  stap: z.number().int().nullable(),
  state: z.enum(['klaar', 'bezig', 'open']),
  missing: z.array(CycleNote),
});
/** A groepsplan to evaluate: of the previous period (overdue) or of this one, whose period ends soon. */
const PlanToEvaluateTodo = z.object({
  code: z.literal('planToEvaluate'),
  role: z.literal('leerkracht'),
  group: GroupRef,
  plan: z.object({ id: z.string(), vak: z.string() }),
  /** The plan belongs to the period before this one. */
  previous: z.boolean(),
  /** The end of the plan's period, when it is this period's. */
  periodEnd: Day.nullable(),
  overdue: z.boolean(),
});
/** One's own open afspraken (any role): how many, how many past their deadline, the first deadline. */
const AfsprakenTodo = z.object({
  code: z.literal('afsprakenOpen'),
  role: TodoRole,
  count: z.number().int(),
  overdue: z.number().int(),
  nextDeadline: Day.nullable(),
});
/** The IB's view of the cycle: the school's groups by the first step they have not done. */
const GroupsByStepTodo = z.object({
  code: z.literal('groupsByStep'),
  role: z.literal('ib'),
  periode: z.object({ id: z.string(), name: z.string(), endDate: Day }),
  steps: z.array(z.object({ stap: z.number().int(), groups: z.array(GroupRef) })),
  done: z.array(GroupRef),
});
/** A planned bespreking within the next two weeks, or one whose day passed while it is still planned. */
const BesprekingTodo = z.object({
  code: z.literal('besprekingDue'),
  role: z.literal('ib'),
  bespreking: z.object({
    id: z.string(),
    kind: z.string(),
    plannedOn: Day,
    group: GroupRef.nullable(),
    pupil: PupilRef.nullable(),
  }),
  overdue: z.boolean(),
});
const PupilsToDiscussTodo = z.object({
  code: z.literal('pupilsToDiscuss'),
  role: z.literal('ib'),
  count: z.number().int(),
});
/** An OPP term (vaststelling within the term after the decision, the yearly evaluation) due soon or past. */
const OppTermTodo = z.object({
  code: z.literal('oppTerm'),
  role: z.literal('ib'),
  opp: z.object({ id: z.string() }),
  pupil: PupilRef,
  term: z.enum(['vaststelling', 'evaluatie']),
  due: Day,
  overdue: z.boolean(),
});
/** A period closed by a toetsmoment has ended and the school has no results of that moment this year. */
const ImportOverdueTodo = z.object({
  code: z.literal('importOverdue'),
  role: z.literal('ib'),
  schooljaar: z.string(),
  moment: Moment,
  since: Day,
});
/** The teambespreking of a toetsmoment: due once its results are in, else the next one to come. */
const TeambesprekingTodo = z.object({
  code: z.literal('teambespreking'),
  role: z.literal('schoolleider'),
  schooljaar: z.string(),
  moment: Moment,
  state: z.enum(['due', 'upcoming']),
  /** For an upcoming one: the end of the period its toetsen close. */
  after: Day.nullable(),
});
/** This schooljaar has fewer ambitions than last year's (or none at all). */
const AmbitionsTodo = z.object({
  code: z.literal('ambitionsMissing'),
  role: z.literal('schoolleider'),
  schooljaar: z.string(),
  set: z.number().int(),
  /** Ambitions of last year (vak, jaargroep, moment, kind) with no counterpart this year. */
  missing: z.number().int(),
});

export const TodoItem = z.discriminatedUnion('code', [
  CycleStepTodo,
  PlanToEvaluateTodo,
  AfsprakenTodo,
  GroupsByStepTodo,
  BesprekingTodo,
  PupilsToDiscussTodo,
  OppTermTodo,
  ImportOverdueTodo,
  TeambesprekingTodo,
  AmbitionsTodo,
]);
export type TodoItem = z.infer<typeof TodoItem>;

export const TodosResponse = z.object({
  schoolId: z.string(),
  schooljaar: z.string(),
  today: Day,
  /** The caller's roles at the school that have a to-do list, in this order: leerkracht, ib, schoolleider. */
  roles: z.array(TodoRole),
  items: z.array(TodoItem),
});
export type TodosResponse = z.infer<typeof TodosResponse>;
