import type { Db } from './db/database';

export function findMetaValue(db: Db, key: string) {
  return db.selectFrom('app_meta').select('value').where('key', '=', key).executeTakeFirst();
}

export async function upsertMetaValue(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('app_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}
