/**
 * The pupil's care page and its zorgniveau: the school's ondersteuningsniveau 1–5, kept as a row per
 * change (who, when, why), the latest one holding.
 */
import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { requirePupilFor } from './zorg.policy';
import type { ZorgniveauBody } from './zorg.schema';
import { insertZorgniveau } from './zorg.queries';
import { zorgView } from './zorg-view';

export async function getPupilZorg(db: Db, actor: Actor, pupilId: string, now: Date) {
  const pupil = await requirePupilFor(db, actor, pupilId, 'zorg.read', 'De leerling');
  // The route layer audits the read (http/audit-reads.ts).
  return db.transaction().execute((trx) => zorgView(trx, actor, pupil, now));
}

export async function setZorgniveau(db: Db, actor: Actor, pupilId: string, input: ZorgniveauBody, now: Date) {
  const pupil = await requirePupilFor(db, actor, pupilId, 'zorg.write', 'De leerling');
  return db.transaction().execute(async (trx) => {
    await insertZorgniveau(trx, {
      id: newId(now.getTime()),
      leerling_id: pupil.id,
      school_id: pupil.school_id,
      niveau: input.niveau,
      reason: input.reason,
      set_by: actor.userId,
      set_at: now.toISOString(),
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'zorgniveau.set',
      entity: 'leerling',
      entityId: pupil.id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { fields: ['niveau', 'reason'] },
    });
    return zorgView(trx, actor, pupil, now);
  });
}
