/** What the database itself knows about its backups and its server. */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Db } from '../db/database';
import { findMetaValue, upsertMetaValue } from '../results-version.queries';

const KEY = 'backup.last';

export const LastBackup = z.object({
  at: z.string(),
  file: z.string(),
  bytes: z.number(),
  encrypted: z.boolean(),
  kind: z.enum(['dagelijks', 'handmatig', 'voor-upgrade', 'voor-terugzetten']),
});
export type LastBackup = z.infer<typeof LastBackup>;

/** The last successful backup, as the backup itself recorded it; null: none yet. */
export async function readLastBackup(db: Db): Promise<LastBackup | null> {
  const row = await findMetaValue(db, KEY);
  if (!row) return null;
  try {
    const parsed = LastBackup.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function recordLastBackup(db: Db, backup: LastBackup): Promise<void> {
  await upsertMetaValue(db, KEY, JSON.stringify(backup));
}

/** PostgreSQL only: the server's version, e.g. "15.20". */
export async function postgresVersion(db: Db): Promise<string> {
  const result = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db);
  return /^\d+(\.\d+)?/.exec(result.rows[0]?.v ?? '')?.[0] ?? '0';
}

/** The database server's clock (on SQLite: this machine's, through SQLite). */
export async function databaseClock(db: Db): Promise<Date> {
  const result = await sql<{ now: string | Date }>`select current_timestamp as now`.execute(db);
  const value = result.rows[0]?.now;
  if (value instanceof Date) return value;
  // SQLite answers "YYYY-MM-DD HH:MM:SS" in UTC.
  return new Date(`${String(value).replace(' ', 'T')}Z`);
}
