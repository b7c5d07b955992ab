/**
 * The pupil's OPP in the OSO transfer: OSO's opp block holds the day it took effect, the day it ended,
 * and the OPP itself as a document (a TXT file, Base64-encoded in a ZIP as OSO prescribes). Only an OPP
 * that was ever vastgesteld has an ingangsdatum; a concept stays at the school.
 */
import { fullName } from '../../../shared/names';
import { mayAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import type { OsoOpp } from '../exports/oso';
import { zipOneFile } from '../exports/zip';
import { oppDocumentText } from './opp-document';
import { contentOf } from './opp-view';
import { findLatestVastgesteldOpp, findOverleggen } from './opp.queries';

export const OPP_DOCUMENT_NAME = 'ontwikkelingsperspectief.txt';

export async function oppForOso(
  db: Db,
  actor: Actor,
  pupil: { id: string; school_id: string; roepnaam: string; voorvoegsel: string | null; achternaam: string },
  schoolName: string,
  now: Date,
): Promise<OsoOpp | null> {
  if (!mayAt(actor, pupil.school_id, 'zorg.read')) return null;
  const opp = await findLatestVastgesteldOpp(db, pupil.id);
  if (!opp?.vastgesteld_on) return null;
  const text = oppDocumentText({
    pupilName: fullName(pupil),
    schoolName,
    status: opp.status,
    decidedOn: opp.decided_on,
    vastgesteldOn: opp.vastgesteld_on,
    endedOn: opp.ended_on,
    content: contentOf(opp),
    overleggen: await findOverleggen(db, opp.id),
  });
  const zip = zipOneFile(OPP_DOCUMENT_NAME, new TextEncoder().encode(text), now);
  return {
    ingangdatum: opp.vastgesteld_on,
    einddatum: opp.ended_on,
    document: {
      bestandsnaam: OPP_DOCUMENT_NAME,
      omschrijving: 'OPP',
      bestandsinhoud: Buffer.from(zip).toString('base64'),
    },
  };
}
