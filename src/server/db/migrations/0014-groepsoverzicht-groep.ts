/**
 * The groepsoverzicht's group section per group and HGW period: what this group asks of the teacher,
 * the group's stimulerende and belemmerende factors, and the teacher's own ondersteuningsbehoeften
 * (HGW principles 3, 4 and 6). Versioned like a pupil's row. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('groepsoverzicht_groep')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('groep_id', 'text', (c) => c.notNull().references('groep.id'))
    .addColumn('periode_id', 'text', (c) => c.notNull().references('periode.id'))
    .addColumn('groep_vraagt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('groepsfactoren', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('leerkracht_behoeften', 'text', (c) => c.notNull().defaultTo(''))
    // Raised on every save: a save based on an older version is refused (no silent overwrite).
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('groepsoverzicht_groep_uq', ['groep_id', 'periode_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('groepsoverzicht_groep').execute();
}
