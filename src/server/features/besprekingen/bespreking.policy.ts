/**
 * Who reaches a bespreking, and what may still change about it. The IB and the schoolleider see every
 * bespreking of their school; a leerkracht those of their groups and of pupils who are or were in them.
 * Out of sight answers as a bespreking that does not exist; a role without the permission gets 403.
 * Once vastgesteld a bespreking is read-only: a change is a correction, a new version with a reason.
 */
import { mayAt } from '../../auth/access';
import type { Actor, Permission } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { conflict, forbidden, notFound } from '../../errors';
import { invalidField } from '../zorg/invalid-field';
import { findBesprekingInScope, type BesprekingRow } from './besprekingen.queries';
import { QUESTIONS_OF } from './bespreking-summary.schema';
import type { SaveBesprekingBody } from './besprekingen.schema';

export async function requireBespreking(db: Db, actor: Actor, id: string, permission: Permission) {
  const row = await findBesprekingInScope(db, actor, id);
  if (!row) throw notFound('De bespreking');
  if (!mayAt(actor, row.school_id, permission)) throw forbidden();
  return row;
}

export const isReadOnly = (row: Pick<BesprekingRow, 'status'>) => row.status === 'vastgesteld';

export function refuseWhenVastgesteld(row: Pick<BesprekingRow, 'status'>): void {
  if (isReadOnly(row))
    throw conflict(
      'Deze bespreking is vastgesteld en kan niet meer veranderen. Maak een correctie, met een reden.',
    );
}

/** Leerling- and zorgteambesprekingen end in a decision; the other kinds have none. */
export const takesDecision = (kind: BesprekingRow['kind']) =>
  kind === 'leerlingbespreking' || kind === 'zorgteam';

/** Answers only to this kind's questions, a decision only where the kind takes one. */
export function checkSaveFits(row: Pick<BesprekingRow, 'kind'>, input: SaveBesprekingBody): void {
  const allowed: readonly string[] = QUESTIONS_OF[row.kind];
  for (const key of Object.keys(input.answers ?? {}))
    if (!allowed.includes(key)) throw invalidField(`answers.${key}`, 'hoort niet bij dit soort bespreking');
  if (input.decision && !takesDecision(row.kind))
    throw invalidField('decision', 'alleen een leerlingbespreking of zorgteam neemt een besluit');
}
