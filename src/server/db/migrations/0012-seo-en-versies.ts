/**
 * Social-emotional and safety data (ZIEN!, KanVAS, SCOL, Kindbegrip, Leerling in Beeld, a school's own
 * list) as imported scores per pupil, list and scale; a school's own lists with their scales; and the
 * version labels of LVS exports a school has told Leerwinst how to read ("Spelling" "2014" is Cito 3.0).
 * Frozen in time.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('seo_score')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    // The school that took the list: a pupil who moves keeps the old school's monitoring where it was.
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('instrument', 'text', (c) => c.notNull())
    .addColumn('versie', 'text')
    .addColumn('lijst', 'text', (c) => c.notNull())
    .addColumn('schaal', 'text', (c) => c.notNull())
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('afnamedatum', 'text', (c) => c.notNull())
    .addColumn('ruwe_score', 'real')
    .addColumn('percentiel', 'real')
    .addColumn('band', 'text')
    .addColumn('signaal', 'text')
    .addColumn('import_id', 'text', (c) => c.references('import_batch.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('seo_score_key_uq', ['leerling_id', 'instrument', 'lijst', 'schaal', 'afnamedatum'])
    .execute();
  await sql`create index seo_score_school_year_idx on seo_score (school_id, schooljaar)`.execute(db);

  await db.schema
    .createTable('seo_eigen_lijst')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // JSON: [{ code, name, domain }]
    .addColumn('scales', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('seo_eigen_lijst_school_code_uq', ['school_id', 'code'])
    .execute();

  await db.schema
    .createTable('import_versie_keuze')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    // Normalised as the import compares them: lower case, letters and digits only.
    .addColumn('toets_label', 'text', (c) => c.notNull())
    .addColumn('versie_label', 'text', (c) => c.notNull())
    .addColumn('instrument_code', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('import_versie_keuze_uq', ['school_id', 'toets_label', 'versie_label'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_versie_keuze').execute();
  await db.schema.dropTable('seo_eigen_lijst').execute();
  await sql`drop index seo_score_school_year_idx`.execute(db);
  await db.schema.dropTable('seo_score').execute();
}
