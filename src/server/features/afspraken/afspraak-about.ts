/**
 * What a new afspraak is about, checked against the school it is recorded at: its bespreking (which
 * gives its group or pupil), its group, its pupil, the record it changes, and its owner. A record the
 * actor cannot see, or of another school, is a wrong choice in that field (400), not a missing page.
 */
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { conflict } from '../../errors';
import { findBesprekingInScope } from '../besprekingen/besprekingen.queries';
import { findGroupInScope } from '../groups/groups.queries';
import { findPupilInScope } from '../pupils/pupils.queries';
import { invalidField } from '../zorg/invalid-field';
import { findLinkSchool, findStaffOfSchool } from './afspraken.queries';
import type { NewAfspraakBody } from './afspraken.schema';

export interface AfspraakAbout {
  besprekingId: string | null;
  groepId: string | null;
  leerlingId: string | null;
}

async function fromBespreking(db: Db, actor: Actor, schoolId: string, besprekingId: string | undefined) {
  if (besprekingId === undefined) return null;
  const bespreking = await findBesprekingInScope(db, actor, besprekingId);
  if (!bespreking || bespreking.school_id !== schoolId)
    throw invalidField('besprekingId', 'onbekende bespreking');
  if (bespreking.status === 'vastgesteld')
    throw conflict(
      'De bespreking is vastgesteld; leg de afspraak vast na een correctie, of los van de bespreking.',
    );
  return bespreking;
}

export async function resolveAfspraakAbout(
  db: Db,
  actor: Actor,
  schoolId: string,
  input: NewAfspraakBody,
): Promise<AfspraakAbout> {
  const bespreking = await fromBespreking(db, actor, schoolId, input.besprekingId);
  const groepId = input.groepId ?? bespreking?.groep_id ?? null;
  const leerlingId = input.leerlingId ?? bespreking?.leerling_id ?? null;
  const [group, pupil, linkSchool] = await Promise.all([
    groepId ? findGroupInScope(db, actor, groepId) : null,
    leerlingId ? findPupilInScope(db, actor, leerlingId) : null,
    input.link ? findLinkSchool(db, input.link.kind, input.link.id) : null,
  ]);
  if (groepId && group?.school_id !== schoolId) throw invalidField('groepId', 'onbekende groep');
  if (leerlingId && pupil?.school_id !== schoolId) throw invalidField('leerlingId', 'onbekende leerling');
  if (input.link && linkSchool !== schoolId) throw invalidField('link.id', 'onbekend bij deze school');
  return { besprekingId: bespreking?.id ?? null, groepId, leerlingId };
}

/** The owner is a staff account of the school: someone who can see and close the afspraak. */
export async function requireStaffOwner(db: Db, schoolId: string, ownerUserId: string): Promise<void> {
  const staff = await findStaffOfSchool(db, schoolId);
  if (!staff.some((s) => s.id === ownerUserId))
    throw invalidField('ownerUserId', 'kies iemand van deze school');
}
