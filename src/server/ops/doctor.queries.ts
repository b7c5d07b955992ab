/** What the doctor reads from the database beyond the migrations and the last backup. */
import type { Db } from '../db/database';

/** The newest moment the audit trail holds; one in the future says a clock was wrong. */
export async function latestAuditMoment(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.max('at').as('at'))
    .executeTakeFirst();
  return row?.at ?? null;
}
