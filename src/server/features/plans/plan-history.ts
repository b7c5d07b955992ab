/** "Who changed what": the difference between two saved versions of a plan, in words a teacher reads. */
import { evaluationCounts, type EvaluationCounts } from '../../../domain/cycle';
import { PlanContent, PlanEvaluation, type Subgroep } from './plans.schema';

interface Version {
  status: string;
  content: string;
}

const FIELDS: [keyof Subgroep, string][] = [
  ['leerlingen', 'leerlingen'],
  ['doelen', 'doelen'],
  ['aanbod', 'aanbod'],
  ['aanpak', 'aanpak'],
  ['organisatie', 'organisatie'],
  ['minutenPerWeek', 'minuten per week'],
];

function parse(content: string) {
  const parsed = PlanContent.safeParse(JSON.parse(content));
  return parsed.success ? parsed.data : null;
}

export function describeChanges(before: Version | undefined, after: Version): string[] {
  if (!before) return ['Aangemaakt'];
  if (before.status !== after.status) {
    return [after.status === 'geevalueerd' ? 'Geëvalueerd en vastgezet' : 'Nieuwe versie gemaakt'];
  }
  const a = parse(before.content);
  const b = parse(after.content);
  if (!a || !b) return [];
  const changes: string[] = [];
  if (a.basisdoel !== b.basisdoel) changes.push('basisdoel');
  for (const sub of b.subgroepen) {
    const old = a.subgroepen.find((s) => s.key === sub.key);
    if (!old) {
      changes.push(`${sub.naam} toegevoegd`);
      continue;
    }
    const changed = FIELDS.filter(([field]) => JSON.stringify(old[field]) !== JSON.stringify(sub[field]));
    if (old.naam !== sub.naam) changed.unshift(['naam', 'naam']);
    if (changed.length > 0) changes.push(`${sub.naam}: ${changed.map(([, label]) => label).join(', ')}`);
  }
  for (const old of a.subgroepen) {
    if (!b.subgroepen.some((s) => s.key === old.key)) changes.push(`${old.naam} verwijderd`);
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
