/**
 * Who may place a pupil in an instruction group: a leerkracht places the pupils of the groups they
 * teach this schooljaar (a former pupil is the new teacher's call); the IB places any pupil of the
 * school.
 */
import { schooljaarOf } from '../../../domain/schooljaar';
import { requirePupil, wholeSchoolsOf } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { forbiddenBecause } from '../../errors';
import { findTaughtPlacement } from './placements.queries';

export async function requirePupilToPlace(db: Db, actor: Actor, pupilId: string, now: Date) {
  const pupil = await requirePupil(db, actor, pupilId, 'placement.write');
  if (wholeSchoolsOf(actor).includes(pupil.school_id)) return pupil;
  if (!(await findTaughtPlacement(db, actor.userId, pupilId, schooljaarOf(now)))) {
    throw forbiddenBecause(
      'Alleen de leerkracht van de huidige groep of de intern begeleider kan deze leerling indelen.',
    );
  }
  return pupil;
}
