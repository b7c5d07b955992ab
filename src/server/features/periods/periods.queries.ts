import type { Db } from '../../db/database';
import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../../db/schema';

export function findPeriodsOf(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('periode')
    .selectAll()
    .where('school_id', '=', schoolId)
    .where('schooljaar', '=', schooljaar)
    .orderBy('volgnummer')
    .execute();
}

/** Two requests at once may both create the defaults: the second one simply finds them. */
export async function insertPeriodsIfMissing(db: Db, rows: Insertable<DB['periode']>[]) {
  await db
    .insertInto('periode')
    .values(rows)
    .onConflict((oc) => oc.columns(['school_id', 'schooljaar', 'volgnummer']).doNothing())
    .execute();
}

export function findPeriodById(db: Db, periodeId: string) {
  return db.selectFrom('periode').selectAll().where('id', '=', periodeId).executeTakeFirstOrThrow();
}

export function findSchooljaarOfSchool(db: Db, schoolId: string, schooljaar: string) {
  return db
    .selectFrom('schooljaar')
    .select('id')
    .where('school_id', '=', schoolId)
    .where('name', '=', schooljaar)
    .executeTakeFirst();
}

/** Whether anything a teacher made hangs on this period: a groepsoverzicht, clusters or a groepsplan. */
export async function periodHoldsWork(db: Db, periodeId: string): Promise<boolean> {
  const found = await Promise.all(
    (
      [
        'groepsoverzicht_rij',
        'groepsoverzicht_groep',
        'cluster_indeling',
        'groepsplan',
        'bespreking',
      ] as const
    ).map((table) =>
      db.selectFrom(table).select('id').where('periode_id', '=', periodeId).limit(1).executeTakeFirst(),
    ),
  );
  return found.some((f) => f !== undefined);
}

/** Removes a period with the cycle marks made in it. */
export async function deletePeriod(trx: Db, periodeId: string) {
  await trx.deleteFrom('cyclus_stap').where('periode_id', '=', periodeId).execute();
  await trx.deleteFrom('periode').where('id', '=', periodeId).execute();
}

export async function updatePeriod(trx: Db, periodeId: string, values: Updateable<DB['periode']>) {
  await trx.updateTable('periode').set(values).where('id', '=', periodeId).execute();
}

export async function insertPeriod(trx: Db, row: Insertable<DB['periode']>) {
  await trx.insertInto('periode').values(row).execute();
}
