/**
 * Who reaches a care record. Care records hang on a pupil: whoever may see the pupil (IB and
 * schoolleider: the whole school; a leerkracht: pupils who are or were in their groups) may see the
 * record, and a role without the permission gets 403. A record out of reach answers exactly like one
 * that does not exist, under the record's own name, so a probe learns nothing.
 */
import { mayAt } from '../../auth/access';
import type { Actor, Permission } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { findPupilInScope } from '../pupils/pupils.queries';

/** The pupil of a care record: 404 (as `what`) out of scope, 403 without the permission at its school. */
export async function requirePupilFor(
  db: Db,
  actor: Actor,
  pupilId: string,
  permission: Permission,
  what: string,
) {
  const pupil = await findPupilInScope(db, actor, pupilId);
  if (!pupil) throw notFound(what);
  if (!mayAt(actor, pupil.school_id, permission)) throw forbidden();
  return pupil;
}

export type CarePupil = Awaited<ReturnType<typeof requirePupilFor>>;
