/**
 * Data model v1. Frozen in time: this file never imports application code, so later changes to the
 * app cannot change what this migration did. Only portable types: text, integer, double precision.
 */
import { sql, type Kysely } from 'kysely';

const ts = 'text';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('bestuur')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('bestuursnummer', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('school')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bestuur_id', 'text', (c) => c.notNull().references('bestuur.id'))
    .addColumn('brin', 'text', (c) => c.notNull())
    .addColumn('vestiging', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('schoolweging', 'double precision')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await sql`create unique index school_brin_vestiging_uq on school (brin, coalesce(vestiging, ''))`.execute(
    db,
  );
  await db.schema.createIndex('school_bestuur_idx').on('school').column('bestuur_id').execute();

  await db.schema
    .createTable('schooljaar')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addUniqueConstraint('schooljaar_school_name_uq', ['school_id', 'name'])
    .execute();

  await db.schema
    .createTable('groep')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('schooljaar_id', 'text', (c) => c.notNull().references('schooljaar.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('jaargroep', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('las_key', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint('groep_kind_ck', sql`kind in ('stamgroep', 'samengesteld')`)
    .addUniqueConstraint('groep_schooljaar_las_key_uq', ['schooljaar_id', 'las_key'])
    .execute();
  await db.schema.createIndex('groep_school_idx').on('groep').column('school_id').execute();

  await db.schema
    .createTable('leerling')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('las_key', 'text', (c) => c.notNull())
    .addColumn('las_key_stable', 'integer', (c) => c.notNull())
    .addColumn('eckid', 'text')
    .addColumn('roepnaam', 'text', (c) => c.notNull())
    .addColumn('voorvoegsel', 'text')
    .addColumn('achternaam', 'text', (c) => c.notNull())
    .addColumn('geboortedatum', 'text')
    .addColumn('geslacht', 'text')
    .addColumn('groep3_start', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint('leerling_geslacht_ck', sql`geslacht is null or geslacht in ('0', '1', '2', '9')`)
    .addUniqueConstraint('leerling_school_las_key_uq', ['school_id', 'las_key'])
    .execute();
  await db.schema.createIndex('leerling_eckid_idx').on('leerling').column('eckid').execute();

  await db.schema
    .createTable('plaatsing')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('groep_id', 'text', (c) => c.notNull().references('groep.id'))
    .addColumn('jaargroep', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .execute();
  await db.schema
    .createIndex('plaatsing_groep_idx')
    .on('plaatsing')
    .columns(['groep_id', 'leerling_id'])
    .execute();
  await db.schema.createIndex('plaatsing_leerling_idx').on('plaatsing').column('leerling_id').execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_login_at', ts)
    .execute();

  await db.schema
    .createTable('role_assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.references('school.id'))
    .addColumn('bestuur_id', 'text', (c) => c.references('bestuur.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addCheckConstraint(
      'role_assignment_role_ck',
      sql`role in ('leerkracht', 'ib', 'schoolleider', 'bestuur', 'beheerder')`,
    )
    // A role holds either at one school or across one bestuur, never both or neither.
    .addCheckConstraint(
      'role_assignment_scope_ck',
      sql`(school_id is not null and bestuur_id is null) or (school_id is null and bestuur_id is not null)`,
    )
    .execute();
  await sql`create unique index role_assignment_uq on role_assignment
    (user_id, role, coalesce(school_id, ''), coalesce(bestuur_id, ''))`.execute(db);
  await db.schema
    .createIndex('role_assignment_school_idx')
    .on('role_assignment')
    .column('school_id')
    .execute();

  await db.schema
    .createTable('medewerker')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('user_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('las_key', 'text')
    .addColumn('roepnaam', 'text')
    .addColumn('voorvoegsel', 'text')
    .addColumn('achternaam', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('medewerker_school_las_key_uq', ['school_id', 'las_key'])
    .execute();
  await db.schema.createIndex('medewerker_user_idx').on('medewerker').column('user_id').execute();

  await db.schema
    .createTable('groep_leerkracht')
    .addColumn('groep_id', 'text', (c) => c.notNull().references('groep.id'))
    .addColumn('medewerker_id', 'text', (c) => c.notNull().references('medewerker.id'))
    .addPrimaryKeyConstraint('groep_leerkracht_pk', ['groep_id', 'medewerker_id'])
    .execute();
  await db.schema
    .createIndex('groep_leerkracht_medewerker_idx')
    .on('groep_leerkracht')
    .column('medewerker_id')
    .execute();

  await db.schema
    .createTable('toets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.references('school.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('vak', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('scale_key', 'text', (c) => c.notNull())
    .addColumn('scale_kind', 'text', (c) => c.notNull())
    .addColumn('level_system', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addCheckConstraint('toets_scale_kind_ck', sql`scale_kind in ('vaardigheid', 'ordinaal')`)
    .execute();
  await sql`create unique index toets_code_uq on toets (coalesce(school_id, ''), code)`.execute(db);

  await db.schema
    .createTable('import_batch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filename', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('summary', 'text')
    .execute();

  await db.schema
    .createTable('toetsresultaat')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('toets_id', 'text', (c) => c.notNull().references('toets.id'))
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    // "M5", "E6", "B3", or an ISO date for continuously normed tests.
    .addColumn('moment', 'text', (c) => c.notNull())
    .addColumn('afnamedatum', 'text')
    .addColumn('ruwe_score', 'double precision')
    .addColumn('vaardigheidsscore', 'double precision')
    .addColumn('niveau', 'text')
    .addColumn('functioneringsniveau', 'text')
    .addColumn('dle', 'double precision')
    .addColumn('import_id', 'text', (c) => c.references('import_batch.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('toetsresultaat_uq', ['leerling_id', 'toets_id', 'schooljaar', 'moment'])
    .execute();
  await db.schema
    .createIndex('toetsresultaat_toets_moment_idx')
    .on('toetsresultaat')
    .columns(['toets_id', 'schooljaar', 'moment'])
    .execute();

  await db.schema
    .createTable('observatie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('leerling_id', 'text', (c) => c.notNull().references('leerling.id'))
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('moment', 'text')
    .addColumn('aspect', 'text', (c) => c.notNull())
    .addColumn('waardering', 'integer')
    .addColumn('toelichting', 'text')
    .addColumn('observed_on', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint(
      'observatie_aspect_ck',
      sql`aspect in ('werkhouding', 'welbevinden', 'sociaal_gedrag', 'talent')`,
    )
    .addCheckConstraint('observatie_waardering_ck', sql`waardering is null or waardering between 1 and 4`)
    .execute();
  await db.schema.createIndex('observatie_leerling_idx').on('observatie').column('leerling_id').execute();

  // No foreign keys: the audit trail must outlive the rows it describes.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', ts, (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('leerling_id', 'text')
    .addColumn('school_id', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_leerling_idx')
    .on('audit_log')
    .columns(['leerling_id', 'at'])
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('last_seen_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();

  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_attempt_key_at_idx')
    .on('login_attempt')
    .columns(['key', 'at'])
    .execute();

  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'app_meta',
    'login_attempt',
    'session',
    'audit_log',
    'observatie',
    'toetsresultaat',
    'import_batch',
    'toets',
    'groep_leerkracht',
    'medewerker',
    'role_assignment',
    'app_user',
    'plaatsing',
    'leerling',
    'groep',
    'schooljaar',
    'school',
    'bestuur',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
