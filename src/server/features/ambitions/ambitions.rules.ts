/**
 * The rules of an ambition, apart from the database: what makes a new or changed one wrong (in Dutch,
 * per field), what a change is called in the history, and when two ambitions are the same one (one
 * per cell and measure, domain/ambitions-reference.ts).
 */
import type { z } from 'zod';
import { ambitionProblems } from '../../../domain/ambitions-check';
import type { AmbitionTarget } from '../../../domain/ambitions';
import { measureOf } from '../../../domain/ambitions-reference';
import { isVak } from '../../../shared/vakken';
import { invalidInput, type FieldIssue } from '../../errors';
import type { AmbitionTargetInput, ChangeAmbitionBody, NewAmbitionBody } from './ambitions.schema';

export type Cell = Pick<z.infer<typeof NewAmbitionBody>, 'vak' | 'jaargroep' | 'moment'>;
export type Action = 'aangemaakt' | 'gewijzigd' | 'vervallen' | 'geevalueerd';

/** Everything wrong with a new or changed ambition, per field, in Dutch. */
function problemsOf(schooljaar: string, cell: Cell, target: AmbitionTargetInput): FieldIssue[] {
  if (target.kind === 'woorden') return [];
  const issues: FieldIssue[] = [];
  if (cell.vak === null || !isVak(cell.vak)) issues.push({ field: 'vak', message: 'kies een vak' });
  if (cell.jaargroep === null) issues.push({ field: 'jaargroep', message: 'kies een jaargroep' });
  if (cell.moment === null) issues.push({ field: 'moment', message: 'kies een toetsmoment (B, M of E)' });
  if (issues.length > 0 || cell.vak === null || !isVak(cell.vak) || cell.jaargroep === null || !cell.moment)
    return issues;
  return ambitionProblems({
    schoolId: '',
    schooljaar,
    vak: cell.vak,
    jaargroep: cell.jaargroep,
    moment: cell.moment,
    target: target as AmbitionTarget,
  }).map((message) => ({ field: 'target', message }));
}

export function refuseProblems(schooljaar: string, cell: Cell, target: AmbitionTargetInput): void {
  const issues = problemsOf(schooljaar, cell, target);
  if (issues.length > 0) throw invalidInput(`Deze ambitie klopt niet: ${issues[0]?.message ?? ''}`, issues);
}

/** What a change does, for the history: a status change names itself; words alone are an evaluation. */
export function actionOf(
  input: z.infer<typeof ChangeAmbitionBody>,
  from: 'actief' | 'vervallen',
  to: 'actief' | 'vervallen',
): Action {
  if (to !== from) return to === 'vervallen' ? 'vervallen' : 'gewijzigd';
  return !input.target && input.evaluation !== undefined ? 'geevalueerd' : 'gewijzigd';
}

/** The rules a change must keep: the same kind of target, and words only for an ambition in words. */
export function refuseChange(
  current: { schooljaar: string } & Cell,
  oldTarget: AmbitionTargetInput,
  input: z.infer<typeof ChangeAmbitionBody>,
): void {
  if (input.target && input.target.kind !== oldTarget.kind)
    throw invalidInput('Een ambitie houdt haar soort; maak een nieuwe ambitie voor een andere soort.', [
      { field: 'target.kind', message: 'andere soort dan de ambitie' },
    ]);
  if (input.target) refuseProblems(current.schooljaar, current, input.target);
  if (input.target && measureOf(input.target as AmbitionTarget) !== measureOf(oldTarget as AmbitionTarget))
    throw invalidInput(
      'Een ambitie houdt haar maat (niveau en systeem); maak een nieuwe ambitie voor een ander niveau.',
      [{ field: 'target.level', message: 'ander niveau of systeem dan de ambitie' }],
    );
  if (input.evaluation !== undefined && oldTarget.kind !== 'woorden')
    throw invalidInput('Alleen een ambitie in woorden krijgt een evaluatie in woorden.', [
      { field: 'evaluation', message: 'niet bij deze soort ambitie' },
    ]);
}

/** Two ambitions of one cell and measure are the same ambition; words only when the text is the same too. */
export function cellKey(a: Cell & { target: AmbitionTargetInput }): string {
  return JSON.stringify([a.vak, a.jaargroep, a.moment, measureOf(a.target as AmbitionTarget) ?? a.target]);
}
