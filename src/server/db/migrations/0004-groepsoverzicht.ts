/**
 * The groepsoverzicht: what the teacher adds to the data per pupil per HGW period (factors,
 * onderwijsbehoeften), the clusters per vak, the HGW periods themselves, and the mark that a pupil has
 * an ontwikkelingsperspectief. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // HGW periods per school and schooljaar; a school without its own gets two halves (aug–jan, feb–jul).
  await db.schema
    .createTable('periode')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('volgnummer', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    // The toetsmoment (B, M or E) whose results close the period; null when none does.
    .addColumn('closing_kind', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('periode_school_jaar_nr_uq', ['school_id', 'schooljaar', 'volgnummer'])
    .execute();

  await db.schema
    .createTable('groepsoverzicht_rij')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('groep_id', 'text', (c) => c.notNull().references('groep.id'))
    .addColumn('periode_id', 'text', (c) => c.notNull().references('periode.id'))
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('stimulerend', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('belemmerend', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('behoefte_pedagogisch', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('behoefte_didactisch', 'text', (c) => c.notNull().defaultTo(''))
    // Raised on every save: a save based on an older version is refused (no silent overwrite).
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('groepsoverzicht_rij_uq', ['groep_id', 'periode_id', 'leerling_id'])
    .execute();

  await db.schema
    .createTable('cluster_indeling')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('groep_id', 'text', (c) => c.notNull().references('groep.id'))
    .addColumn('periode_id', 'text', (c) => c.notNull().references('periode.id'))
    .addColumn('vak', 'text', (c) => c.notNull())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('cluster', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('cluster_indeling_uq', ['groep_id', 'periode_id', 'vak', 'leerling_id'])
    .execute();

  // Until the OPP itself is part of Leerwinst: the date since which the pupil has one.
  await db.schema.alterTable('leerling').addColumn('opp_since', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('leerling').dropColumn('opp_since').execute();
  for (const table of ['cluster_indeling', 'groepsoverzicht_rij', 'periode'])
    await db.schema.dropTable(table).execute();
}
