/**
 * Imports: column mappings a school saves for its LVS exports. Frozen in time.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_mapping')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // JSON: { mapping: { field: columnIndex }, headers: string[], constants: { field: value } }
    .addColumn('config', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('import_mapping_school_name_uq', ['school_id', 'name'])
    .execute();
  // A pupil is found by ECK-iD when the LAS key changed (e.g. a temporary '#' key was replaced).
  await sql`create index leerling_school_eckid_idx on leerling (school_id, eckid)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index leerling_school_eckid_idx`.execute(db);
  await db.schema.dropTable('import_mapping').execute();
}
