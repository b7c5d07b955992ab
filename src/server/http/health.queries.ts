import { sql } from 'kysely';
import type { Db } from '../db/database';

/** Whether the database answers at all. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** The names of the applied migrations; null when the database has none (no migration table yet). */
export async function appliedMigrations(db: Db): Promise<string[] | null> {
  try {
    const { rows } = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    return rows.map((r) => r.name);
  } catch {
    return null;
  }
}
