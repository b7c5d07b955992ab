/**
 * The participants of a bespreking: staff accounts of the school, external experts with their role and
 * organisation, and the pupil's verzorgers. Without a list, a groepsbespreking starts with the group's
 * teachers and whoever plans it; a bespreking about a pupil with the pupil's current teachers (and,
 * for an oudergesprek, the verzorgers).
 */
import type { Insertable } from 'kysely';
import type { Actor } from '../../auth/permissions';
import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import type { BesprekingKind, DB } from '../../db/schema';
import { findStaffOfSchool } from '../afspraken/afspraken.queries';
import { findPlacementsOfPupil } from '../pupils/pupils.queries';
import { invalidField } from '../zorg/invalid-field';
import { findVerzorgers } from '../zorg/zorg.queries';
import { findTeacherAccounts } from './agenda.queries';
import type { DeelnemerInput } from './besprekingen.schema';

export type DeelnemerRow = Omit<Insertable<DB['bespreking_deelnemer']>, 'id' | 'bespreking_id'>;

const staffRow = (user: { id: string; name: string }): DeelnemerRow => ({
  kind: 'medewerker',
  user_id: user.id,
  verzorger_id: null,
  name: user.name,
  role: null,
  organisation: null,
});

/** The rows for the participants given, each checked against the school and the pupil. */
export async function resolveDeelnemers(
  db: Db,
  schoolId: string,
  leerlingId: string | null,
  inputs: readonly DeelnemerInput[],
): Promise<DeelnemerRow[]> {
  const [staff, verzorgers] = await Promise.all([
    findStaffOfSchool(db, schoolId),
    leerlingId ? findVerzorgers(db, leerlingId) : [],
  ]);
  const rows: DeelnemerRow[] = [];
  inputs.forEach((input, i) => {
    if (input.kind === 'medewerker') {
      const user = staff.find((s) => s.id === input.userId);
      if (!user) throw invalidField(`deelnemers.${i}.userId`, 'kies iemand van deze school');
      if (!rows.some((r) => r.user_id === user.id)) rows.push(staffRow(user));
    } else if (input.kind === 'verzorger') {
      const v = verzorgers.find((x) => x.id === input.verzorgerId);
      if (!v) throw invalidField(`deelnemers.${i}.verzorgerId`, 'geen verzorger van deze leerling');
      if (!rows.some((r) => r.verzorger_id === v.id))
        rows.push({
          kind: 'verzorger',
          user_id: null,
          verzorger_id: v.id,
          name: v.name,
          role: v.relation,
          organisation: null,
        });
    } else {
      rows.push({
        kind: 'extern',
        user_id: null,
        verzorger_id: null,
        name: input.name,
        role: input.role ?? null,
        organisation: input.organisation ?? null,
      });
    }
  });
  return rows;
}

/** The group the pupil is in now (the latest placement that has not ended). */
async function currentGroupOf(db: Db, pupilId: string): Promise<string | null> {
  const placements = await findPlacementsOfPupil(db, pupilId);
  return (placements.find((p) => p.end_date === null) ?? placements[0])?.id ?? null;
}

export async function defaultDeelnemers(
  db: Db,
  actor: Actor,
  about: { kind: BesprekingKind; groepId: string | null; leerlingId: string | null },
): Promise<DeelnemerRow[]> {
  const groupId = about.groepId ?? (about.leerlingId ? await currentGroupOf(db, about.leerlingId) : null);
  const [teachers, verzorgers] = await Promise.all([
    findTeacherAccounts(db, groupId ? [groupId] : []),
    about.kind === 'oudergesprek' && about.leerlingId ? findVerzorgers(db, about.leerlingId) : [],
  ]);
  const people = [...teachers, { id: actor.userId, name: actor.name }];
  const staff = people.filter((p, i) => people.findIndex((q) => q.id === p.id) === i).map(staffRow);
  const parents = verzorgers.map<DeelnemerRow>((v) => ({
    kind: 'verzorger',
    user_id: null,
    verzorger_id: v.id,
    name: v.name,
    role: v.relation,
    organisation: null,
  }));
  return [...staff, ...parents];
}

/** The rows ready to insert for one bespreking. */
export function deelnemerRows(besprekingId: string, rows: readonly DeelnemerRow[], now: Date) {
  return rows.map((r) => ({ ...r, id: newId(now.getTime()), bespreking_id: besprekingId }));
}
