/**
 * OGW: the school's ambitions with every change kept (old value, reason, who decided), the
 * teambesprekingen with the figures frozen as they stood, and the Inspectie's signaleringswaarden as
 * data. Frozen in time.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ambitie')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    // Null for an ambition in words about the team (e.g. instructiegedrag) that holds for every vak.
    .addColumn('vak', 'text')
    .addColumn('jaargroep', 'integer')
    // 'B', 'M' or 'E'; null for an ambition in words.
    .addColumn('moment', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON: the target of this kind (share, level, text).
    .addColumn('target', 'text', (c) => c.notNull())
    // For an ambition in words: the team's evaluation, in words.
    .addColumn('evaluation', 'text')
    // 'actief', or 'vervallen' once the team dropped it (kept for the history).
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('ambitie_school_jaar')
    .on('ambitie')
    .columns(['school_id', 'schooljaar'])
    .execute();

  await db.schema
    .createTable('ambitie_wijziging')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ambitie_id', 'text', (c) => c.notNull().references('ambitie.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // 'aangemaakt', 'gewijzigd', 'vervallen', 'geevalueerd'.
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('evaluation', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    // Who decided, in words ("teambespreking 12 februari"): not always the person who typed it in.
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ambitie_wijziging_uq', ['ambitie_id', 'version'])
    .execute();

  await db.schema
    .createTable('teambespreking')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('school.id'))
    .addColumn('schooljaar', 'text', (c) => c.notNull())
    .addColumn('moment', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    // JSON: the team's answers to the questions of the 1-zorgroute.
    .addColumn('answers', 'text', (c) => c.notNull())
    // JSON: the schooloverzicht as it stood when the bespreking was made; later imports leave it alone.
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('app_user.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The Inspectie publishes the 2F/1S signaleringswaarden per schoolweging band; they change, so they
  // are rows with their source, never constants in code.
  await db.schema
    .createTable('signaleringswaarde')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('from_weging', 'real')
    .addColumn('to_weging', 'real')
    .addColumn('share', 'real', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['signaleringswaarde', 'teambespreking', 'ambitie_wijziging', 'ambitie'])
    await db.schema.dropTable(table).execute();
}
