/**
 * The care page of one pupil: zorgniveau with its history, verzorgers and their consents, OPPs,
 * besprekingen and afspraken. Every write of this feature answers with it, so the page has one shape.
 */
import { fullName } from '../../../shared/names';
import { abilitiesAt } from '../../auth/access';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { presentAfspraak, todayOf } from '../afspraken/afspraak-present';
import { findAfsprakenOfPupil } from '../afspraken/afspraken.queries';
import { presentSummary } from '../besprekingen/bespreking-present';
import { findBesprekingenOfPupil } from '../besprekingen/besprekingen.queries';
import { oppSummary } from './opp-summary';
import { loadZorgSettings } from './zorg-settings';
import type { CarePupil } from './zorg.policy';
import { findOppsOfPupils, findToestemmingen, findVerzorgers, findZorgniveaus } from './zorg.queries';
import type { PupilZorgResponse, Toestemming } from './zorg.schema';

type ToestemmingRow = Awaited<ReturnType<typeof findToestemmingen>>[number];
type ZorgniveauRow = Awaited<ReturnType<typeof findZorgniveaus>>[number];

/** Given, not withdrawn by that day, and not expired: what counts as consent on `day`. */
export function consentValidOn(
  row: Pick<ToestemmingRow, 'given' | 'withdrawn_on' | 'valid_until' | 'given_on'>,
  day: string,
) {
  return (
    row.given === 1 &&
    row.given_on <= day &&
    (row.withdrawn_on === null || row.withdrawn_on > day) &&
    (row.valid_until === null || row.valid_until >= day)
  );
}

export function presentToestemming(row: ToestemmingRow, today: string): Toestemming {
  return {
    id: row.id,
    verzorger:
      row.verzorger_id && row.verzorger_name ? { id: row.verzorger_id, name: row.verzorger_name } : null,
    scope: row.scope,
    description: row.description,
    given: row.given === 1,
    givenOn: row.given_on,
    validUntil: row.valid_until,
    withdrawnOn: row.withdrawn_on,
    valid: consentValidOn(row, today),
    recordedBy: row.recorded_by_name,
    recordedAt: row.recorded_at,
  };
}

export function presentVerzorger(v: Awaited<ReturnType<typeof findVerzorgers>>[number]) {
  return {
    id: v.id,
    name: v.name,
    relation: v.relation,
    phone: v.phone,
    email: v.email,
    gezag: v.gezag === 1,
    source: v.source,
  };
}

export function presentZorgniveau(row: ZorgniveauRow, labels: readonly string[]) {
  return {
    niveau: row.niveau,
    label: labels[row.niveau - 1] ?? String(row.niveau),
    reason: row.reason,
    setBy: row.set_by_name,
    setAt: row.set_at,
  };
}

export async function zorgView(
  db: Db,
  actor: Actor,
  pupil: CarePupil,
  now: Date,
): Promise<PupilZorgResponse> {
  const today = todayOf(now);
  const [settings, niveaus, verzorgers, toestemmingen, opps, besprekingen, afspraken] = await Promise.all([
    loadZorgSettings(db, pupil.school_id),
    findZorgniveaus(db, [pupil.id]),
    findVerzorgers(db, pupil.id),
    findToestemmingen(db, pupil.id),
    findOppsOfPupils(db, [pupil.id]),
    findBesprekingenOfPupil(db, pupil.id),
    findAfsprakenOfPupil(db, pupil.id),
  ]);
  const history = niveaus.map((n) => presentZorgniveau(n, settings.niveauLabels));
  return {
    pupil: { id: pupil.id, name: fullName(pupil), schoolId: pupil.school_id },
    zorgniveau: { current: history[0] ?? null, history },
    labels: settings.niveauLabels,
    verzorgers: verzorgers.map(presentVerzorger),
    toestemmingen: toestemmingen.map((t) => presentToestemming(t, today)),
    opps: opps.map(oppSummary),
    besprekingen: besprekingen.map(presentSummary),
    afspraken: afspraken.map((a) => presentAfspraak(actor, a, today)),
    abilities: abilitiesAt(actor, pupil.school_id),
  };
}
