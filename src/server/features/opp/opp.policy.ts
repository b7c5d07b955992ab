/**
 * Who reaches an OPP, and when it may be vastgesteld.
 * - An OPP hangs on its pupil: whoever may see the pupil (IB and schoolleider: the whole school, also
 *   after the pupil left; a leerkracht: pupils who are or were in their groups) may read it, and a role
 *   without the permission gets 403. Out of reach answers exactly like an unknown id.
 * - Wet passend onderwijs: the handelingsdeel is vastgesteld only with the verzorgers' instemming, and
 *   that instemming must be about the version that is vastgesteld (a change after it asks for a new one).
 */
import { allowedSteps } from '../../../domain/opp';
import { mayAt } from '../../auth/access';
import type { Actor, Permission } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { findPupilInScope } from '../pupils/pupils.queries';
import type { VaststellenBlocker } from './opp-response.schema';
import { findOpp } from './opp.queries';
import type { OppContent } from './opp.schema';

export const OPP_NOT_FOUND = 'Het OPP';

/** The OPP and its pupil: 404 out of scope (as for an unknown id), 403 without the permission there. */
export async function requireOpp(db: Db, actor: Actor, oppId: string, permission: Permission) {
  const opp = await findOpp(db, oppId);
  const pupil = opp ? await findPupilInScope(db, actor, opp.leerling_id) : undefined;
  if (!opp || !pupil) throw notFound(OPP_NOT_FOUND);
  if (!mayAt(actor, pupil.school_id, permission)) throw forbidden();
  return { opp, pupil };
}
export type OppAccess = Awaited<ReturnType<typeof requireOpp>>;

interface OverlegFact {
  outcome: string;
  opp_version: number;
}

/** Why the OPP cannot be vastgesteld now; empty when it can. */
export function vaststellenBlockers(
  opp: { status: Parameters<typeof allowedSteps>[0]; version: number },
  content: OppContent,
  overleggen: readonly OverlegFact[],
): VaststellenBlocker[] {
  const blockers: VaststellenBlocker[] = [];
  if (!allowedSteps(opp.status).includes('vaststellen')) blockers.push('wrong_status');
  if (content.uitstroomprofiel === null) blockers.push('no_uitstroomprofiel');
  if (!overleggen.some((o) => o.outcome === 'instemming' && o.opp_version === opp.version))
    blockers.push('no_instemming');
  return blockers;
}
