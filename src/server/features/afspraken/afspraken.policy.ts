/**
 * Who sees and changes an afspraak. IB and schoolleider see every afspraak of their school and change
 * everything about it; a leerkracht sees their own and those about a group or pupil of theirs, and, as
 * the owner, moves its status (done, dropped, open again) but leaves its text, deadline and owner to
 * the IB. Out of sight is "not found", as for an afspraak that does not exist.
 */
import { mayAt, wholeSchoolsOf } from '../../auth/access';
import type { Actor, Permission } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { forbidden, forbiddenBecause, notFound } from '../../errors';
import { findGroupInScope } from '../groups/groups.queries';
import { findPupilInScope } from '../pupils/pupils.queries';
import { findAfspraak, type AfspraakRow } from './afspraken.queries';
import type { PatchAfspraakBody } from './afspraken.schema';

const WHAT = 'De afspraak';

async function inSight(db: Db, actor: Actor, row: AfspraakRow): Promise<boolean> {
  if (!actor.rolesBySchool.has(row.school_id)) return false;
  if (wholeSchoolsOf(actor).includes(row.school_id) || row.owner_user_id === actor.userId) return true;
  const [group, pupil] = await Promise.all([
    row.groep_id ? findGroupInScope(db, actor, row.groep_id) : undefined,
    row.leerling_id ? findPupilInScope(db, actor, row.leerling_id) : undefined,
  ]);
  return group !== undefined || pupil !== undefined;
}

/** The afspraak, if the actor may see it (404 otherwise) and holds the permission at its school (403). */
export async function requireAfspraak(db: Db, actor: Actor, id: string, permission: Permission) {
  const row = await findAfspraak(db, id);
  if (!row || !(await inSight(db, actor, row))) throw notFound(WHAT);
  if (!mayAt(actor, row.school_id, permission)) throw forbidden();
  return row;
}

/** Everything about an afspraak: the IB and the schoolleider. */
export const mayEditAfspraak = (actor: Actor, row: Pick<AfspraakRow, 'school_id'>) =>
  mayAt(actor, row.school_id, 'zorg.write');

/** Its status: also its owner. */
export const mayChangeStatus = (actor: Actor, row: Pick<AfspraakRow, 'school_id' | 'owner_user_id'>) =>
  mayEditAfspraak(actor, row) || row.owner_user_id === actor.userId;

/** Refuses a change the actor may not make, with the reason. */
export function checkPatch(actor: Actor, row: AfspraakRow, input: PatchAfspraakBody): void {
  const changesMore =
    input.text !== undefined || input.deadline !== undefined || input.ownerUserId !== undefined;
  if (changesMore && !mayEditAfspraak(actor, row))
    throw forbiddenBecause(
      'Alleen de intern begeleider of de schoolleider wijzigt de tekst, de termijn of de eigenaar van een afspraak.',
    );
  if (!mayChangeStatus(actor, row))
    throw forbiddenBecause(
      'Alleen wie de afspraak op zich nam, of de intern begeleider, werkt de status bij.',
    );
}

/**
 * A leerkracht records afspraken for themselves; the IB and the schoolleider for anyone of the school.
 */
export function checkOwnerChoice(actor: Actor, schoolId: string, ownerUserId: string): void {
  if (!mayAt(actor, schoolId, 'zorg.write') && ownerUserId !== actor.userId)
    throw forbiddenBecause('Een leerkracht legt alleen afspraken voor zichzelf vast.');
}
