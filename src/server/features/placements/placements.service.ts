import { audit } from '../../audit';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { invalidInput, notFound } from '../../errors';
import { requirePupilToPlace } from './placements.policy';
import { endActiveOverride, findResultAt, findTestHeldAt, insertOverride } from './placements.queries';
import type { OverrideBody, OverrideQuery } from './placements.schema';

/**
 * A teacher places a pupil in another instruction group than the data suggests, with a reason. The
 * previous override (if any) is closed, not overwritten, so the history of decisions stays.
 */
export async function setOverride(db: Db, actor: Actor, pupilId: string, input: OverrideBody, now: Date) {
  return db.transaction().execute(async (trx) => {
    const pupil = await requirePupilToPlace(trx, actor, pupilId, now);
    // A pupil who missed a test that the school held is placed by the teacher, with the reason.
    const placeable =
      (await findResultAt(trx, pupilId, input)) ?? (await findTestHeldAt(trx, pupil.school_id, input));
    if (!placeable) {
      throw invalidInput(
        `Deze leerling heeft geen resultaat voor ${input.vak} op ${input.moment} in ${input.schooljaar}; daar hoort geen indeling bij.`,
        [{ field: 'moment', message: 'geen resultaat op dit moment' }],
      );
    }
    const iso = now.toISOString();
    await endActiveOverride(trx, pupilId, input, { at: iso, by: actor.userId });
    const id = newId(now.getTime());
    await insertOverride(trx, {
      id,
      leerling_id: pupilId,
      vak: input.vak,
      schooljaar: input.schooljaar,
      moment: input.moment,
      instructie: input.instructie,
      reason: input.reason,
      author_user_id: actor.userId,
      created_at: iso,
      ended_at: null,
      ended_by: null,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'placement.override',
      entity: 'instructie_override',
      entityId: id,
      leerlingId: pupilId,
      schoolId: pupil.school_id,
      details: { vak: input.vak, moment: input.moment, instructie: input.instructie },
    });
    return { override: { instructie: input.instructie, reason: input.reason, author: actor.name, at: iso } };
  });
}

/** Back to the suggestion from the data; the ended override stays in the history. */
export async function removeOverride(db: Db, actor: Actor, pupilId: string, key: OverrideQuery, now: Date) {
  return db.transaction().execute(async (trx) => {
    const pupil = await requirePupilToPlace(trx, actor, pupilId, now);
    const ended = await endActiveOverride(trx, pupilId, key, { at: now.toISOString(), by: actor.userId });
    if (ended === 0) throw notFound('De aangepaste indeling');
    await audit(trx, now, {
      userId: actor.userId,
      action: 'placement.override.remove',
      entity: 'instructie_override',
      leerlingId: pupilId,
      schoolId: pupil.school_id,
      details: { vak: key.vak, moment: key.moment },
    });
    return { override: null };
  });
}
