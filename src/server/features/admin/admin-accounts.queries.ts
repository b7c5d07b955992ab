/** SQL for the beheerder's account-security work: invitations in scope, addresses, school MFA setting. */
import type { Db } from '../../db/database';

export function findUserIdByEmail(db: Db, email: string) {
  return db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirst();
}

function openInvitations(db: Db, now: string) {
  return db
    .selectFrom('account_invitation as i')
    .innerJoin('app_user as u', 'u.id', 'i.user_id')
    .leftJoin('school as s', 's.id', 'i.school_id')
    .leftJoin('bestuur as b', 'b.id', 'i.bestuur_id')
    .select(['i.id', 'i.name', 'i.assignment_id', 'i.role', 'i.school_id', 'i.bestuur_id', 'u.email'])
    .select(['s.name as school_name', 'b.name as bestuur_name'])
    .where('i.status', '=', 'open')
    .where('i.expires_at', '>', now);
}

/** Open invitations for a role within the given schools or besturen, as the beheerder typed them. */
export function findOpenInvitationsInScope(db: Db, schoolIds: string[], bestuurIds: string[], now: string) {
  if (schoolIds.length === 0 && bestuurIds.length === 0) return Promise.resolve([]);
  return openInvitations(db, now)
    .where((eb) =>
      eb.or([
        ...(schoolIds.length > 0 ? [eb('i.school_id', 'in', schoolIds)] : []),
        ...(bestuurIds.length > 0
          ? [eb('i.bestuur_id', 'in', bestuurIds), eb('s.bestuur_id', 'in', bestuurIds)]
          : []),
      ]),
    )
    .execute();
}

export function findOpenInvitationById(db: Db, invitationId: string, now: string) {
  return openInvitations(db, now).where('i.id', '=', invitationId).executeTakeFirst();
}

export function findSchoolSecurity(db: Db, schoolId: string) {
  return db.selectFrom('school_security').selectAll().where('school_id', '=', schoolId).executeTakeFirst();
}

export async function upsertSchoolSecurity(
  db: Db,
  row: { schoolId: string; mfaEveryone: boolean; updatedBy: string; updatedAt: string },
): Promise<void> {
  const values = {
    mfa_everyone: row.mfaEveryone ? (1 as const) : (0 as const),
    updated_by: row.updatedBy,
    updated_at: row.updatedAt,
  };
  await db
    .insertInto('school_security')
    .values({ school_id: row.schoolId, ...values })
    .onConflict((oc) => oc.column('school_id').doUpdateSet(values))
    .execute();
}
