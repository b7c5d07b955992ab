/**
 * The results engine: norm tables as data, DLE conversion tables, per-school settings for the
 * engine, and the teacher's overrides of a datamuur placement with their history. Frozen in time.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Comparable starters are found by toets and moment across a whole bestuur; this index lets that
  // query start from the test instead of from every pupil of every school.
  await db.schema
    .createIndex('toetsresultaat_toets_moment_pupil_idx')
    .on('toetsresultaat')
    .columns(['toets_id', 'moment', 'leerling_id'])
    .execute();

  // One row per toets (which carries its version) and moment. school_id null: available to every
  // school (the demo's invented norms); otherwise the norms one school loaded from its own licence.
  await db.schema
    .createTable('norm_row')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('toets_id', 'text', (c) => c.notNull().references('toets.id'))
    .addColumn('school_id', 'text', (c) => c.references('school.id'))
    .addColumn('moment', 'text', (c) => c.notNull())
    // JSON: lower-bound cut score per level, e.g. {"I":62,"II":55,"III":49,"IV":42}.
    .addColumn('cuts', 'text', (c) => c.notNull())
    .addColumn('mean', 'double precision')
    .addColumn('label', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index norm_row_uq on norm_row (toets_id, coalesce(school_id, ''), moment)`.execute(
    db,
  );

  await db.schema
    .createTable('dle_point')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('toets_id', 'text', (c) => c.notNull().references('toets.id'))
    .addColumn('school_id', 'text', (c) => c.references('school.id'))
    .addColumn('min_score', 'double precision', (c) => c.notNull())
    .addColumn('dle', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('dle_point_toets_idx')
    .on('dle_point')
    .columns(['toets_id', 'school_id'])
    .execute();

  // Engine settings per school as JSON (DL month convention, level → instruction group mapping,
  // signalering rules); absent keys fall back to the documented defaults.
  await db.schema
    .createTable('school_setting')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('school.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A teacher's placement of a pupil in another instruction group than the data suggests. Rows are
  // never updated: a new override or a removal closes the previous one, so the history stays.
  await db.schema
    .createTable('instructie_override')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('vak', 'text', (c) => c.notNull())
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('moment', 'text', (c) => c.notNull())
    .addColumn('instructie', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text', (c) => c.references('app_user.id'))
    .addCheckConstraint('instructie_override_ck', sql`instructie in ('verkort', 'basis', 'verlengd')`)
    .execute();
  await db.schema
    .createIndex('instructie_override_idx')
    .on('instructie_override')
    .columns(['leerling_id', 'vak', 'schooljaar', 'moment'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['instructie_override', 'school_setting', 'dle_point', 'norm_row']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropIndex('toetsresultaat_toets_moment_pupil_idx').execute();
}
