/**
 * A groepsplan version is a meaningful step, not an autosave: why each version was kept. Rows from
 * before this migration (every autosave was one) keep null. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // 'aangemaakt', 'vastgelegd', 'geevalueerd', 'heropend', or 'voor_ander' (kept when someone else
  // went on with the plan).
  await db.schema.alterTable('groepsplan_versie').addColumn('reden', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('groepsplan_versie').dropColumn('reden').execute();
}
