/**
 * AVG: each school's retention periods (how long a pupil's dossier, care data, results and the audit
 * log are kept after the pupil left), and the moment a pupil's identity was anonymised, so the daily
 * retention run does it once and the screens can say so. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_policy')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('school.id'))
    // JSON: years per category; a category left out keeps the documented default.
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('leerling').addColumn('anonymised_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('leerling').dropColumn('anonymised_at').execute();
  await db.schema.dropTable('retention_policy').execute();
}
