/** "Who changed what": the difference between two kept versions of a plan, as codes the browser words. */
import { evaluationCounts, type EvaluationCounts } from '../../../domain/cycle';
import { PlanContent, PlanEvaluation, type PlanChange, type Subgroep } from './plans.schema';

interface Version {
  status: string;
  content: string;
}

const FIELDS: (keyof Subgroep)[] = [
  'leerlingen',
  'doelen',
  'aanbod',
  'aanpak',
  'organisatie',
  'minutenPerWeek',
];

function parse(content: string) {
  const parsed = PlanContent.safeParse(JSON.parse(content));
  return parsed.success ? parsed.data : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function describeChanges(before: Version | undefined, after: Version): PlanChange[] {
  if (!before) return [{ code: 'created' }];
  if (before.status !== after.status) {
    return [{ code: after.status === 'geevalueerd' ? 'evaluated' : 'reopened' }];
  }
  const a = parse(before.content);
  const b = parse(after.content);
  if (!a || !b) return [];
  const changes: PlanChange[] = [];
  if (a.basisdoel !== b.basisdoel || !same(a.basisdoelen, b.basisdoelen)) changes.push({ code: 'basisdoel' });
  if (!same(a.leerlingdoelen, b.leerlingdoelen)) changes.push({ code: 'pupilGoals' });
  for (const sub of b.subgroepen) {
    const old = a.subgroepen.find((s) => s.key === sub.key);
    if (!old) {
      changes.push({ code: 'subgroupAdded', naam: sub.naam });
      continue;
    }
    const fields: string[] = FIELDS.filter((field) => !same(old[field], sub[field]));
    if (old.naam !== sub.naam) fields.unshift('naam');
    if (fields.length > 0) changes.push({ code: 'subgroupChanged', naam: sub.naam, fields });
  }
  for (const old of a.subgroepen) {
    if (!b.subgroepen.some((s) => s.key === old.key))
      changes.push({ code: 'subgroupRemoved', naam: old.naam });
  }
  return changes;
}

/**
 * The outcome of an evaluated plan for the next cycle's first step: per pupil, all goals reached,
 * some, or none (as the teacher confirmed them); null for an evaluation that cannot be read.
 */
export function evaluationOutcome(evaluation: string): EvaluationCounts | null {
  const parsed = PlanEvaluation.safeParse(JSON.parse(evaluation));
  return parsed.success ? evaluationCounts(parsed.data.confirmed) : null;
}

/** Every goal of the plan: the basisdoel's, the subgroups', and pupils' own. */
export function allGoals(content: PlanContent) {
  return [
    ...content.basisdoelen,
    ...content.subgroepen.flatMap((s) => s.doelen),
    ...Object.values(content.leerlingdoelen).flat(),
  ];
}

/** Whether a stored plan (its content as JSON) has at least one goal: else it is still a concept. */
export function hasGoals(content: string): boolean {
  return allGoals(PlanContent.parse(JSON.parse(content))).length > 0;
}

/** Per pupil the ids of the goals that are theirs: the basisdoel's, their subgroup's, their own. */
export function goalsPerPupil(content: PlanContent): Map<string, Set<string>> {
  const goalsOf = new Map<string, Set<string>>();
  const basis = content.basisdoelen.map((d) => d.id);
  for (const sub of content.subgroepen)
    for (const id of sub.leerlingen)
      goalsOf.set(
        id,
        new Set([
          ...(goalsOf.get(id) ?? []),
          ...basis,
          ...sub.doelen.map((d) => d.id),
          ...(content.leerlingdoelen[id] ?? []).map((d) => d.id),
        ]),
      );
  return goalsOf;
}
