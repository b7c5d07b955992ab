/**
 * The HGW cycle: groepsplannen per group, vak and period with every saved version kept, and the
 * steps of the cycle a teacher marks as done. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groepsplan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('groep_id', 'text', (c) => c.notNull().references('groep.id'))
    .addColumn('periode_id', 'text', (c) => c.notNull().references('periode.id'))
    .addColumn('vak', 'text', (c) => c.notNull())
    // 'groepsplan' or the lighter 'blokplan' (the Inspectie does not require groepsplannen).
    .addColumn('vorm', 'text', (c) => c.notNull())
    // 'concept' while being written and carried out, 'geevalueerd' once evaluated: then locked.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // JSON: basisdoel, subgroepen with pupils, doelen, aanbod, aanpak, organisatie.
    .addColumn('content', 'text', (c) => c.notNull())
    // JSON: per pupil and subgroup the outcome as confirmed, and the why.
    .addColumn('evaluation', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('groepsplan_uq', ['groep_id', 'periode_id', 'vak'])
    .execute();

  await db.schema
    .createTable('groepsplan_versie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('groepsplan.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('evaluation', 'text')
    .addColumn('saved_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('groepsplan_versie_uq', ['plan_id', 'version'])
    .execute();

  await db.schema
    .createTable('cyclus_stap')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('groep_id', 'text', (c) => c.notNull().references('groep.id'))
    .addColumn('periode_id', 'text', (c) => c.notNull().references('periode.id'))
    .addColumn('stap', 'integer', (c) => c.notNull())
    .addColumn('done_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('done_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cyclus_stap_uq', ['groep_id', 'periode_id', 'stap'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['cyclus_stap', 'groepsplan_versie', 'groepsplan'])
    await db.schema.dropTable(table).execute();
}
