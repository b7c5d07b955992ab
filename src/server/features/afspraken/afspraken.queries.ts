/** Afspraken (actiepunten) with their owner, bespreking, group and pupil: rows in, rows out. */
import type { Insertable, Updateable } from 'kysely';
import type { Actor } from '../../auth/permissions';
import { groupInScope, pupilInScope } from '../../auth/scope';
import type { Db } from '../../db/database';
import type { AfspraakLink, AfspraakStatus, DB } from '../../db/schema';

/** Roles that hold an afspraak: the staff who see pupils (not the bestuur or the beheerder). */
const STAFF_ROLES = ['leerkracht', 'ib', 'schoolleider'] as const;

function afspraakRows(db: Db) {
  return db
    .selectFrom('afspraak as a')
    .innerJoin('app_user as owner', 'owner.id', 'a.owner_user_id')
    .innerJoin('app_user as creator', 'creator.id', 'a.created_by')
    .innerJoin('app_user as updater', 'updater.id', 'a.updated_by')
    .leftJoin('bespreking as b', 'b.id', 'a.bespreking_id')
    .leftJoin('groep as g', 'g.id', 'a.groep_id')
    .leftJoin('leerling as l', 'l.id', 'a.leerling_id')
    .selectAll('a')
    .select([
      'owner.name as owner_name',
      'creator.name as created_by_name',
      'updater.name as updated_by_name',
      'b.kind as bespreking_kind',
      'b.planned_on as bespreking_planned_on',
      'g.name as groep_name',
      'l.roepnaam',
      'l.voorvoegsel',
      'l.achternaam',
    ]);
}

export type AfspraakRow = NonNullable<Awaited<ReturnType<typeof findAfspraak>>>;

export function findAfspraak(db: Db, id: string) {
  return afspraakRows(db).where('a.id', '=', id).executeTakeFirst();
}

/**
 * The afspraken of a school, newest deadline last; with `actor`, only those a leerkracht may see:
 * their own, and those of a group or pupil in their groups.
 */
export function findAfsprakenOfSchool(
  db: Db,
  schoolId: string,
  options: { status?: AfspraakStatus | undefined; onlyFor?: Actor | undefined },
) {
  let query = afspraakRows(db).where('a.school_id', '=', schoolId);
  if (options.status) query = query.where('a.status', '=', options.status);
  const actor = options.onlyFor;
  if (actor) {
    query = query.where((eb) =>
      eb.or([
        eb('a.owner_user_id', '=', actor.userId),
        eb('a.groep_id', 'in', eb.selectFrom('groep').select('groep.id').where(groupInScope(actor))),
        eb('a.leerling_id', 'in', eb.selectFrom('leerling').select('leerling.id').where(pupilInScope(actor))),
      ]),
    );
  }
  return query.orderBy('a.status').orderBy('a.deadline').orderBy('a.created_at').execute();
}

/** The open afspraken this user holds at these schools. */
export function findOpenAfsprakenOfOwner(db: Db, userId: string, schoolIds: string[]) {
  if (schoolIds.length === 0) return Promise.resolve([]);
  return afspraakRows(db)
    .where('a.owner_user_id', '=', userId)
    .where('a.status', '=', 'open')
    .where('a.school_id', 'in', schoolIds)
    .orderBy('a.deadline')
    .orderBy('a.created_at')
    .execute();
}

export function findAfsprakenOfBespreking(db: Db, besprekingId: string) {
  return afspraakRows(db).where('a.bespreking_id', '=', besprekingId).orderBy('a.created_at').execute();
}

/** Open afspraken of this group or pupil made elsewhere (an earlier bespreking, or none). */
export function findOpenAfsprakenAbout(
  db: Db,
  about: { groepId: string | null; leerlingId: string | null; exceptBesprekingId: string },
) {
  return afspraakRows(db)
    .where('a.status', '=', 'open')
    .where((eb) =>
      eb.or([
        ...(about.groepId ? [eb('a.groep_id', '=', about.groepId)] : []),
        ...(about.leerlingId ? [eb('a.leerling_id', '=', about.leerlingId)] : []),
        eb.lit(false),
      ]),
    )
    .where((eb) =>
      eb.or([eb('a.bespreking_id', 'is', null), eb('a.bespreking_id', '!=', about.exceptBesprekingId)]),
    )
    .orderBy('a.deadline')
    .orderBy('a.created_at')
    .execute();
}

export function findAfsprakenOfPupil(db: Db, pupilId: string) {
  return afspraakRows(db)
    .where('a.leerling_id', '=', pupilId)
    .orderBy('a.status')
    .orderBy('a.deadline')
    .orderBy('a.created_at')
    .execute();
}

export async function insertAfspraak(trx: Db, row: Insertable<DB['afspraak']>) {
  await trx.insertInto('afspraak').values(row).execute();
}

/** Saves only at the version the caller read; false when someone else saved first. */
export async function updateAfspraakAtVersion(
  trx: Db,
  id: string,
  version: number,
  values: Updateable<DB['afspraak']>,
): Promise<boolean> {
  const result = await trx
    .updateTable('afspraak')
    .set(values)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The active staff accounts of a school who may hold an afspraak or take part in a bespreking. */
export function findStaffOfSchool(db: Db, schoolId: string) {
  return db
    .selectFrom('app_user as u')
    .innerJoin('role_assignment as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.name'])
    .distinct()
    .where('r.school_id', '=', schoolId)
    .where('r.role', 'in', [...STAFF_ROLES])
    .where('u.active', '=', 1)
    .orderBy('u.name')
    .execute();
}

/** The school a linked record (groepsplan, OPP, ambitie) belongs to; undefined when there is none. */
export async function findLinkSchool(db: Db, kind: AfspraakLink, id: string): Promise<string | undefined> {
  if (kind === 'groepsplan') {
    const row = await db
      .selectFrom('groepsplan as p')
      .innerJoin('groep as g', 'g.id', 'p.groep_id')
      .select('g.school_id')
      .where('p.id', '=', id)
      .executeTakeFirst();
    return row?.school_id;
  }
  const table = kind === 'opp' ? 'opp' : 'ambitie';
  const row = await db.selectFrom(table).select('school_id').where('id', '=', id).executeTakeFirst();
  return row?.school_id;
}
