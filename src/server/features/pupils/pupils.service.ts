import { resultTimeKey } from '../../../domain/moments';
import { schooljaarOf } from '../../../domain/schooljaar';
import { fullName } from '../../../shared/names';
import { audit } from '../../audit';
import { abilitiesAt, requirePupil } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { notFound } from '../../errors';
import type { NewObservationBody, PupilDetailResponse } from './pupils.schema';
import {
  findObservationsOfPupil,
  findPlacementsOfPupil,
  findResultsOfPupil,
  insertObservation,
} from './pupils.queries';

type ObservationRow = Awaited<ReturnType<typeof findObservationsOfPupil>>[number];

function presentObservation(o: ObservationRow) {
  return {
    id: o.id,
    schooljaar: o.schooljaar,
    moment: o.moment,
    aspect: o.aspect,
    waardering: o.waardering,
    toelichting: o.toelichting,
    observedOn: o.observed_on,
    author: o.author,
  };
}

/** The pupil record, read in one transaction; the route layer audits the read (http/audit-reads.ts). */
export async function getPupil(db: Db, actor: Actor, pupilId: string): Promise<PupilDetailResponse> {
  return db.transaction().execute(async (trx) => {
    const pupil = await requirePupil(trx, actor, pupilId);
    const [placements, results, observations] = await Promise.all([
      findPlacementsOfPupil(trx, pupilId),
      findResultsOfPupil(trx, pupilId),
      findObservationsOfPupil(trx, pupilId),
    ]);
    return {
      pupil: {
        id: pupil.id,
        name: fullName(pupil),
        roepnaam: pupil.roepnaam,
        voorvoegsel: pupil.voorvoegsel,
        achternaam: pupil.achternaam,
        geboortedatum: pupil.geboortedatum,
        lasKey: pupil.las_key,
        lasKeyStable: pupil.las_key_stable === 1,
        groep3Start: pupil.groep3_start,
        oppSince: pupil.opp_since,
        school: { id: pupil.school_id, name: pupil.school_name },
        groups: placements.map((p) => ({
          id: p.id,
          name: p.name,
          schooljaar: p.schooljaar,
          jaargroep: p.jaargroep,
          startDate: p.start_date,
          endDate: p.end_date,
        })),
      },
      results: results
        .sort((a, b) => resultTimeKey(a).localeCompare(resultTimeKey(b)))
        .map((r) => ({
          id: r.id,
          toets: {
            id: r.toets_id,
            name: r.toets_name,
            vak: r.vak,
            publisher: r.publisher,
            version: r.version,
            levelSystem: r.level_system,
          },
          schooljaar: r.schooljaar,
          moment: r.moment,
          afnamedatum: r.afnamedatum,
          ruweScore: r.ruwe_score,
          vaardigheidsscore: r.vaardigheidsscore,
          niveau: r.niveau,
          functioneringsniveau: r.functioneringsniveau,
          dle: r.dle,
        })),
      observations: observations.map(presentObservation),
      abilities: abilitiesAt(actor, pupil.school_id),
    };
  });
}

export async function addObservation(
  db: Db,
  actor: Actor,
  pupilId: string,
  input: NewObservationBody,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const pupil = await requirePupil(trx, actor, pupilId, 'observation.write');
    const iso = now.toISOString();
    const id = newId(now.getTime());
    await insertObservation(trx, {
      id,
      leerling_id: pupil.id,
      schooljaar: schooljaarOf(now),
      moment: input.moment ?? null,
      aspect: input.aspect,
      // Talent is described, not rated.
      waardering: input.aspect === 'talent' ? null : (input.waardering ?? null),
      toelichting: input.toelichting ? input.toelichting : null,
      observed_on: iso.slice(0, 10),
      author_user_id: actor.userId,
      created_at: iso,
      updated_at: iso,
    });
    await audit(trx, now, {
      userId: actor.userId,
      action: 'observation.create',
      entity: 'observatie',
      entityId: id,
      leerlingId: pupil.id,
      schoolId: pupil.school_id,
      details: { aspect: input.aspect },
    });
    const created = (await findObservationsOfPupil(trx, pupil.id)).find((o) => o.id === id);
    if (!created) throw notFound('De observatie');
    return { observation: presentObservation(created) };
  });
}
