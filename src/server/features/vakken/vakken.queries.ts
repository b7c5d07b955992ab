import type { Db } from '../../db/database';

/** Whether any toets in the catalog measures this vak (a school may add vakken beyond the four). */
export async function vakHasToets(db: Db, vak: string): Promise<boolean> {
  const row = await db.selectFrom('toets').select('vak').where('vak', '=', vak).limit(1).executeTakeFirst();
  return row !== undefined;
}
