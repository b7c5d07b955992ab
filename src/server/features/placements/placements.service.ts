import { audit } from '../../audit';
import { permissionsAtSchool, wholeSchoolIds, type Actor } from '../../auth/permissions';
import { schooljaarOf } from '../../../domain/schooljaar';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { forbidden, forbiddenBecause, invalidInput, notFound } from '../../errors';
import { findPupilInScope } from '../pupils/pupils.queries';

interface Key {
  vak: string;
  schooljaar: string;
  moment: string;
}

/**
 * A leerkracht places the pupils of the groups they teach this schooljaar (a former pupil is the new
 * teacher's call); the IB places any pupil of the school.
 */
async function pupilForPlacement(db: Db, actor: Actor, pupilId: string, now: Date) {
  const pupil = await findPupilInScope(db, actor, pupilId);
  if (!pupil) throw notFound('De leerling');
  if (!permissionsAtSchool(actor, pupil.school_id).includes('placement.write')) throw forbidden();
  if (!wholeSchoolIds(actor).includes(pupil.school_id)) {
    const teaches = await db
      .selectFrom('plaatsing as p')
      .innerJoin('groep as g', 'g.id', 'p.groep_id')
      .innerJoin('schooljaar as sj', 'sj.id', 'g.schooljaar_id')
      .innerJoin('groep_leerkracht as gl', 'gl.groep_id', 'g.id')
      .innerJoin('medewerker as m', 'm.id', 'gl.medewerker_id')
      .select('p.id')
      .where('p.leerling_id', '=', pupilId)
      .where('sj.name', '=', schooljaarOf(now))
      .where('m.user_id', '=', actor.userId)
      .executeTakeFirst();
    if (!teaches) {
      throw forbiddenBecause(
        'Alleen de leerkracht van de huidige groep of de intern begeleider kan deze leerling indelen.',
      );
    }
  }
  return pupil;
}

async function endActive(db: Db, actor: Actor, pupilId: string, key: Key, iso: string): Promise<number> {
  const result = await db
    .updateTable('instructie_override')
    .set({ ended_at: iso, ended_by: actor.userId })
    .where('leerling_id', '=', pupilId)
    .where('vak', '=', key.vak)
    .where('schooljaar', '=', key.schooljaar)
    .where('moment', '=', key.moment)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * A teacher places a pupil in another instruction group than the data suggests, with a reason. The
 * previous override (if any) is closed, not overwritten, so the history of decisions stays.
 */
export async function setOverride(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: Key & { instructie: 'verkort' | 'basis' | 'verlengd'; reason: string },
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const pupil = await pupilForPlacement(trx, actor, pupilId, now);
    const result = await trx
      .selectFrom('toetsresultaat as r')
      .innerJoin('toets as t', 't.id', 'r.toets_id')
      .select('r.id')
      .where('r.leerling_id', '=', pupilId)
      .where('t.vak', '=', input.vak)
      .where('r.schooljaar', '=', input.schooljaar)
      .where('r.moment', '=', input.moment)
      .executeTakeFirst();
    if (!result) {
      throw invalidInput(
        `Deze leerling heeft geen resultaat voor ${input.vak} op ${input.moment} in ${input.schooljaar}; daar hoort geen indeling bij.`,
        [{ field: 'moment', message: 'geen resultaat op dit moment' }],
      );
    }
    const iso = now.toISOString();
    await endActive(trx, actor, pupilId, input, iso);
    const id = newId(now.getTime());
    await trx
      .insertInto('instructie_override')
      .values({
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
      })
      .execute();
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
export async function removeOverride(db: Db, actor: Actor, pupilId: string, key: Key, now: Date) {
  return db.transaction().execute(async (trx) => {
    const pupil = await pupilForPlacement(trx, actor, pupilId, now);
    const ended = await endActive(trx, actor, pupilId, key, now.toISOString());
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
